"""Why a file could not be read or written, in the interface's language: SQLite's and the system's common
errors had stood in English inside the Swedish sentence ("kan inte öppnas (database disk image is malformed)")."""

from __future__ import annotations

import errno
import re
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


def _refused(sql: str) -> sqlite3.IntegrityError:
    """The error SQLite itself raises for a statement that breaks one of a small table's rules."""
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE organisations (uid TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                 "weight INTEGER CHECK (weight BETWEEN 1 AND 4))")
    conn.execute("CREATE TABLE votes (organisation_uid TEXT REFERENCES organisations(uid))")
    conn.execute("INSERT INTO organisations VALUES ('a', 'Gnosjö', 1)")
    try:
        with pytest.raises(sqlite3.IntegrityError) as raised:
            conn.execute(sql)
    finally:
        conn.close()
    return raised.value


CONSTRAINTS = [
    ("INSERT INTO organisations VALUES ('b', 'Gnosjö', 1)",
     "ett värde som måste vara unikt finns redan i filen: organisations.name"),
    ("INSERT INTO organisations VALUES ('a', 'Hylte', 1)",
     "ett värde som måste vara unikt finns redan i filen: organisations.uid"),
    ("INSERT INTO organisations VALUES ('b', NULL, 1)", "ett värde som filen kräver saknas: organisations.name"),
    ("INSERT INTO organisations VALUES ('b', 'Hylte', 9)",
     "ett värde ligger utanför vad filen tillåter: weight BETWEEN 1 AND 4"),
    ("INSERT INTO votes VALUES ('nobody')", "det hänvisar till något som filen inte innehåller"),
]


@pytest.mark.parametrize(("sql", "swedish"), CONSTRAINTS, ids=["unique", "primary key", "not null", "check",
                                                                 "foreign key"])
def test_a_rule_of_the_file_a_change_broke_is_said_in_swedish(swedish_interface, sql, swedish):
    """The file refusing a change (UNIQUE, CHECK, FOREIGN KEY, NOT NULL) reads in Swedish with the table and
    column kept: it had read "Uppdragsfilen godtog inte värdet (UNIQUE constraint failed: organisations.name)"."""
    from workshop.domain.errors import DomainError
    from workshop.ui.widgets.i18n import describe

    error = DomainError(msg("The engagement file refused the value ({error})."), error=_refused(sql))
    text = describe(error)
    assert text.endswith(f"({swedish}).") and "constraint" not in text, text
    assert "constraint failed" not in str(error)  # the command line reads the same words in English


def test_a_rule_no_words_are_known_for_keeps_sqlites_own():
    """A refusal the table has no words for (a trigger's own sentence) keeps SQLite's words."""
    from workshop.domain.causes import cause

    assert cause(sqlite3.IntegrityError("approved minutes cannot change")) == "approved minutes cannot change"
    assert cause(sqlite3.IntegrityError("score outside the criterion's scale")) == (
        "a score lies outside its criterion's scale")



def test_a_text_that_is_not_utf8_is_said_in_words_in_both_languages(swedish_interface, example_path, capsys):
    """A file whose notes another program wrote in bytes that are not UTF-8: the command line and the window say
    which column, not Python's "Could not decode to UTF-8 column 'notes' with text 'H\ufffd\ufffd'"."""
    from workshop.cli import main
    from workshop.storage import EngagementStore
    from workshop.storage.connection import DamagedFileError
    from workshop.ui.widgets.i18n import describe

    with sqlite3.connect(example_path) as conn:
        conn.execute("UPDATE agenda_items SET notes = CAST(X'48e4ff20' AS TEXT)")
    conn.close()
    assert main(["summary", str(example_path)]) == 2
    assert capsys.readouterr().err.endswith("the file is damaged (a text in the column notes is not valid UTF-8).\n")
    with EngagementStore.open(example_path, read_only=True) as store, pytest.raises(DamagedFileError) as refused:
        store.load()
    assert describe(refused.value).endswith("filen är skadad (en text i kolumnen notes är inte giltig UTF-8).")


