"""Meetings: who came, what was asked, what was noted and decided."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.domain.ids import new_uid

_frozen = dict(frozen=True, kw_only=True, slots=True)

MEETING_KINDS = ("work", "joint", "steering")
ITEM_STATUSES = ("open", "answered", "skipped", "parked")
ITEM_KINDS = ("question", "free", "follow-up")


@dataclass(**_frozen)
class AgendaItem:
    """One item of a meeting's agenda; the text is kept even if its question is deleted."""

    text: str
    kind: str = "question"
    question_uid: str | None = None
    theme_title: str = ""
    status: str = "open"
    notes: str = ""
    seconds_spent: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Decision:
    """A decision taken in a meeting."""

    text: str
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class ActionItem:
    """A follow-up with an owner and a due date, open until closed."""

    text: str
    owner: str = ""
    due_date: str = ""
    status: str = "open"
    closed_in_meeting_uid: str | None = None
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Meeting:
    """A work meeting, joint meeting or steering-group check-in."""

    kind: str
    title: str
    starts_at: str = ""
    duration_minutes: int = 120
    place: str = ""
    status: str = "planned"  # planned, running, closed
    organisation_uids: tuple[str, ...] = ()
    attendee_uids: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    uid: str = field(default_factory=new_uid)
