"""The bad-input matrix: what a careless user or another program can hand Workshop, and what must happen.

Each case prepares a folder holding the example engagement (`e.workshop`) and
its JSON export (`e.json`), spoils something, and runs one command. Every
case must end with one line on stderr naming the problem, exit code 2, and
the folder exactly as it was (every file's SHA-256 before and after).
`python tests/bad_input_matrix.py` prints the table: case, exit code,
message, and the folder's hash before and after.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations


@dataclass(frozen=True)
class Case:
    """One bad input: how the folder is spoiled, the command run, a fragment of the expected message."""

    name: str
    kind: str  # cli, json (an export handed to `import`), sqlite (a file written by another tool)
    argv: tuple[str, ...]  # {d} is the folder
    expect: str
    prepare: Callable[[Path], None] | None = None


@dataclass(frozen=True)
class Outcome:
    """What the command did."""

    code: int
    message: str
    before: str
    after: str


def folder_hash(folder: Path) -> str:
    """One SHA-256 over every path in the folder and every regular file's bytes (devices and FIFOs by kind)."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_symlink():
            h.update(b"link:" + os.readlink(p).encode())
        elif p.is_file():
            h.update(p.read_bytes())
        else:
            h.update(b"dir" if p.is_dir() else b"special")
    return h.hexdigest()


def write_v1_file(path: Path, engagement) -> None:
    """A file as version 1 of the app wrote it (schema step 1 only)."""
    from workshop.storage.schema import APPLICATION_ID, _initial
    from workshop.storage.writer import engagement_rows, insert_rows

    steps = Migrations("workshop")
    steps(name="0001_initial")(_initial)
    conn = sqlite3.connect(path)
    db = Database(conn)
    db.execute("PRAGMA journal_mode = WAL")
    steps.apply(db)
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with db.atomic():  # the columns and tables version 1 had (later steps added others)
        for table, rows in engagement_rows(engagement).items():
            columns = {c[1] for c in conn.execute(f"PRAGMA table_info({table})")}
            if columns:
                insert_rows(db, table, [{k: v for k, v in r.items() if k in columns} for r in rows])
    conn.close()


def as_version_1_held_it(engagement):
    """The engagement as a version-1 file holds it, once migrated: no plan or recommendation, no meeting on
    agreed scores and preferences, no vote rationale; the per-meeting records follow from the links."""
    import dataclasses

    from workshop.domain.plan import Recommendation

    return dataclasses.replace(
        engagement, recommendation=Recommendation(), prestudy=(), plan=(),
        preferences=tuple(dataclasses.replace(p, meeting_uid=None) for p in engagement.preferences),
        agreed_scores=tuple(dataclasses.replace(a, meeting_uid=None) for a in engagement.agreed_scores),
        votes=tuple(dataclasses.replace(v, rationale="") for v in engagement.votes),
        vote_history=tuple(dataclasses.replace(v, rationale="") for v in engagement.vote_history),
        potential_history=tuple(r for r in engagement.potential_history if any(  # only what the links imply
            (p.meeting_uid, p.organisation_uid, p.area_code, p.value) ==
            (r.meeting_uid, r.organisation_uid, r.area_code, r.value) for p in engagement.potentials)))


# --- how the folder is spoiled ------------------------------------------------------


