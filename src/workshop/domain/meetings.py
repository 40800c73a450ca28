"""Meetings: who came, what was asked, what was noted and decided."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.domain.ids import new_uid
from workshop.domain.model import AgreedScore, Organisation, Person, PotentialRecord, Preference, VoteRecord
from workshop.domain.vocabulary import ActionStatus, ItemKind, ItemStatus, MeetingStatus, MeetingKind, values

_frozen = dict(frozen=True, kw_only=True, slots=True)

MEETING_KINDS = values(MeetingKind)
ITEM_STATUSES = values(ItemStatus)
ITEM_KINDS = values(ItemKind)


@dataclass(**_frozen)
class AgendaItem:
    """One item of a meeting's agenda; the text is kept even if its question is deleted."""

    text: str
    kind: str = ItemKind.QUESTION
    question_uid: str | None = None
    theme_title: str = ""
    status: str = ItemStatus.OPEN
    notes: str = ""
    seconds_spent: int = 0
    internal_notes: str = ""  # the facilitator's own: never in a document or data export
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
    status: str = ActionStatus.OPEN
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
    status: str = MeetingStatus.PLANNED
    organisation_uids: tuple[str, ...] = ()
    attendee_uids: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    internal_notes: str = ""  # the facilitator's own about the whole meeting: never exported but in full JSON
    approval: MinutesApproval | None = None  # None while the minutes are a draft
    addenda: tuple[Addendum, ...] = ()  # changes made after the minutes were approved, oldest first
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class ApprovedDetails:
    """The facts at the head of the minutes as approved: what the meeting was, when and where, who came."""

    kind: str
    title: str
    starts_at: str = ""
    duration_minutes: int = 120
    place: str = ""
    organisation_uids: tuple[str, ...] = ()
    attendee_uids: tuple[str, ...] = ()
    # The organisations the minutes name and the attendees, as approved (no contact details): the minutes still
    # name one removed from the engagement later (a municipality leaving the investigation).
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()


@dataclass(**_frozen)
class ApprovedScores:
    """The numbers the minutes gave as given in the meeting when they were approved."""

    potentials: tuple[PotentialRecord, ...] = ()
    votes: tuple[VoteRecord, ...] = ()
    agreed: tuple[AgreedScore, ...] = ()
    preferences: tuple[Preference, ...] = ()


@dataclass(**_frozen)
class CarriedItem:
    """An open item from an earlier meeting as approved minutes listed it: an action item or a parked question,
    with the meeting it came from."""

    meeting_uid: str
    meeting_title: str
    meeting_starts_at: str = ""
    action: ActionItem | None = None
    question: AgendaItem | None = None


@dataclass(**_frozen)
class ApprovedMinutes:
    """What the minutes said when they were approved: each item's notes, the decisions and action items; and,
    for approvals made since they were kept (None before), the meeting's facts, the numbers given in it and the
    open items carried from earlier meetings."""

    agenda: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    details: ApprovedDetails | None = None
    scores: ApprovedScores | None = None
    carried: tuple[CarriedItem, ...] | None = None  # the open items from earlier meetings, as listed then


@dataclass(**_frozen)
class MinutesApproval:
    """Minutes approved (justerade) on a date by one or more people, with the text they approved."""

    approved_on: str
    approvers: tuple[str, ...]
    minutes: ApprovedMinutes = ApprovedMinutes()


@dataclass(**_frozen)
class Addendum:
    """A change to approved minutes, kept and printed after the approved text (never a silent rewrite).

    kind says what changed (AddendumKind); subject_uid names the agenda item, decision or action item;
    text is what it says after the change (empty for a removal, whose old text is in `before`)."""

    made_on: str
    kind: str
    subject_uid: str
    text: str = ""
    before: str = ""
    uid: str = field(default_factory=new_uid)
