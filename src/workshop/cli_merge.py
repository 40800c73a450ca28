"""`workshop handout` and `workshop merge`: two laptops, one engagement, from the command line.

`merge` exits 3 when conflicts are left undecided (nothing written), 2 on any other error (nothing written),
an unknown or malformed `--keep` included. `merge --list` names each conflict by an ID (domain.merging
`conflict_ids`) that `--keep ID=mine|theirs` decides, one by one, as the app's merge dialog does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workshop.cli import CommandError, command, open_for_editing
from workshop.cli_text import literal, shown
from workshop.domain.merging import Conflict, ConflictKind, Side, conflict_ids
from workshop.domain.messages import counted, words
from workshop.storage.merge import hand_out_store, prepare, read_side, write_image
from workshop.storage.paths import same_file
from workshop.storage.targets import check_new_file

CONFLICTS_EXIT = 3


@command("handout", "write a copy of an engagement for a second laptop; both files keep their common base, "
                    "so `workshop merge` can bring the copy's work back")
def _handout(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file (it records the hand-out too)")
    p.add_argument("-o", "--output", required=True, help="the copy to write (.workshop)")
    p.add_argument("--force", action="store_true", help="replace the copy if it exists")

    def run(args) -> int:
        if same_file(args.file, args.output):
            raise CommandError(f"{args.output}: that is the engagement file itself; choose another name for the copy.")
        check_new_file(args.output, overwrite=args.force)  # said before the file is opened (which backs it up)
        with open_for_editing(args.file) as store:
            hand_out_store(store, args.output, overwrite=args.force)
        print(shown(args.output))
        return 0

    return run


@command("merge", "merge the work of two copies of one engagement (handed out with `workshop handout`) into "
                  "a new file; exit 3 and nothing written while conflicts are undecided. --list shows each "
                  "conflict with an ID and both versions; --keep ID=mine|theirs decides it, --prefer the rest")
def _merge(p: argparse.ArgumentParser):
    p.add_argument("mine", help="your copy (.workshop); called 'here' in the conflicts")
    p.add_argument("theirs", help="the other laptop's copy (.workshop); called 'there'")
    p.add_argument("-o", "--output", help="the merged engagement to write (.workshop); required unless --list")
    p.add_argument("--list", action="store_true",
                   help="list each conflict with its ID and both versions (and how --keep and --prefer decide it), "
                        "then stop: nothing is written")
    p.add_argument("--keep", action="append", default=[], metavar="ID=mine|theirs",
                   help="keep this side's version of the conflict with this ID (see --list); repeatable")
    p.add_argument("--prefer", choices=[s.value for s in Side],
                   help="decide every conflict --keep does not for this side (else conflicts stop the merge)")
    p.add_argument("--conflicts-json", metavar="PATH", help="also write the conflicts as JSON to PATH (replaced when it exists)")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")

    def run(args) -> int:
        if args.list and args.conflicts_json is not None:
            raise CommandError("--list writes nothing, --conflicts-json goes with a merge: give one of them.")
        if not args.list and args.output is None:
            raise CommandError("-o/--output is required: the merged engagement's file (--list writes nothing).")
        kept = _kept(args.keep)  # a mistyped --keep is said before anything is read
        if same_file(args.mine, args.theirs):
            raise CommandError(f"{args.theirs}: that is the same file as {args.mine}.")
        if not args.list:
            _check_targets(args)
        prepared = prepare(read_side(args.mine), read_side(args.theirs))
        prefer = Side(args.prefer) if args.prefer else None
        # Without --keep one merge is enough: the IDs are of every conflict found, and --prefer only decides
        # them (and those kept here as before). A --keep names conflicts by ID, so they are found first, then
        # merged again with the choices: the whole merge twice had doubled the time of every merge.
        once = not kept and not args.list
        found, image = prepared.merge(prefer if once else None)  # every conflict, those kept as before included
        ids = conflict_ids([*found.conflicts, *found.as_before])
        decisions = _decisions(kept, ids, args)
        named = {c.key: i for i, c in ids.items()}
        if args.list:
            _list(args, prepared, found, named, decisions, prefer)
            return 0
        report, image = (found, image) if once else prepared.merge(prefer, decisions)
        if image is None:
            _write_conflicts(args, prepared, report, decisions, prefer, named)
            print(f"workshop merge: {counted(len(report.undecided), '1 conflict', '{n} conflicts')}, nothing written; "
                  "decide each with --keep ID=mine|theirs, the rest with --prefer mine|theirs, or all in the app "
                  "(File → Merge From…):", file=sys.stderr)
            for conflict in report.undecided:
                print(f"  {named[conflict.key]}  {shown(conflict.text())}", file=sys.stderr)
            for rename in report.renames:  # what the merge will do as well, once they are decided
                print(f"renamed: {shown(rename.text())}", file=sys.stderr)
            return CONFLICTS_EXIT
        # First: a report that cannot be written stops the merge.
        _write_conflicts(args, prepared, report, decisions, prefer, named)
        write_image(image, args.output, overwrite=args.force)
        theirs = shown(Path(args.theirs).name)
        print(f"{counted(report.incoming_count, '1 change', '{n} changes')} came in from {theirs} "
              f"(common base {prepared.base.local_time()})")
        if not report.conflicts and not report.renames and report.changes == 0:
            print(f"{theirs} holds nothing {shown(Path(args.mine).name)} lacks: nothing to merge")
        for change in report.incoming:  # what came in, as the window's dialog lists it
            print(f"came in: {shown(words(change))}")
        if report.incoming_more:
            print(f"and {report.incoming_more} more")
        for rename in report.renames:
            print(f"renamed: {shown(rename.text())}")
        for conflict in report.conflicts:
            side = decisions.get(conflict.key) or prefer
            print(f"kept {'here' if side is Side.MINE else 'there'}: {shown(conflict.text())}")
        for conflict in report.as_before:
            print(f"kept here, as in an earlier merge: {shown(conflict.text())}")
        print(shown(args.output))
        return 0

    return run


def _kept(given: list[str]) -> dict[str, Side]:
    """--keep ID=mine|theirs, each given: ID -> side; a malformed one, or one ID given both sides, refused."""
    kept: dict[str, Side] = {}
    for item in given:
        conflict_id, equals, side = item.partition("=")
        conflict_id, side = conflict_id.strip().lower(), side.strip().lower()
        if not equals or not conflict_id or side not in {s.value for s in Side}:
            raise CommandError(f"--keep {shown(item)}: say which version to keep as ID=mine or ID=theirs "
                               "(the IDs are listed by --list); nothing was written.")
        if kept.get(conflict_id, Side(side)) is not Side(side):
            raise CommandError(f"--keep {conflict_id}: given as both mine and theirs; nothing was written.")
        kept[conflict_id] = Side(side)
    return kept


def _decisions(kept: dict[str, Side], ids: dict, args) -> dict[str, Side]:
    """The --keep choices by conflict key; an ID that names no conflict of this merge is refused."""
    unknown = [i for i in kept if i not in ids]
    if unknown:
        listing = f"workshop merge {shown(args.mine)} {shown(args.theirs)} --list"
        raise CommandError(f"--keep {', '.join(shown(i) for i in unknown)}: no conflict between these two files has "
                           f"{'that ID' if len(unknown) == 1 else 'those IDs'} (an ID changes when either copy changes "
                           f"what the conflict is about); see `{listing}`. Nothing was written.")
    return {ids[i].key: side for i, side in kept.items()}


def _list(args, prepared, found, named, decisions, prefer) -> None:
    """Each conflict with its ID, both versions whole and literal (`literal`: a control character, a backslash
    or an invisible character shows as an escape),
    the base, what changed under a removal, and how --keep and --prefer would decide it."""
    mine, theirs = shown(Path(args.mine).name), shown(Path(args.theirs).name)
    total = len(found.conflicts) + len(found.as_before)
    if not total:
        print(f"no conflicts: {theirs} merges into {mine} with no decision to make "
              f"(common base {prepared.base.local_time()})")
    else:
        print(f"{counted(total, '1 conflict', '{n} conflicts')} between {mine} (here, mine) and {theirs} "
              f"(there, theirs), common base {prepared.base.local_time()}:")
    for conflict in found.conflicts:
        _show_conflict(named[conflict.key], conflict, *_decided(conflict, decisions, prefer))
    if found.as_before:
        print("kept here in an earlier merge, and kept again unless --keep or --prefer decides otherwise:")
    for conflict in found.as_before:
        _show_conflict(named[conflict.key], conflict,
                       *(_decided(conflict, decisions, prefer) if prefer or conflict.key in decisions
                         else (Side.MINE, "as in an earlier merge")))
    for rename in found.renames:  # what the merge does as well
        print(f"renamed: {shown(rename.text())}")


def _decided(conflict: Conflict, decisions: dict[str, Side], prefer: Side | None) -> tuple[Side | None, str]:
    """The side a conflict keeps, and which option chose it (the side None: undecided)."""
    if conflict.key in decisions:
        return decisions[conflict.key], "--keep"
    return prefer, "--prefer"


def _show_conflict(conflict_id: str, conflict: Conflict, side: Side | None, how: str) -> None:
    """One conflict, every text literal: two versions that differ never print alike (a typed "\\n" and a line
    break, a zero-width space or a space at the end); a typed text between quotes, as the short ones' words are."""
    if conflict.whole is not None:
        here, there = (f"“{literal(text)}”" for text in conflict.whole)
    else:
        here, there = literal(conflict.here), literal(conflict.there)
    subject = str(conflict.subject) if conflict.field is None else f"{conflict.subject}, {conflict.field}"
    print(f"{conflict_id}  {literal(subject)}")
    print(f"    here (mine):    {here}")
    print(f"    there (theirs): {there}")
    if conflict.base is not None:
        print(f"    base:           {literal(conflict.base)}")
    side_changed = "there" if conflict.kind is ConflictKind.REMOVED_HERE else "here"
    for detail in conflict.details:
        print(f"    changed {side_changed} under it: {literal(words(detail))}")
    decided = "undecided" if side is None else f"{'here' if side is Side.MINE else 'there'} ({how})"
    print(f"    keeps: {decided}")


