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


def _sqlite_cause(code: int) -> Term | None:
    """The words for one of SQLite's primary result codes, or None."""
    if code == _CORRUPT:
        return term("parts of the file are missing or overwritten")
    if code == _NOTADB:
        return term("it is not a database file, or its beginning is overwritten")
    if code in (_BUSY, _LOCKED):
        return term("another program is using the file")
    if code == _IOERR:
        return term("the disk could not be read or written")
    if code == _READONLY:
        return term("the file may only be read")
    if code == _FULL:
        return term("the disk is full")
    if code == _CANTOPEN:
        return term("the file or its folder cannot be opened")
    return None


def _os_cause(code: int | None) -> Term | None:
    """The words for one of the operating system's error numbers, or None."""
    if code in (errno.ENOSPC, errno.EDQUOT):
        return term("the disk is full")
    if code in (errno.EACCES, errno.EPERM):
        return term("permission denied")
    if code == errno.EROFS:
        return term("the disk may only be read")
    if code == errno.ENOENT:
        return term("no such file or folder")
    if code == errno.ENAMETOOLONG:
        return term("the name is too long for the disk")
    if code == errno.EISDIR:
        return term("that is a folder")
    if code == errno.ENOTDIR:
        return term("a part of the path is not a folder")
    if code == errno.EIO:
        return term("the disk could not be read or written")
    return None


def cause(error: BaseException) -> Term | str:
    """Why it failed: translated words for the common causes, else the error's own (English) text, for an
    OSError its description without the number and file name ("Too many links", not "[Errno 31] …")."""
    code = getattr(error, "sqlite_errorcode", None)
    known = _sqlite_cause(code & 0xFF) if isinstance(code, int) else None
    if isinstance(error, OSError):
        known = _os_cause(error.errno)  # a socket's address error (gaierror) has a negative number: none here
    elif known is None:
        known = _sqlite_cause(_SQLITE_WORDS.get(str(error), -1))
    if known is not None:
        return known
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
