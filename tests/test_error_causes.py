"""Why a file could not be read or written, in the interface's language: SQLite's and the system's common
errors had stood in English inside the Swedish sentence ("kan inte öppnas (database disk image is malformed)")."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from workshop.domain.messages import msg
from workshop.storage import EngagementStore, StorageError

SQLITE = [
    ("database disk image is malformed", "delar av filen saknas eller är överskrivna"),
    ("file is not a database", "det är ingen databasfil, eller så är dess början överskriven"),
    ("database is locked", "ett annat program använder filen"),
    ("disk I/O error", "disken kunde inte läsas eller skrivas"),
    ("attempt to write a readonly database", "filen får bara läsas"),
    ("database or disk is full", "disken är full"),
]
SYSTEM = [
    (errno.ENOSPC, "No space left on device", "disken är full"),
    (errno.EACCES, "Permission denied", "behörighet saknas"),
    (errno.EPERM, "Operation not permitted", "behörighet saknas"),
    (errno.EROFS, "Read-only file system", "disken är skrivskyddad"),
    (errno.ENOENT, "No such file or directory", "filen eller mappen finns inte"),
    (errno.ENAMETOOLONG, "File name too long", "namnet är för långt för disken"),
    (errno.EISDIR, "Is a directory", "det är en mapp"),
]


def _opened(error: BaseException) -> str:
    from workshop.ui.widgets.i18n import describe

    return describe(StorageError(msg("{path}: cannot be opened ({error})."), path=Path("e.workshop"), error=error))


@pytest.mark.parametrize(("english", "swedish"), SQLITE, ids=[e for e, _ in SQLITE])
def test_sqlite_errors_are_said_in_swedish(swedish_interface, english, swedish):
    """SQLite's common errors, raised with and without its result code, read in Swedish and nothing else."""
    text = _opened(sqlite3.OperationalError(english))
    assert text == f"e.workshop: kan inte öppnas ({swedish}).", text


def test_a_real_sqlite_error_is_known_by_its_code(swedish_interface, tmp_path):
    """The error SQLite itself raised (a text file opened as a database) is known by its result code."""
    (tmp_path / "t.workshop").write_text("not a database, just text that is long enough " * 5)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(tmp_path / "t.workshop").execute("PRAGMA user_version").fetchone()
    assert raised.value.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    assert "databasfil" in _opened(raised.value) and "not a database" not in _opened(raised.value)


@pytest.mark.parametrize(("code", "english", "swedish"), SYSTEM, ids=[e for _, e, _ in SYSTEM])
def test_system_errors_are_said_in_swedish(swedish_interface, code, english, swedish):
    """The operating system's common errors read in Swedish, without the number or the English words."""
    text = _opened(OSError(code, english, "/x/e.workshop"))
    assert text == f"e.workshop: kan inte öppnas ({swedish}).", text


def test_an_unknown_error_keeps_its_own_words_without_the_number(swedish_interface):
    """What no translation knows stays the system's description, not "[Errno 31] Too many links: '…'"."""
    assert _opened(OSError(errno.EMLINK, "Too many links", "/x/e.workshop")) == (
        "e.workshop: kan inte öppnas (Too many links).")


def test_english_stays_english_for_the_command_line():
    """str() of the error (the command line, logs) is the English words for the same cause."""
    error = StorageError(msg("{path}: cannot be opened ({error})."), path=Path("e.workshop"),
                         error=OSError(errno.ENOSPC, "No space left on device"))
    assert str(error) == "e.workshop: cannot be opened (the disk is full)."


def test_a_file_cut_in_half_is_called_damaged_in_swedish(swedish_interface, example_path):
    """Opening an engagement cut in half: the Swedish message says what is wrong in Swedish."""
    from workshop.ui.widgets.i18n import describe

    data = example_path.read_bytes()
    example_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StorageError) as raised:
        EngagementStore.open(example_path)
    text = describe(raised.value)
    assert "delar av filen saknas eller är överskrivna" in text and "malformed" not in text, text


def test_a_bare_sqlite_error_caught_in_the_window_is_said_in_swedish(swedish_interface):
    """An SQLite error the window catches itself (a note that could not be saved) reads in Swedish; an error
    no translation knows keeps its own words."""
    from workshop.ui.widgets.i18n import describe

    assert describe(sqlite3.OperationalError("database or disk is full")) == "disken är full"
    assert describe(OSError(errno.EACCES, "Permission denied", "/x/y")) == "behörighet saknas"
    assert describe(sqlite3.OperationalError("no such table: x")) == "no such table: x"


def test_an_export_to_a_read_only_disk_says_so_in_swedish(swedish_interface, tmp_path, monkeypatch):
    """Exporting onto a read-only disk (a locked SD card) says the disk may only be read, not "permission
    denied": no permission would help."""
    import tempfile

    from workshop.export.errors import ExportError
    from workshop.export.safe_write import write_atomically
    from workshop.ui.widgets.i18n import describe

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ExportError) as refused:
        write_atomically(tmp_path / "x.pdf", lambda p: p.write_bytes(b"x"))
    text = describe(refused.value)
    assert "ligger på en skrivskyddad disk; ingenting sparades" in text and "behörighet" not in text, text
