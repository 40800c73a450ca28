"""`workshop backups` and `workshop restore`: an engagement file's rolling backups from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.cli import CommandError, command, read_engagement
from workshop.cli_text import shown
from workshop.domain.messages import counted
from workshop.storage import EngagementStore, StorageError
from workshop.storage.backups import list_backups, restore_file
from workshop.storage.connection import DamagedFileError
from workshop.storage.guard import read_only_error


@command("backups", "list an engagement file's backups: when taken, last edit, meetings, and the one "
                    "taken before a merge in the app ('before merging COPY.workshop')")
def _backups(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")

    def run(args) -> int:
        found = list_backups(args.file)
        if not found:
            path = Path(args.file)
            if not path.is_file():  # a mistyped name or a folder: not "no backups yet"
                raise CommandError(f"{args.file}: {'no such file' if not path.exists() else 'not a file'}, "
                                   "and no backups of that name.")
            read_engagement(args.file)  # an engagement, or the reason it is not one
            print(f"{shown(args.file)}: no backups yet (one is taken each time the app opens it for editing).")
            return 0
        for b in found:
            held = counted(b.meetings, "1 meeting", "{n} meetings") if b.ok else "DAMAGED"
            merging = "" if b.before_merging is None else f"\tbefore merging {shown(b.before_merging)}"
            print(f"{shown(b.path.name)}\ttaken {b.label}\tlast edit {b.last_edit:%Y-%m-%d %H:%M:%S}\t{held}{merging}")
        return 0

    return run


@command("restore", "put a backup (see `workshop backups`) in place of an engagement file")
def _restore(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("backup", help="the backup's file name, or 'newest'")

    def run(args) -> int:
        found = [b for b in list_backups(args.file) if b.ok]
        chosen = found[:1] if args.backup == "newest" else [b for b in found if b.path.name == Path(args.backup).name]
        if not chosen:
            raise CommandError(f"{args.file}: no good backup named {args.backup} (see `workshop backups`).")
        path = Path(args.file)
        try:
            store = EngagementStore.open(path)  # opening keeps the present state as a backup too
        except DamagedFileError:
            store = None
        except StorageError:
            if path.exists():
                raise
            store = None
        if store is None:  # damaged or gone: a damaged file is kept beside it, never deleted
            restore_file(path, chosen[0].path)
        else:
            with store:
                if store.read_only is not None:
                    raise read_only_error(path, store.read_only)
                store.restore_backup(chosen[0].path)
        print(f"{shown(args.file)}: restored from {shown(chosen[0].path.name)}")
        return 0

    return run
