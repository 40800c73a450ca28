"""How far an engagement has come: which meetings are held, and whether its report may call itself final.

A meeting is held once it is closed; a running one is neither held nor planned (the report's cover and its
method say "2 av 3 möten är genomförda, 1 pågår" alike). A report is final once every meeting is held (none
planned or running, at least one), every organisation has assessed the potential of every area and every
alternative has an agreed score on every criterion (the report's 2.3 and 3.1 would otherwise say the
assessment and the scoring are under way) and a recommendation is written; until then it is an interim
report of the state on the day it is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.criteria import agreed_grid, alternative_results
from workshop.domain.engagement import Engagement
from workshop.domain.meetings import Meeting
from workshop.domain.potential import missing_potentials
from workshop.domain.vocabulary import MeetingStatus


def is_held(m: Meeting) -> bool:
    """True for a meeting that has taken place (closed); a running meeting is not held yet."""
    return m.status == MeetingStatus.CLOSED


@dataclass(frozen=True, slots=True)
class Progress:
    """The meetings held, running and in all, whether every alternative is scored and whether the
    recommendation is written."""

    held: int  # meetings ended
    running: int  # meetings started and not ended: neither held nor planned
    meetings: int  # all meetings, planned and running ones included
    recommended: bool
    scored: bool = True  # every alternative has an agreed score on every criterion
    assessed: bool = True  # every organisation has a potential on every area
    # Something given at all: the cover says "no alternative has scores yet" rather than "not every …"
    some_scored: bool = True
    some_assessed: bool = True

    @property
    def planned(self) -> int:
        """The meetings not started yet."""
        return self.meetings - self.held - self.running

    @property
    def final(self) -> bool:
        """True when the report may be the final one: every meeting held, every potential given, every
        alternative scored and the recommendation written."""
        return 0 < self.held == self.meetings and self.assessed and self.scored and self.recommended


def progress(e: Engagement) -> Progress:
    """The engagement's progress, from its meetings' statuses, its agreed scores and its recommendation."""
    grid = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
    results = alternative_results(e.alternatives, e.criteria, grid)
    missing = missing_potentials([o.uid for o in e.organisations], e.areas, e.potentials)
    return Progress(held=sum(1 for m in e.meetings if is_held(m)),
                    running=sum(1 for m in e.meetings if m.status == MeetingStatus.RUNNING),
                    meetings=len(e.meetings), recommended=e.recommendation.written,
                    scored=all(r.complete for r in results), assessed=not missing,
                    some_scored=not results or any(r.scored for r in results),
                    some_assessed=len(missing) < len(e.organisations) * len(e.areas) or not missing)
