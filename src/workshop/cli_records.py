"""Records from the command line: `workshop approve` (justering), `people`, `person-export`, `forget-person`."""

from __future__ import annotations

import argparse
from datetime import date

from workshop.cli import CommandError, command
from workshop.storage import EngagementStore
from workshop.storage.guard import read_only_error


def _open_for_editing(path: str) -> EngagementStore:
    store = EngagementStore.open(path)
    if store.read_only is not None:
        store.close()
        raise read_only_error(path, store.read_only)
    return store


def _read(path: str):
    """The engagement, read without taking the lock or a backup (a refused command leaves no trace)."""
    with EngagementStore.open(path, read_only=True) as store:
        return store.load()


def _meeting(e, meeting_id: str):
    meeting = next((m for m in e.meetings if m.uid == meeting_id), None)
    if meeting is None:
        raise CommandError(f"There is no meeting with ID “{meeting_id}”; `workshop meetings FILE` lists the IDs.")
    return meeting


@command("approve", "approve (justera) a meeting's minutes: later changes become dated addenda")
def _approve(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--meeting", required=True, metavar="ID", help="the meeting's ID (see `workshop meetings`)")
    p.add_argument("--by", required=True, action="append", metavar="NAME",
                   help="who approves (repeat for each approver)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of approval (default: today)")

    def run(args) -> int:
        from workshop.domain.records import approval

        today = date.today()
        meeting = _meeting(_read(args.file), args.meeting)
        done = approval(meeting, args.by, args.date or today.isoformat(), today)  # refusals change nothing
        with _open_for_editing(args.file) as store:
            store.records.approve(meeting.uid, approval(_meeting(store.load(), args.meeting), args.by,
                                                        done.approved_on, today))
        print(f"{meeting.title}: approved {done.approved_on} by {', '.join(done.approvers)}")
        return 0

    return run