def _check_targets(args) -> None:
    """Refuse, before anything is read or written, an output or conflicts file that is one of the files being
    merged (both being one file is refused first), the other output, a folder, link, device or pipe, or (the merged file) an existing file without
    --force. The conflicts file is the command's own report: a second run replaces it."""
    from workshop.export.safe_write import check_target

    for target in (t for t in (args.output, args.conflicts_json) if t is not None):
        for given in (args.mine, args.theirs):
            if same_file(given, target):
                raise CommandError(f"{target}: that is one of the files being merged; write to a new file.")
    if args.output.strip() and Path(args.output).exists() and not args.force:
        raise CommandError(f"{args.output}: a file with that name already exists (--force replaces it).")
    check_new_file(args.output, overwrite=True)  # an engagement, as the one --force replaces: not a link, folder…
    if args.conflicts_json is not None:
        check_target(args.conflicts_json)  # a report: its folder exists; never a folder, link, device or engagement
    if args.conflicts_json and same_file(args.output, args.conflicts_json):
        raise CommandError(f"{args.conflicts_json}: that is the merged engagement's file; give the conflicts "
                           "another name.")


def _write_conflicts(args, prepared, report, decisions, prefer, named) -> None:
    """The conflicts as JSON (--conflicts-json), written whole or not at all; each with its ID (`id`)."""
    if not args.conflicts_json:
        return
    from workshop.export.safe_write import write_bytes_atomically

    def side(c):
        return None if c in report.undecided else str(decisions.get(c.key) or prefer)

    data = {"base": prepared.base.taken_at, "undecided": len(report.undecided),
            "conflicts": [dict(c.as_json(), id=named[c.key], decided=side(c)) for c in report.conflicts],
            "as_before": [dict(c.as_json(), id=named[c.key], decided=str(Side.MINE)) for c in report.as_before],
            "renamed": [r.text() for r in report.renames]}
    write_bytes_atomically(args.conflicts_json, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
