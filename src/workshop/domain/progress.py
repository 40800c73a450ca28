"""How far an engagement has come: whether its report may call itself final.

A report is final once every meeting is held (none planned or running, at least one) and a
recommendation is written; until then it is an interim report of the state on the day it is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.engagement import Engagement
from workshop.domain.vocabulary import MeetingStatus


@dataclass(frozen=True, slots=True)
class Progress:
    """The meetings held of all, and whether the recommendation is written."""

    held: int  # meetings ended
    meetings: int  # all meetings, planned and running ones included
    recommended: bool

    @property
    def final(self) -> bool:
        """True when the report may be the final one: every meeting held and the recommendation written."""
        return 0 < self.held == self.meetings and self.recommended


def progress(e: Engagement) -> Progress:
    """The engagement's progress, from its meetings' statuses and its recommendation."""
    held = sum(1 for m in e.meetings if m.status == MeetingStatus.CLOSED)
    return Progress(held=held, meetings=len(e.meetings), recommended=e.recommendation.written)
