"""The common base two copies of an engagement are merged against, kept inside each file.

Handing out a copy stores a snapshot of the engagement as it is at that moment
in the table `merge_bases` (the whole database, serialized and compressed,
without the merge's own tables), then copies the file: the original and the copy
both hold the same base, under the same id. A later merge looks for the
newest base both files hold, so copies handed out from copies still merge
(the table keeps every base it ever received, up to KEEP_BASES). The table is
made when first needed, outside the numbered schema steps: it is bookkeeping
for merging, not part of the engagement.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from workshop.domain.ids import new_uid
from workshop.domain.messages import msg
from workshop.storage.connection import backup
from workshop.storage.errors import StorageError
from workshop.storage.schema import Schema, current_schema
from workshop.storage.targets import check_new_file

TABLE = "merge_bases"
DECISIONS_TABLE = "merge_decisions"  # conflicts kept here in earlier merges (decisions.py)
# The merge's own tables in a file: not part of the engagement, never compared or merged as its rows, and
# left out of a base.
BOOKKEEPING = (TABLE, DECISIONS_TABLE)
KEEP_BASES = 20
# zlib level 1, not 6: for 290 organisations the base is 839 kB, not 780 kB (+8 %), and is packed in ~19 ms
# instead of ~62 ms at hand-out and unpacked in ~5.6 ms instead of ~7 ms at every merge (bench_merge).
LEVEL = 1
_CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    uid TEXT PRIMARY KEY,
    taken_at TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    snapshot BLOB NOT NULL
) STRICT"""


@dataclass(frozen=True)
class Base:
    """One stored base: its id, when it was taken (UTC, ISO 8601) and its schema version."""

    uid: str
    taken_at: str
    schema_version: int

    def local_time(self) -> str:
        """When it was taken, in this computer's time: "2024-06-10 13:05" (it was printed in UTC, an hour or
        two off for a Swedish facilitator)."""
        taken = datetime.fromisoformat(self.taken_at.replace("Z", "+00:00"))
        return (taken if taken.tzinfo else taken.replace(tzinfo=timezone.utc)).astimezone().strftime("%Y-%m-%d %H:%M")


def as_image(data: bytes) -> bytes:
    """A serialized database that SQLite can open in memory: a WAL file's header marks it as WAL, which an
    in-memory database cannot be, so the header is set back to the rollback journal (bytes 18 and 19)."""
    if len(data) > 19 and (data[18] == 2 or data[19] == 2):
        data = bytearray(data)
        data[18] = data[19] = 1
        return bytes(data)
    return data


