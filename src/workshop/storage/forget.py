"""Forgetting a person: their name replaced in every text of the file and of every copy the app made, and in
the notes beside backups that name a copy merged.

The replacement runs over every text column of every table (so no column is missed, in this schema or
an older one kept as a migration backup), with the addendum triggers set aside: an erasure is not a
change to approved minutes. Then the file is rebuilt (VACUUM) and its WAL emptied, so neither free
pages nor old page images still hold the name; each backup is treated the same way.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.messages import msg
from workshop.storage.backups import backup_folder, backups_of, reason_path, rewrite_reason, stray_reasons
from workshop.storage.errors import StorageError
from workshop.storage.paths import real_file, uninterrupted
from workshop.storage.records_rows import JSON_COLUMNS
from workshop.storage.schema import text_columns
from workshop.storage.typing_journal import forget_in_journal, journal_path


@dataclass(frozen=True)
class ForgetReport:
    """What forgetting reached: the engagement file and each copy rewritten, and copies it could not."""

    pseudonym: str
    copies: tuple[Path, ...]
    unreachable: tuple[Path, ...]
    file_compacted: bool = True  # False while another connection kept old pages in use (they go when it closes)
    compact_error: str = ""  # why the file could not be rebuilt at all (a full disk): not another program
    interrupted: bool = False  # Ctrl+C (or a stop) came while it ran: it finished first, then says so
    notes: tuple[Path, ...] = ()  # the notes beside backups ("before merging Anders laptop.workshop") rewritten


def copies_of(path: Path) -> list[Path]:
    """Every copy of the file the app made: rolling backups, backups before a migration, damaged files kept."""
    real = real_file(path)  # the copies are beside the file a link names
    extra = sorted(p for p in real.parent.glob(f"{glob_escape(real.name)}.*")
                   if re.fullmatch(r"\.(bak-v\d+|damaged-[\d_]+)", p.name[len(real.name):]) and p.is_file())
    return backups_of(path) + extra


def glob_escape(name: str) -> str:
    """A file name as a glob pattern matching only itself."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def erase_everywhere(conn: sqlite3.Connection, pattern: re.Pattern[str], pseudonym: str, person_uid: str,
                     remembered: bool = True) -> None:
    """The erasure (erase_name) in a database and in the merge bases it keeps (compressed snapshots: a byte
    search cannot see the name there, but an unpacked base would show it); copies forgotten alike still
    merge, and a merge runs it on a copy that still names someone forgotten in the other. With
    `remembered`, the conflicts remembered from earlier merges go too (their fingerprints hash values that
    may hold the name)."""
    from workshop.storage.merge.bases import rewrite_bases
    from workshop.storage.merge.decisions import forget_decisions

    erase_name(conn, pattern, pseudonym, person_uid)
    rewrite_bases(conn, lambda base: erase_name(base, pattern, pseudonym, person_uid))
    if remembered:
        with conn:
            forget_decisions(conn)


