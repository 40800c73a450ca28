"""The three-way merge of two copies of an engagement, on SQLite's session extension (through apsw).

One in-memory connection holds four images: `main` (MINE, which becomes the
result), `mine` (MINE untouched), `theirs` and `base`. Codes added on both
sides for different things are renamed first (collisions.py); then the session
extension diffs `base` → `theirs` and applies that changeset to `main`. Every
change it cannot apply plainly comes to the conflict handler, which records it
and leaves `main` alone; afterwards each recorded change is either decided
automatically (a field only one side changed, the same value on both sides)
or becomes a Conflict for the facilitator. Foreign keys are off while the
changeset applies, so nothing cascades unseen; rows left pointing at a row
one side removed are found with `foreign_key_check` and become one conflict
per removed thing ("organisation Hylte: changed here, removed there").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import apsw

from workshop.domain.merging import Conflict, ConflictKind, MergeReport, Side
from workshop.domain.messages import Term, msg, term
from workshop.storage.merge.bases import as_image
from workshop.storage.merge.finish import check, join_bases, untie_positions
from workshop.storage.merge.collisions import rekey_natural_keys, rename_collisions
from workshop.storage.merge.decisions import fingerprint, kept_before, remember
from workshop.storage.merge.moves import Moves
from workshop.storage.merge.schema_info import MergeError, Table, read_tables, row_key
from workshop.storage.merge.words import VALUE_COLUMNS, Words, field_words, with_name

OMIT = apsw.SQLITE_CHANGESET_OMIT
INCOMING_NAMED = 100  # rows that came in without a question named in the report (their number is whole)


def _listed(table: str) -> bool:
    """Whether what came into this table is listed for the facilitator: not the merge's own bookkeeping nor
    the meetings' records of scores, which follow the scores."""
    return not table.startswith(("merge_", "_")) and table not in RECORDS_OF
# A meeting's record of a score -> (the score's table, the columns naming the same score)
RECORDS_OF = {
    "vote_history": ("criteria_votes", ("organisation_uid", "alternative_code", "criterion_number")),
    "potential_history": ("potential_scores", ("organisation_uid", "area_code")),
}


@dataclass
class _Removal:
    """Everything the changes of one side hang on a row the other side removed."""

    table: str
    row: dict
    source: str  # the schema that still holds the row: "mine" (removed there) or "theirs" (removed here)
    details: list[tuple[str, Term, Term]] = field(default_factory=list)  # (row key, with its name, without)
    orphans: list[tuple[str, int]] = field(default_factory=list)  # (table, rowid) in main pointing at it
    rows: list[tuple[str, dict]] = field(default_factory=list)  # (row key, stored values) of the details


