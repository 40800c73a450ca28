"""Why a file could not be read or written, in words the interface translates.

SQLite, the operating system and Python's json module say what went wrong in
English ("database disk image is malformed", "[Errno 28] No space left on
device", "UNIQUE constraint failed: organisations.name", "Expecting ',' delimiter:
line 3 column 5 (char 40)"). Filled into a message as they are, that English
stood inside a Swedish sentence. `cause` turns the common ones into a `term`
(translated with the message it is filled into); what it does not know stays
their own words. TranslatableError passes every exception it is given through
`cause`, so a message only names the error: `error=exc`. An error raised with
a `term` as its words (a migration step refusing a file) gives that term. `checked` does the
same for a line of SQLite's integrity check, which is a result, not an error.
The schema's own names in them (a table, a column, a CHECK's rule) are kept
as they are: they say where, and support reads them.
"""

from __future__ import annotations

import errno
import json
import re

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


# A rule of the file a write broke, in SQLite's words ("UNIQUE constraint failed: organisations.name"; an
# apsw error says the same); what follows the colon (the columns, a CHECK's rule or name) is kept.
_CONSTRAINT = re.compile(r"(UNIQUE|NOT NULL|CHECK) constraint failed: (.+)", re.S)
_CONSTRAINT_CAUSES = {
    "UNIQUE": lambda where: term("a value that must be unique is already in the file: {where}", where=where),
    "NOT NULL": lambda where: term("a value the file requires is missing: {where}", where=where),
    "CHECK": lambda where: term("a value is outside what the file allows: {where}", where=where),
}
# A STRICT table refusing a value of another type ("cannot store TEXT value in REAL column criteria.weight"): the
# words of the integrity check's finding of the same.
_WRONG_TYPE = re.compile(r"cannot store \w+ value in (\w+) column (\S+)")
# A text another program wrote that is not UTF-8, as Python's sqlite3 says it on reading ("Could not decode to
# UTF-8 column 'notes' with text 'H\ufffd'"); the text itself is left out (it shows as boxes).
_NOT_UTF8 = re.compile(r"Could not decode to UTF-8 column '(.*?)' with text .*", re.S)


def not_utf8(where: str) -> Term:
    """The words for a text in a column ("agenda_items.notes") that is not UTF-8, as every text must be."""
    return term("a text in the column {where} is not valid UTF-8", where=where)


_RULE_WORDS = {  # the rest by their whole sentence (the file's own triggers raise the last two)
    "FOREIGN KEY constraint failed": term("it refers to something the file does not hold"),
    "score outside the criterion's scale": term("a score lies outside its criterion's scale"),
    "votes lie outside the criterion's new scale": term("votes lie outside the criterion's new scale"),
}

# Python's json module's words for where a text stops being JSON; the line and column are said with them.
_JSON_CAUSES = {
    "Expecting value": lambda **at: term("a value is missing at line {line}, column {column}", **at),
    "Expecting ',' delimiter": lambda **at: term("a comma is missing at line {line}, column {column}", **at),
    "Expecting ':' delimiter": lambda **at: term("a colon is missing at line {line}, column {column}", **at),
    "Expecting property name enclosed in double quotes": lambda **at: term(
        "a name in double quotes is missing at line {line}, column {column}", **at),
    "Unterminated string starting at": lambda **at: term(
        "a text that begins at line {line}, column {column} never ends", **at),
    "Extra data": lambda **at: term(
        "something follows the end of the JSON at line {line}, column {column}", **at),
    "Invalid control character at": lambda **at: term(
        "a text holds a line break or another control character at line {line}, column {column}", **at),
    "Invalid \\escape": lambda **at: term(
        "a backslash begins no escape JSON knows at line {line}, column {column}", **at),
    "Invalid \\uXXXX escape": lambda **at: term(
        "an unfinished \\u escape at line {line}, column {column}", **at),
}

# A line of SQLite's integrity check (`PRAGMA integrity_check`): what is wrong, and where.
_CHECKS = [
    (re.compile(r"row (\d+) missing from index (\S+)"),
     lambda row, index: term("row {row} is missing from the index {index}", row=row, index=index)),
    (re.compile(r"wrong # of entries in index (\S+)"),
     lambda index: term("the index {index} holds the wrong number of rows", index=index)),
    (re.compile(r"non-unique entry in index (\S+)"),
     lambda index: term("the index {index} holds twice a value that must be unique", index=index)),
    (re.compile(r"NULL value in (\S+)"), _CONSTRAINT_CAUSES["NOT NULL"]),
    (re.compile(r"CHECK constraint failed in (\S+)"),
     lambda table: term("a value in {table} is outside what the file allows", table=table)),
    (re.compile(r"non-(\w+) value in (\S+)"),  # a STRICT table's column holding a value of another type
     lambda kind, column: term("a value in {column} is not of the type {kind}", column=column, kind=kind)),
    # The pages of the file's tree ("On tree page 5 cell 4: Offset 0 out of range…", "Page 7: never used",
    # "2nd reference to page 9"): SQLite's inner words say nothing to a reader; the page number stays.
    (re.compile(r"(?:On tree page|Tree \d+ page|Page|2nd reference to page|invalid page number) (\d+)\b.*", re.S),
     lambda page: term("page {page} is overwritten or unreadable", page=page)),
]
CHECK_SHOWN = 200  # letters of an integrity-check line no words are known for


def checked(result: str) -> Term | str:
    """The first problem SQLite's integrity check reported, in translated words when it is a common one ("row 3
    is missing from the index …"), else SQLite's own words on one line (at most CHECK_SHOWN letters)."""
    said = result.replace("*** in database main ***", "")
    first = next((line.strip() for line in said.splitlines() if line.strip()), "")
    for pattern, words in _CHECKS:
        found = pattern.fullmatch(first)
        if found:
            return words(*found.groups())
    return " ".join(said.split())[:CHECK_SHOWN]


def cause(error: BaseException) -> Term | str:
    """Why it failed: translated words for the common causes, else the error's own (English) text, for an
    OSError its description without the number and file name ("Too many links", not "[Errno 31] …")."""
    if isinstance(error, json.JSONDecodeError):  # where, in words: not "line 3 column 5 (char 40)"
        at = {"line": error.lineno, "column": error.colno}
        words = _JSON_CAUSES.get(error.msg)
        return words(**at) if words else term("{error} at line {line}, column {column}", error=error.msg, **at)
    if len(error.args) == 1 and isinstance(error.args[0], Term):  # raised with our own words (a migration step's)
        return error.args[0]
    if not isinstance(error, OSError):
        said = str(error)
        constraint = _CONSTRAINT.fullmatch(said)
        if constraint:
            return _CONSTRAINT_CAUSES[constraint[1]](constraint[2])
        wrong_type = _WRONG_TYPE.fullmatch(said)
        if wrong_type:
            return term("a value in {column} is not of the type {kind}", column=wrong_type[2], kind=wrong_type[1])
        if said in _RULE_WORDS:
            return _RULE_WORDS[said]
        undecodable = _NOT_UTF8.fullmatch(said)
        if undecodable:
            return not_utf8(undecodable[1])
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