def _json(change: Callable[[dict], None]) -> Callable[[Path], None]:
    """An export with one value changed, written as bad.json."""

    def prepare(d: Path) -> None:
        data = json.loads((d / "e.json").read_text(encoding="utf-8"))
        change(data["engagement"])
        (d / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    return prepare


def _text(old: str, new: str) -> Callable[[Path], None]:
    """An export with its text edited by hand (first occurrence), written as bad.json."""

    def prepare(d: Path) -> None:
        text = (d / "e.json").read_text(encoding="utf-8")
        assert old in text, old
        (d / "bad.json").write_text(text.replace(old, new, 1), encoding="utf-8")

    return prepare


def _raw(*sql: str) -> Callable[[Path], None]:
    """The engagement file changed by another tool (plain SQLite, foreign keys off)."""

    def prepare(d: Path) -> None:
        conn = sqlite3.connect(d / "e.workshop")
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return prepare


def _v1(*sql: str) -> Callable[[Path], None]:
    """A version-1 file (before the file refused text in number columns) holding what another tool wrote."""

    def prepare(d: Path) -> None:
        from workshop.templates import example_engagement

        (d / "e.workshop").unlink()
        write_v1_file(d / "e.workshop", example_engagement())
        _raw(*sql)(d)

    return prepare


def _copy(name: str) -> Callable[[Path], None]:
    """A byte copy of the engagement file (the same engagement, but never handed out: no common base)."""
    return lambda d: (d / name).write_bytes((d / "e.workshop").read_bytes())


def _bytes(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda d: (d / name).write_bytes(data)


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda d: os.mkfifo(d / name)


def _truncate(d: Path) -> None:
    data = (d / "e.workshop").read_bytes()
    (d / "e.workshop").write_bytes(data[: len(data) // 2])


def damage_index(path: Path) -> None:
    """Break an organisations index the way a file replaced under an open connection looked
    (integrity_check fails; quick_check did not see it)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'organisations'"
                        " LIMIT 1").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * (root - 1) + 8: 4096 * root] = bytes(4096 - 8)
    path.write_bytes(bytes(data))


def _org(n: int, **values) -> Callable[[dict], None]:
    return lambda e: e["organisations"][n].update(values)


def _crit(n: int, **values) -> Callable[[dict], None]:
    return lambda e: e["criteria"][n].update(values)


def _meeting(n: int, **values) -> Callable[[dict], None]:
    return lambda e: e["meetings"][n].update(values)


def _first_action(**values) -> Callable[[dict], None]:
    return lambda e: next(m for m in e["meetings"] if m["action_items"])["action_items"][0].update(values)


def _all_weights(value) -> Callable[[dict], None]:
    return lambda e: [c.update(weight=value) for c in e["criteria"]]


IMPORT = ("import", "{d}/bad.json", "-o", "{d}/out.workshop")
SUMMARY = ("summary", "{d}/e.workshop")
BIG = "1" + "0" * 30
LONG = "å" * 130  # 260 bytes: more than a disk takes in one name

CASES: list[Case] = [
    # --- command line ---------------------------------------------------------------
    Case("summary of a missing file", "cli", ("summary", "{d}/none.workshop"), "no such file"),
    Case("summary of a folder", "cli", ("summary", "{d}"), "not a file"),
    Case("summary of a device", "cli", ("summary", "/dev/null"), "not a file"),
    Case("summary of a FIFO", "cli", ("summary", "{d}/pipe"), "not a file", _fifo("pipe")),
    Case("summary of an empty file", "cli", ("summary", "{d}/empty.workshop"), "damaged (it is empty)",
         _bytes("empty.workshop", b"")),
    Case("summary of a JSON export", "cli", ("summary", "{d}/e.json"), "not an SQLite database"),
    Case("demo onto an existing file", "cli", ("demo", "-o", "{d}/e.workshop"), "already exists"),
    Case("demo into a missing folder", "cli", ("demo", "-o", "{d}/no/e.workshop"), "does not exist"),
    Case("demo onto a folder", "cli", ("demo", "--force", "-o", "{d}"), "not a file"),
    Case("demo --force onto a FIFO", "cli", ("demo", "--force", "-o", "{d}/pipe"), "not a file", _fifo("pipe")),
    Case("import of a missing file", "cli", ("import", "{d}/none.json", "-o", "{d}/out.workshop"),
         "cannot be read (no such file or folder)"),
    Case("import onto an existing file", "cli", ("import", "{d}/e.json", "-o", "{d}/e.workshop"), "already exists"),
    Case("import of a folder", "cli", ("import", "{d}", "-o", "{d}/out.workshop"), "not a regular file"),
    Case("import of /dev/zero", "cli", ("import", "/dev/zero", "-o", "{d}/out.workshop"), "not a regular file"),
    Case("import of a FIFO", "cli", ("import", "{d}/pipe", "-o", "{d}/out.workshop"), "not a regular file",
         _fifo("pipe")),
    Case("import onto itself", "cli", ("import", "{d}/e.json", "-o", "{d}/e.json"), "the export being imported itself"),
    Case("merge of a JSON export", "cli", ("merge", "{d}/e.workshop", "{d}/e.json", "-o", "{d}/out.workshop"),
         "not an SQLite database"),
    Case("merge of a copy never handed out", "cli", ("merge", "{d}/e.workshop", "{d}/c.workshop", "-o",
                                                     "{d}/out.workshop"), "no common base", _copy("c.workshop")),
    Case("merge onto one of its inputs", "cli", ("merge", "{d}/e.workshop", "{d}/c.workshop", "-o",
                                                 "{d}/e.workshop"), "files being merged", _copy("c.workshop")),
    Case("handout onto the file itself", "cli", ("handout", "{d}/e.workshop", "-o", "{d}/e.workshop"),
         "engagement file itself"),
    Case("handout into a missing folder", "cli", ("handout", "{d}/e.workshop", "-o", "{d}/no/c.workshop"),
         "does not exist"),
    Case("handout onto an existing file", "cli", ("handout", "{d}/e.workshop", "-o", "{d}/e.json"),
         "already exists"),
    Case("minutes of an unknown meeting", "cli", ("minutes", "{d}/e.workshop", "--meeting", "nope", "-o",
                                                   "{d}/m.pdf"), "no meeting"),
    Case("report onto its own input", "cli", ("report", "{d}/e.workshop", "-o", "{d}/e.workshop"),
         "engagement file itself"),
    Case("export onto a symlink", "cli", ("export", "{d}/e.workshop", "--format", "json", "-o", "{d}/link.json"),
         "not a regular file", lambda d: (d / "link.json").symlink_to(d / "e.json")),
    Case("export onto a FIFO", "cli", ("export", "{d}/e.workshop", "--format", "json", "-o", "{d}/pipe"),
         "not a regular file", _fifo("pipe")),
    Case("export into a missing folder", "cli", ("export", "{d}/e.workshop", "--format", "xlsx", "-o",
                                                  "{d}/no/x.xlsx"), "does not exist"),
    Case("summary of a name too long for the disk", "cli", ("summary", f"{{d}}/{LONG}.workshop"), "cannot be read"),
    Case("export to a name too long for the disk", "cli", ("export", "{d}/e.workshop", "--format", "json", "-o",
                                                            f"{{d}}/{LONG}.json"), "too long for the disk"),
    Case("CSV export to a folder name too long for the disk", "cli", ("export", "{d}/e.workshop", "--format", "csv",
                                                                       "-o", f"{{d}}/{LONG}"), "too long for the disk"),
    Case("report to a name too long for the disk", "cli", ("report", "{d}/e.workshop", "-o", f"{{d}}/{LONG}.pdf"),
         "too long for the disk"),
    Case("import to a name too long for the disk", "cli", ("import", "{d}/e.json", "-o", f"{{d}}/{LONG}.workshop"),
         "too long for the disk"),
    Case("handout to a name too long for the disk", "cli", ("handout", "{d}/e.workshop", "-o",
                                                             f"{{d}}/{LONG}.workshop"), "too long for the disk"),
    Case("restore with no backups", "cli", ("restore", "{d}/e.workshop", "newest"), "no good backup"),
    Case("restore of an unknown backup", "cli", ("restore", "{d}/e.workshop", "2024-01-01_000000.workshop"),
         "no good backup"),
    Case("approve of an unknown meeting", "cli", ("approve", "{d}/e.workshop", "--meeting", "nope", "--by", "A"),
         "no meeting"),
    Case("forget an unknown person", "cli", ("forget-person", "{d}/e.workshop", "--person", "nope"), "no person"),
    Case("export an unknown person's data", "cli", ("person-export", "{d}/e.workshop", "--person", "nope", "-o",
                                                    "{d}/p.json"), "no person"),
    # --- an export handed to `import` ---------------------------------------------------
    Case("not JSON", "json", IMPORT, "not valid JSON", _bytes("bad.json", b"{engagement: 1")),
    Case("not UTF-8", "json", IMPORT, "not UTF-8", _bytes("bad.json", b'{"format": "\xff"}')),
    Case("an empty file", "json", IMPORT, "not valid JSON", _bytes("bad.json", b"")),
    Case("a list at the top", "json", IMPORT, "not a Workshop engagement export", _bytes("bad.json", b"[]")),
    Case("another format", "json", IMPORT, "not a Workshop engagement export",
         _text('"workshop-engagement"', '"other"')),
    Case("a newer format version", "json", IMPORT, "newer", _text('"format_version": 3', '"format_version": 9')),
    Case("a key given twice at the top", "json", IMPORT, "given twice",
         _text('"format_version": 3', '"format_version": 2, "format_version": 2')),
    Case("a key given twice in an organisation", "json", IMPORT, "“name” is given twice",
         _text('"name": "Gislaved"', '"name": "Gislaved", "name": "Gnosjö"')),
    Case("a 31-digit integer", "json", IMPORT, "too large", _text('"potential_factor_scale": 5',
                                                                  f'"potential_factor_scale": {BIG}')),
    Case("a 5,000-digit integer", "json", IMPORT, "too large", _text('"potential_factor_scale": 5',
                                                                     f'"potential_factor_scale": {"9" * 5000}')),
    Case("a lone surrogate", "json", IMPORT, "unpaired surrogate", _text('"Gislaved"', '"Gisla\\ud800ved"')),
    Case("NaN", "json", IMPORT, "NaN", _text('"weight": 1.0', '"weight": NaN')),
    Case("an infinite weight", "json", IMPORT, "finite", _text('"weight": 1.0', '"weight": 1e999')),
    Case("Infinity", "json", IMPORT, "Infinity is not a number an engagement export may hold",
         _text('"weight": 1.0', '"weight": -Infinity')),
    Case("lists nested 100,000 deep", "json", IMPORT, "nested too deeply",
         _text('"Gislaved"', "[" * 100_000 + "]" * 100_000)),
    Case("an empty organisation name", "json", IMPORT, "must not be empty", _json(_org(0, name=""))),
    Case("a name of only invisible characters", "json", IMPORT, "must not be empty",
         _json(_org(0, name="\u200b\t\u00a0"))),
    Case("an organisation name of 40,000 characters", "json", IMPORT, "a name holds at most 32767",
         _json(_org(0, name="Gislaved" * 5000))),
    Case("a meeting title of 40,000 characters", "json", IMPORT, "a name holds at most 32767",
         _json(_meeting(0, title="Möte" * 10000))),
    Case("names differing in case", "json", IMPORT, "duplicate name", _json(_org(1, name="GISLAVED"))),
    Case("names differing by a zero-width space", "json", IMPORT, "duplicate name",
         _json(_org(1, name="Gisla\u200bved"))),
    Case("names differing by a trailing tab", "json", IMPORT, "duplicate name", _json(_org(1, name="Gislaved\t"))),
    Case("short codes differing in width", "json", IMPORT, "duplicate short code",
         _json(lambda e: e["organisations"][1].update(short_code=e["organisations"][0]["short_code"].lower()))),
    Case("a scale of a million steps", "json", IMPORT, "steps", _json(_crit(0, scale_max=1_000_000))),
    Case("a scale running downwards", "json", IMPORT, "steps", _json(_crit(0, scale_min=4, scale_max=1))),
    Case("a scale of one step", "json", IMPORT, "steps", _json(_crit(0, scale_min=3, scale_max=3))),
    Case("a negative weight", "json", IMPORT, "negative", _json(_crit(0, weight=-1.0))),
    Case("a huge weight", "json", IMPORT, "at most", _json(_crit(0, weight=1e12))),
    Case("all weights zero", "json", IMPORT, "above zero", _json(_all_weights(0.0))),
    Case("a weight as text", "json", IMPORT, "expected a number", _json(_crit(0, weight="abc"))),
    Case("criterion number 0", "json", IMPORT, "between 1 and 999", _json(_crit(0, number=0))),
    Case("a meeting of 10^15 minutes", "json", IMPORT, "minutes", _json(_meeting(0, duration_minutes=10**15))),
    Case("a meeting of no minutes", "json", IMPORT, "minutes", _json(_meeting(0, duration_minutes=0))),
    Case("a meeting in year 9999", "json", IMPORT, "year", _json(_meeting(0, starts_at="9999-12-31T23:00"))),
    Case("a meeting “next Tuesday”", "json", IMPORT, "not a date", _json(_meeting(0, starts_at="next Tuesday"))),
    Case("a start written another way", "json", IMPORT, "as the app writes it",
         _json(_meeting(0, starts_at="2024-06-10 13:00"))),
    Case("a due date of 30 February", "json", IMPORT, "not a date", _json(_first_action(due_date="2024-02-30"))),
    Case("a vote outside its scale", "json", IMPORT, "outside", _json(lambda e: e["votes"][0].update(value=9))),
    Case("a potential of 101", "json", IMPORT, "outside", _json(lambda e: e["potentials"][0].update(value=101))),
    Case("an unknown area", "json", IMPORT, "refers to area", _json(lambda e: e["potentials"][0].update(
        area_code="Z"))),
    Case("an area code with a trailing space", "json", IMPORT, "at its ends", _json(lambda e: e["areas"][0].update(
        code=e["areas"][0]["code"] + " "))),
    Case("an unknown key", "json", IMPORT, "unknown key", _json(_org(0, colour="red"))),
    Case("a missing key", "json", IMPORT, "missing key", _json(lambda e: e["organisations"][0].pop("short_code"))),
    Case("true as a number", "json", IMPORT, "whole number", _json(_meeting(0, duration_minutes=True))),
    Case("negative seconds", "json", IMPORT, "outside", _json(lambda e: e["meetings"][0]["agenda"][0].update(
        seconds_spent=-5))),
    Case("an approval with no approver", "json", IMPORT, "at least one approver", _json(_meeting(
        0, approval={"approved_on": "2024-06-25", "approvers": [],
                     "minutes": {"agenda": [], "decisions": [], "action_items": [], "details": None, "carried": None,
                                 "scores": None}}))),
    Case("approved minutes keeping an attendee's e-mail", "json", IMPORT, "keep no contact details", _json(_meeting(
        0, approval={"approved_on": "2024-06-25", "approvers": ["A"],
                     "minutes": {"agenda": [], "decisions": [], "action_items": [], "scores": None, "carried": None,
                                 "details": {"kind": "work", "title": "T", "starts_at": "", "duration_minutes": 60,
                                             "place": "", "organisation_uids": [], "attendee_uids": [],
                                             "organisations": [],
                                             "people": [{"id": "p1", "name": "N", "role": "", "organisation_uid": None,
                                                         "steering_group": False, "email": "n@example.org",
                                                         "phone": ""}]}}}))),
    Case("approved minutes keeping a potential of 999", "json", IMPORT, "999 is outside", _json(lambda e: _meeting(
        0, approval={"approved_on": "2024-06-25", "approvers": ["A"],
                     "minutes": {"agenda": [], "decisions": [], "action_items": [], "details": None, "carried": None,
                                 "scores": {"votes": [], "agreed": [], "preferences": [], "potentials": [
                                     {"meeting_uid": e["meetings"][0]["id"],
                                      "organisation_uid": e["organisations"][0]["id"],
                                      "area_code": e["areas"][0]["code"], "value": 999, "rationale": ""}]}}})(e))),
    Case("an addendum of an unknown kind", "json", IMPORT, "is not one of", _json(_meeting(
        0, addenda=[{"id": "a1", "made_on": "2024-06-25", "kind": "rewrite", "subject_uid": "x", "text": "",
                     "before": ""}]))),
    Case("import --force of a bad export keeps the target", "json",
         ("import", "--force", "{d}/bad.json", "-o", "{d}/e.workshop"), "not valid JSON", _bytes("bad.json", b"{")),
    # --- a file written by another tool --------------------------------------------------
    Case("another program's SQLite file", "sqlite", SUMMARY, "not a Workshop engagement file",
         _raw("PRAGMA application_id = 7")),
    Case("a file from a newer version", "sqlite", SUMMARY, "newer version", _raw("PRAGMA user_version = 99")),
    Case("a file with no engagement row", "sqlite", SUMMARY, "holds no engagement", _raw("DELETE FROM engagement")),
    Case("version 0 with our mark", "sqlite", SUMMARY, "holds no engagement", _raw("PRAGMA user_version = 0")),
    Case("a damaged index", "sqlite", SUMMARY, "damaged", lambda d: damage_index(d / "e.workshop")),
    Case("half a file", "sqlite", SUMMARY, "damaged or unreadable (parts of the file are missing or overwritten)",
         _truncate),
    Case("approved minutes of another shape", "sqlite", SUMMARY, "not as Workshop writes them", _raw(
        "INSERT INTO minutes_approvals (meeting_uid, approved_on, approvers, minutes) SELECT uid, '2024-06-25', "
        """'["A"]', '{"agenda": [{"x": 1}]}' FROM meetings LIMIT 1""")),
    Case("approved minutes that are a list", "sqlite", SUMMARY, "not as Workshop writes them", _raw(
        "INSERT INTO minutes_approvals (meeting_uid, approved_on, approvers, minutes) SELECT uid, '2024-06-25', "
        """'["A"]', '[]' FROM meetings LIMIT 1""")),
    Case("version 1 with a weight 'abc'", "sqlite", SUMMARY, "refuses", _v1("UPDATE criteria SET weight = 'abc'")),
    Case("version 1 with a duration 'abc'", "sqlite", SUMMARY, "refuses",
         _v1("UPDATE meetings SET duration_minutes = 'abc'")),
    Case("version 1 with a scale of a million", "sqlite", SUMMARY, "refuses",
         _v1("UPDATE criteria SET scale_max = 1000000 WHERE number = 1")),
    Case("version 1 with a meeting in 9999", "sqlite", SUMMARY, "refuses",
         _v1("UPDATE meetings SET starts_at = '9999-12-31T23:00'")),
    Case("version 1 with 10^15 minutes", "sqlite", SUMMARY, "refuses",
         _v1("UPDATE meetings SET duration_minutes = 1000000000000000")),
    Case("version 1 with a vote outside a lowered scale", "sqlite", SUMMARY, "refuses",
         _v1("DROP TRIGGER criteria_votes_range_update", "UPDATE criteria_votes SET value = 40")),
]


def prepare_folder(folder: Path) -> None:
    """The example engagement and its JSON export, as every case starts."""
    from workshop.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["demo", "-o", str(folder / "e.workshop")]) == 0
        assert main(["export", str(folder / "e.workshop"), "--format", "json", "-o", str(folder / "e.json")]) == 0


def run_case(case: Case, folder: Path) -> Outcome:
    """Prepare the folder, spoil it, run the command; what it printed and returned, the folder's hashes."""
    from workshop.cli import main

    prepare_folder(folder)
    if case.prepare:
        case.prepare(folder)
    before = folder_hash(folder)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([a.format(d=folder) for a in case.argv])
    return Outcome(code, err.getvalue().strip(), before, folder_hash(folder))


if __name__ == "__main__":
    import tempfile

    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            out = run_case(case, Path(tmp))
        same = "unchanged" if out.before == out.after else "CHANGED"
        print(f"{case.kind:6} {out.code}  {out.before[:10]} {out.after[:10]} {same:9} {case.name}: {out.message}",
              file=sys.stdout)
