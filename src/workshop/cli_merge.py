"""`workshop handout` and `workshop merge`: two laptops, one engagement, from the command line.

`merge` exits 3 when conflicts are left undecided (nothing written), 2 on any other error (nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workshop.cli import CommandError, command, open_for_editing
from workshop.cli_text import shown
from workshop.domain.merging import Side
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
                  "a new file; exit 3 and nothing written while conflicts are undecided")
def _merge(p: argparse.ArgumentParser):
    p.add_argument("mine", help="your copy (.workshop); called 'here' in the conflicts")
    p.add_argument("theirs", help="the other laptop's copy (.workshop); called 'there'")
    p.add_argument("-o", "--output", required=True, help="the merged engagement to write (.workshop)")
    p.add_argument("--prefer", choices=[s.value for s in Side],
                   help="decide every conflict for this side (else conflicts stop the merge)")
    p.add_argument("--conflicts-json", metavar="PATH", help="also write the conflicts as JSON to PATH (replaced when it exists)")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")

    def run(args) -> int:
        _check_targets(args)
        prepared = prepare(read_side(args.mine), read_side(args.theirs))
        prefer = Side(args.prefer) if args.prefer else None
        report, image = prepared.merge(prefer)
        if image is None:
            _write_conflicts(args, prepared, report, prefer)
            print(f"workshop merge: {counted(len(report.undecided), '1 conflict', '{n} conflicts')}, nothing written; decide them "
                  "with --prefer mine|theirs, or in the app (File → Merge From…):", file=sys.stderr)
            for conflict in report.undecided:
                print(f"  {shown(conflict.text())}", file=sys.stderr)
            for rename in report.renames:  # what the merge will do as well, once they are decided
                print(f"renamed: {shown(rename.text())}", file=sys.stderr)
            return CONFLICTS_EXIT
        _write_conflicts(args, prepared, report, prefer)  # first: a report that cannot be written stops the merge
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
            print(f"kept {'here' if prefer is Side.MINE else 'there'}: {shown(conflict.text())}")
        for conflict in report.as_before:
            print(f"kept here, as in an earlier merge: {shown(conflict.text())}")
        print(shown(args.output))
        return 0

    return run


def _check_targets(args) -> None:
    """Refuse, before anything is read or written, an output or conflicts file that is one of the files being
    merged, the other output, a folder, link, device or pipe, or (the merged file) an existing file without
    --force. The conflicts file is the command's own report: a second run replaces it."""
    if same_file(args.mine, args.theirs):
        raise CommandError(f"{args.theirs}: that is the same file as {args.mine}.")
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


def _write_conflicts(args, prepared, report, prefer) -> None:
    """The conflicts as JSON (--conflicts-json), written whole or not at all."""
    if not args.conflicts_json:
        return
    from workshop.export.safe_write import write_bytes_atomically

    data = {"base": prepared.base.taken_at, "undecided": len(report.undecided),
            "conflicts": [dict(c.as_json(), decided=None if c in report.undecided else str(prefer))
                          for c in report.conflicts],
            "as_before": [dict(c.as_json(), decided=str(Side.MINE)) for c in report.as_before],
            "renamed": [r.text() for r in report.renames]}
    write_bytes_atomically(args.conflicts_json, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
