"""The last steps of a merge, once every decision is applied: places in lists, the bases, the checks."""

from __future__ import annotations

import apsw

from workshop.domain.causes import checked
from workshop.domain.messages import msg
from workshop.storage.merge.bases import KEEP_BASES, TABLE as BASES_TABLE, has_table
from workshop.storage.merge.schema_info import MergeError, Table


def _sql(conn: apsw.Connection, statement: str, params=()) -> list[tuple]:
    return conn.execute(statement, params).fetchall()


def untie_positions(conn: apsw.Connection, tables: dict[str, Table]) -> None:
    """Rows that came to share a place get places one after the other: rows the base held keep the base's
    order (an item kept on one side while the other removed it, and renumbered those after it, ties with
    the one that followed it: ordered by id, it had sometimes moved behind it, and merging again moved it
    back); rows added at the same place on both sides follow by id, so merging A into B orders them as
    merging B into A does."""
    for table in tables.values():
        if "position" not in table.columns:
            continue
        group = [f"t.{c}" for c in table.order_group]
        keys = [f"t.{c}" for c in table.pk]
        same = " AND ".join(f"b.{c} = t.{c}" for c in table.pk)
        order = ", ".join([*group, "t.position", "b.position IS NULL", "b.position", *keys])
        tied = _TieCheck(conn, table)
        previous_group, previous, previous_pk = object(), None, None
        for row in _sql(conn, f"SELECT {', '.join([*keys, *group, 't.position'])} FROM main.{table.name} AS t "
                              f"LEFT JOIN base.{table.name} AS b ON {same} ORDER BY {order}"):
            pk, owner, position = row[:len(table.pk)], row[len(table.pk):-1], row[-1]
            if owner != previous_group:
                previous_group, previous = owner, None
            # A tie both sides already had is left as it was; one that joins a row added on one side is not.
            if previous is not None and position <= previous and not tied(previous_pk, pk):
                position = previous + 1
                where = " AND ".join(f"{c} = ?" for c in table.pk)
                conn.execute(f"UPDATE main.{table.name} SET position = ? WHERE {where}", [position, *pk])
            previous, previous_pk = position, pk


class _TieCheck:
    """Whether two rows of a table share one place on either side; both sides' places are read at the first
    question (most merges find no tie at all, and reading them cost ~2 ms for 290 organisations)."""

    def __init__(self, conn: apsw.Connection, table: Table):
        self.conn, self.table, self.sides = conn, table, None

    def __call__(self, first: tuple, second: tuple) -> bool:
        if self.sides is None:
            self.sides = (_positions(self.conn, "mine", self.table), _positions(self.conn, "theirs", self.table))
        return _tied(first, second, *self.sides)


def _positions(conn: apsw.Connection, schema: str, table: Table) -> dict[tuple, int]:
    keys = ", ".join(table.pk)
    return {tuple(r[:-1]): r[-1] for r in _sql(conn, f"SELECT {keys}, position FROM {schema}.{table.name}")}


def join_bases(conn: apsw.Connection) -> None:
    """The result keeps every base either side held, so it merges with copies of copies too."""
    create = _sql(conn, f"SELECT sql FROM theirs.sqlite_master WHERE name = '{BASES_TABLE}'")
    if not create:
        return
    if not has_table(conn, BASES_TABLE):
        conn.execute(create[0][0].replace(f"TABLE {BASES_TABLE}", f"TABLE main.{BASES_TABLE}", 1)
                     .replace(f"IF NOT EXISTS {BASES_TABLE}", f"IF NOT EXISTS main.{BASES_TABLE}", 1))
    conn.execute(f"INSERT OR IGNORE INTO main.{BASES_TABLE} SELECT * FROM theirs.{BASES_TABLE}")
    conn.execute(f"DELETE FROM main.{BASES_TABLE} WHERE uid NOT IN (SELECT uid FROM main.{BASES_TABLE}"
                 f" ORDER BY taken_at DESC LIMIT {KEEP_BASES})")


def check(conn: apsw.Connection, *, references: bool = True) -> None:
    """Refuse a result that points at nothing or fails SQLite's integrity check (nothing is written).
    `references=False`: foreign_key_check already found nothing since the last change of a reference."""
    conn.execute("PRAGMA foreign_keys = ON")
    problem = _sql(conn, "PRAGMA main.foreign_key_check") if references else []
    if problem:
        raise MergeError(msg("The merge left a row of {table} pointing at nothing; nothing was written."),
                         table=problem[0][0])
    # quick_check: the inputs passed the full integrity_check when read, and SQLite itself built the result
    # from them; the full check again would add ~15 ms (a third of the merge) for 290 organisations.
    result = _sql(conn, "PRAGMA main.quick_check")[0][0]
    if result != "ok":
        raise MergeError(msg("The merged engagement fails SQLite's integrity check ({check}); nothing was "
                             "written."), check=checked(result))


def _tied(first: tuple, second: tuple, *sides: dict[tuple, int]) -> bool:
    """Whether two rows share one place on either side (a tie that was there before the merge)."""
    return any(first in side and second in side and side[first] == side[second] for side in sides)
