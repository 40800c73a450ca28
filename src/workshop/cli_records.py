"""Records from the command line: `workshop approve` (justering), `people`, `person-export`, `forget-person`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from workshop.cli import CommandError, command, open_for_editing, read_engagement
from workshop.cli_text import json_text, shown
from workshop.domain.messages import counted


def _meeting(e, meeting_id: str):
    meeting = next((m for m in e.meetings if m.uid == meeting_id), None)
    if meeting is None:
        raise CommandError(f"There is no meeting with ID “{meeting_id}”; `workshop meetings FILE` lists the IDs.")
    return meeting


@command("approve", "approve (justera) a meeting's minutes: later changes become dated addenda")
def _approve(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--meeting", required=True, metavar="ID", help="the meeting's ID (see `workshop meetings`)")
    p.add_argument("--by", action="append", default=[], metavar="NAME",
                   help="who approves (repeat for each approver; at least one)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of approval (default: today)")

    def run(args) -> int:
        from workshop.domain.records import approval

        today = date.today()
        e = read_engagement(args.file)
        meeting = _meeting(e, args.meeting)
        done = approval(e, meeting, args.by, args.date or today.isoformat(), today)  # refusals change nothing
        with open_for_editing(args.file) as store:
            now = store.load()
            store.records.approve(meeting.uid, approval(now, _meeting(now, args.meeting), args.by,
                                                        done.approved_on, today))
        print(f"{shown(meeting.title)}: approved {done.approved_on} by {shown(', '.join(done.approvers))}")
        return 0

    return run


@command("people", "list everyone in an engagement with where they appear (IDs for --person)")
def _people(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--json", action="store_true", help="print JSON: every person with every place")

    def run(args) -> int:
        from workshop.domain.people import everyone
        from workshop.domain.vocabulary import PlaceKind

        found = everyone(read_engagement(args.file))
        if args.json:
            print(json_text([{"id": f.person.uid, "name": f.person.name, "role": f.person.role,
                              "organisation": f.organisation, "email": f.person.email, "phone": f.person.phone,
                              "places": [{"kind": p.kind, "where": p.where, "text": p.text,
                                          "meeting_id": p.meeting_uid} for p in f.places]} for f in found]))
            return 0
        for f in found:
            counts = ", ".join((counted(f.count(PlaceKind.ATTENDED), "1 meeting", "{n} meetings"),
                                counted(f.count(PlaceKind.OWNS_ACTION), "1 action item", "{n} action items"),
                                counted(f.count(PlaceKind.MENTIONED), "1 mention", "{n} mentions")))
            print(f"{shown(f.person.uid)}\t{shown(f.person.name)}\t{shown(f.organisation) or '-'}\t{counts}")
        return 0

    return run


@command("person-export", "write everything the engagement holds about one person as JSON")
def _person_export(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--person", required=True, metavar="ID", help="the person's ID (see `workshop people`)")
    p.add_argument("-o", "--output", required=True, help="the .json file to write")

    def run(args) -> int:
        import json
        from pathlib import Path

        from workshop.domain.people import person_data
        from workshop.export.safe_write import write_bytes_atomically

        if Path(args.output).resolve() == Path(args.file).resolve():
            raise CommandError(f"{args.output}: that is the engagement file itself; choose another output name.")
        data = person_data(read_engagement(args.file), args.person)
        write_bytes_atomically(args.output, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        print(shown(args.output))
        return 0

    return run


@command("forget-person", "erase a person: a pseudonym, no contact details, their name gone from every text "
                          "and backup (no undo)")
def _forget_person(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--person", required=True, metavar="ID", help="the person's ID (see `workshop people`)")

    def run(args) -> int:
        from workshop.domain.people import find_person, is_forgotten
        from workshop.storage.forget import forget_person, unfinished_copies

        person = find_person(read_engagement(args.file), args.person)  # refusals first: nothing opened for writing
        if is_forgotten(person) and not unfinished_copies(Path(args.file), person.uid, person.name):
            raise CommandError(f"{person.name} was already forgotten.")
        with open_for_editing(args.file) as store:
            report = forget_person(store, args.person)
        backups = counted(len(report.copies), "no backup", "1 backup", "{n} backups") + counted(
            len(report.notes), "", " (and 1 backup's note “before merging …”)",
            " (and {n} backups' notes “before merging …”)")
        if is_forgotten(person):  # a run stopped half way, or a backup that could not be written then
            print(f"{shown(args.file)}: “{shown(person.name)}” was forgotten in the file; now also in {backups}.")
        else:
            print(f"{shown(args.file)}: the person is now “{shown(report.pseudonym)}”; their name and contact details "
                  f"are gone from the file and {backups}.")
        if report.compact_error:
            print(f"  {shown(args.file)}: the file could not be rebuilt ({shown(report.compact_error)}); old pages in "
                  "it may still hold the name.")
        elif not report.file_compacted:
            print(f"  {shown(args.file)}: another program has the file open; old pages may hold the name until it closes "
                  "and the file is opened again.")
        for copy in report.unreachable:
            print(f"  not reached (could not be rewritten): {shown(copy)}")
        if report.unreachable:
            print(f"  Run `workshop forget-person {shown(args.file)} --person {shown(person.uid)}` again once they can "
                  "be written: it finishes what is left.")
        print("Not reached: documents and data exported earlier (PDF, XLSX, CSV, JSON), copies saved elsewhere "
              "(Save a Copy) and e-mailed minutes; delete or redact those yourself.")
        if report.interrupted:
            print("workshop forget-person: interrupted once the erasure above was done.", file=sys.stderr)
            return 130
        return 1 if report.unreachable else 0

    return run