def erase_name(conn: sqlite3.Connection, pattern: re.Pattern[str], pseudonym: str, person_uid: str) -> None:
    """In one transaction: every text matching the pattern gets the pseudonym, and the person's row the
    pseudonym for a name and no contact details. The connection must be in autocommit mode."""
    from workshop.domain.people import replace_name

    def forget(text):
        return replace_name(pattern, text, pseudonym) if isinstance(text, str) else text

    conn.create_function("workshop_forget", 1, forget, deterministic=True)
    conn.create_function("workshop_forget_json", 1, lambda t: _in_json(t, forget), deterministic=True)
    conn.execute("PRAGMA secure_delete = ON")  # pages freed from now on are zeroed
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for table, col in text_columns(conn):
            if (table, col) == ("people", "name"):
                continue  # another person's own name stays theirs ("Anna Berg" when "Anna" is forgotten)
            forget_in = "workshop_forget_json" if (table, col) in JSON_COLUMNS else "workshop_forget"
            conn.execute(f'UPDATE "{table}" SET "{col}" = {forget_in}("{col}") '
                         f'WHERE typeof("{col}") = \'text\' AND "{col}" != {forget_in}("{col}")')
        people = {c[1] for c in conn.execute("PRAGMA table_info(people)")}
        contact = "".join(f", {c} = ''" for c in ("email", "phone") if c in people)
        conn.execute(f"UPDATE people SET name = ?{contact} WHERE uid = ?", [pseudonym, person_uid])
        _pseudonym_in_approvals(conn, pseudonym, person_uid)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _in_json(text, forget: Callable[[str], str]):
    """A JSON text with `forget` applied to every string in it (not to keys), written again as records_rows
    writes it; a text that is not JSON is treated as plain text. A name with a quote in it is stored escaped
    in JSON ("Anna \\"Nana\\" Berg"), where a search of the raw text does not find it."""
    if not isinstance(text, str):
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return forget(text)

    def walk(value):
        if isinstance(value, str):
            return forget(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    forgotten = walk(data)
    return text if forgotten == data else json.dumps(forgotten, ensure_ascii=False)


def _pseudonym_in_approvals(conn: sqlite3.Connection, pseudonym: str, person_uid: str) -> None:
    """The person as approved minutes keep them (domain ApprovedDetails.people) gets the pseudonym too, whatever
    spelling the approval kept: a name changed since approval matches no pattern of the name now."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'minutes_approvals'").fetchone() is None:
        return
    for meeting_uid, text in conn.execute("SELECT meeting_uid, minutes FROM minutes_approvals").fetchall():
        minutes = json.loads(text or "{}")
        people = (minutes.get("details") or {}).get("people") or []
        kept = [p for p in people if isinstance(p, dict) and p.get("uid") == person_uid]
        for p in kept:
            p.update(name=pseudonym, email="", phone="")
        if kept:
            conn.execute("UPDATE minutes_approvals SET minutes = ? WHERE meeting_uid = ?",
                         [json.dumps(minutes, ensure_ascii=False), meeting_uid])


def compact(conn: sqlite3.Connection) -> bool:
    """Rebuild the file and empty its WAL: no free page or old page image keeps what was replaced.
    False when another connection (a reader) kept the checkpoint from finishing."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0 and log == done


@dataclass
class _Reached:
    """What forgetting in the copies reached: copies rewritten, files it could not rewrite, the patterns used
    (for the typing journal) and the notes beside backups rewritten."""

    done: list[Path] = dataclasses.field(default_factory=list)
    failed: list[Path] = dataclasses.field(default_factory=list)
    used: list[re.Pattern[str]] = dataclasses.field(default_factory=list)
    notes: list[Path] = dataclasses.field(default_factory=list)


def forget_in_copies(path: Path, pattern_in: Callable[[sqlite3.Connection], re.Pattern[str] | None],
                     pseudonym: str, person_uid: str, copies: list[Path] | None = None) -> _Reached:
    """The same erasure in every copy of the file (or those given), each with the pattern `pattern_in` finds
    there (None: nothing of the person to erase), and in the note beside a backup taken before a merge, which
    names the copy merged ("Anders Wendestens laptop.workshop": `workshop backups` printed it after he was
    forgotten). The note goes first: one that cannot be rewritten leaves its backup as it was, so a rerun
    finds both by the name the backup still holds."""
    reached = _Reached()
    for copy in copies_of(path) if copies is None else copies:
        stamp = copy.stat()
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                pattern = pattern_in(conn)
                if pattern is not None:
                    if not _forget_in_note(copy, pattern, pseudonym, reached):
                        reached.failed.append(copy)
                        continue
                    erase_everywhere(conn, pattern, pseudonym, person_uid)
                    reached.used.append(pattern)
                compact(conn)
            finally:
                conn.close()
            os.utime(copy, (stamp.st_atime, stamp.st_mtime))  # a backup's time is the engagement's last edit
            reached.done.append(copy)
        except (sqlite3.Error, OSError):
            reached.failed.append(copy)
    folder = backup_folder(path)
    for leftover in [*(folder.glob(".*.partial") if folder.is_dir() else ()), *stray_reasons(path)]:
        leftover.unlink(missing_ok=True)  # a half-written backup, or the note of one removed, would keep the name
    return reached


def _forget_in_note(copy: Path, pattern: re.Pattern[str], pseudonym: str, reached: _Reached) -> bool:
    """The name replaced in the note beside a backup, as in its texts (a note that cannot be read is removed);
    False (the note among the failed) when the note cannot be rewritten."""
    from workshop.domain.people import replace_name

    note = reason_path(copy)
    try:
        try:
            if rewrite_reason(copy, lambda text: _in_json(text, lambda s: replace_name(pattern, s, pseudonym))):
                reached.notes.append(note)
        except UnicodeDecodeError:  # a note another program damaged: it names nothing readable, and may hold
            note.unlink()           # the name; removed (not counted as rewritten), or the backup would be left
                                    # unerased on every run
    except (OSError, ValueError):  # ValueError: the rewritten note cannot be written as UTF-8
        reached.failed.append(note)
        return False
    return True


def _holds_people(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'people'").fetchone() is not None


def _named_in(conn: sqlite3.Connection, person_uid: str, pseudonym: str) -> re.Pattern[str] | None:
    """The pattern of a forgotten person's name as a copy still holds it, None when the copy has it no more."""
    from workshop.domain.model import Person
    from workshop.domain.people import name_pattern

    if not _holds_people(conn):
        return None
    people = [Person(name=name or "", uid=uid) for uid, name in conn.execute("SELECT uid, name FROM people")]
    person = next((p for p in people if p.uid == person_uid), None)
    if person is None or person.name == pseudonym:
        return None
    return name_pattern(person, people)


def unfinished_copies(path: Path, person_uid: str, pseudonym: str) -> list[Path]:
    """The copies of the file that still name a person forgotten in it (a run stopped half way, a backup
    that could not be written then): read only, nothing changed."""
    left = []
    for copy in copies_of(path):
        try:
            conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
            try:
                if _named_in(conn, person_uid, pseudonym) is not None:
                    left.append(copy)
            finally:
                conn.close()
        except sqlite3.Error:
            left.append(copy)  # not readable now: said, and a rerun tries it again
    return left


def finish_in_copies(path: Path, person_uid: str, pseudonym: str) -> ForgetReport:
    """Forgetting finished in the copies that still name a person forgotten in the file: each with the name
    it holds there (the file no longer has it). "Already forgotten" had refused the rerun, and `restore` of
    such a backup then brought the name back."""
    reached = forget_in_copies(path, lambda conn: _named_in(conn, person_uid, pseudonym), pseudonym, person_uid,
                               unfinished_copies(path, person_uid, pseudonym))
    for pattern in reached.used:
        try:
            forget_in_journal(path, pattern, pseudonym)
        except StorageError:
            reached.failed.append(journal_path(path))
            break
    return ForgetReport(pseudonym, tuple(reached.done), tuple(reached.failed), notes=tuple(reached.notes))


def forget_in_file(conn: sqlite3.Connection, path: Path, pattern: re.Pattern[str], pseudonym: str,
                   person_uid: str) -> ForgetReport:
    """Erase the name in the open file (its only connection) and in every copy; StorageError on failure."""
    try:
        erase_everywhere(conn, pattern, pseudonym, person_uid)
    except sqlite3.Error as exc:
        raise StorageError(msg("{path}: the person could not be forgotten ({error}); nothing was changed."),
                           path=path, error=exc) from None
    why = ""
    try:
        compacted = compact(conn)
    except sqlite3.Error as exc:  # VACUUM needs room for a second copy of the file
        compacted, why = False, str(exc)
    reached = forget_in_copies(path, lambda conn: pattern if _holds_people(conn) else None, pseudonym, person_uid)
    try:
        forget_in_journal(path, pattern, pseudonym)
    except StorageError:
        reached.failed.append(journal_path(path))
    return ForgetReport(pseudonym, tuple(reached.done), tuple(reached.failed), compacted, why,
                        notes=tuple(reached.notes))


def forget_person(store, person_uid: str) -> ForgetReport:
    """Forget one person of an open store (opened for editing): pseudonym, no contact details, their name
    replaced everywhere, in the file and every copy. Refused (nothing changed) for an unknown person and
    for one already forgotten."""
    from workshop.domain.errors import DomainError
    from workshop.domain.people import find_person, is_forgotten, name_pattern, pseudonym

    e = store.load()
    person = find_person(e, person_uid)
    forgotten = is_forgotten(person)
    if forgotten and not unfinished_copies(store.path, person.uid, person.name):
        raise DomainError(msg("{name} was already forgotten."), name=person.name)
    store.db.guard.check()  # read-only, or a file replaced underneath: refused before anything is written
    # Ctrl+C (or a stop) waits until the file and every copy are done, then is said with what was done.
    stopped = False
    try:
        with uninterrupted():
            if forgotten:  # a run stopped half way, or a copy that could not be written then: finished now
                report = finish_in_copies(store.path, person.uid, person.name)
            else:
                report = forget_in_file(store.db.conn, store.path, name_pattern(person, list(e.people)),
                                        pseudonym(e, person), person.uid)
    except KeyboardInterrupt:
        stopped = True
    store.db.guard.committed()
    return dataclasses.replace(report, interrupted=stopped)
