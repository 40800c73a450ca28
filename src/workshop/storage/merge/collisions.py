"""Before the diff: codes both sides added for different things are renamed, and rows both sides added
for the same slot (a vote, a score) are given one id, so the session extension compares them.

The schema keys some rows by local codes (an alternative "3", an area "J", a criterion 8, and the votes,
scores and coverage that name them). Two laptops that each add an alternative "3" mean two different
alternatives: the one with the greater uid gets a free code ("3 (2)", criterion 9) on its own side, in
one UPDATE whose ON UPDATE CASCADE carries the new code to every row naming it. Choosing by uid rather
than by side makes merging A into B rename exactly what merging B into A renames.
"""

from __future__ import annotations

import re

import apsw

from workshop.domain.merging import Rename, Side
from workshop.domain.messages import msg, term
from workshop.domain.validation import CRITERION_NUMBER_MAX, name_key
from workshop.storage.merge.schema_info import MergeError, Table

# (table, column, how the thing is named, compared as the app compares names: without case, look-alike
# forms or invisible characters, see validation.name_key; it refuses "ä" beside "Ä", and so does the merge)
CODES = (
    ("area_groups", "code", "group {code}", True),
    ("areas", "code", "area {code}", True),
    ("alternatives", "code", "alternative {code}", True),
    ("criteria", "number", "criterion {code}", False),
    ("organisations", "name", "organisation {code}", True),
    ("organisations", "short_code", "the short code {code}", True),
)
_WORDS = {  # spelled out for lupdate
    "group {code}": term("group {code}"), "area {code}": term("area {code}"),
    "alternative {code}": term("alternative {code}"), "criterion {code}": term("criterion {code}"),
    "organisation {code}": term("organisation {code}"), "the short code {code}": term("the short code {code}"),
}

# Rows that are one slot each (one vote per organisation, alternative and criterion): added on both sides,
# they are the same thing with possibly different values.
SLOTS = {
    "potential_scores": ("organisation_uid", "area_code"),
    "criteria_votes": ("organisation_uid", "alternative_code", "criterion_number"),
    "agreed_scores": ("alternative_code", "criterion_number"),
    "preferences": ("organisation_uid",),
}


def _has(tables: dict[str, Table], table: str, columns) -> bool:
    return table in tables and "uid" in tables[table].columns and all(c in tables[table].columns for c in columns)


def _taken(conn: apsw.Connection, table: str, column: str, nocase: bool) -> set:
    key = _key(nocase)
    return {key(value) for schema in ("main", "mine", "theirs", "base")
            for (value,) in conn.execute(f"SELECT {column} FROM {schema}.{table}")}


def _free(conn: apsw.Connection, table: str, column: str, value, nocase: bool):
    taken = _taken(conn, table, column, nocase)
    if isinstance(value, int):
        free = max(taken) + 1
        if free > CRITERION_NUMBER_MAX:
            raise MergeError(msg("Both copies added criterion {number}, and no free number is left to give one "
                                 "of them; nothing was written."), number=value)
        return free
    n = 2
    while _key(nocase)(f"{value} ({n})") in taken:  # taken holds the codes as compared
        n += 1
    return f"{value} ({n})"


def rename_collisions(conn: apsw.Connection, tables: dict[str, Table]) -> list[Rename]:
    """Rename codes (and organisation names) two different things took on the two sides, by adding one or
    renaming one; returns what was renamed."""
    renames = []
    for table, column, words, nocase in CODES:
        if not _has(tables, table, [column]):
            continue
        for mine_uid, theirs_uid, value in _pairs(conn, table, column, nocase):
            side = Side.MINE if mine_uid > theirs_uid else Side.THEIRS
            schemas = ("main", "mine") if side is Side.MINE else ("theirs",)
            uid = mine_uid if side is Side.MINE else theirs_uid
            earlier = _renamed_before(conn, table, column, uid, value, "theirs" if side is Side.MINE else "main",
                                      schemas[0], nocase)
            new = earlier if earlier is not None else _free(conn, table, column, value, nocase)
            for schema in schemas:
                conn.execute(f"UPDATE {schema}.{table} SET {column} = ? WHERE uid = ?", [new, uid])
            if earlier is not None and side is Side.THEIRS:  # an earlier merge renamed it: this file knows it so
                continue
            subject = term(_WORDS[words].template, code=value)
            if column != "name" and "name" in tables[table].columns:  # which of the two: "alternative 3 (“Bolag”)"
                (name,) = conn.execute(f"SELECT name FROM {schemas[0]}.{table} WHERE uid = ?", [uid]).fetchone()
                subject = term("{what} (“{name}”)", what=subject, name=name)
            elif column != "text" and "text" in tables[table].columns:  # a criterion's wording
                (text,) = conn.execute(f"SELECT text FROM {schemas[0]}.{table} WHERE uid = ?", [uid]).fetchone()
                subject = term("{what} (“{name}”)", what=subject, name=text[:40])
            renames.append(Rename(subject, str(value), str(new), side))
    return renames


