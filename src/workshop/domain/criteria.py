"""Criteria voting: agreed scores (median or set by hand), sums, weighted sums and ranks."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop.domain.model import AgreedScore, Alternative, Criterion, Organisation, Vote


@dataclass(frozen=True, slots=True)
class AgreedCell:
    """The agreed score of one alternative on one criterion, and how it came about."""

    value: float | None
    source: str  # "median", "set" or "none"
    low: int | None
    high: int | None
    votes: int
    missing: tuple[str, ...]  # organisation uids with no vote
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AlternativeResult:
    """An alternative's agreed scores per criterion, sums and rank (1 = best; None until every criterion has an
    agreed score)."""

    code: str
    name: str
    scores: tuple[float | None, ...]
    sum: float | None  # None while it has no agreed score at all: not ranked, and never "0"
    weighted_sum: float | None
    rank: int | None  # None until it is scored on every criterion: a partial sum is not placed
    complete: bool

    @property
    def scored(self) -> int:
        """How many criteria have an agreed score (what a partial sum adds up: "14 (5 of 7)")."""
        return sum(1 for s in self.scores if s is not None)


def median(values: Sequence[int]) -> float | None:
    """The median of the votes; halves are kept when the count is even."""
    if not values:
        return None
    m = statistics.median(values)
    return int(m) if float(m).is_integer() else float(m)


def vote_table(votes: Iterable[Vote]) -> dict[tuple[str, int], dict[str, int]]:
    """Votes as {(alternative, criterion): {organisation uid: value}}."""
    table: dict[tuple[str, int], dict[str, int]] = {}
    for v in votes:
        table.setdefault((v.alternative_code, v.criterion_number), {})[v.organisation_uid] = v.value
    return table


def agreed_cell(
    cell_votes: dict[str, int], organisation_uids: Sequence[str], override: AgreedScore | None
) -> AgreedCell:
    """The agreed score for one cell: the facilitator's value if set, else the median."""
    values = [cell_votes[o] for o in organisation_uids if o in cell_votes]
    missing = tuple(o for o in organisation_uids if o not in cell_votes)
    low = min(values) if values else None
    high = max(values) if values else None
    if override is not None:
        return AgreedCell(override.value, "set", low, high, len(values), missing, override.comment)
    m = median(values)
    return AgreedCell(m, "median" if m is not None else "none", low, high, len(values), missing)


def agreed_grid(
    alternatives: Sequence[Alternative],
    criteria: Sequence[Criterion],
    organisations: Sequence[Organisation],
    votes: Iterable[Vote],
    overrides: Iterable[AgreedScore] = (),
) -> dict[tuple[str, int], AgreedCell]:
    """Every alternative × criterion cell's agreed score."""
    table = vote_table(votes)
    set_by_hand = {(a.alternative_code, a.criterion_number): a for a in overrides}
    org_uids = [o.uid for o in organisations]
    return {
        (alt.code, c.number): agreed_cell(
            table.get((alt.code, c.number), {}), org_uids, set_by_hand.get((alt.code, c.number))
        )
        for alt in alternatives
        for c in criteria
    }


def competition_ranks(values: Sequence[float]) -> list[int]:
    """Ranks where higher is better and ties share a rank (1, 2, 2, 4)."""
    return [1 + sum(1 for other in values if other > v) for v in values]


def alternative_results(
    alternatives: Sequence[Alternative],
    criteria: Sequence[Criterion],
    grid: dict[tuple[str, int], AgreedCell],
    weights: Sequence[float] | None = None,
) -> list[AlternativeResult]:
    """Sums, weighted sums and ranks of the alternatives, in the alternatives' order.

    Ranks follow the weighted sum; with equal weights (the default, as in the
    report) that is the plain sum. Only an alternative with an agreed score on every
    criterion is ranked; the others have their partial sums and no rank.
    """
    w = list(weights) if weights is not None else [c.weight for c in criteria]
    rows = []
    for alt in alternatives:
        scores = tuple(grid[(alt.code, c.number)].value for c in criteria)
        given = [(s, wi) for s, wi in zip(scores, w) if s is not None]
        total = sum(s for s, _ in given) if given else None  # no agreed score at all: no sum, never 0
        # Rounded as shown (two decimals): weights of 0.1 made 2.2 and 2.2000000000000006 two ranks apart.
        weighted = round(sum(s * wi for s, wi in given), 9) if given else None
        rows.append((alt, scores, total, weighted, len(given) == len(scores)))
    # Only alternatives scored on every criterion are ranked: with no votes none is "first", and a partial sum
    # (its missing criteria counting as nothing) ranked against complete ones had put an alternative half
    # voted on last.
    scored = [r for r in rows if r[2] is not None and r[4]]
    ranked = dict(zip((r[0].code for r in scored), competition_ranks([r[3] for r in scored])))
    ranks = [ranked.get(r[0].code) for r in rows]
    return [
        AlternativeResult(alt.code, alt.name, scores, total, weighted, rank, complete)
        for (alt, scores, total, weighted, complete), rank in zip(rows, ranks)
    ]
