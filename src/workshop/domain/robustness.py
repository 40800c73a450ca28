"""How robust the ranking is: the winner's margin and the smallest change that would change it.

Rule for ties: the winner is the alternative that ranks first *alone*. A
change that makes another alternative equal to it counts as changing the
winner ("no longer the sole winner"), because a tie for first is no longer a
clear recommendation in the room. When alternatives already tie for first,
there is no winner, and a change counts when it changes who is first.

Margins are in agreed-score points: weights are rescaled so their mean is 1
(with the default equal weights that is the plain sum of the report).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop.domain.criteria import AgreedCell, agreed_grid, median, vote_table
from workshop.domain.messages import msg
from workshop.domain.model import AgreedScore, Alternative, Criterion, Organisation, Vote

TIE_COUNTS_AS_CHANGE = True
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class VoteFlip:
    """One organisation's vote moved by one step, and who would then be first."""

    organisation_uid: str
    alternative_code: str
    criterion_number: int
    old: int
    new: int
    leaders: tuple[str, ...]  # the alternatives first after the change (several: a tie)
    leader_points: float

    @property
    def strict(self) -> bool:
        """True when someone else would be first alone (not merely tie)."""
        return len(self.leaders) == 1


@dataclass(frozen=True, slots=True)
class WeightFlip:
    """The single weight change that first makes the winner lose sole first place."""

    criterion_number: int
    old: float
    new: float  # at this weight the challenger ties; beyond it, the challenger leads
    change: float  # new - old, in units of the mean weight
    challenger: str


@dataclass(frozen=True, slots=True)
class Robustness:
    """The winner, its margin, and the smallest changes that would change the result."""

    winner: str | None  # None when alternatives tie for first (or nothing is scored)
    leaders: tuple[str, ...]
    runners_up: tuple[str, ...]  # the alternatives just behind the leader(s)
    points: dict[str, float]  # weighted sum per scored alternative, in agreed-score points
    margin: float | None  # leader points minus runner-up points
    vote_flips: tuple[VoteFlip, ...]  # every single vote ±1 that changes the result, strict ones first
    weight_flip: WeightFlip | None
    missing: tuple[tuple[str, str, int], ...]  # (organisation uid, alternative, criterion) with no vote
    set_by_hand: tuple[tuple[str, int], ...]  # cells whose agreed score votes cannot move
    equal_weights: bool
    tie_counts_as_change: bool = TIE_COUNTS_AS_CHANGE
    unscored: tuple[str, ...] = ()  # alternatives with no agreed score yet: not ranked, not "0 points"
    partial: tuple[str, ...] = ()  # scored on some criteria only: not ranked, so not compared either

    @property
    def alone(self) -> bool:
        """A sole winner with nothing to lose the lead to (the others have no agreed score): no change that
        would end its lead can be named, and no robustness claimed."""
        return self.winner is not None and not self.runners_up

    def missing_compared(self) -> tuple[tuple[str, str, int], ...]:
        """The missing votes of the alternatives compared (those of an alternative not scored on every criterion
        are not counted: the alternative is named as not compared instead)."""
        return tuple(m for m in self.missing if m[1] not in self.unscored and m[1] not in self.partial)


def normalised_weights(criteria: Sequence[Criterion], weights: Sequence[float] | None = None) -> list[float]:
    """The weights rescaled to mean 1 (so sums stay in agreed-score points)."""
    w = [float(x) for x in (weights if weights is not None else [c.weight for c in criteria])]
    total = sum(w)
    if not w or total <= 0:
        return [1.0] * len(criteria)
    mean = total / len(w)
    return [x / mean for x in w]


def _leaders(points: dict[str, float], order: Sequence[str]) -> tuple[str, ...]:
    if not points:
        return ()
    top = max(points.values())
    return tuple(code for code in order if points[code] >= top - _EPS)


def _score(cell: AgreedCell) -> float:
    return 0.0 if cell.value is None else float(cell.value)


