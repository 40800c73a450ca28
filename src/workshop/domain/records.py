"""Records a municipality may receive: what never leaves (internal notes) and approved minutes (justering)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime

from workshop.domain.agenda import parse_due_date
from workshop.domain.approved import approved_minutes_of
from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.meetings import Meeting, MinutesApproval
from workshop.domain.messages import msg
from workshop.domain.validation import clean_text
from workshop.domain.vocabulary import MeetingStatus


def without_internal_notes(e: Engagement) -> Engagement:
    """The engagement as every document and data export sees it: no internal notes anywhere."""
    meetings = tuple(
        dataclasses.replace(m, internal_notes="",
                            agenda=tuple(dataclasses.replace(a, internal_notes="") for a in m.agenda))
        for m in e.meetings
    )
    return dataclasses.replace(e, meetings=meetings)


def approval(e: Engagement, m: Meeting, approvers: Iterable[str], on: str, today: date) -> MinutesApproval:
    """The approval of a meeting's minutes by these people on this date, after checking it; it freezes what
    the minutes say now (domain.approved).

    Refused: no approver, a date that is not a date, in the future, or before the meeting; minutes
    already approved."""
    names = tuple(dict.fromkeys(n for n in (clean_text(x) for x in approvers) if n))
    if not names:
        raise DomainError(msg("Name at least one person who approves the minutes."))
    day = parse_due_date(on)
    if not day:
        raise DomainError(msg("Give the date the minutes were approved."))
    if day > today.isoformat():
        raise DomainError(msg("{date} is in the future; minutes are approved on or before today ({today})."),
                          date=day, today=today.isoformat())
    if m.starts_at and day < m.starts_at[:10]:
        raise DomainError(msg("{date} is before the meeting ({meeting}); minutes are approved after it."),
                          date=day, meeting=m.starts_at[:10])
    if m.approval is not None:
        raise DomainError(msg("These minutes were already approved on {date} by {names}."),
                          date=m.approval.approved_on, names=", ".join(m.approval.approvers))
    return MinutesApproval(approved_on=day, approvers=names, minutes=approved_minutes_of(e, m))


def check_start(m: Meeting, starts_at: str, now: datetime) -> None:
    """Refused: a start after the day the meeting's minutes were approved (approving refuses that order too), and
    a held meeting's start in the future (the report and the minutes count it as held)."""
    if m.approval is not None and starts_at[:10] > m.approval.approved_on:
        raise DomainError(msg("The minutes of this meeting were approved on {date}: it cannot start after that "
                              "day."), date=m.approval.approved_on)
    if m.status == MeetingStatus.CLOSED and starts_at > now.strftime("%Y-%m-%dT%H:%M"):
        raise DomainError(msg("This meeting has been held: it cannot start later than now ({now})."),
                          now=now.strftime("%Y-%m-%d %H:%M"))
