"""Which rows of an ordered list the other copy really moved. A row's place also changes when the list closes
up around a row removed there, or opens for one added: its order among the others is then the same, and
"moved: …" for each row after it had read as if the other laptop had reordered the agenda (and, as the places
come back to this file's when the removal is not kept, a copy merged again said the same moves came in anew)."""

from __future__ import annotations

from bisect import bisect_right

import apsw

from workshop.storage.merge.schema_info import Table


class Moves:
    """Rows the other copy moved (base → theirs), per list, read at the first question about each list."""

    def __init__(self, conn: apsw.Connection, tables: dict[str, Table]):
        self.conn, self.tables = conn, tables
        self._moved: dict[tuple, set[tuple]] = {}

    def moved(self, table: str, row: dict) -> bool:
        """Whether the row's order among the rows both the base and the other copy hold changed there."""
        t = self.tables[table]
        group = tuple(row.get(c) for c in t.order_group)
        if (table, group) not in self._moved:
            self._moved[table, group] = self._read(t, group)
        return tuple(row.get(c) for c in t.pk) in self._moved[table, group]

    def _read(self, table: Table, group: tuple) -> set[tuple]:
        where = " AND ".join(f"{c} IS ?" for c in table.order_group) or "1"
        keys = ", ".join(table.pk)

        def places(schema: str) -> dict[tuple, int]:
            rows = self.conn.execute(f"SELECT {keys}, position FROM {schema}.{table.name} WHERE {where}", group)
            return {tuple(r[:-1]): r[-1] for r in rows}

        base, theirs = places("base"), places("theirs")
        both = sorted((k for k in theirs if k in base), key=lambda k: (theirs[k], base[k]))
        return set(both) - _longest_in_order(both, base)


def _longest_in_order(rows: list[tuple], base: dict[tuple, int]) -> set[tuple]:
    """The most rows (in their order there) whose base places keep that order: they stayed, the rest moved
    (one row taken to the end moves one row, not all the others)."""
    tails: list[int] = []  # base place ending the best run of each length
    ends: list[int] = []  # index in `rows` of that run's last row
    before: list[int | None] = []
    for i, row in enumerate(rows):
        at = bisect_right(tails, base[row])  # a tie both had keeps its order
        before.append(ends[at - 1] if at else None)
        if at == len(tails):
            tails.append(base[row])
            ends.append(i)
        else:
            tails[at], ends[at] = base[row], i
    kept: set[tuple] = set()
    i = ends[-1] if ends else None
    while i is not None:
        kept.add(rows[i])
        i = before[i]
    return kept
