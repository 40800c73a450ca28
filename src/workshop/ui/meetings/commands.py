"""The undo commands of meetings: one small class per kind of edit, each saying what redo and undo write.

Each goes through the session's one edit path (session.write: the store writes and commits, the session
announces the part once). `before` runs first on undo as on the edit itself (the runner saves the notes
being typed, so a reload keeps them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workshop.domain.meetings import ActionItem, AgendaItem, Decision, Meeting, MinutesApproval
from workshop.domain.model import Person, Question
from workshop.storage import EngagementStore
from workshop.ui.session.commands import EditCommand
from workshop.ui.session.session import CATALOGUE, MEETINGS, EngagementSession
from workshop.ui.widgets.i18n import tr

Before = Callable[[], None]


class MeetingCommand(EditCommand):
    """An edit of meetings: `forward` is the edit, `backward` takes it back (each given the store)."""

    parts: tuple[str, ...] = (MEETINGS,)

    def __init__(self, session: EngagementSession, text: str, before: Before | None = None):
        super().__init__(text)
        self.session = session
        self._before = before or (lambda: None)

    def forward(self, store: EngagementStore) -> None:
        raise NotImplementedError

    def backward(self, store: EngagementStore) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        self._write(self.forward)

    def revert(self) -> None:
        self._before()
        self._write(self.backward)

    def _write(self, step: Callable[[EngagementStore], None]) -> None:
        self.session.write(self.parts[0], step)
        for part in self.parts[1:]:
            self.session.announce(part)


class _SetField(MeetingCommand):
    """One thing of a meeting set from `old` to `new` through a repository call `(store, value)`."""

    def __init__(self, session, text, setter: Callable[[EngagementStore, object], None], old, new, before=None):
        super().__init__(session, text, before)
        self._setter, self.old, self.new = setter, old, new

    def forward(self, store):
        self._setter(store, self.new)

    def backward(self, store):
        self._setter(store, self.old)


class _Restorable(MeetingCommand):
    """Rows taken away; undo puts every row taken back (the repository says what it took)."""

    takes_away = True

    def __init__(self, session, text, take: Callable[[EngagementStore], dict], before=None):
        super().__init__(session, text, before)
        self._take, self._taken = take, None

    def forward(self, store):
        self._taken = self._take(store)

    def backward(self, store):
        store.meetings.restore(self._taken)


# --- meetings -------------------------------------------------------------------
class AddMeeting(MeetingCommand):
    def __init__(self, session, meeting: Meeting, before=None):
        super().__init__(session, tr("New meeting “{title}”").format(title=meeting.title), before)
        self.meeting = meeting

    def forward(self, store):
        store.meetings.add_meeting(self.meeting)

    def backward(self, store):
        store.meetings.remove_meeting(self.meeting.uid)


class RemoveMeeting(_Restorable):
    def __init__(self, session, meeting: Meeting, before=None):
        super().__init__(session, tr("Delete meeting “{title}”").format(title=meeting.title),
                         lambda store: store.meetings.remove_meeting(meeting.uid), before)


class EditMeetingDetails(_SetField):
    def __init__(self, session, uid: str, old: dict, new: dict, before=None):
        super().__init__(session, tr("Edit meeting details"),
                         lambda store, details: store.meetings.update_details(uid, **details), old, new, before)


class SetMeetingStatus(_SetField):
    def __init__(self, session, uid: str, text: str, old: str, new: str, before=None):
        super().__init__(session, text, lambda store, status: store.meetings.set_status(uid, status), old, new,
                         before)


class SetMeetingOrganisations(_SetField):
    def __init__(self, session, uid: str, old: list[str], new: list[str], before=None):
        super().__init__(session, tr("Change organisations taking part"),
                         lambda store, uids: store.meetings.set_organisations(uid, uids), old, new, before)


# --- attendees ------------------------------------------------------------------
class SetAttendees(MeetingCommand):
    """The attendee list changed; `person`, when given, is someone new, remembered with the edit."""

    def __init__(self, session, text: str, uid: str, old: list[str], new: list[str], person: Person | None = None,
                 before=None):
        super().__init__(session, text, before)
        self.uid, self.old, self.new, self.person = uid, old, new, person

    def forward(self, store):
        if self.person is not None:
            store.meetings.add_person(self.person)
        store.meetings.set_attendees(self.uid, self.new)

    def backward(self, store):
        store.meetings.set_attendees(self.uid, self.old)
        if self.person is not None:
            store.meetings.remove_person(self.person.uid)


class EditAttendee(_SetField):
    def __init__(self, session, old: Person, new: Person, before=None):
        super().__init__(session, tr("Edit attendee {name}").format(name=old.name),
                         lambda store, person: store.meetings.update_person(person), old, new, before)


# --- the agenda -----------------------------------------------------------------
class AddItems(MeetingCommand):
    """Items put on a meeting's agenda (at `index`, or last); with `question`, a follow-up question that also
    goes into the catalogue."""

    def __init__(self, session, text: str, uid: str, items: Sequence[AgendaItem], index: int | None = None,
                 question: Question | None = None, before=None):
        super().__init__(session, text, before)
        self.uid, self.items, self.index, self.question = uid, list(items), index, question
        if question is not None:
            self.parts = (MEETINGS, CATALOGUE)

    def forward(self, store):
        if self.question is not None:
            store.catalogue.add_question(self.question)
        store.meetings.insert_items(self.uid, self.items, self.index)

    def backward(self, store):
        store.meetings.remove_items([i.uid for i in self.items])
        if self.question is not None:
            store.catalogue.remove_question(self.question.uid)


class RemoveItem(_Restorable):
    def __init__(self, session, item_uid: str, before=None):
        super().__init__(session, tr("Remove agenda item"), lambda store: store.meetings.remove_items([item_uid]),
                         before)


class OrderAgenda(_SetField):
    def __init__(self, session, uid: str, old: list[str], new: list[str], before=None):
        super().__init__(session, tr("Move agenda item"),
                         lambda store, order: store.meetings.set_agenda_order(uid, order), old, new, before)


class EditItemText(_SetField):
    def __init__(self, session, item_uid: str, old: str, new: str, before=None):
        super().__init__(session, tr("Edit agenda item"),
                         lambda store, text: store.meetings.update_item_text(item_uid, text), old, new, before)


class SetItemStatus(MeetingCommand):
    """An item answered, skipped, parked (moved to the end) or opened again, with the agenda's order."""

    def __init__(self, session, text: str, uid: str, item_uid: str, old: tuple[str, list[str]],
                 new: tuple[str, list[str]], before=None):
        super().__init__(session, text, before)
        self.uid, self.item_uid, self.old, self.new = uid, item_uid, old, new

    def _set(self, store, state: tuple[str, list[str]]) -> None:
        store.meetings.set_item_status(self.item_uid, state[0])
        store.meetings.set_agenda_order(self.uid, state[1])

    def forward(self, store):
        self._set(store, self.new)

    def backward(self, store):
        self._set(store, self.old)


