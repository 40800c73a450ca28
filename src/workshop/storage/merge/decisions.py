"""Conflicts kept here in an earlier merge, remembered so that merging the same copy again does not ask again.

The copy handed out keeps being worked on and comes back more than once. A three-way merge against the
hand-out base finds the conflicts it found the first time again wherever this file kept its own version:
both sides still differ from the base, and from each other. (A conflict decided for the other copy does
not come back unless this file changed it since, and then it is a question again.) The merged file
remembers each conflict it kept (table `merge_decisions`, beside `merge_bases`, outside the numbered
schema steps and left out of the merge's own comparison): the base it was decided against, the
conflict's key and a fingerprint of what it was decided on — the stored values of both versions and the
base, and for a removal every row changed or added under it, not the shortened words the facilitator
read. A later merge against the same base keeps this file's version again only when the fingerprint is
the same; a change on either side since makes it a question again. An explicit choice (`decisions`,
`--prefer`) always wins. Forgetting a person clears them all (the values hashed can name the person).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from workshop.storage.merge.bases import DECISIONS_TABLE as TABLE, TABLE as BASES_TABLE, has_table, utc_stamp

_CREATE = f"""CREATE TABLE IF NOT EXISTS main.{TABLE} (
    base_uid TEXT NOT NULL,
    conflict_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (base_uid, conflict_key)
) STRICT"""


def fingerprint(evidence: object) -> str:
    """What a conflict was decided on (stored values, nested in lists, tuples and dicts), hashed."""
    return hashlib.sha256(json.dumps(evidence, sort_keys=True, default=repr).encode()).hexdigest()


def kept_before(conn, base_uid: str) -> dict[str, str]:
    """The conflicts this file (`main`) kept in merges against this base: key -> fingerprint. `conn` is an
    sqlite3 or apsw connection."""
    if not has_table(conn, TABLE):
        return {}
    rows = conn.execute(f"SELECT conflict_key, fingerprint FROM main.{TABLE} WHERE base_uid = ?", [base_uid])
    return dict(rows.fetchall())


def remember(conn, base_uid: str, decided: Iterable[str], kept: Iterable[tuple[str, object]]) -> None:
    """In `main`, inside the caller's transaction: the conflicts decided now (by key) lose what was
    remembered of them, those kept here (key, evidence) are remembered, and decisions against a base the
    file no longer holds go."""
    decided, kept = list(decided), list(kept)
    if not kept and not has_table(conn, TABLE):
        return
    conn.execute(_CREATE)
    conn.executemany(f"DELETE FROM main.{TABLE} WHERE base_uid = ? AND conflict_key = ?",
                     [(base_uid, key) for key in decided])
    stamp = utc_stamp()
    conn.executemany(f"INSERT OR REPLACE INTO main.{TABLE} (base_uid, conflict_key, fingerprint, decided_at) VALUES "
                     "(?, ?, ?, ?)", [(base_uid, key, fingerprint(evidence), stamp) for key, evidence in kept])
    if has_table(conn, BASES_TABLE):
        conn.execute(f"DELETE FROM main.{TABLE} WHERE base_uid NOT IN (SELECT uid FROM main.{BASES_TABLE})")


def forget_decisions(conn) -> int:
    """Remove every remembered decision (forgetting a person: their name may be among the values hashed).
    The next merge asks those conflicts again. Returns how many went."""
    if not has_table(conn, TABLE):
        return 0
    return conn.execute(f"DELETE FROM main.{TABLE}").rowcount