def _key(folded: bool):
    """How two codes are told the same: as name_key reads them (folded), else exactly (criteria's numbers)."""
    return (lambda v: name_key(v) if isinstance(v, str) else v) if folded else (lambda v: v)


def _pairs(conn: apsw.Connection, table: str, column: str, folded: bool) -> list[tuple]:
    """(uid here, uid there, value) of two things with one code (folded: as name_key reads it); a row the
    other side removed goes (unless kept in a conflict), so it collides with nothing. Matched in Python:
    SQLite's NOCASE folds only ASCII ("Ä" and "ä" were two codes)."""
    key = _key(folded)
    rows = {schema: conn.execute(f"SELECT uid, {column} FROM {schema}.{table}").fetchall()
            for schema in ("main", "theirs")}
    uids = {schema: {uid for uid, _ in found} for schema, found in rows.items()}
    base = {uid for (uid,) in conn.execute(f"SELECT uid FROM base.{table}")}
    there: dict = {}
    for uid, value in rows["theirs"]:
        if not (uid in base and uid not in uids["main"]):
            there.setdefault(key(value), []).append(uid)
    return [(uid, other, value) for uid, value in rows["main"] if not (uid in base and uid not in uids["theirs"])
            for other in there.get(key(value), ()) if other != uid]


def _renamed_before(conn: apsw.Connection, table: str, column: str, uid: str, value, other: str, here: str,
                    nocase: bool):
    """The code the other side already gives this thing when an earlier merge renamed it there: a thing
    added since the base, known there as "3 (2)" for "3" (criteria: any other number), and no other thing
    here holds that code. Merging a copy again then renames nothing anew. Else None (a rename a person made
    is theirs to keep, and is asked about when both sides made one)."""
    known = conn.execute(f"SELECT {column} FROM {other}.{table} WHERE uid = ?", [uid]).fetchone()
    if known is None or known[0] == value:
        return None
    if conn.execute(f"SELECT 1 FROM base.{table} WHERE uid = ?", [uid]).fetchone():
        return None
    if isinstance(value, str):
        pattern = re.escape(value) + r" \(\d+\)"
        if not isinstance(known[0], str) or not re.fullmatch(pattern, known[0], re.IGNORECASE if nocase else 0):
            return None
    key = _key(nocase)  # as the app compares codes (NOCASE folds ASCII only)
    taken = {key(v) for other_uid, v in conn.execute(f"SELECT uid, {column} FROM {here}.{table}") if other_uid != uid}
    return None if key(known[0]) in taken else known[0]


def rekey_natural_keys(conn: apsw.Connection, tables: dict[str, Table]) -> None:
    """Give a slot added on both sides one id (the base's when one side re-added it, else the smaller)."""
    for table, columns in SLOTS.items():
        if not _has(tables, table, columns):
            continue
        match = " AND ".join(f"m.{c} = t.{c}" for c in columns)
        # Only a row whose id the other side lacks can have a twin: looking those up by id first took the
        # renames and re-keying from ~13 ms to ~5 ms for 290 organisations (8,120 votes) in bench_merge, and
        # finding them with EXCEPT (two ordered walks of the id indexes, not one look-up per row) to ~1 ms.
        pairs = conn.execute(
            f"SELECT m.uid, (SELECT t.uid FROM theirs.{table} t WHERE {match}) FROM main.{table} m"
            f" WHERE m.uid IS NULL OR m.uid IN (SELECT uid FROM main.{table} EXCEPT SELECT uid FROM theirs.{table})"
        ).fetchall()
        for mine_uid, theirs_uid in pairs:
            if theirs_uid is None:
                continue
            in_base = {u for (u,) in conn.execute(f"SELECT uid FROM base.{table} WHERE uid IN (?, ?)",
                                                   [mine_uid, theirs_uid])}
            target = (mine_uid if mine_uid in in_base else theirs_uid if theirs_uid in in_base
                      else min(mine_uid, theirs_uid))
            for schema, uid in (("main", mine_uid), ("mine", mine_uid), ("theirs", theirs_uid)):
                if uid != target:
                    conn.execute(f"UPDATE {schema}.{table} SET uid = ? WHERE uid = ?", [target, uid])
