"""Undoable edits of meetings: details, organisations, attendees, agenda, items, decisions and actions.

Every method checks the edit and pushes one command (ui/meetings/commands.py)
on the session's undo stack, which writes through the session's one edit path. A refused edit
raises DomainError and leaves nothing to undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime


from workshop.domain.agenda import (
    follow_up_item, free_item, held_minutes, moved, parked_to_end, parse_due_date, parse_starts_at,
)
from workshop.domain.errors import DomainError
from workshop.domain.meetings import ActionItem, AgendaItem, Decision, Meeting
from workshop.domain.model import Person, Question
from workshop.domain.records import check_start
from workshop.domain.validation import check_name
from workshop.ui.meetings.commands import (
    AddAction, AddDecision, AddItems, AddMeeting, EditAttendee, EditItemText, EditMeetingDetails, MeetingCommand,
    OrderAgenda, RemoveAction, RemoveDecision, RemoveItem, RemoveMeeting, SetAttendees, SetItemStatus,
    SetMeetingOrganisations, SetMeetingStatus, UpdateAction,
)
from workshop.ui.session.commands import one_step, push
from workshop.ui.widgets.i18n import tr
from workshop.ui.session.session import EngagementSession
from workshop.domain.vocabulary import ActionStatus, ItemStatus, MeetingStatus


class MeetingEdits:
    """The facilitator's edits of meetings, each one undoable."""

    def __init__(self, session: EngagementSession, before_edit: Callable[[], None] | None = None):
        self._session = session
        self._before_edit = before_edit or (lambda: None)

    def meeting(self, uid: str) -> Meeting:
        """A meeting as it stands now."""
        for m in self._session.engagement.meetings:
            if m.uid == uid:
                return m
        raise DomainError(tr("That meeting no longer exists."))

    def item(self, meeting_uid: str, item_uid: str) -> AgendaItem:
        """An agenda item as it stands now."""
        return next(a for a in self.meeting(meeting_uid).agenda if a.uid == item_uid)

    def _push(self, command: MeetingCommand) -> None:
        self._before_edit()  # e.g. save the notes being typed, so a reload keeps them
        push(self._session.undo_stack, command)

    # --- meetings ---------------------------------------------------------
    def create(self, title: str, kind: str = "work", starts_at: str = "", organisation_uids: Sequence[str] = ()) \
            -> Meeting:
        """A new planned meeting."""
        meeting = Meeting(kind=kind, title=check_name(title, tr("The meeting title")),
                          starts_at=parse_starts_at(starts_at), organisation_uids=tuple(organisation_uids))
        self._push(AddMeeting(self._session, meeting, self._before_edit))
        return meeting

    def remove(self, uid: str) -> None:
        """Delete a meeting with everything recorded in it."""
        self._push(RemoveMeeting(self._session, self.meeting(uid), self._before_edit))

    def update_details(self, uid: str, **changes) -> None:
        """Change kind, title, starts_at, duration_minutes or place."""
        m = self.meeting(uid)
        keys = ("kind", "title", "starts_at", "duration_minutes", "place")
        old = {k: getattr(m, k) for k in keys}
        new = {**old, **changes}
        if "starts_at" in changes:
            new["starts_at"] = parse_starts_at(new["starts_at"])
            check_start(m, new["starts_at"], datetime.now())
        if new == old:
            return
        self._push(EditMeetingDetails(self._session, uid, old, new, self._before_edit))

    def set_status(self, uid: str, status: str) -> None:
        """Start (running), close or reopen (planned) a meeting."""
        old = self.meeting(uid).status
        if old == status:
            return
        # The undo step goes by the button's words ("Run meeting", "End meeting"): "Close" read like the file.
        text = {MeetingStatus.RUNNING: tr("Run meeting"), MeetingStatus.CLOSED: tr("End meeting")}.get(
            status, tr("Reopen meeting"))
        self._push(SetMeetingStatus(self._session, uid, text, old, status, self._before_edit))

    def end(self, uid: str, now: datetime) -> None:
        """Close a running meeting, its length set to how long it lasted (domain.agenda.held_minutes): its minutes
        gave the planned end. One undo step, "End meeting"."""
        minutes = held_minutes(self.meeting(uid).starts_at, now)
        with one_step(self._session.undo_stack, tr("End meeting")):
            if minutes is not None:
                self.update_details(uid, duration_minutes=minutes)
            self.set_status(uid, MeetingStatus.CLOSED)

    def running_besides(self, uid: str) -> list[Meeting]:
        """The meetings running now other than this one (one at most, unless an older version left more)."""
        return [m for m in self._session.engagement.meetings if m.status == MeetingStatus.RUNNING and m.uid != uid]

    def start(self, uid: str, others: str = MeetingStatus.CLOSED, starts_at: str | None = None) -> None:
        """Mark a meeting running, and any other running one closed or planned (`others`): scores and votes
        given now name the running meeting, so one runs at a time. `starts_at`: when it is held, if not as
        planned (domain.agenda.held_from). One undo step; a refusal half-way takes back what was done and
        raises."""
        with one_step(self._session.undo_stack, tr("Run meeting")):
            for other in self.running_besides(uid):
                self.set_status(other.uid, others)
            if starts_at:
                self.update_details(uid, starts_at=starts_at)
            self.set_status(uid, MeetingStatus.RUNNING)

    def set_organisations(self, uid: str, organisation_uids: Sequence[str]) -> None:
        """The organisations taking part."""
        old = list(self.meeting(uid).organisation_uids)
        new = list(dict.fromkeys(organisation_uids))
        if sorted(old) != sorted(new):
            self._push(SetMeetingOrganisations(self._session, uid, old, new, self._before_edit))

    # --- attendees --------------------------------------------------------
    def known_person(self, name: str) -> Person | None:
        """Someone entered before under this name (ignoring case and spaces)."""
        key = name.strip().casefold()
        return next((p for p in self._session.engagement.people if p.name.strip().casefold() == key), None)

    def add_attendee(self, uid: str, name: str, role: str = "", organisation_uid: str | None = None) -> Person:
        """Add someone to a meeting; a person entered before is reused, a new one is remembered."""
        clean = check_name(name, tr("The attendee's name"))
        person = self.known_person(clean)
        is_new = person is None
        if person is None:
            person = Person(name=clean, role=role.strip(), organisation_uid=organisation_uid)
        old = list(self.meeting(uid).attendee_uids)
        if person.uid in old:
            raise DomainError(tr("{name} already attends this meeting.").format(name=person.name))
        self._push(SetAttendees(self._session, tr("Add attendee {name}").format(name=person.name), uid, old,
                                old + [person.uid], person if is_new else None, self._before_edit))
        return person

    def remove_attendee(self, uid: str, person_uid: str) -> None:
        """Take someone off a meeting's attendee list (the person stays known)."""
        old = list(self.meeting(uid).attendee_uids)
        new = [p for p in old if p != person_uid]
        self._push(SetAttendees(self._session, tr("Remove attendee"), uid, old, new, before=self._before_edit))

    def update_person(self, person: Person) -> None:
        """Change an attendee's name, role or organisation (everywhere they attend)."""
        old = next(p for p in self._session.engagement.people if p.uid == person.uid)
        check_name(person.name, tr("The attendee's name"))
        if old != person:
            self._push(EditAttendee(self._session, old, person, self._before_edit))

    # --- agenda -----------------------------------------------------------
    def add_items(self, uid: str, items: Sequence[AgendaItem], index: int | None = None) -> None:
        """Put items (from the catalogue, or free) on the agenda."""
        if not items:
            return
        items = list(items)
        text = tr("Add to agenda") if len(items) > 1 else tr("Add “{text}” to agenda").format(text=items[0].text[:40])
        self._push(AddItems(self._session, text, uid, items, index, before=self._before_edit))

    def add_free_item(self, uid: str, text: str, index: int | None = None) -> AgendaItem:
        """A free item on the agenda (text must not be empty)."""
        item = free_item(text)
        self.add_items(uid, [item], index)
        return item

    def remove_item(self, uid: str, item_uid: str) -> None:
        """Take an item off the agenda (undo puts it back with its notes)."""
        self._push(RemoveItem(self._session, item_uid, self._before_edit))

    def move_item(self, uid: str, item_uid: str, to_index: int) -> None:
        """Move an agenda item to another place."""
        old = [a.uid for a in self.meeting(uid).agenda]
        new = moved(old, old.index(item_uid), to_index)
        if new != old:
            self._push(OrderAgenda(self._session, uid, old, new, self._before_edit))

    def edit_item_text(self, uid: str, item_uid: str, text: str) -> None:
        """Change what an agenda item says."""
        old = self.item(uid, item_uid).text
        clean = check_name(text, tr("The agenda item"))
        if clean != old:
            self._push(EditItemText(self._session, item_uid, old, clean, self._before_edit))

    def set_item_status(self, uid: str, item_uid: str, status: str) -> None:
        """Mark an item answered, skipped, parked (it moves to the end) or open again."""
        old_status = self.item(uid, item_uid).status
        if old_status == status:
            return
        old_order = [a.uid for a in self.meeting(uid).agenda]
        new_order = parked_to_end(old_order, item_uid) if status == ItemStatus.PARKED else old_order
        names = {ItemStatus.ANSWERED: tr("Mark answered"), ItemStatus.SKIPPED: tr("Skip item"), ItemStatus.PARKED: tr("Park item")}
        self._push(SetItemStatus(self._session, names.get(status, tr("Reopen item")), uid, item_uid,
                                 (old_status, old_order), (status, new_order), self._before_edit))

    def add_follow_up(self, uid: str, text: str, index: int, theme_uid: str | None = None) -> AgendaItem:
        """A follow-up question asked on the spot; with a theme it also goes into the catalogue."""
        theme = next((t for t in self._session.engagement.themes if t.uid == theme_uid), None)
        item = follow_up_item(text, theme.title if theme else "")
        question = Question(theme_uid=theme.uid, text=item.text) if theme else None
        if question is not None:
            item = dataclasses.replace(item, question_uid=question.uid)
        self._push(AddItems(self._session, tr("Add follow-up question"), uid, [item], index, question,
                            self._before_edit))
        return item

    # --- decisions and action items --------------------------------------
    def add_decision(self, uid: str, text: str) -> Decision:
        """Record a decision."""
        decision = Decision(text=check_name(text, tr("The decision")))
        self._push(AddDecision(self._session, uid, decision, self._before_edit))
        return decision

    def remove_decision(self, uid: str, decision_uid: str) -> None:
        """Delete a decision."""
        self._push(RemoveDecision(self._session, decision_uid, self._before_edit))

    def add_action(self, uid: str, text: str, owner: str = "", due_date: str = "") -> ActionItem:
        """Record an action item with its owner and due date."""
        action = ActionItem(text=check_name(text, tr("The action item")), owner=owner.strip(),
                            due_date=parse_due_date(due_date))
        self._push(AddAction(self._session, uid, action, self._before_edit))
        return action

    def remove_action(self, uid: str, action_uid: str) -> None:
        """Delete an action item."""
        self._push(RemoveAction(self._session, action_uid, self._before_edit))

    def set_action_closed(self, action: ActionItem, closed: bool, in_meeting_uid: str | None) -> None:
        """Close an action item (in this meeting), or open it again."""
        new = dataclasses.replace(action, status=ActionStatus.CLOSED if closed else ActionStatus.OPEN,
                                  closed_in_meeting_uid=in_meeting_uid if closed else None)
        if new != action:
            self._push(UpdateAction(self._session, tr("Close action item") if closed else tr("Reopen action item"),
                                    action, new, self._before_edit))
