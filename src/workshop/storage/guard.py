"""Every write either happens or says why.

`GuardedDatabase` is the sqlite-utils Database every store writes through:
before a transaction it checks that the file may be written (not opened
read-only, not replaced or deleted underneath the store), and any SQLite
failure other than a refused value becomes a StorageError the user can read
(locked by another program, read-only, disk full, damaged).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.lock import Holder


class ReadOnlyReason(StrEnum):
    """Why a store was opened read-only."""

    LOCKED = "locked"  # another writer holds the file (see holder)
    FILE = "file"  # the file itself may not be written
    FOLDER = "folder"  # the folder may not be written (SQLite needs it for its -wal and -shm files)
    ASKED = "asked"  # opened to read only (a command that reads)
    LINKED = "linked"  # the file has other names (hard links), through which it could be open elsewhere


@dataclass(frozen=True)
class ReadOnly:
    """A store opened read-only, and why; the interface shows it as a banner."""

    reason: ReadOnlyReason
    holder: Holder | None = None


def read_only_error(path: Path, read_only: ReadOnly) -> StorageError:
    """The refusal of a write to a read-only store, naming the holder when another writer has it."""
    if read_only.reason is ReadOnlyReason.LOCKED and read_only.holder is not None:
        h = read_only.holder
        return StorageError(msg("{path}: open read-only, because {user} on {host} has had it open since {since}; "
                                "nothing was saved."), path=path, user=h.user, host=h.host, since=h.since_text)
    if read_only.reason is ReadOnlyReason.LOCKED:
        return StorageError(msg("{path}: open read-only, because another program has it open; nothing was saved."),
                            path=path)
    if read_only.reason is ReadOnlyReason.FILE:
        return StorageError(msg("{path}: open read-only, because the file may not be written; nothing was saved."),
                            path=path)
    if read_only.reason is ReadOnlyReason.FOLDER:
        return StorageError(msg("{path}: open read-only, because its folder may not be written; nothing was saved."),
                            path=path)
    if read_only.reason is ReadOnlyReason.LINKED:
        return StorageError(msg("{path}: open read-only, because the file has other names (hard links) through "
                                "which it could be open elsewhere; nothing was saved."), path=path)
    return StorageError(msg("{path}: open read-only; nothing was saved."), path=path)


def sqlite_error(path: Path, exc: sqlite3.Error) -> StorageError:
    """A failed read or write as one sentence about the file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(msg("{path}: another program is writing to the file; nothing was saved. "
                                "Try again in a moment."), path=path)
    if name.startswith("SQLITE_READONLY"):
        return StorageError(msg("{path}: the file may not be written (read-only); nothing was saved."), path=path)
    if name.startswith("SQLITE_FULL"):
        return StorageError(msg("{path}: the disk is full; nothing was saved."), path=path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StorageError(msg("{path}: the file is damaged ({error}); nothing was saved."), path=path, error=exc)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return StorageError(msg("{path}: the disk refused the write ({error}); nothing was saved."),
                            path=path, error=exc)
    return StorageError(msg("{path}: the change could not be saved ({error})."), path=path, error=exc)


class WriteGuard:
    """What a store knows about its file: whether it may write, and which file it opened."""

    def __init__(self, path: Path, read_only: ReadOnly | None):
        self.path = path
        self.read_only = read_only
        self.lost = False  # the file was replaced or deleted underneath: no more writes
        self.refused = False  # a write the file refused since it was opened (full, locked, replaced)
        self.refusal: StorageError | None = None  # why it refused the last one
        self.last_edit: float | None = None  # time.time() of the last commit through this store
        self.edits = 0  # commits through this store (the backup timer skips a file nobody edited)
        self._identity = _identity(path)

    def check(self) -> None:
        """Raise StorageError when a write must not go ahead."""
        if self.read_only is not None:
            raise read_only_error(self.path, self.read_only)
        if self.lost or _identity(self.path) != self._identity:
            self.lost = self.refused = True
            self.refusal = StorageError(msg("{path}: the file was replaced or deleted by another program; this "
                                            "window no longer saves to it. Use Save a Copy to keep what you see."),
                                        path=self.path)
            raise self.refusal

    def committed(self) -> None:
        """Note a commit (for backups: when the file was last edited)."""
        self.last_edit = time.time()
        self.edits += 1


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class GuardedDatabase(Database):
    """A Database whose transactions go through a WriteGuard."""

    def __init__(self, conn: sqlite3.Connection, guard: WriteGuard):
        super().__init__(conn)
        self.guard = guard

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction (or savepoint inside one) that refuses to start on a file it must not write,
        and turns SQLite's failures into StorageError; refused values (IntegrityError) pass unchanged."""
        outer = not self.conn.in_transaction
        if outer:
            self.guard.check()
        try:
            with super().atomic():
                yield self
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as exc:
            self.guard.refused = True
            self.guard.refusal = sqlite_error(self.guard.path, exc)
            raise self.guard.refusal from None
        if outer:
            self.guard.committed()
