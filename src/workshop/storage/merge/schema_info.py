"""The tables a merge compares, read from the file itself: columns, primary keys and foreign keys.

Reading them (rather than listing them here) keeps the merge right when a later schema step adds a table;
a table without an explicit primary key would be skipped by SQLite's session extension without a word,
so it is refused instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import apsw

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.merge.bases import BOOKKEEPING

SKIPPED_PREFIXES = ("sqlite_", "_")  # SQLite's own tables; sqlite-utils' _sqlite_migrations
# Pros and cons are numbered apart within their alternative (or form): the kind is part of their order.
_ORDERED_BY_KIND = ("alternative_points", "organisation_form_points")


class MergeError(StorageError):
    """The two files cannot be merged (the message says why); nothing was written."""


@dataclass(frozen=True)
class Fk:
    """A foreign key: child(columns) → parent(parent_columns), and what removing the parent does."""

    child: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    on_delete: str  # "CASCADE", "SET NULL", "NO ACTION", …


@dataclass
class Table:
    """One table of the engagement file."""

    name: str
    columns: list[str]
    pk: list[str]
    parents: list[Fk] = field(default_factory=list)
    children: list[Fk] = field(default_factory=list)
    fk_by_id: dict[int, Fk] = field(default_factory=dict)

    @property
    def order_group(self) -> tuple[str, ...]:
        """The columns whose rows share one order (an agenda's meeting), when `position` is per parent."""
        kind = ("kind",) if self.name in _ORDERED_BY_KIND else ()
        for fk in self.parents:
            if fk.on_delete == "CASCADE" and len(fk.columns) == 1:
                return (fk.columns[0], *kind)
        return kind


def row_key(table: str, pk_values) -> str:
    """A row's stable name across runs of one merge: its table and primary key."""
    return f"{table}:{json.dumps(list(pk_values), ensure_ascii=False)}"


def read_tables(conn: apsw.Connection) -> dict[str, Table]:
    """The engagement's tables in `main` (in the file's order), with their keys."""
    tables: dict[str, Table] = {}
    names = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY rowid")]
    for name in names:
        if name.startswith(SKIPPED_PREFIXES) or name in BOOKKEEPING:
            continue
        info = conn.execute(f"PRAGMA main.table_info({name})").fetchall()
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0]
        if not pk:
            raise MergeError(msg("The table {table} has no primary key, so its rows cannot be merged."), table=name)
        tables[name] = Table(name, [r[1] for r in info], pk)
    for table in tables.values():
        grouped: dict[int, list] = {}
        for fk_id, _seq, parent, column, to, _upd, on_delete, _match in conn.execute(
                f"PRAGMA main.foreign_key_list({table.name})").fetchall():
            grouped.setdefault(fk_id, []).append((parent, column, to, on_delete))
        for fk_id, parts in grouped.items():
            parent = parts[0][0]
            if parent not in tables:
                continue
            to = [p[2] for p in parts]
            if None in to:
                to = tables[parent].pk
            fk = Fk(table.name, tuple(p[1] for p in parts), parent, tuple(to), parts[0][3].upper())
            table.parents.append(fk)
            table.fk_by_id[fk_id] = fk
            tables[parent].children.append(fk)
    return tables
