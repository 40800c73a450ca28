"""Hand out and merge engagement files: reading both sides, finding their common base, writing the result.

Inputs are read, never written: an older file is brought up to the current
schema as a copy in memory (as `workshop summary` reads it), so the file on
the stick is left exactly as it came. The merged result is written whole or
not at all: to a new file (the command line), or into the open file after a
backup of it (the interface).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from workshop.domain.merging import MergeReport, Side
from workshop.domain.messages import msg
from workshop.storage.backups import file_last_edit, take_backup
from workshop.storage.connection import check_image, check_text, inspect, open_database
from workshop.storage.errors import StorageError
from workshop.storage.guard import read_only_error
from workshop.storage.schema import current_schema
from workshop.storage.targets import check_new_file
from workshop.storage.merge.bases import Base, as_image, base_database, bases, hand_out
from workshop.storage.merge.engine import merge_images
from workshop.storage.merge.forgotten import forget_alike_sides, people_of
from workshop.storage.merge.schema_info import MergeError


@dataclass(frozen=True)
class MergeSide:
    """One file to merge, read: its database image, its engagement and the bases it holds. `checking` is
    SQLite's integrity check of the image, still running in another thread (None: checked when opened)."""

    path: Path
    image: bytes
    engagement_uid: str
    title: str
    bases: tuple[Base, ...]
    people: tuple[Person, ...] = ()  # as forgetting sees them (see forgotten.py)
    checking: Future | None = field(default=None, compare=False, repr=False)

    def verify(self) -> None:
        """Wait for the integrity check; DamagedFileError naming the file when it failed."""
        if self.checking is not None:
            self.checking.result()


_checks: ThreadPoolExecutor | None = None


def _check_later(path: Path, image: bytes) -> Future:
    """The full integrity check of a side's image, run in a thread while the merge goes on (SQLite lets go
    of Python's lock while it checks): ~13 ms a side for 290 organisations, which the merge no longer
    waits for unless it is done first. Nothing is returned, let alone written, before it passes."""
    global _checks
    if _checks is None:
        _checks = ThreadPoolExecutor(max_workers=2, thread_name_prefix="merge-check")
    return _checks.submit(check_image, path, image)


def _verified(*sides: MergeSide) -> None:
    for side in sides:
        side.verify()


def _refused_file(exc: Exception, mine: MergeSide, theirs: MergeSide, base_image: bytes | None = None) -> None:
    """Raise the reason a merge failed when it is one of the files: a side that fails its integrity check, or
    one holding a text that is not UTF-8 (another program wrote it): reading it stopped the merge with a
    traceback. The base is looked at last; it is kept in MINE."""
    _verified(mine, theirs)
    if isinstance(exc, (UnicodeDecodeError, sqlite3.Error)):
        for path, image in ((theirs.path, theirs.image), (mine.path, mine.image), (mine.path, base_image)):
            if image is not None:
                check_text(path, image)
    if isinstance(exc, UnicodeDecodeError):  # not in a text column SQLite names as one: still no traceback
        raise MergeError(msg("The files could not be merged ({error}); nothing was written."), error=exc) from None


def side_of(conn: sqlite3.Connection, path: Path) -> MergeSide:
    """A side from an open connection (the interface's open file)."""
    uid, title = conn.execute("SELECT uid, title FROM engagement").fetchone()
    return MergeSide(Path(path), as_image(conn.serialize()), uid, title, tuple(bases(conn)), people_of(conn))


def read_side(path: str | os.PathLike[str]) -> MergeSide:
    """A side from a file, read without writing to it (an older file checked, then migrated in memory). A
    file at the current schema version is checked in another thread, on the image read (see
    `MergeSide.verify`): the merge waits for that check before it returns anything."""
    path = Path(path)
    read: list[MergeSide] = []
    if inspect(path, current_schema(), integrity=False, then=lambda conn: read.append(side_of(conn, path))) \
            != current_schema().version:
        db = open_database(path, read_only=True)
        try:
            return side_of(db.conn, path)
        finally:
            db.close()
    side = read[0]
    return replace(side, checking=_check_later(path, side.image))