class _Merge:
    def __init__(self, mine: bytes, theirs: bytes, base: bytes):
        self.conn = apsw.Connection(":memory:")
        self.conn.deserialize("main", as_image(mine))
        for name, image in (("mine", mine), ("theirs", theirs), ("base", base)):
            self.conn.execute(f"ATTACH ':memory:' AS {name}")
            self.conn.deserialize(name, as_image(image))
        self.tables = read_tables(self.conn)
        self.words = Words(self.conn)
        self.actions: list[Callable[[], None]] = []
        self.patched = 0  # rows the other side changed in a field this side left alone
        self.incoming_more = 0  # rows that came in without a question beyond those named (_incoming)
        self.patched_words: list[Term] = []  # the patched fields in words, for the same list
        self.moves = Moves(self.conn, self.tables)
        self.closed_up = 0  # places that changed there only as the list closed up or opened (moves.py): no news
        self.removing: set[tuple[str, tuple]] = set()  # rows whose removal there stands (nothing to ask)
        self.about: dict[str, tuple] = {}  # conflict key -> (table, row, what differs), to pair records below
        self.evidence: dict[str, object] = {}  # conflict key -> the stored values it is about (decisions.py)

    # --- small helpers ---------------------------------------------------
    def sql(self, statement: str, params=()) -> list[tuple]:
        return self.conn.execute(statement, params).fetchall()

    def row(self, schema: str, table: str, columns: list[str], values) -> dict | None:
        where = " AND ".join(f"{c} IS ?" for c in columns)
        found = self.conn.execute(f"SELECT * FROM {schema}.{table} WHERE {where} LIMIT 1", list(values)).fetchone()
        return None if found is None else dict(zip(self.tables[table].columns, found))

    def pk_dict(self, table: str, values: tuple) -> dict:
        t = self.tables[table]
        return {c: values[t.columns.index(c)] for c in t.pk}

    # --- the merge ---------------------------------------------------------
    def run(self, prefer: Side | None, decisions: Mapping[str, Side],
            base_uid: str | None) -> tuple[MergeReport, bytes | None]:
        report = MergeReport()
        # Conflicts kept here before are kept again unless a choice is given now (--prefer decides them all).
        earlier = kept_before(self.conn, base_uid) if base_uid is not None and prefer is None else {}
        self.conn.execute("PRAGMA foreign_keys = ON")  # renames cascade to the rows that name the code
        with self.conn:
            report.renames = rename_collisions(self.conn, self.tables)
            rekey_natural_keys(self.conn, self.tables)
        self.conn.execute("PRAGMA foreign_keys = OFF")  # nothing cascades unseen while the changeset applies
        changeset = self._changeset()
        records: list[tuple] = []
        same = [0]  # changes both sides made alike

        not_applied: set[tuple] = set()  # (op, table, old, new) of each change that did not come in as it was

        def handler(reason: int, change: apsw.TableChange) -> int:
            seen = (change.op, change.name, tuple(change.old or ()), tuple(change.new or ()))
            if reason == apsw.SQLITE_CHANGESET_NOTFOUND and change.op == "DELETE":  # removed on both sides
                same[0] += 1
                not_applied.add(seen)
            elif reason != apsw.SQLITE_CHANGESET_FOREIGN_KEY:
                records.append((reason, *seen, tuple(change.conflict or ())))
                not_applied.add(seen)
            return OMIT

        # (A change is only valid while it is iterated: what is needed of it is copied.)
        every = [(c.op, c.name, tuple(c.old or ()), tuple(c.new or ())) for c in apsw.Changeset.iter(changeset)]
        with self.conn:  # one transaction from the changeset to the last decision
            addenda = self._set_addenda_aside()
            apsw.Changeset.apply(changeset, self.conn, conflict=handler)
            report.changes = len(every) - len(records) - same[0]
            report.incoming = self._incoming([c for c in every if c not in not_applied], every)
            report.changes -= self.closed_up
            report.incoming_more = self.incoming_more
            place = {name: i for i, name in enumerate(self.tables)}  # the file's order of tables
            conflicts = sorted(self._conflicts(records), key=lambda found: self._reading_order(found[0], place))
            report.changes += self.patched
            for said in self.patched_words:  # fields the other side alone changed in a row both changed
                if len(report.incoming) < INCOMING_NAMED:
                    report.incoming.append(said)
                else:
                    report.incoming_more += 1
            decided = self._decide(conflicts, report, decisions, prefer, earlier)
            if report.undecided:
                return report, None
            for action in self.actions:
                action()
            if base_uid is not None:
                remember(self.conn, base_uid, decided, [(key, self.evidence[key]) for key, side in decided.items()
                                                        if side is Side.MINE])
            references_ok = self._settle_references()
            untie_positions(self.conn, self.tables)  # places and bases: nothing another row points at
            join_bases(self.conn)
            for sql in addenda:
                self.conn.execute(sql)
        check(self.conn, references=not references_ok)
        return report, self.conn.serialize("main")

    def _set_addenda_aside(self) -> list[str]:
        """Drop the file's addendum rules (schema_records) until the merge is done; returns them to create again.
        A change to approved minutes comes in with the addendum its own file made of it: the rule had made a
        second one, dated the day of the merge, and the two collided ("the file refuses the combination")."""
        rules = self.sql("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE 'addendum\\_%'"
                         " ESCAPE '\\'")
        for name, _sql in rules:
            self.conn.execute(f'DROP TRIGGER main."{name}"')
        return [sql for _name, sql in rules]

    def _incoming(self, applied: list[tuple], every: list[tuple]) -> list[Term]:
        """The rows that came in without a question, in words ("Hylte's vote on S, criterion 1: 3", "added:
        alternative 3", "removed: …"), in the file's order of tables; the merge's own bookkeeping left out. At
        most INCOMING_NAMED of them (a list to read; naming all of 1,000 had put 15 ms on bench_merge's merge)."""
        place = {name: i for i, name in enumerate(self.tables)}
        out = []
        more = 0
        # A removed row's own rows removed with it (an organisation's votes, its people's links) are said by it:
        # one removed organisation had filled the list with 48 lines. So are they when its removal is a question
        # (`every`): an agenda item's link to a question removed there read "question empty", and keeping the
        # question keeps the link.
        removed = {(name, tuple(old[self.tables[name].columns.index(c)] for c in self.tables[name].pk))
                   for op, name, old, _new in every if op == "DELETE" and name in self.tables}
        for op, name, old, new in sorted(applied, key=lambda c: place.get(c[1], len(place))):
            table = self.tables.get(name)
            if table is None or not _listed(name):
                continue
            if op == "DELETE" and self._under_removed(table, old, removed):
                continue
            if op == "UPDATE" and self._closed_up(table, old, new):
                continue
            if len(out) >= INCOMING_NAMED:
                more += 1
                continue
            if op == "DELETE":
                out.append(term("removed: {what}", what=self.words.subject(name, dict(zip(table.columns, old)))))
                continue
            values = new if op == "INSERT" else old
            pk = [values[table.columns.index(c)] for c in table.pk]
            row = self.row("main", name, table.pk, pk) or dict(zip(table.columns, new))
            if op == "INSERT":
                out.append(term("added: {what}", what=with_name(name, row, self._fields_words(name, [], row))))
                continue
            changed = [c for c, v in zip(table.columns, new) if v is not apsw.no_change and c not in table.pk]
            if changed and self._emptied_by_removal(table, changed, old, new, removed):
                continue  # a link emptied because what it named was removed: said by that removal
            if changed and set(changed) <= {"position"}:
                out.append(term("moved: {what}", what=self.words.subject(name, row)))
            elif changed:
                out.append(self._fields_words(name, changed, row))
        self.incoming_more = more
        return out

    def _closed_up(self, table: Table, old: tuple, new: tuple) -> bool:
        """Whether an update there only gave a row a new place in an order it kept (see moves.py); counted."""
        changed = {c for c, v in zip(table.columns, new) if v is not apsw.no_change and c not in table.pk}
        if not changed or changed != {"position"}:
            return False
        pk = [old[table.columns.index(c)] for c in table.pk]
        row = self.row("main", table.name, table.pk, pk)
        if row is None or self.moves.moved(table.name, row):
            return False
        self.closed_up += 1
        return True

    def _emptied_by_removal(self, table: Table, changed: list[str], old: tuple, new: tuple, removed: set) -> bool:
        """Whether a change only emptied links to rows removed in the same merge (a person's organisation)."""
        before, after = dict(zip(table.columns, old)), dict(zip(table.columns, new))
        emptied = set()
        for fk in table.parents:
            if all(after.get(c) is None for c in fk.columns) and (
                    fk.parent, tuple(before.get(c) for c in fk.columns)) in removed:
                emptied |= set(fk.columns)
        return set(changed) <= emptied

    def _under_removed(self, table: Table, old: tuple, removed: set) -> bool:
        """Whether a removed row hangs on another row removed in the same merge (by a foreign key to its key)."""
        row = dict(zip(table.columns, old))
        for fk in table.parents:
            parent = self.tables.get(fk.parent)
            if parent is None or list(fk.parent_columns) != parent.pk:
                continue
            if (fk.parent, tuple(row.get(c) for c in fk.columns)) in removed:
                return True
        return False

    def _decide(self, conflicts, report: MergeReport, decisions: Mapping[str, Side], prefer: Side | None,
                earlier: Mapping[str, str]) -> dict[str, Side]:
        """Each conflict's side: chosen now, else kept here as before when neither side changed it since
        (listed in `as_before`), else undecided; returns the sides chosen, by key, their actions queued."""
        decided: dict[str, Side] = {}
        for conflict, on_decision in conflicts:
            side = decisions.get(conflict.key) or prefer
            if side is None and earlier.get(conflict.key) == fingerprint(self.evidence[conflict.key]):
                report.as_before.append(conflict)
                side = Side.MINE
            else:
                report.conflicts.append(conflict)
            if side is None:
                report.undecided.append(conflict)
            else:
                decided[conflict.key] = side
                self.actions.append(lambda act=on_decision, s=side: act(s))
        return decided

    def _reading_order(self, conflict: Conflict, place: Mapping[str, int]) -> tuple:
        """Conflicts listed as the file's tables come (`place`: organisations before their votes), then by
        what they are about with numbers in their order ("criterion 2" before "criterion 10"), not as the
        changeset happened to hold them."""
        table = self.about.get(conflict.key, ("",))[0]
        natural = [int(part) if i % 2 and len(part) < 100 else part.casefold()  # every second part: digits
                   for i, part in enumerate(re.split(r"(\d+)", f"{conflict.subject}\t{conflict.field or ''}"))]
        return place.get(table, len(place)), natural, conflict.key

    def _changeset(self) -> bytes:
        session = apsw.Session(self.conn, "theirs")
        for name in self.tables:
            session.attach(name)
            session.diff("base", name)
        return session.changeset()

    # --- what the handler recorded -------------------------------------
    def _conflicts(self, records: list[tuple]) -> list[tuple[Conflict, Callable[[Side], None]]]:
        found: list[tuple[Conflict, Callable[[Side], None]]] = []
        removals: dict[str, _Removal] = {}
        records = self._plain_removals(records)
        for reason, op, name, old, new, current in records:
            table = self.tables[name]
            if reason == apsw.SQLITE_CHANGESET_CONSTRAINT:
                raise MergeError(msg("{subject} could not be merged: the file refuses the combination of both "
                                     "sides' changes; nothing was written."),
                                 subject=self.words.subject(name, dict(zip(table.columns, new or old))))
            if op == "UPDATE" and reason == apsw.SQLITE_CHANGESET_DATA:
                found += self._fields(table, old, new, current, base_known=True)
            elif op == "INSERT" and reason == apsw.SQLITE_CHANGESET_CONFLICT:
                found += self._fields(table, current, new, current, base_known=False)
            elif op == "UPDATE":  # NOTFOUND: removed here, changed there
                row = self.row("theirs", name, table.pk, [old[table.columns.index(c)] for c in table.pk])
                changed = [c for c, v in zip(table.columns, new) if v is not apsw.no_change and c not in table.pk]
                if row is not None and self._really_changed(table, changed, row):
                    self._note(self._removal(removals, name, row, "theirs"), name, changed, row)
            elif op == "DELETE":  # DATA: changed here, removed there
                row = dict(zip(table.columns, current))
                changed = [c for c, was, now in zip(table.columns, old, current) if was != now]
                self._note(self._removal(removals, name, row, "mine"), name, changed, row)
        for child, rowid, _parent, fk_id in self.sql("PRAGMA main.foreign_key_check"):
            self._orphan(removals, child, rowid, fk_id)
        self._fold(removals)
        for key, removal in removals.items():
            found.append(self._removal_conflict(key, removal))
        return self._with_records(found)

    def _with_records(self, found: list[tuple[Conflict, Callable[[Side], None]]]):
        """A meeting's record of a score (vote or potential history) that differs exactly as the score itself
        does is no question of its own: the score's answer settles both (asked apart, they could be answered
        apart, leaving a vote of 1 whose meeting says 3)."""
        def cell(key: str) -> tuple | None:  # (score table, the score's key, what differs), or None
            about = self.about.get(key)
            if about is None:
                return None
            table, row, what = about
            for record, (score, columns) in RECORDS_OF.items():
                if table in (record, score):
                    return score, tuple(row.get(c) for c in columns), what, table == record
            return None

        scores = {c[:3]: i for i, (conflict, _) in enumerate(found) if (c := cell(conflict.key)) and not c[3]}
        followers: dict[int, list[Callable[[Side], None]]] = {}
        asked = []
        for i, (conflict, decide) in enumerate(found):
            c = cell(conflict.key)
            if c is not None and c[3] and c[:3] in scores:
                followers.setdefault(scores[c[:3]], []).append(decide)
            else:
                asked.append(i)
        out = []
        for i in asked:
            conflict, decide = found[i]
            if i in followers:
                both = [decide, *followers[i]]
                decide = lambda side, both=both: [act(side) for act in both]  # noqa: E731
            out.append((conflict, decide))
        return out

    def _plain_removals(self, records: list[tuple]) -> list[tuple]:
        """Rows removed there and changed here in nothing that holds up the removal: the removal stands
        (done first, among the actions), and a row changed here under one of them is a question about it
        as a whole (an organisation whose place moved here and whose score changed here: one conflict)."""
        rest = []
        for record in records:
            reason, op, name, old, _new, current = record
            table = self.tables[name]
            if op == "DELETE" and reason == apsw.SQLITE_CHANGESET_DATA:
                row = dict(zip(table.columns, current))
                changed = [c for c, was, now in zip(table.columns, old, current) if was != now]
                if not self._really_changed(table, changed, row):
                    self.removing.add((name, tuple(row[c] for c in table.pk)))
                    self.actions.append(lambda r=_Removal(name, row, "mine"): self._remove(r))
                    continue
            rest.append(record)
        return rest

    def _really_changed(self, table: Table, changed: list[str], row: dict) -> bool:
        """Whether a change is more than a link emptied because the thing it named was removed (a vote's
        meeting, removed on that side) or a place in a list moved (the list closed up around a neighbour
        removed on that side): that alone does not hold up the other side's removal. A kept row whose only
        change was its place would also look untouched to the next merge, which would remove it after all."""
        emptied = {c for fk in table.parents if fk.on_delete == "SET NULL" for c in fk.columns if row.get(c) is None}
        return any(c not in emptied and c != "position" for c in changed)

    def _fold(self, removals: dict[str, _Removal]) -> None:
        """A row changed under a row that is itself in a removal conflict, on the same side, is part of that
        conflict (a meeting removed there: its attendees changed here go with it, one question)."""
        folded = True
        while folded:
            folded = self._fold_once(removals)

    def _fold_once(self, removals: dict[str, _Removal]) -> bool:
        for key in list(removals):
            removal = removals[key]
            for fk in self.tables[removal.table].parents:
                values = [removal.row.get(c) for c in fk.columns]
                if fk.on_delete != "CASCADE" or None in values:
                    continue
                parent = self.row(removal.source, fk.parent, fk.parent_columns, values)
                if parent is None:
                    continue
                above = removals.get(row_key(fk.parent, [parent[c] for c in self.tables[fk.parent].pk]))
                if above is not None and above is not removal and above.source == removal.source:
                    above.details.extend(removal.details)
                    above.orphans.extend(removal.orphans)
                    above.rows.extend(removal.rows)
                    del removals[key]
                    return True
        return False

    def _fields(self, table: Table, old, new, current, *, base_known: bool):
        """Field by field: one side's change comes in; the same change on both is no conflict; two
        different changes are one conflict each."""
        out = []
        pk = self.pk_dict(table.name, new if not base_known else old)
        for i, column in enumerate(table.columns):
            theirs, mine = new[i], current[i]
            if column in table.pk or theirs is apsw.no_change or theirs == mine:
                continue
            base = old[i] if base_known else None
            if base_known and mine == base:
                self.actions.append(lambda c=column, v=theirs: self._set(table.name, pk, c, v))
                if column == "position" and not self.moves.moved(table.name, dict(zip(table.columns, current))):
                    continue  # the list closed up there around another row: no news (moves.py)
                self.patched += 1
                if _listed(table.name):  # comes in without a question too: said with the rest (_incoming)
                    self.patched_words.append(self._fields_words(
                        table.name, [column], {**dict(zip(table.columns, current)), column: theirs}))
                continue
            if column == "position":  # a list reordered on both sides: the earlier place (the same either way);
                if base_known and theirs < mine:  # added on both (merged before): it stays where it is here
                    self.actions.append(lambda c=column, v=theirs: self._set(table.name, pk, c, v))
                continue
            # Named as both copies knew it (the base), so a title changed on both sides is named by the old one.
            row = (self.row("base", table.name, table.pk, pk.values()) or self.row("main", table.name, table.pk,
                   pk.values()) or dict(zip(table.columns, current)))
            words = self.words
            shown = (mine, theirs)  # two long texts: shown from where they differ
            key = row_key(table.name, pk.values()) + f":{column}"
            conflict = Conflict(
                key=key, kind=ConflictKind.CHANGED_BOTH, subject=words.subject(table.name, row),
                here=words.value(table.name, column, mine, shown), there=words.value(table.name, column, theirs, shown),
                field=None if VALUE_COLUMNS.get(table.name) == column else field_words(column),
                base=words.value(table.name, column, base) if base_known else None,
                whole=words.whole(table.name, column, shown))
            self.about[key] = (table.name, row, (column, mine, theirs))
            self.evidence[key] = (table.name, list(pk.values()), column, mine, theirs, base, base_known)
            out.append((conflict, lambda side, c=column, v=theirs: side is Side.THEIRS and self._set(
                table.name, pk, c, v)))
        return out

    def _set(self, table: str, pk: dict, column: str, value) -> None:
        where = " AND ".join(f"{c} = ?" for c in pk)
        self.conn.execute(f"UPDATE main.{table} SET {column} = ? WHERE {where}", [value, *pk.values()])

    def _note(self, removal: _Removal, name: str, changed: list[str], row: dict) -> None:
        """Add a changed row to a removal's details (named, and by its changes alone for the row itself)."""
        key = row_key(name, [row[c] for c in self.tables[name].pk])
        removal.details.append((key, self._fields_words(name, changed, row),
                                self._fields_words(name, changed, row, subject=False)))
        removal.rows.append((key, row))

    def _fields_words(self, name: str, changed: list[str], row: dict, *, subject: bool = True) -> Term:
        """"Hylte's vote on S, criterion 2: 3", "meeting “X” (title “Y”; place “Z”)" or just the changes."""
        what = self.words.subject(name, row)
        # A row's link to no meeting is no news ("value 3; meeting empty"); a row added under a removed thing
        # still says its value ("the agreed score of 2, criterion 2: 3").
        changed = [c for c in changed if not (c == "meeting_uid" and row.get(c) is None)]
        if not changed and VALUE_COLUMNS.get(name) in row:
            changed = [VALUE_COLUMNS[name]]
        if not changed:
            return what
        if changed == [VALUE_COLUMNS.get(name)]:
            value = self.words.value(name, changed[0], row[changed[0]])
            return term("{subject}: {value}", subject=what, value=value) if subject else term("{value}", value=value)
        parts = [term("{field} {value}", field=field_words(c), value=self.words.value(name, c, row.get(c)))
                 for c in changed[:3]]
        changes = parts[0]
        for part in parts[1:]:
            changes = term("{first}; {then}", first=changes, then=part)
        return term("{subject} ({changes})", subject=what, changes=changes) if subject else changes

    # --- removals ------------------------------------------------------------
    def _removal(self, removals: dict[str, _Removal], table: str, row: dict, source: str) -> _Removal:
        """The removal a changed row depends on: the topmost row missing from main above it (an organisation
        removed with its votes is one conflict, not one per vote)."""
        table, row = self._anchor(table, row, source)
        key = row_key(table, [row[c] for c in self.tables[table].pk])
        return removals.setdefault(key, _Removal(table, row, source))

    def _anchor(self, table: str, row: dict, source: str) -> tuple[str, dict]:
        for fk in self.tables[table].parents:
            values = [row.get(c) for c in fk.columns]
            if fk.on_delete != "CASCADE" or None in values:
                continue
            here = self.row("main", fk.parent, fk.parent_columns, values)
            if here is None or (fk.parent, tuple(here[c] for c in self.tables[fk.parent].pk)) in self.removing:
                above = self.row(source, fk.parent, fk.parent_columns, values)
                if above is not None:
                    return self._anchor(fk.parent, above, source)
        return table, row

    def _orphan(self, removals: dict[str, _Removal], child: str, rowid: int, fk_id: int) -> None:
        fk = self.tables[child].fk_by_id[fk_id]
        row = dict(zip(self.tables[child].columns,
                       self.conn.execute(f"SELECT * FROM main.{child} WHERE rowid = ?", [rowid]).fetchone()))
        if (child, tuple(row[c] for c in self.tables[child].pk)) in self.removing:
            return
        if fk.on_delete == "SET NULL":  # what removing the row does anyway
            self.actions.append(lambda: self.conn.execute(
                f"UPDATE main.{child} SET {', '.join(f'{c} = NULL' for c in fk.columns)} WHERE rowid = ?", [rowid]))
            return
        values = [row[c] for c in fk.columns]
        for source in ("mine", "theirs"):
            parent = self.row(source, fk.parent, fk.parent_columns, values)
            if parent is not None:
                removal = self._removal(removals, fk.parent, parent, source)
                subject = self.words.subject(child, row)
                key = row_key(child, [row[c] for c in self.tables[child].pk])
                removal.details.append((key, subject, subject))
                removal.orphans.append((child, rowid))
                removal.rows.append((key, row))
                return
        raise MergeError(msg("{subject} refers to something neither file holds; nothing was written."),
                         subject=self.words.subject(child, row))

    def _removal_conflict(self, key: str, removal: _Removal) -> tuple[Conflict, Callable[[Side], None]]:
        removed_here = removal.source == "theirs"
        itself = row_key(removal.table, [removal.row[c] for c in self.tables[removal.table].pk])
        said: dict[str, tuple[Term, Term]] = {}  # per row once: its changes rather than its bare name
        for k, full, short in removal.details:
            if k not in said or said[k][0] == said[k][1]:
                said[k] = (full, short)
        details = list(dict.fromkeys(short if k == itself else full for k, (full, short) in said.items()))
        conflict = Conflict(
            key=key + ":removed", kind=ConflictKind.REMOVED_HERE if removed_here else ConflictKind.REMOVED_THERE,
            subject=self.words.subject(removal.table, removal.row),
            here=term("removed") if removed_here else term("changed"),
            there=term("changed") if removed_here else term("removed"), details=tuple(details))
        keeper = Side.THEIRS if removed_here else Side.MINE
        self.about[conflict.key] = (removal.table, removal.row, ("removed", removal.source))
        self.evidence[conflict.key] = (removal.source, removal.table, removal.row, sorted(removal.rows, key=fingerprint))

        def decide(side: Side) -> None:
            if side is keeper:
                self._restore(removal.source, removal.table, self.tables[removal.table].pk,
                              [removal.row[c] for c in self.tables[removal.table].pk], set())
            else:
                self._remove(removal)

        return conflict, decide

    def _restore(self, source: str, table: str, columns: list[str], values: list, seen: set) -> None:
        """Put back rows from `source` with everything that hangs on them there."""
        where = " AND ".join(f"{c} IS ?" for c in columns)
        names = self.tables[table].columns
        for rowid, *row in self.sql(f"SELECT rowid, * FROM {source}.{table} WHERE {where}", values):
            if (table, rowid) in seen:
                continue
            seen.add((table, rowid))
            record = dict(zip(names, row))
            if self._lost_parent(table, record, columns):
                continue  # it also hangs on something the other side removed (a meeting's removed organisation)
            marks = ", ".join("?" * len(row))
            self.conn.execute(f"INSERT OR IGNORE INTO main.{table} ({', '.join(names)}) VALUES ({marks})", row)
            for fk in self.tables[table].children:
                keys = [record[c] for c in fk.parent_columns]
                if fk.on_delete == "CASCADE":
                    self._restore(source, fk.child, fk.columns, keys, seen)
                elif fk.on_delete == "SET NULL":  # point them back where the removal set them to nothing
                    sets = ", ".join(f"{c} = ?" for c in fk.columns)
                    match = " AND ".join(f"{c} = ?" for c in fk.columns)
                    pk = self.tables[fk.child].pk
                    self.conn.execute(
                        f"UPDATE main.{fk.child} SET {sets} WHERE {' AND '.join(f'{c} IS NULL' for c in fk.columns)}"
                        f" AND ({', '.join(pk)}) IN (SELECT {', '.join(pk)} FROM {source}.{fk.child} WHERE {match})",
                        [*keys, *keys])

    def _lost_parent(self, table: str, record: dict, through: list[str]) -> bool:
        """Whether a row points (by a cascading key other than `through`) at a row missing from main."""
        for fk in self.tables[table].parents:
            values = [record[c] for c in fk.columns]
            if fk.on_delete == "CASCADE" and list(fk.columns) != list(through) and None not in values:
                if self.row("main", fk.parent, fk.parent_columns, values) is None:
                    return True
        return False

    def _remove(self, removal: _Removal) -> None:
        """Let the removal stand: what hangs on the row goes with it."""
        t = self.tables[removal.table]
        self._delete(t.name, t.pk, [removal.row[c] for c in t.pk])
        for child, rowid in removal.orphans:
            self._delete(child, ["rowid"], [rowid])

    def _delete(self, table: str, columns: list[str] | tuple[str, ...], values: list) -> None:
        """Delete rows of main and, as the foreign keys say, what hangs on them (done here: foreign keys
        are off, and SQLite ignores turning them on inside the transaction the decisions run in)."""
        where = " AND ".join(f"{c} IS ?" for c in columns)
        for row in self.sql(f"SELECT * FROM main.{table} WHERE {where}", values):
            record = dict(zip(self.tables[table].columns, row))
            for fk in self.tables[table].children:
                keys = [record[c] for c in fk.parent_columns]
                if fk.on_delete == "CASCADE":
                    self._delete(fk.child, fk.columns, keys)
                elif fk.on_delete == "SET NULL":
                    match = " AND ".join(f"{c} IS ?" for c in fk.columns)
                    self.conn.execute(f"UPDATE main.{fk.child} SET {', '.join(f'{c} = NULL' for c in fk.columns)}"
                                      f" WHERE {match}", keys)
        self.conn.execute(f"DELETE FROM main.{table} WHERE {where}", values)

    # --- after the decisions -------------------------------------------------
    def _settle_references(self) -> bool:
        """A row brought back needs its parents: take them from the side that has them (a few rounds).
        True once SQLite's foreign_key_check finds nothing left."""
        for _round in range(8):
            problems = self.sql("PRAGMA main.foreign_key_check")
            if not problems:
                return True
            for child, rowid, _parent, fk_id in problems:
                fk = self.tables[child].fk_by_id[fk_id]
                values = self.sql(f"SELECT {', '.join(fk.columns)} FROM main.{child} WHERE rowid = ?", [rowid])[0]
                if fk.on_delete == "SET NULL":
                    self.conn.execute(f"UPDATE main.{child} SET {', '.join(f'{c} = NULL' for c in fk.columns)}"
                                      " WHERE rowid = ?", [rowid])
                    continue
                for source in ("mine", "theirs", "base"):
                    if self.row(source, fk.parent, fk.parent_columns, values) is not None:
                        where = " AND ".join(f"{c} IS ?" for c in fk.parent_columns)
                        self.conn.execute(f"INSERT OR IGNORE INTO main.{fk.parent} SELECT * FROM {source}.{fk.parent}"
                                          f" WHERE {where}", list(values))
                        break
        return False


