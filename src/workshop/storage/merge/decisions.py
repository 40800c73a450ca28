"""Conflicts decided in an earlier merge, remembered so that merging the same copy again does not ask again.

The copy handed out keeps being worked on and comes back more than once. A three-way merge against the
hand-out base finds the conflicts it found the first time again: the facilitator kept their own vote, the
other copy still holds its own. The merged file remembers each decision (table `merge_decisions`, kept
beside `merge_bases`, outside the numbered schema steps and left out of the merge's own comparison): the
base it was made against, the conflict's key, a fingerprint of the conflict as it stood (both versions,
the base's value, what was changed under a removed row) and the side kept. A later merge against the same
base decides a conflict the same way only when its fingerprint is the same; anything changed on either
side since makes it a question again. The fingerprint is a hash, so no name is kept in clear here (the
conflicts' words can name a person).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime, timezone

from workshop.domain.merging import Conflict, Side
from workshop.storage.merge.bases import BOOKKEEPING

TABLE = BOOKKEEPING[1]
_CREATE = f"""CREATE TABLE IF NOT EXISTS main.{TABLE} (
    base_uid TEXT NOT NULL,
    conflict_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('mine', 'theirs')),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (base_uid, conflict_key)
) STRICT"""


def fingerprint(conflict: Conflict) -> str:
    """The conflict as it stands, hashed: the same on a later run only when nothing about it changed."""
    shown = conflict.as_json()
    return hashlib.sha256(json.dumps(shown, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def remembered(conn, base_uid: str) -> dict[str, tuple[str, Side]]:
    """The decisions the file (`main`) holds for merges against this base: conflict key -> (fingerprint,
    side). `conn` is an sqlite3 or apsw connection."""
    if not conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = ?", [TABLE]).fetchall():
        return {}
    rows = conn.execute(f"SELECT conflict_key, fingerprint, side FROM main.{TABLE} WHERE base_uid = ?", [base_uid])
    return {key: (printed, Side(side)) for key, printed, side in rows.fetchall()}


def same_as_before(conflict: Conflict, earlier: dict[str, tuple[str, Side]]) -> Side | None:
    """The side kept when this very conflict was decided before, or None."""
    found = earlier.get(conflict.key)
    return found[1] if found is not None and found[0] == fingerprint(conflict) else None


def remember(conn, base_uid: str, decided: Iterable[tuple[Conflict, Side]], now: datetime | None = None) -> None:
    """Keep these decisions in `main` (inside the caller's transaction), replacing earlier ones of the same
    conflicts."""
    rows = [(base_uid, conflict.key, fingerprint(conflict), str(side)) for conflict, side in decided]
    if not rows:
        return
    taken = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.execute(_CREATE)
    conn.executemany(f"INSERT OR REPLACE INTO main.{TABLE} (base_uid, conflict_key, fingerprint, side, decided_at) "
                     "VALUES (?, ?, ?, ?, ?)", [row + (taken,) for row in rows])