def _vote_flips(
    alternatives: Sequence[Alternative],
    criteria: Sequence[Criterion],
    organisations: Sequence[Organisation],
    votes: Iterable[Vote],
    grid: dict[tuple[str, int], AgreedCell],
    weights: list[float],
    points: dict[str, float],
    leaders: tuple[str, ...],
) -> list[VoteFlip]:
    """Every single vote moved by ±1 that changes who is first.

    A cell's median depends only on which value moved, not on whose vote it
    was, so each distinct value is tried once per direction and the result
    is shared by every organisation holding that value.
    """
    order = [a.code for a in alternatives]
    table = vote_table(votes)
    org_order = {o.uid: i for i, o in enumerate(organisations)}
    flips: list[VoteFlip] = []
    for alt in alternatives:
        for ci, c in enumerate(criteria):
            cell = grid[(alt.code, c.number)]
            if cell.source == "set":
                continue
            cell_votes = {o: v for o, v in table.get((alt.code, c.number), {}).items() if o in org_order}
            values = sorted(cell_votes.values())
            for value in sorted(set(values)):
                for step in (-1, 1):
                    new = value + step
                    if not c.scale_min <= new <= c.scale_max:
                        continue
                    moved = list(values)
                    moved[moved.index(value)] = new
                    delta = (float(median(moved)) - _score(cell)) * weights[ci]
                    if abs(delta) < _EPS:
                        continue
                    changed = dict(points)
                    changed[alt.code] += delta
                    after = _leaders(changed, order)
                    if after == leaders:
                        continue
                    top = changed[after[0]]
                    for org_uid in sorted((o for o, v in cell_votes.items() if v == value), key=org_order.get):
                        flips.append(VoteFlip(org_uid, alt.code, c.number, value, new, after, top))
    # Strict changes (someone else alone first) before ties; then by alternative, criterion, organisation.
    alt_order = {code: i for i, code in enumerate(order)}
    flips.sort(key=lambda f: (not f.strict, alt_order[f.alternative_code], f.criterion_number,
                              org_order[f.organisation_uid], f.new))
    return flips


def _weight_flip(
    alternatives: Sequence[Alternative],
    criteria: Sequence[Criterion],
    grid: dict[tuple[str, int], AgreedCell],
    raw_weights: list[float],
    winner: str,
) -> WeightFlip | None:
    """The smallest change of one criterion's weight at which another alternative ties the winner.

    With one weight moving, every alternative's sum is a straight line in
    that weight, so the first tie lies where the winner's line meets a
    challenger's: w' = w − (winner − challenger) / (winner's score − challenger's score).
    """
    mean = sum(raw_weights) / len(raw_weights) if raw_weights else 0.0
    if mean <= 0:
        return None
    scores = {a.code: [_score(grid[(a.code, c.number)]) for c in criteria] for a in alternatives}
    sums = {code: sum(w * s for w, s in zip(raw_weights, row)) for code, row in scores.items()}
    best: WeightFlip | None = None
    for challenger in (a.code for a in alternatives if a.code != winner):
        gap = sums[winner] - sums[challenger]
        for j, c in enumerate(criteria):
            d = scores[winner][j] - scores[challenger][j]
            if abs(d) < _EPS:
                continue
            new = raw_weights[j] - gap / d
            if new < -_EPS:
                continue
            new = max(new, 0.0)
            others = sum(w for k, w in enumerate(raw_weights) if k != j)
            if new <= _EPS and others <= _EPS:
                continue  # all weights zero is not allowed
            change = (new - raw_weights[j]) / mean
            if best is None or abs(change) < abs(best.change) - _EPS:
                best = WeightFlip(c.number, raw_weights[j], new, change, challenger)
    return best


