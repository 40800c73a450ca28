"""Helpers for tables whose rows keep a `position` within an owner (a theme, a meeting)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg
from workshop.storage.writer import clean_names


def uids_in_order(db: Database, table: str, owner_col: str | None = None, owner: str | None = None) -> list[str]:
    """The uids of a table's rows (of one owner) in position order."""
    if owner_col is None:
        rows = db.execute(f"SELECT uid FROM {table} ORDER BY position, rowid").fetchall()
    else:
        rows = db.execute(
            f"SELECT uid FROM {table} WHERE {owner_col} = ? ORDER BY position, rowid", [owner]
        ).fetchall()
    return [r[0] for r in rows]


def write_order(db: Database, table: str, uids: Sequence[str]) -> None:
    """Give the rows positions 0, 1, 2 … in the order of the uids (inside the caller's transaction)."""
    for position, uid in enumerate(uids):
        db.execute(f"UPDATE {table} SET position = ? WHERE uid = ?", [position, uid])


def reorder(db: Database, table: str, owner_col: str | None, owner: str | None, uids: Sequence[str]) -> None:
    """Put an owner's rows in the given order; the uids must be exactly its rows."""
    current = uids_in_order(db, table, owner_col, owner)
    if sorted(current) != sorted(uids):
        raise DomainError(msg("The new order does not hold the same items; reload and try again."))
    with db.atomic():
        write_order(db, table, uids)


def write(db: Database, action: Callable[[], None]) -> None:
    """Run writes in one transaction; the file's own refusals become DomainErrors."""
    try:
        with db.atomic():
            action()
    except sqlite3.IntegrityError as exc:
        raise DomainError(msg("The engagement file refused the change ({error})."), error=exc) from None


def write_one(db: Database, sql: str, params: list, missing: Exception) -> None:
    """One UPDATE of exactly one row in its own transaction; `missing` is raised (nothing written) when the
    row is gone (e.g. notes typed into an agenda item another window deleted)."""

    def do() -> None:
        if db.execute(sql, params).rowcount != 1:
            raise missing

    write(db, do)


def insert_row(db: Database, table: str, row: dict) -> None:
    """Insert one row as given, names trimmed (inside the caller's transaction)."""
    row = clean_names(table, dict(row))
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