JSON_TEXTS = [
    (b'{"format": "workshop-engagement",\n "engagement": {"title": "x" "client": ""}}',
     "ett kommatecken saknas på rad 2, kolumn 30"),
    (b"", "ett värde saknas på rad 1, kolumn 1"),
    (b'{"format": "workshop-engagement",\n\n "engagement": "unfinished', "en text som börjar på rad 3, kolumn 16 "
     "tar aldrig slut"),
    (b'{"a": 1}\n{"b": 2}', "något följer efter JSON-textens slut på rad 2, kolumn 1"),
    (b'{"a": 1,}', "ett namn inom dubbla citattecken saknas på rad 1, kolumn 9"),
]


@pytest.mark.parametrize(("data", "swedish"), JSON_TEXTS, ids=["comma", "empty", "unended", "extra", "trailing"])
def test_json_that_does_not_parse_says_what_and_where_in_swedish(swedish_interface, tmp_path, data, swedish):
    """Importing a broken JSON export says what is wrong and where in Swedish words: it had read "inte giltig
    JSON (Expecting ',' delimiter på rad 2, kolumn 35)"."""
    from workshop.export.errors import ImportFormatError
    from workshop.export.transfer import read_json
    from workshop.ui.widgets.i18n import describe

    (tmp_path / "bad.json").write_bytes(data)
    with pytest.raises(ImportFormatError) as refused:
        read_json(tmp_path / "bad.json")
    text = describe(refused.value)
    assert text.endswith(f"/bad.json: inte giltig JSON ({swedish}).") and "Expecting" not in text, text