def robustness(
    alternatives: Sequence[Alternative],
    criteria: Sequence[Criterion],
    organisations: Sequence[Organisation],
    votes: Iterable[Vote],
    overrides: Iterable[AgreedScore] = (),
    weights: Sequence[float] | None = None,
) -> Robustness:
    """The winner, its margin, and the smallest single vote and weight changes that change it."""
    votes = list(votes)
    overrides = list(overrides)
    raw = [float(x) for x in (weights if weights is not None else [c.weight for c in criteria])]
    norm = normalised_weights(criteria, raw)
    grid = agreed_grid(alternatives, criteria, organisations, votes, overrides)
    # As in the ranking, only an alternative scored on every criterion takes part: one with no agreed score
    # would count 0 points (scales may go below zero), one scored on some criteria a partial sum; neither has a
    # rank, so neither can lead or be the runner-up.
    every = alternatives
    scored = [a for a in every if any(grid[(a.code, c.number)].value is not None for c in criteria)]
    alternatives = [a for a in scored if all(grid[(a.code, c.number)].value is not None for c in criteria)]
    order = [a.code for a in alternatives]
    points = {
        a.code: sum(_score(grid[(a.code, c.number)]) * w for c, w in zip(criteria, norm)) for a in alternatives
    }
    leaders = _leaders(points, order)
    winner = leaders[0] if len(leaders) == 1 else None
    rest = {code: p for code, p in points.items() if code not in leaders}
    runners_up = _leaders(rest, [c for c in order if c in rest]) if rest and leaders else ()
    margin = points[leaders[0]] - points[runners_up[0]] if runners_up else (0.0 if len(leaders) > 1 else None)
    flips = (
        _vote_flips(alternatives, criteria, organisations, votes, grid, norm, points, leaders) if leaders else []
    )
    weight_flip = _weight_flip(alternatives, criteria, grid, raw, winner) if winner else None
    missing = tuple(
        (org, a.code, c.number)
        for a in every
        for c in criteria
        for org in grid[(a.code, c.number)].missing
    )
    set_by_hand = tuple(key for key, cell in grid.items() if cell.source == "set")
    equal = len({round(x, 9) for x in raw}) <= 1
    return Robustness(
        winner=winner, leaders=leaders, runners_up=runners_up, points=points,
        margin=None if margin is None else round(margin, 9), vote_flips=tuple(flips), weight_flip=weight_flip,
        missing=missing, set_by_hand=set_by_hand, equal_weights=equal,
        unscored=tuple(a.code for a in every if a not in scored),
        partial=tuple(a.code for a in scored if a.code not in points),
    )


def _points(value: float) -> str:
    return f"{value:g}" if abs(value - round(value)) > _EPS else str(int(round(value)))


def _and(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe_vote_flip(flip: VoteFlip, names: dict[str, str], winner: str | None) -> str:
    """One vote change, in words: whose vote, where, and what it would do."""
    who = names.get(flip.organisation_uid, flip.organisation_uid)
    head = (f"{who}'s vote on {flip.alternative_code}, criterion {flip.criterion_number}, "
            f"from {flip.old} to {flip.new}")
    if flip.strict:
        return f"{head} would put {flip.leaders[0]} first alone ({_points(flip.leader_points)} points)"
    return f"{head} would make {_and(flip.leaders)} tie for first ({_points(flip.leader_points)} points each)"


def describe_weight_flip(flip: WeightFlip, winner: str) -> str:
    """One weight change, in words."""
    return (f"a weight of {_points(round(flip.new, 3))} instead of {_points(round(flip.old, 3))} on criterion "
            f"{flip.criterion_number} would make {flip.challenger} tie with {winner}")


def describe(r: Robustness, names: dict[str, str]) -> str:
    """The smallest change that would change the winner, as one readable paragraph (English)."""
    if not r.leaders:  # no agreed score anywhere: potential may well be scored, the criteria are not
        return "No alternative is scored on every criterion yet." if r.partial else msg(
            "No alternative has been voted on yet.")
    parts = []
    if r.winner is None:
        parts.append(f"No sole winner: {_and(r.leaders)} tie for first.")
    elif r.alone:
        parts.append(f"{r.winner} is the only alternative scored{' on every criterion' if r.partial else ''}.")
    else:
        unit = "point" if r.margin == 1 else "points"
        parts.append(f"{r.winner} leads by {_points(r.margin or 0)} {unit} ahead of {_and(r.runners_up)}"
                     " (a tie for first counts as losing the lead).")
    if r.partial:
        parts.append(f"Not scored on every criterion yet, so not compared: {_and(r.partial)}.")
    if r.unscored:
        parts.append(f"Not scored yet, so not compared: {_and(r.unscored)}.")
    if r.vote_flips and not r.alone:
        first = r.vote_flips[0]
        n = len(r.vote_flips)
        others = f" ({n} single-vote changes would each change the result.)" if n > 1 else ""
        parts.append(f"Smallest change: one vote — {describe_vote_flip(first, names, r.winner)}.{others}")
    elif not r.alone:
        parts.append("No single vote moved by one step changes the result.")
    if r.winner and r.weight_flip:
        parts.append(f"By weights: {describe_weight_flip(r.weight_flip, r.winner)}.")
    missing = r.missing_compared()
    if missing:
        parts.append("1 vote is missing; missing votes count as no vote." if len(missing) == 1 else
                     f"{len(missing)} votes are missing; missing votes count as no vote.")
    return " ".join(parts)