# --- decisions, action items and approval --------------------------------------
class AddDecision(MeetingCommand):
    def __init__(self, session, uid: str, decision: Decision, before=None):
        super().__init__(session, tr("Add decision"), before)
        self.uid, self.decision = uid, decision

    def forward(self, store):
        store.meetings.add_decision(self.uid, self.decision)

    def backward(self, store):
        store.meetings.remove_decisions([self.decision.uid])


class RemoveDecision(_Restorable):
    def __init__(self, session, decision_uid: str, before=None):
        super().__init__(session, tr("Delete decision"),
                         lambda store: store.meetings.remove_decisions([decision_uid]), before)


class AddAction(MeetingCommand):
    def __init__(self, session, uid: str, action: ActionItem, before=None):
        super().__init__(session, tr("Add action item"), before)
        self.uid, self.action = uid, action

    def forward(self, store):
        store.meetings.add_action(self.uid, self.action)

    def backward(self, store):
        store.meetings.remove_actions([self.action.uid])


class RemoveAction(_Restorable):
    def __init__(self, session, action_uid: str, before=None):
        super().__init__(session, tr("Delete action item"),
                         lambda store: store.meetings.remove_actions([action_uid]), before)


class UpdateAction(_SetField):
    def __init__(self, session, text: str, old: ActionItem, new: ActionItem, before=None):
        super().__init__(session, text, lambda store, action: store.meetings.update_action(action), old, new,
                         before)


class ApproveMinutes(MeetingCommand):
    """The minutes approved (justerade); undo withdraws the approval."""

    def __init__(self, session, meeting: Meeting, approval: MinutesApproval):
        super().__init__(session, tr("Approve minutes of “{title}”").format(title=meeting.title))
        self.uid, self.approval = meeting.uid, approval

    def forward(self, store):
        store.records.approve(self.uid, self.approval)

    def backward(self, store):
        store.records.withdraw_approval(self.uid)