def test_the_command_line_says_where_json_breaks_in_english(tmp_path, capsys):
    """`workshop import` names the fault and its place in English words, not Python's "(char 40)"."""
    from workshop.cli import main

    (tmp_path / "bad.json").write_bytes(b'{"format": "workshop-engagement",\n "engagement": {"title": "x" "c": 1}}')
    assert main(["import", str(tmp_path / "bad.json"), "-o", str(tmp_path / "e.workshop")]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON (a comma is missing at line 2, column 30)." in err and "char" not in err, err


def test_an_unknown_json_fault_keeps_its_words_with_the_place_in_words(swedish_interface):
    """A parse error the table does not know keeps Python's words; where it is still reads in Swedish."""
    import json

    from workshop.ui.widgets.i18n import describe

    error = json.JSONDecodeError("Something new", "{\n\n  x", 5)
    assert describe(error) == "Something new på rad 3, kolumn 3"


CHECKS = [
    ("*** in database main ***\nOn tree page 5 cell 4: Offset 0 out of range 3892..4092", "sida 5 är överskriven "
     "eller oläslig"),
    ("row 12 missing from index sqlite_autoindex_organisations_1",
     "rad 12 saknas i indexet sqlite_autoindex_organisations_1"),
    ("wrong # of entries in index votes_by_meeting", "indexet votes_by_meeting har fel antal rader"),
    ("non-unique entry in index sqlite_autoindex_areas_1",
     "indexet sqlite_autoindex_areas_1 har två gånger ett värde som måste vara unikt"),
    ("NULL value in meetings.title", "ett värde som filen kräver saknas: meetings.title"),
    ("CHECK constraint failed in criteria_votes", "ett värde i criteria_votes ligger utanför vad filen tillåter"),
    ("non-INTEGER value in criteria_votes.value", "ett värde i criteria_votes.value är inte av typen INTEGER"),
    ("Page 7: never used", "sida 7 är överskriven eller oläslig"),
    ("Freelist: size is 3 but should be 4", "Freelist: size is 3 but should be 4"),  # unknown: SQLite's words
]


@pytest.mark.parametrize(("result", "swedish"), CHECKS, ids=[c[0][:20] for c in CHECKS])
def test_an_integrity_check_finding_is_said_in_swedish(swedish_interface, result, swedish):
    """SQLite's integrity check findings read in Swedish inside the Swedish sentence; an unknown one keeps
    SQLite's words."""
    from workshop.domain.causes import checked
    from workshop.storage.connection import DamagedFileError
    from workshop.ui.widgets.i18n import describe

    error = DamagedFileError(msg("{path}: the file is damaged ({check})."), path=Path("e.workshop"),
                             check=checked(result))
    assert describe(error) == f"e.workshop: filen är skadad ({swedish}).", describe(error)


def test_a_file_whose_index_is_damaged_says_where_in_swedish(swedish_interface, example_path):
    """Opening a file whose index page is overwritten names the page in Swedish, not "On tree page 5 cell 4:
    Offset 0 out of range 3892..4092"."""
    from bad_input_matrix import damage_index

    from workshop.storage.connection import DamagedFileError
    from workshop.ui.widgets.i18n import describe

    damage_index(example_path)
    with pytest.raises(DamagedFileError) as raised:
        EngagementStore.open(example_path)
    text = describe(raised.value)
    assert re.search(r"filen är skadad \((sida \d+ är överskriven eller oläslig|rad \d+ saknas i indexet \S+)\)",
                     text) and "tree" not in text and "missing" not in text, text


REFUSED_UPGRADES = [  # what another tool left in a version-1 file, and how the refusal reads in Swedish
    (["DROP TRIGGER criteria_votes_range_update", "UPDATE criteria_votes SET value = 40"],
     r"\d+ rader i criteria_votes ligger utanför sitt kriteriums skala"),
    (["DROP TRIGGER criteria_votes_range_update",
      "UPDATE criteria_votes SET value = 40 WHERE rowid = (SELECT min(rowid) FROM criteria_votes)"],
     r"1 rad i criteria_votes ligger utanför sitt kriteriums skala"),
    (["INSERT INTO areas (uid, code, name, group_code, position) "
      "SELECT uid || 'x', code || ' ', name, group_code, position + 100 FROM areas LIMIT 1"],
     r"areas\.code innehåller värden som bara skiljer sig åt i mellanslag i början eller slutet \('\w+ ?', '\w+ ?'\); "
     r"byt namn på ett av dem i programmet som skrev filen"),
    (["PRAGMA foreign_keys = OFF", "UPDATE potential_scores SET organisation_uid = 'nobody' "
                                   "WHERE rowid = (SELECT min(rowid) FROM potential_scores)"],
     r"en rad i potential_scores hänvisar till en rad i organisations som saknas"),
    (["UPDATE criteria SET weight = 'abc'"], r"ett värde i criteria\.weight är inte av typen REAL"),
    (["UPDATE criteria SET scale_max = 1000000 WHERE number = 1"],
     r"ett värde ligger utanför vad filen tillåter: scale_min >= -100 AND scale_max <= 100"),
]


@pytest.mark.parametrize(("sql", "swedish"), REFUSED_UPGRADES,
                         ids=["votes outside", "one vote outside", "codes equal once trimmed", "missing row",
                              "text as a number", "check"])
def test_an_older_file_the_update_refuses_says_why_in_swedish(swedish_interface, tmp_path, example, sql, swedish):
    """Opening a version-1 file whose values the update to this version refuses says why in Swedish: it had read
    "(140 rows of criteria_votes lie outside their criterion's scale)" inside the Swedish sentence, and SQLite's
    own words ("cannot store TEXT value in REAL column criteria.weight") in English too. The command line's
    sentence stays English, naming the table the file keeps (not the one rebuilt during the update)."""
    from bad_input_matrix import write_v1_file

    from workshop.ui.widgets.i18n import describe

    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as raised:
        EngagementStore.open(path)
    text = describe(raised.value)
    assert re.fullmatch(rf".*old\.workshop: innehåller värden som den här versionen av Workshop inte godtar "
                        rf"\({swedish}\); filen ändrades inte\.", text), text
    english = str(raised.value)
    assert "holds values this version of Workshop refuses" in english and "_v2" not in english, english


def test_an_update_refused_for_another_reason_names_the_file_s_table_and_keeps_no_copy(tmp_path, example):
    """A version-1 file with a column another tool added: the update had said "the change could not be saved
    (table areas_v2 has 5 columns but 6 values were supplied)", naming a table the file does not have, and
    left its .bak-v1 copy behind. It says the file holds what this version refuses, names "areas", and the
    file is left as it was with no copy beside it."""
    from bad_input_matrix import write_v1_file

    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE areas ADD COLUMN extra TEXT")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as raised:
        EngagementStore.open(path)
    said = str(raised.value)
    assert "holds values this version of Workshop refuses" in said and "table areas has" in said, said
    assert "_v2" not in said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.workshop"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
