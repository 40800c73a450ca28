"""The investigation's results in one plain structure (what `workshop summary` prints).

Also the small derived results the charts show: each alternative's point on
the potential-vs-feasibility map, the preference counts, and the median
potential per area across organisations.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workshop.domain.criteria import AlternativeResult, agreed_grid, alternative_results
from workshop.domain.engagement import Engagement
from workshop.domain.messages import msg
from workshop.domain.model import Alternative, Area, Group, Organisation, PotentialScore, Preference, Vote
from workshop.domain.potential import GroupPotential, area_totals, group_potentials
from workshop.domain.robustness import describe, describe_vote_flip, describe_weight_flip, robustness


@dataclass(frozen=True, slots=True)
class FeasibilityPoint:
    """An alternative on the potential-vs-feasibility map (the report's picture 18)."""

    code: str
    potential_share: float | None  # share of total potential its areas cover (0–1)
    criteria_sum: float | None  # its (weighted) criteria sum; None while it has no agreed score
    complete: bool


def groups_from_area_totals(groups: Sequence[Group], areas: Sequence[Area],
                            totals: Mapping[str, float]) -> list[GroupPotential]:
    """Group sums and shares from per-area totals (what group_potentials computes from the scores).

    For callers that already hold the totals (the live charts keep a matrix of
    scores): the same arithmetic without walking every score again.
    """
    sums = {g.code: 0 for g in groups}
    for area in areas:
        if area.group_code in sums:
            sums[area.group_code] += int(round(totals.get(area.code, 0)))
    grand = sum(sums.values())
    return [
        GroupPotential(code=g.code, name=g.name, potential_sum=sums[g.code],
                       potential_share=(sums[g.code] / grand) if grand else None, today_share=g.today_share)
        for g in groups
    ]


def coverage_shares(alternatives: Sequence[Alternative], areas: Sequence[Area],
                    scores: Iterable[PotentialScore]) -> dict[str, float | None]:
    """Each alternative's share of the total potential (the potential its covered areas hold)."""
    totals = area_totals(areas, scores)
    grand = sum(totals.values())
    return {
        a.code: (sum(totals.get(code, 0) for code in set(a.area_codes)) / grand) if grand else None
        for a in alternatives
    }


def feasibility_points(alternatives: Sequence[Alternative], areas: Sequence[Area],
                       scores: Iterable[PotentialScore], results: Sequence[AlternativeResult]) -> list[FeasibilityPoint]:
    """x = coverage × potential, y = criteria sum (weighted), per alternative."""
    shares = coverage_shares(alternatives, areas, scores)
    return [FeasibilityPoint(r.code, shares.get(r.code), r.weighted_sum, r.complete) for r in results]


NAMED_AT_MOST = 6  # organisations named one by one (on a chart's bar, in a sentence); more are counted


def preference_counts(alternatives: Sequence[Alternative], preferences: Iterable[Preference]) -> dict[str, int]:
    """How many organisations prefer each alternative (every alternative listed, in order)."""
    counts = {a.code: 0 for a in alternatives}
    for p in preferences:
        if p.alternative_code in counts:
            counts[p.alternative_code] += 1
    return counts


def without_preference(organisations: Sequence[Organisation], preferences: Iterable[Preference]) -> list[Organisation]:
    """The organisations that have not stated a preferred alternative yet, in their order."""
    stated = {p.organisation_uid for p in preferences}
    return [o for o in organisations if o.uid not in stated]


def without_potential(organisations: Sequence[Organisation], scores: Iterable[PotentialScore]) -> list[Organisation]:
    """The organisations that have not given a potential on any area yet, in their order."""
    given = {s.organisation_uid for s in scores if s.value is not None}
    return [o for o in organisations if o.uid not in given]


def without_votes(organisations: Sequence[Organisation], votes: Iterable[Vote]) -> list[Organisation]:
    """The organisations that have not voted on any alternative yet, in their order."""
    given = {v.organisation_uid for v in votes}
    return [o for o in organisations if o.uid not in given]


MEDIAN_FROM = 2  # a median of one organisation's scores is its own polygon: not drawn, never named a median


def median_shown(scorers: int) -> bool:
    """Whether a radar draws the median of the organisations beside them: only when `scorers` (organisations
    with a score) are at least MEDIAN_FROM. With one, "Median of all organisations" had been its own line."""
    return scorers >= MEDIAN_FROM


def median_name(scorers: int, organisations: int) -> str:
    """The words naming a radar's median line, "{n}" to be filled with `scorers`: "Median of all organisations"
    once every organisation has given a potential, else "Median of {n} organisations" (it is taken over those
    alone: "all" had named a median of four of five while the fifth read "(not scored)" beside it)."""
    return msg("Median of all organisations") if scorers >= organisations else msg("Median of {n} organisations")


def potential_scorers(organisations: Sequence[Organisation], scores: Iterable[PotentialScore]) -> int:
    """How many organisations have given a potential on at least one area."""
    return len(organisations) - len(without_potential(organisations, scores))


def area_medians(organisations: Sequence[Organisation], areas: Sequence[Area],
                 scores: Iterable[PotentialScore]) -> list[float | None]:
    """The median potential per area over the organisations that scored it (None when nobody did)."""
    known = {o.uid for o in organisations}
    per_area: dict[str, list[int]] = {a.code: [] for a in areas}
    for s in scores:
        if s.value is not None and s.organisation_uid in known and s.area_code in per_area:
            per_area[s.area_code].append(s.value)
    return [statistics.median(per_area[a.code]) if per_area[a.code] else None for a in areas]


def robustness_summary(e: Engagement) -> dict:
    """The `robustness` object of the summary: winner, margin and the smallest change that flips it."""
    r = robustness(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
    names = {o.uid: o.name for o in e.organisations}
    return {
        "winner": r.winner,
        "leaders": list(r.leaders),
        "runners_up": list(r.runners_up),
        "margin": r.margin,
        "tie_counts_as_change": r.tie_counts_as_change,
        "equal_weights": r.equal_weights,
        "smallest_flip": describe(r, names),
        "vote_flips": [
            {
                "organisation": names.get(f.organisation_uid, f.organisation_uid),
                "alternative": f.alternative_code,
                "criterion": f.criterion_number,
                "from": f.old,
                "to": f.new,
                "leaders": list(f.leaders),
                "description": describe_vote_flip(f, names, r.winner),
            }
            for f in r.vote_flips
        ],
        "weight_flip": None if r.weight_flip is None or r.winner is None else {
            "criterion": r.weight_flip.criterion_number,
            "from": r.weight_flip.old,
            "to": round(r.weight_flip.new, 6),
            "challenger": r.weight_flip.challenger,
            "description": describe_weight_flip(r.weight_flip, r.winner),
        },
        "missing_votes": [
            {"organisation": names.get(o, o), "alternative": a, "criterion": c} for o, a, c in r.missing
        ],
        "unscored_alternatives": list(r.unscored),
        "partial_alternatives": list(r.partial),
    }


def summarize(e: Engagement) -> dict:
    """Group shares, alternatives' agreed scores with sums and ranks, preferences, who has given no potential,
    vote or preference yet, and robustness."""
    groups = group_potentials(e.groups, e.areas, e.potentials)
    grid = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
    results = alternative_results(e.alternatives, e.criteria, grid)
    shares = coverage_shares(e.alternatives, e.areas, e.potentials)
    names = e.organisation_by_uid()
    return {
        "title": e.info.title,
        "groups": [
            {"code": g.code, "name": g.name, "potential_sum": g.potential_sum,
             "potential_share": g.potential_share, "today_share": g.today_share}
            for g in groups
        ],
        "weights": {str(c.number): c.weight for c in e.criteria},
        "alternatives": [
            {
                "code": r.code,
                "name": r.name,
                "scores": list(r.scores),
                "sum": r.sum,
                "weighted_sum": r.weighted_sum,
                "rank": r.rank,
                "complete": r.complete,
                "potential_share": shares.get(r.code),
            }
            for r in results
        ],
        "preferences": {names[p.organisation_uid].name: p.alternative_code for p in e.preferences},
        # Who has given nothing yet: the shares, sums and counts above are of the others.
        "without_potential": [o.name for o in without_potential(e.organisations, e.potentials)],
        "without_votes": [o.name for o in without_votes(e.organisations, e.votes)],
        "without_preference": [o.name for o in without_preference(e.organisations, e.preferences)],
        "robustness": robustness_summary(e),
    }