def merge_images(mine: bytes, theirs: bytes, base: bytes, *, prefer: Side | None = None,
                 decisions: Mapping[str, Side] | None = None,
                 base_uid: str | None = None) -> tuple[MergeReport, bytes | None]:
    """Merge THEIRS into MINE against their common BASE (three database images of the same schema).

    Returns what was found and the merged image, or None while any conflict is undecided (`decisions`
    maps a conflict's key to the side it keeps; `prefer` decides the rest). With the base's id and no
    `prefer`, a conflict MINE kept in an earlier merge against that base, unchanged on both sides since, is
    kept again without a question (listed in `as_before`); the result remembers what it keeps now
    (decisions.py)."""
    try:
        return _Merge(mine, theirs, base).run(prefer, decisions or {}, base_uid)
    except apsw.Error as exc:
        error = next((words for rule, words in RULES_REFUSED.items() if rule in str(exc)), exc)
        raise MergeError(msg("The files could not be merged ({error}); nothing was written."), error=error) from None


# The file's own rules (schema.py triggers) a merged combination can break, in words that are translated.
RULES_REFUSED = {
    "votes lie outside the criterion's new scale": term("a criterion's scale kept from one side leaves votes kept "
                                                         "from the other outside it"),
    "score outside the criterion's scale": term("a vote kept from one side lies outside the scale kept from the "
                                                "other"),
}

