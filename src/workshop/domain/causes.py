"""Why a file could not be read or written, in words the interface translates.

SQLite and the operating system say what went wrong in English ("database
disk image is malformed", "[Errno 28] No space left on device"). Filled into
a message as they are, that English stood inside a Swedish sentence. `cause`
turns the common ones into a `term` (translated with the message it is filled
into); what it does not know stays SQLite's or the system's own words.
TranslatableError passes every exception it is given through `cause`, so a
message only names the error: `error=exc`.
"""

from __future__ import annotations

import errno

from workshop.domain.messages import Term, term

# SQLite's primary result codes (sqlite3.SQLITE_* in Python 3.11; the domain does not import sqlite3).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26

# An error raised without a code (a test, a trigger's RAISE) is known by SQLite's own sentence.
_SQLITE_WORDS = {
    "database disk image is malformed": _CORRUPT,
    "file is not a database": _NOTADB,
    "database is locked": _BUSY,
    "database table is locked": _LOCKED,
    "database schema is locked": _LOCKED,
    "disk I/O error": _IOERR,
    "attempt to write a readonly database": _READONLY,
    "database or disk is full": _FULL,
    "unable to open database file": _CANTOPEN,
}


_FULL_DISK, _DISK_ERROR = term("the disk is full"), term("the disk could not be read or written")

# The words for SQLite's primary result codes and the operating system's error numbers.
_SQLITE_CAUSES = {
    _CORRUPT: term("parts of the file are missing or overwritten"),
    _NOTADB: term("it is not a database file, or its beginning is overwritten"),
    _BUSY: term("another program is using the file"),
    _LOCKED: term("another program is using the file"),
    _IOERR: _DISK_ERROR,
    _READONLY: term("the file may only be read"),
    _FULL: _FULL_DISK,
    _CANTOPEN: term("the file or its folder cannot be opened"),
}
# A full disk, or a full quota (EDQUOT is not in every system's errno: Windows has none).
DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_OS_CAUSES = {
    **dict.fromkeys(DISK_FULL, _FULL_DISK),
    errno.EACCES: term("permission denied"),
    errno.EPERM: term("permission denied"),
    errno.EROFS: term("the disk may only be read"),
    errno.ENOENT: term("no such file or folder"),
    errno.ENAMETOOLONG: term("the name is too long for the disk"),
    errno.EISDIR: term("that is a folder"),
    errno.ENOTDIR: term("a part of the path is not a folder"),
    errno.EIO: _DISK_ERROR,
}


def cause(error: BaseException) -> Term | str:
    """Why it failed: translated words for the common causes, else the error's own (English) text, for an
    OSError its description without the number and file name ("Too many links", not "[Errno 31] …")."""
    code = getattr(error, "sqlite_errorcode", None)
    known = _SQLITE_CAUSES.get(code & 0xFF) if isinstance(code, int) else None
    if isinstance(error, OSError):
        known = _OS_CAUSES.get(error.errno)  # a socket's address error (gaierror) has a negative number: none here
    elif known is None:
        known = _SQLITE_CAUSES.get(_SQLITE_WORDS.get(str(error), -1))
    if known is not None:
        return known
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
