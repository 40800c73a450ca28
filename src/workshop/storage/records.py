"""RecordsRepository: internal notes, minutes approval, and people's data (find, export, forget)."""

from __future__ import annotations

from sqlite_utils import Database

from workshop.domain.meetings import Addendum, MinutesApproval
from workshop.domain.messages import msg
from workshop.storage.ordering import insert_row, write, write_one
from workshop.storage.reader import load_addenda
from workshop.storage.records_rows import approval_row
from workshop.storage.writer import gone

_GONE_MEETING = msg("That meeting no longer exists (another window or program removed it); "
                    "the change was not saved.")
_GONE_ITEM = msg("That agenda item no longer exists (another window or program removed it); "
                 "the change was not saved.")


class RecordsRepository:
    """Reads and writes what a meeting keeps back (internal notes) and what it makes final (approval)."""

    def __init__(self, db: Database):
        self._db = db

    def set_item_internal_notes(self, uid: str, text: str) -> None:
        """Save an agenda item's internal notes exactly as typed."""
        write_one(self._db, "UPDATE agenda_items SET internal_notes = ? WHERE uid = ?", [text, uid], gone(_GONE_ITEM))

    def item_internal_notes(self, uid: str) -> str | None:
        """An agenda item's internal notes as stored now (None when the item is gone)."""
        row = self._db.execute("SELECT internal_notes FROM agenda_items WHERE uid = ?", [uid]).fetchone()
        return None if row is None else row[0]

    def set_meeting_internal_notes(self, uid: str, text: str) -> None:
        """Save a meeting's own internal notes exactly as typed."""
        write_one(self._db, "UPDATE meetings SET internal_notes = ? WHERE uid = ?", [text, uid], gone(_GONE_MEETING))

    def approve(self, meeting_uid: str, approval: MinutesApproval) -> None:
        """Record the approval (checked by domain.records.approval); from now on changes become addenda."""

        def do() -> None:
            if self._db.execute("SELECT 1 FROM meetings WHERE uid = ?", [meeting_uid]).fetchone() is None:
                raise gone(_GONE_MEETING)
            insert_row(self._db, "minutes_approvals", approval_row(meeting_uid, approval))

        write(self._db, do)

    def addenda(self, meeting_uid: str) -> tuple[Addendum, ...]:
        """A meeting's addenda as the file holds them now, oldest first."""
        return load_addenda(self._db, meeting_uid)

    def withdraw_approval(self, meeting_uid: str) -> None:
        """Take an approval back (undo of approving, before anything else changed): its addenda go with it."""

        def do() -> None:
            self._db.execute("DELETE FROM minutes_addenda WHERE meeting_uid = ?", [meeting_uid])
            self._db.execute("DELETE FROM minutes_approvals WHERE meeting_uid = ?", [meeting_uid])

        write(self._db, do)

    def set_contact(self, person_uid: str, email: str, phone: str) -> None:
        """A person's contact details (e-mail, phone), trimmed; empty means none."""
        write_one(self._db, "UPDATE people SET email = ?, phone = ? WHERE uid = ?",
                  [email.strip(), phone.strip(), person_uid],
                  gone(msg("That person no longer exists (another window or program removed them); "
                           "the change was not saved.")))
