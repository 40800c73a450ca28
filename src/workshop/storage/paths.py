"""Where the files that belong to an engagement file are: beside the file itself, not beside a link to it."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError

# What the files kept beside an engagement file add to its name (".damaged-20240610_130501", ".partial").
_BESIDE = 32


def real_file(path: str | os.PathLike[str]) -> Path:
    """The file a path names, symbolic links followed (SQLite puts its -wal and -shm there too)."""
    return Path(os.path.realpath(path))


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether the two names are one file: the same path, a link to it, or another hard link to it."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one is missing: the same only if the names are
        return Path(a).resolve() == Path(b).resolve()


def beside(path: str | os.PathLike[str], suffix: str) -> Path:
    """The file or folder beside an engagement file named as it is plus `suffix` (".lock", ".backups"):
    the same for every name of the file, so a lock or a backup taken through a link is the file's own
    (a link had its own lock, and a person forgotten through it stayed in the file's backups)."""
    real = real_file(path)
    return real.with_name(f"{real.name}{suffix}")


# What SQLite and Workshop keep beside an engagement file while it is open: its journal, its lock, and what
# is being typed (storage.typing_journal).
KEPT_BESIDE = ("-wal", "-shm", "-journal", ".lock", ".typing")


def kept_for(path: str | os.PathLike[str]) -> Path | None:
    """The file whose journal or lock this name is ("e.workshop" for "e.workshop-wal"), or None: writing
    over one of those wrecks an open engagement (an export named e.workshop-wal had replaced the votes it
    held and left the file called damaged)."""
    name = os.fspath(path)
    for suffix in KEPT_BESIDE:
        if not name.endswith(suffix):
            continue
        try:
            if holds_database(name[: -len(suffix)]):  # "notes.lock" beside a text file "notes" is free
                return Path(name[: -len(suffix)])
        except OSError:
            pass
    return None


SQLITE_HEADER = b"SQLite format 3\x00"


def holds_database(path: str | os.PathLike[str]) -> bool:
    """Whether the file begins as an SQLite database does (a Workshop engagement, a backup, another
    program's data); False when there is no such file, OSError when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl+C (or a stop, SIGTERM) inside waits until the block is done, then interrupts: files renamed in
    turn (a damaged file set aside, its backup put in its place) are never left half done, with no
    engagement under its name."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    asked: list[int] = []
    # A stop (SIGTERM: a closed terminal, a shutdown) waits too: it had cut an erasure half way.
    before = {number: signal.signal(number, lambda n, _frame: asked.append(n))
              for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)  # None: not set from Python
    if asked:  # now as it would have come: Ctrl+C a KeyboardInterrupt; a stop the same where nothing else
        # handles it (killed by the signal, the caller could not say what was done), else its own handler
        if asked[0] == signal.SIGTERM and signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
            raise KeyboardInterrupt
        signal.raise_signal(asked[0])


def other_names(path: str | os.PathLike[str]) -> bool:
    """Whether the file has hard links besides this name (through which it could be open elsewhere with
    a lock of its own)."""
    try:
        return os.stat(path).st_nlink > 1
    except OSError:
        return False


def refuse_long_name(path: str | os.PathLike[str]) -> None:
    """A name with no room left for the files kept beside it (SQLite's -wal, the lock, the backups) is
    refused with that reason, before anything is written or read: it had been called damaged, its backups'
    folder had given a traceback, and a new file could be written that could not then be opened."""
    real = real_file(path)
    try:
        most = os.pathconf(real.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # not every system says (Windows has no pathconf)
        most = 255
    if len(os.fsencode(real.name)) > most - _BESIDE:
        raise StorageError(msg("{path}: the file's name is too long to keep its journal, lock and backups beside "
                               "it; rename it to at most {most} bytes (å, ä and ö take two)."), path=Path(path),
                           most=most - _BESIDE)
