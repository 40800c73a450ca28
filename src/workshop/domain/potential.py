"""Potential arithmetic: group sums and shares, and the three-factor multiple."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.model import Area, Group, PotentialScore


@dataclass(frozen=True, slots=True)
class GroupPotential:
    """A group's summed potential, its share of the total, and its share of today's spend."""

    code: str
    name: str
    potential_sum: int
    potential_share: float | None
    today_share: float | None


def potential_from_factors(will: int, benefit: int, ability: int, scale: int) -> int:
    """The report's 'multiple with max 100': 100 · will · benefit · ability / scale³, rounded."""
    if scale < 1:
        raise DomainError(msg("The factor scale must be at least 1."))
    for name, value in ((term("Will"), will), (term("Benefit"), benefit), (term("Ability"), ability)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= scale:
            raise DomainError(msg("{name} must be a whole number between 0 and {scale}."), name=name, scale=scale)
    return round(100 * will * benefit * ability / scale**3)


def area_totals(areas: Sequence[Area], scores: Iterable[PotentialScore]) -> dict[str, int]:
    """The sum over organisations of each area's potential (missing scores count as nothing)."""
    totals = {a.code: 0 for a in areas}
    for s in scores:
        if s.value is not None and s.area_code in totals:
            totals[s.area_code] += s.value
    return totals


def group_potentials(
    groups: Sequence[Group], areas: Sequence[Area], scores: Iterable[PotentialScore]
) -> list[GroupPotential]:
    """Each group's potential sum and share of the whole, beside its today-share."""
    totals = area_totals(areas, scores)
    sums = {g.code: 0 for g in groups}
    for area in areas:
        if area.group_code in sums:
            sums[area.group_code] += totals[area.code]
    grand = sum(sums.values())
    return [
        GroupPotential(
            code=g.code,
            name=g.name,
            potential_sum=sums[g.code],
            potential_share=(sums[g.code] / grand) if grand else None,
            today_share=g.today_share,
        )
        for g in groups
    ]


def missing_potentials(
    organisation_uids: Sequence[str], areas: Sequence[Area], scores: Iterable[PotentialScore]
) -> list[tuple[str, str]]:
    """(organisation uid, area code) pairs that have no score yet."""
    given = {(s.organisation_uid, s.area_code) for s in scores if s.value is not None}
    return [(o, a.code) for o in organisation_uids for a in areas if (o, a.code) not in given]


def coverage_share(area_codes: Iterable[str], areas: Sequence[Area], scores: Iterable[PotentialScore]) -> float | None:
    """The share of total potential that lies in the given areas (an alternative's coverage)."""
    totals = area_totals(areas, scores)
    grand = sum(totals.values())
    if not grand:
        return None
    return sum(totals.get(code, 0) for code in set(area_codes)) / grand