@dataclass(frozen=True)
class Prepared:
    """Two sides that belong together, and the image of their newest common base."""

    mine: MergeSide
    theirs: MergeSide
    base: Base
    base_image: bytes

    def merge(self, prefer: Side | None = None,
              decisions: Mapping[str, Side] | None = None) -> tuple[MergeReport, bytes | None]:
        """Merge (see engine.merge_images); cheap to run again with more decisions. A side that fails its
        integrity check is refused as damaged, whatever the merge made of it."""
        try:
            merged = merge_images(self.mine.image, self.theirs.image, self.base_image, prefer=prefer,
                                  decisions=decisions, base_uid=self.base.uid)
        except Exception as exc:
            _refused_file(exc, self.mine, self.theirs, self.base_image)  # a damaged file is the reason to give
            raise
        _verified(self.mine, self.theirs)
        return merged


def prepare(mine: MergeSide, theirs: MergeSide) -> Prepared:
    """Check that the two files are copies of one engagement with a common base; refuse them otherwise."""
    try:
        return _prepare(mine, theirs)
    except Exception as exc:
        _refused_file(exc, mine, theirs)  # a damaged file is the reason to give
        raise


def _prepare(mine: MergeSide, theirs: MergeSide) -> Prepared:
    if mine.engagement_uid != theirs.engagement_uid:
        raise MergeError(msg("{theirs} (“{their_title}”) and {mine} (“{title}”) are two different engagements, "
                             "not copies of one (handed out with File → Hand Out a Copy…), so they cannot be "
                             "merged. Nothing was written."),
                         theirs=theirs.path.name, their_title=theirs.title, mine=mine.path.name, title=mine.title)
    shared = {b.uid for b in mine.bases} & {b.uid for b in theirs.bases}
    if not shared:
        raise MergeError(msg("{theirs} and {mine} have no common base: neither was handed out from the other "
                             "(File → Hand Out a Copy…, or `workshop handout`), so what each side changed cannot "
                             "be told apart. Nothing was written."), theirs=theirs.path.name, mine=mine.path.name)
    base = next(b for b in mine.bases if b.uid in shared)  # newest first
    source = open_image(mine.image)
    try:
        image = base_database(source, base.uid)
    finally:
        source.close()
    mine, theirs, image = forget_alike_sides(mine, theirs, image)  # a person forgotten in one stays forgotten
    return Prepared(mine, theirs, base, image)


def open_image(image: bytes) -> sqlite3.Connection:
    """An in-memory connection holding a database image."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    return conn


def merge_files(mine: str | os.PathLike[str], theirs: str | os.PathLike[str], *, prefer: Side | None = None,
                decisions: Mapping[str, Side] | None = None) -> tuple[MergeReport, bytes | None]:
    """Merge the file THEIRS into a copy of MINE (neither is changed); see Prepared.merge."""
    return prepare(read_side(mine), read_side(theirs)).merge(prefer, decisions)


def write_image(image: bytes, target: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write a merged engagement to a file, whole or not at all (a temporary file beside it, renamed)."""
    from workshop.storage.lock import lock_or_refuse

    target = check_new_file(target, overwrite=overwrite)
    lock = lock_or_refuse(target)
    partial = target.with_name(f".{target.name}.merging")
    try:
        # The image is a whole database file: written as it is, and synced, before the rename.
        with open(partial, "wb") as fh:
            fh.write(image)
            fh.flush()
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):  # a replaced file's journal would be replayed on the new one
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        raise StorageError(msg("{path}: the merged engagement could not be written ({error})."), path=target,
                           error=exc) from None
    finally:
        lock.release()
    return target


def replace_content(store, image: bytes, *, backup_first: bool = True, merged_from: str | None = None) -> Path | None:
    """Put an engagement image in place of an open store's content in one step (SQLite's backup API: the
    file, its lock and its connection stay), after a backup of the present state, which names the copy
    `merged_from` (the backup list marks it). Returns the backup."""
    guard = store.db.guard
    guard.check()
    taken = take_backup(store.db.conn, store.path, file_last_edit(store.path),
                        before_merging=merged_from) if backup_first else None
    source = open_image(image)
    try:
        source.backup(store.db.conn)
    except sqlite3.Error as exc:
        raise StorageError(msg("{path}: the merge could not be saved ({error}); the file is as it was."),
                           path=store.path, error=exc) from None
    finally:
        source.close()
    guard.committed()
    return taken


def hand_out_store(store, target: str | os.PathLike[str], *, overwrite: bool = False) -> Base:
    """Hand out a copy of an open store's file (see bases.hand_out)."""
    target = Path(target)
    if store.read_only is not None:
        raise read_only_error(store.path, store.read_only)
    if target.resolve() != store.path.resolve():  # the file itself: hand_out says so
        check_new_file(target, overwrite=overwrite)
    store.db.guard.check()
    base = hand_out(store.db.conn, store.path, target)
    store.db.guard.committed()
    return base
