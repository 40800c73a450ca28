"""How an investigation ends: the recommendation, what the pre-study must hold, and the phased plan.

The GGVVH report's chapter 4: proceed with alternative 1 over 3 years after a
pre-study (4.1), the pre-study's content list (4.2), and the implementation
plan in phases with their activities (4.3). Each check raises a DomainError
naming what is wrong; nothing is stored until it passes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from workshop.domain.agenda import parse_due_date
from workshop.domain.errors import DomainError
from workshop.domain.ids import new_uid
from workshop.domain.messages import msg, term
from workshop.domain.validation import check_name, check_named_once, clean_text

_frozen = dict(frozen=True, kw_only=True, slots=True)


@dataclass(**_frozen)
class Recommendation:
    """The recommended alternative (None: not decided yet), why, and the proposals for going on."""

    alternative_code: str | None = None
    rationale: str = ""
    proposals: tuple[str, ...] = ()

    @property
    def written(self) -> bool:
        """True once it says anything: an alternative, a rationale or a proposal."""
        return self.alternative_code is not None or bool(self.rationale) or bool(self.proposals)


@dataclass(**_frozen)
class PreStudyItem:
    """One heading of the pre-study's content (e.g. "Arkitektur") with its points or a paragraph."""

    title: str
    description: str = ""
    points: tuple[str, ...] = ()
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class PlanPhase:
    """A phase of the implementation plan: its activities, dates (YYYY-MM-DD or empty) and owner."""

    name: str
    starts_on: str = ""
    ends_on: str = ""
    owner: str = ""
    activities: tuple[str, ...] = ()
    uid: str = field(default_factory=new_uid)


def _points(points: Iterable[str], what: str) -> tuple[str, ...]:
    return tuple(check_name(p, what) for p in points)


def check_recommendation(r: Recommendation, alternative_codes: Sequence[str]) -> Recommendation:
    """The recommendation cleaned: a known alternative (or none), proposals not empty."""
    if r.alternative_code is not None and r.alternative_code not in alternative_codes:
        raise DomainError(msg("There is no alternative {code}."), code=r.alternative_code)
    return Recommendation(alternative_code=r.alternative_code, rationale=r.rationale.strip(),
                          proposals=_points(r.proposals, term("A proposal")))


def check_prestudy(items: Sequence[PreStudyItem]) -> tuple[PreStudyItem, ...]:
    """The pre-study's headings cleaned: each named once, no empty point."""
    out = tuple(PreStudyItem(title=check_name(item.title, term("The heading")), description=item.description.strip(),
                             points=_points(item.points, term("A point")), uid=item.uid) for item in items)
    check_named_once((item.title for item in out), msg("The pre-study already has a heading “{name}”."))
    return out


def check_phase(phase: PlanPhase) -> PlanPhase:
    """One phase cleaned: a name, dates as the app writes them, the end not before the start."""
    name = check_name(phase.name, term("The phase's name"))
    starts = parse_due_date(phase.starts_on) if phase.starts_on.strip() else ""
    ends = parse_due_date(phase.ends_on) if phase.ends_on.strip() else ""
    if starts and ends and ends < starts:
        raise DomainError(msg("The phase “{name}” ends ({end}) before it starts ({start})."),
                          name=name, end=ends, start=starts)
    return PlanPhase(name=name, starts_on=starts, ends_on=ends, owner=clean_text(phase.owner),
                     activities=_points(phase.activities, term("An activity")), uid=phase.uid)


def check_plan(phases: Sequence[PlanPhase]) -> tuple[PlanPhase, ...]:
    """Every phase cleaned, each named once."""
    out = tuple(check_phase(p) for p in phases)
    check_named_once((p.name for p in out), msg("The plan already has a phase “{name}”."))
    return out


def plan_span(phases: Sequence[PlanPhase]) -> tuple[date, date] | None:
    """The first start and last end of the dated phases (None when no phase has both dates)."""
    dated = [(date.fromisoformat(p.starts_on), date.fromisoformat(p.ends_on))
             for p in phases if p.starts_on and p.ends_on]
    if not dated:
        return None
    return min(s for s, _ in dated), max(e for _, e in dated)

