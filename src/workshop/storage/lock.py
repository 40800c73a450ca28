"""One writer per engagement file: a lock file beside it, held by the operating system.

Why an OS lock (flock) and not a lock file whose existence is the lock
(QLockFile's way): the kernel drops the lock the moment the holding process
ends, however it ends, so a lock left by a crash is taken over without
guessing whether a pid is still alive (pids are reused; hosts differ on a
shared folder). The lock file also holds who has the file open (user, host,
pid, since), written by the holder once it has the lock, so a second opener
can name them. flock locks belong to one open file, so a second opener in
the same process is refused too.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.paths import beside

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)  # a byte past the text, so readers can still read it
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    _WIN_LOCK_OFFSET = 1 << 20
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of an engagement file: beside it, its name plus ".lock"."""
    return beside(path, ".lock")


@dataclass(frozen=True)
class Holder:
    """Who holds an engagement file open for writing."""

    user: str
    host: str
    pid: int
    since: str  # local time, ISO 8601 to the minute

    @property
    def since_text(self) -> str:
        """When the holder opened the file, as "2024-06-10 13:05"."""
        return self.since.replace("T", " ")


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (e.g. a container): the uid is still something
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return Holder(user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="minutes"))


def read_holder(path: str | os.PathLike[str]) -> Holder | None:
    """The holder written in the lock file, if it names one (whether or not the lock is held now)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8")[:4096])
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class FileLock:
    """The writer's lock on one engagement file, held until `release()` (or the process ends)."""

    def __init__(self, path: Path, fd: int, holder: Holder):
        self.path = path
        self._fd: int | None = fd
        self.holder = holder

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Let another writer have the file; the lock file goes (a later opener checks it locked the file
        that is still there, see try_lock)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # POSIX: remove, then close (closing drops the lock); closing first would let another opener lock
        # this file and then lose it to our unlink. Windows cannot remove an open file, so it closes first;
        # the removal then fails harmlessly if another opener already holds the file open.
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            os.close(fd)
        try:
            lock_path(self.path).unlink()
        except OSError:
            pass
        if sys.platform != "win32":
            os.close(fd)


class LockedError(StorageError):
    """Another writer holds the file; `holder` names them when the lock file says who."""

    def __init__(self, template: str, holder: Holder | None, **values: object):
        super().__init__(template, **values)
        self.holder = holder


def try_lock(path: str | os.PathLike[str]) -> FileLock | None:
    """Take the file's lock, or None when another writer holds it.

    Raises StorageError when the lock file cannot be made at all (a read-only
    folder): the caller then opens the file read-only.
    """
    path = Path(path)
    target = lock_path(path)
    for _attempt in range(10):
        try:
            # No O_TRUNC: a refused opener must not wipe the holder's name.
            fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise StorageError(msg("{path}: no lock file can be made beside it ({error})."),
                               path=path, error=exc) from None
        if not _try_lock(fd):
            os.close(fd)
            return None
        if _same_file(fd, target):
            break
        os.close(fd)  # the holder released (and removed) it between our open and our lock: try the new one
    else:
        return None
    holder = _me()
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(holder.__dict__).encode("utf-8"))
    except OSError:
        pass  # the lock holds without the name; a second opener then says "another program"
    return FileLock(path, fd, holder)


def writer_holds(path: str | os.PathLike[str]) -> bool:
    """Whether a writer has the engagement file open now (its lock is held, by another process or by another
    open in this one). Never takes the lock for long, never makes a lock file. Always False on Windows, whose
    file locks need no such care (see connection.connect)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return False
    target = lock_path(path)
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return False  # no lock file: nobody writes
    except OSError:
        return True  # cannot tell: said held, which only makes a reader more careful
    try:
        return not _try_lock(fd)  # taken, it goes with the close below
    except OSError:
        return True  # (a file system that refuses the lock here: as above)
    finally:
        os.close(fd)


def _same_file(fd: int, target: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(target)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def lock_or_refuse(path: str | os.PathLike[str]) -> FileLock:
    """Take the file's lock for a command that writes it, or LockedError naming who has it open."""
    lock = try_lock(path)
    if lock is None:
        holder = read_holder(path)
        if holder is None:
            raise LockedError(msg("{path}: another program has the file open; close it there first."), None,
                              path=path)
        raise LockedError(msg("{path}: open in Workshop by {user} on {host} since {since}; close it there first."),
                          holder, path=path, user=holder.user, host=holder.host, since=holder.since_text)
    return lock
