"""MeetingRepository: meetings, attendees, agendas, notes, decisions and action items.

Each method is one small transaction. Deletes return a `RemovedRows`
snapshot of every row they took away, so undo can restore them exactly.
Saving notes touches one agenda item row only, so it can run every half
second while the facilitator types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from workshop.domain.agenda import check_kind, check_status, inserted, parse_due_date, parse_starts_at
from workshop.domain.errors import DomainError
from workshop.domain.meetings import ActionItem, AgendaItem, Decision, Meeting
from workshop.domain.messages import msg, term
from workshop.domain.model import Person
from workshop.domain.validation import check_duration, check_name
from workshop.domain.vocabulary import ActionStatus, MeetingStatus, values
from workshop.storage.ordering import insert_row, reorder, uids_in_order, write, write_one, write_order
from workshop.storage.writer import gone, meeting_rows

# Tables of a meeting, in an order that satisfies the foreign keys when inserting.
_MEETING_TABLES = ("meetings", "meeting_organisations", "meeting_attendees", "agenda_items", "decisions",
                   "action_items", "minutes_approvals", "minutes_addenda", "potential_history", "vote_history")

# Writes to a row another window or program has removed since are refused with these.
_GONE_MEETING = msg("That meeting no longer exists (another window or program removed it); "
                    "the change was not saved.")
_GONE_PERSON = msg("That person no longer exists (another window or program removed them); "
                   "the change was not saved.")
_GONE_ITEM = msg("That agenda item no longer exists (another window or program removed it); "
                 "the change was not saved.")
_GONE_DECISION = msg("That decision no longer exists (another window or program removed it); "
                     "the change was not saved.")
_GONE_ACTION = msg("That action item no longer exists (another window or program removed it); "
                   "the change was not saved.")


@dataclass(frozen=True, slots=True)
class RemovedRows:
    """Rows a delete took away, per table in insert order, and the orders to put back."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    orders: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ()  # (table, owner column, owner, uids)
    # Rows elsewhere that named the removed meeting (a score given in it, an action closed in it): the file
    # cleared those references (ON DELETE SET NULL); (table, column, uids) puts them back.
    links: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    meeting_uid: str = ""


def _check_action(action: ActionItem) -> ActionItem:
    check_name(action.text, term("The action item"))
    if action.status not in values(ActionStatus):
        raise DomainError(msg("“{status}” is not an action item status."), status=action.status)
    parse_due_date(action.due_date)
    return action