def has_table(conn, name: str, schema: str = "main") -> bool:
    """Whether the database (an sqlite3 or apsw connection's `schema`) holds the table: the merge's own
    tables are made when first needed."""
    return bool(conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE name = ?", [name]).fetchall())


def utc_stamp(now: datetime | None = None) -> str:
    """A moment as stored in the merge's tables: UTC, ISO 8601 ("2024-06-10T11:05:00.000000Z")."""
    return (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def bases(conn: sqlite3.Connection, schema: str = "main") -> list[Base]:
    """The bases a file holds, newest first (none when it was never handed out)."""
    if not has_table(conn, TABLE, schema):
        return []
    rows = conn.execute(f"SELECT uid, taken_at, schema_version FROM {schema}.{TABLE} ORDER BY taken_at DESC, uid")
    return [Base(*row) for row in rows]


def snapshot(conn: sqlite3.Connection) -> bytes:
    """The engagement as it stands, compressed, without the merge's bookkeeping (a base inside a base would
    double the file at each hand-out)."""
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.deserialize(as_image(conn.serialize()))
        for table in BOOKKEEPING:
            scratch.execute(f"DROP TABLE IF EXISTS {table}")
        scratch.execute("VACUUM")
        return zlib.compress(scratch.serialize(), LEVEL)
    finally:
        scratch.close()


def base_database(conn: sqlite3.Connection, uid: str, schema: Schema | None = None) -> bytes:
    """A stored base as an SQLite database image, brought up to the current schema (a base taken by an
    older version of Workshop is migrated in memory, as the files themselves are)."""
    from workshop.storage.connection import migrate
    from workshop.storage.guard import GuardedDatabase, WriteGuard

    schema = schema or current_schema()
    row = conn.execute(f"SELECT snapshot, schema_version FROM {TABLE} WHERE uid = ?", [uid]).fetchone()
    data = zlib.decompress(row[0])
    if row[1] == schema.version:
        return data
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.deserialize(data)
        db = GuardedDatabase(scratch, WriteGuard(Path("base"), None))
        migrate(db, Path("base"), row[1], schema, keep_backup=False)
        return scratch.serialize()
    finally:
        scratch.close()


def add_base(conn: sqlite3.Connection, now: datetime | None = None) -> Base:
    """Store the file's present state as a new base (committed); the oldest beyond KEEP_BASES go."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    base = Base(new_uid(), utc_stamp(now), version)
    data = snapshot(conn)
    with conn:
        conn.execute(_CREATE)
        conn.execute(f"INSERT INTO {TABLE} (uid, taken_at, schema_version, snapshot) VALUES (?, ?, ?, ?)",
                     [base.uid, base.taken_at, base.schema_version, data])
        conn.execute(f"DELETE FROM {TABLE} WHERE uid NOT IN (SELECT uid FROM {TABLE} "
                     f"ORDER BY taken_at DESC LIMIT {KEEP_BASES})")
    return base


def write_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write the open database to `target` whole or not at all (SQLite's backup API into a temporary file
    beside it, then a rename)."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        backup(conn, partial)
        for suffix in ("-wal", "-shm"):  # a replaced file's journal would be replayed on the copy
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(msg("{path}: the copy could not be written ({error})."), path=target,
                           error=exc) from None


def hand_out(conn: sqlite3.Connection, source: Path, target: Path) -> Base:
    """Store a new base in the open file and write a copy holding the same base to `target` (which must
    not be the file itself, nor be open in another window)."""
    from workshop.storage.lock import lock_or_refuse

    target = Path(target)
    if target.exists() and target.resolve() == Path(source).resolve():
        raise StorageError(msg("{path}: that is the file itself; choose another name for the copy."), path=target)
    check_new_file(target, overwrite=True)  # whether it may be replaced was decided by the caller
    lock = lock_or_refuse(target)
    try:
        base = add_base(conn)
        try:
            write_copy(conn, target)
        except StorageError:
            with conn:  # the copy was not written: the file keeps no base nobody else holds
                conn.execute(f"DELETE FROM {TABLE} WHERE uid = ?", [base.uid])
            raise
    finally:
        lock.release()
    return base


def drop_bases(conn: sqlite3.Connection) -> int:
    """Remove every stored base (they are earlier states of the engagement, people's names included: erasing
    a person must reach them too). The next merge of this file then needs a fresh hand-out. Returns how
    many went."""
    if not has_table(conn, TABLE):
        return 0
    with conn:
        return conn.execute(f"DELETE FROM {TABLE}").rowcount


def rewrite_bases(conn: sqlite3.Connection, change: Callable[[sqlite3.Connection], None]) -> int:
    """Run `change` on each stored base (unpacked into an in-memory database) and store it back, in one
    transaction: forgetting a person reaches the bases too, and the file still merges with its copies
    (forgotten there the same way). Returns how many bases were rewritten."""
    if not has_table(conn, TABLE):
        return 0
    rows = conn.execute(f"SELECT uid, snapshot FROM {TABLE}").fetchall()
    rewritten = []
    for uid, packed in rows:
        scratch = sqlite3.connect(":memory:", isolation_level=None)  # autocommit: `change` runs its own
        try:
            scratch.deserialize(zlib.decompress(packed))
            change(scratch)
            scratch.execute("VACUUM")  # no freed page keeps what was changed
            rewritten.append((zlib.compress(scratch.serialize(), LEVEL), uid))
        finally:
            scratch.close()
    with conn:
        conn.executemany(f"UPDATE {TABLE} SET snapshot = ? WHERE uid = ?", rewritten)
    return len(rewritten)