class MeetingRepository:
    """Reads and writes the meetings of one engagement file."""

    def __init__(self, db: Database):
        self._db = db

    def _one(self, sql: str, params: list) -> tuple | None:
        return self._db.execute(sql, params).fetchone()

    def _meeting_there(self, uid: str) -> None:
        """Inside a write: refuse when the meeting is gone (another window or program removed it)."""
        if self._one("SELECT 1 FROM meetings WHERE uid = ?", [uid]) is None:
            raise gone(_GONE_MEETING)

    def _rows(self, table: str, where: str, params: list) -> tuple[dict, ...]:
        return tuple(self._db.query(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", params))

    def restore(self, removed: RemovedRows) -> None:
        """Put back the rows a delete took away, in their old places."""

        def do() -> None:
            for table, rows in removed.rows:
                for row in rows:
                    insert_row(self._db, table, dict(row))
            for table, _owner_col, _owner, uids in removed.orders:
                write_order(self._db, table, uids)
            for table, column, uids in removed.links:
                for uid in uids:
                    self._db.execute(f"UPDATE {table} SET {column} = ? WHERE uid = ?", [removed.meeting_uid, uid])

        write(self._db, do)

    # --- meetings ---------------------------------------------------------
    def add_meeting(self, meeting: Meeting) -> None:
        """Store a new meeting with everything it holds; kind, title and start are checked."""
        check_kind(meeting.kind)
        check_name(meeting.title, term("The meeting title"))
        parse_starts_at(meeting.starts_at)
        check_duration(meeting.duration_minutes)

        def do() -> None:
            for table, rows in meeting_rows(meeting).items():
                for row in rows:
                    insert_row(self._db, table, row)

        write(self._db, do)

    def update_details(self, uid: str, *, kind: str, title: str, starts_at: str, duration_minutes: int,
                       place: str) -> None:
        """Change a meeting's kind, title, start, length and place."""
        check_kind(kind)
        clean = check_name(title, term("The meeting title"))
        start = parse_starts_at(starts_at)
        check_duration(duration_minutes)
        write_one(self._db, "UPDATE meetings SET kind = ?, title = ?, starts_at = ?, duration_minutes = ?, place = ?"
                  " WHERE uid = ?", [kind, clean, start, duration_minutes, place, uid], gone(_GONE_MEETING))

    def set_status(self, uid: str, status: str) -> None:
        """Mark a meeting planned, running or closed."""
        if status not in values(MeetingStatus):
            raise DomainError(msg("“{status}” is not a meeting status."), status=status)
        write_one(self._db, "UPDATE meetings SET status = ? WHERE uid = ?",
                  [status, uid], gone(_GONE_MEETING))

    def remove_meeting(self, uid: str) -> RemovedRows:
        """Delete a meeting and all it holds."""
        if self._one("SELECT 1 FROM meetings WHERE uid = ?", [uid]) is None:
            raise DomainError(msg("That meeting no longer exists."))
        rows = tuple(
            (table, self._rows(table, "uid = ?" if table == "meetings" else "meeting_uid = ?", [uid]))
            for table in _MEETING_TABLES
        )
        links = tuple(
            (table, column, tuple(r[0] for r in self._db.execute(
                f"SELECT uid FROM {table} WHERE {column} = ?", [uid]).fetchall()))
            for table, column in self._references_cleared_with_a_meeting()
        )
        write(self._db, lambda: self._db.execute("DELETE FROM meetings WHERE uid = ?", [uid]))
        return RemovedRows(rows, (), links, uid)

    def _references_cleared_with_a_meeting(self) -> list[tuple[str, str]]:
        """(table, column) of every reference to a meeting that its removal clears rather than removes, as
        the file's own foreign keys say (scores, votes, agreed scores and preferences given in it; actions
        closed in it)."""
        return [tuple(r) for r in self._db.execute(
            "SELECT m.name, f.\"from\" FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f "
            "WHERE m.type = 'table' AND f.\"table\" = 'meetings' AND f.on_delete = 'SET NULL' ORDER BY 1, 2"
        ).fetchall()]

    def set_organisations(self, uid: str, organisation_uids: Sequence[str]) -> None:
        """The organisations taking part in a meeting."""

        def do() -> None:
            self._meeting_there(uid)
            self._db.execute("DELETE FROM meeting_organisations WHERE meeting_uid = ?", [uid])
            for org in dict.fromkeys(organisation_uids):
                insert_row(self._db, "meeting_organisations", {"meeting_uid": uid, "organisation_uid": org})

        write(self._db, do)

    # --- people and attendees --------------------------------------------
    def add_person(self, person: Person) -> None:
        """Remember a person, so later meetings can offer them again."""
        name = check_name(person.name, term("The person's name"))
        write(self._db, lambda: self._db.execute(
            "INSERT INTO people (uid, position, name, role, organisation_uid, steering_group)"
            " VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM people), ?, ?, ?, ?)",
            [person.uid, name, person.role.strip(), person.organisation_uid, int(person.steering_group)],
        ))

    def update_person(self, person: Person) -> None:
        """Change a person's name, role or organisation."""
        name = check_name(person.name, term("The person's name"))
        write_one(self._db, "UPDATE people SET name = ?, role = ?, organisation_uid = ?, steering_group = ? WHERE uid = ?",
                  [name, person.role.strip(), person.organisation_uid, int(person.steering_group), person.uid],
                  gone(_GONE_PERSON))

    def remove_person(self, uid: str) -> None:
        """Forget a person (used to undo adding one)."""
        write(self._db, lambda: self._db.execute("DELETE FROM people WHERE uid = ?", [uid]))

    def set_attendees(self, uid: str, person_uids: Sequence[str]) -> None:
        """Who attends a meeting, in this order."""

        def do() -> None:
            self._meeting_there(uid)
            self._db.execute("DELETE FROM meeting_attendees WHERE meeting_uid = ?", [uid])
            for position, person in enumerate(dict.fromkeys(person_uids)):
                insert_row(self._db, "meeting_attendees",
                           {"meeting_uid": uid, "person_uid": person, "position": position})

        write(self._db, do)

    # --- agenda -----------------------------------------------------------
    def agenda_order(self, meeting_uid: str) -> list[str]:
        """Agenda item uids of a meeting in order."""
        return uids_in_order(self._db, "agenda_items", "meeting_uid", meeting_uid)

    def insert_items(self, meeting_uid: str, items: Sequence[AgendaItem], index: int | None = None) -> None:
        """Put items on a meeting's agenda at index (at the end when None)."""
        for item in items:
            check_name(item.text, term("The agenda item"))
            check_status(item.status)
        order = inserted(self.agenda_order(meeting_uid), [i.uid for i in items], index)
        rows = meeting_rows(Meeting(uid=meeting_uid, kind="work", title="-", agenda=tuple(items)))["agenda_items"]

        def do() -> None:
            self._meeting_there(meeting_uid)
            for row in rows:
                insert_row(self._db, "agenda_items", row)
            write_order(self._db, "agenda_items", order)

        write(self._db, do)

    def _remove(self, table: str, owner_col: str, uids: Sequence[str]) -> RemovedRows:
        if not uids:
            return RemovedRows(())
        marks = ", ".join("?" for _ in uids)
        rows = self._rows(table, f"uid IN ({marks})", list(uids))
        owners = sorted({r[owner_col] for r in rows})
        orders = tuple((table, owner_col, o, tuple(uids_in_order(self._db, table, owner_col, o))) for o in owners)

        def do() -> None:
            self._db.execute(f"DELETE FROM {table} WHERE uid IN ({marks})", list(uids))
            for o in owners:
                write_order(self._db, table, uids_in_order(self._db, table, owner_col, o))

        write(self._db, do)
        return RemovedRows(((table, rows),), orders)

    def remove_items(self, uids: Sequence[str]) -> RemovedRows:
        """Take items off an agenda."""
        return self._remove("agenda_items", "meeting_uid", uids)

    def set_agenda_order(self, meeting_uid: str, uids: Sequence[str]) -> None:
        """Put a meeting's agenda in this order."""
        reorder(self._db, "agenda_items", "meeting_uid", meeting_uid, uids)

    def update_item_text(self, uid: str, text: str) -> None:
        """Change the text of an agenda item (not empty)."""
        clean = check_name(text, term("The agenda item"))
        write_one(self._db, "UPDATE agenda_items SET text = ? WHERE uid = ?",
                  [clean, uid], gone(_GONE_ITEM))

    def set_item_status(self, uid: str, status: str) -> None:
        """Mark an item open, answered, skipped or parked."""
        check_status(status)
        write_one(self._db, "UPDATE agenda_items SET status = ? WHERE uid = ?",
                  [status, uid], gone(_GONE_ITEM))

    def set_item_notes(self, uid: str, notes: str) -> None:
        """Save an item's notes exactly as typed (one row, one small transaction)."""
        write_one(self._db, "UPDATE agenda_items SET notes = ? WHERE uid = ?",
                  [notes, uid], gone(_GONE_ITEM))

    def set_item_seconds(self, uid: str, seconds: int) -> None:
        """Save the time spent on an item."""
        write_one(self._db, "UPDATE agenda_items SET seconds_spent = ? WHERE uid = ?",
                  [max(0, int(seconds)), uid], gone(_GONE_ITEM))

    def item_notes(self, uid: str) -> str | None:
        """The notes as stored now (None when the item is gone)."""
        row = self._one("SELECT notes FROM agenda_items WHERE uid = ?", [uid])
        return None if row is None else row[0]

    # --- decisions and action items --------------------------------------
    def add_decision(self, meeting_uid: str, decision: Decision) -> None:
        """Record a decision at the end of a meeting's list."""
        text = check_name(decision.text, term("The decision"))
        order = uids_in_order(self._db, "decisions", "meeting_uid", meeting_uid) + [decision.uid]
        def do() -> None:
            self._meeting_there(meeting_uid)
            insert_row(self._db, "decisions", {
                "uid": decision.uid, "meeting_uid": meeting_uid, "position": len(order) - 1, "text": text})

        write(self._db, do)

    def update_decision(self, uid: str, text: str) -> None:
        """Change a decision's text (not empty)."""
        clean = check_name(text, term("The decision"))
        write_one(self._db, "UPDATE decisions SET text = ? WHERE uid = ?",
                  [clean, uid], gone(_GONE_DECISION))

    def remove_decisions(self, uids: Sequence[str]) -> RemovedRows:
        """Delete decisions."""
        return self._remove("decisions", "meeting_uid", uids)

    def add_action(self, meeting_uid: str, action: ActionItem) -> None:
        """Record an action item at the end of a meeting's list."""
        _check_action(action)
        position = len(uids_in_order(self._db, "action_items", "meeting_uid", meeting_uid))
        row = meeting_rows(Meeting(uid=meeting_uid, kind="work", title="-", action_items=(action,)))["action_items"][0]
        row["position"] = position
        row["text"] = check_name(action.text, term("The action item"))

        def do() -> None:
            self._meeting_there(meeting_uid)
            insert_row(self._db, "action_items", row)

        write(self._db, do)

    def update_action(self, action: ActionItem) -> None:
        """Change an action item's text, owner, due date or status."""
        _check_action(action)
        write_one(self._db, "UPDATE action_items SET text = ?, owner = ?, due_date = ?, status = ?,"
                  " closed_in_meeting_uid = ? WHERE uid = ?",
                  [check_name(action.text, term("The action item")), action.owner, action.due_date, action.status,
                   action.closed_in_meeting_uid, action.uid], gone(_GONE_ACTION))

    def remove_actions(self, uids: Sequence[str]) -> RemovedRows:
        """Delete action items."""
        return self._remove("action_items", "meeting_uid", uids)
