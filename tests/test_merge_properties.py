"""Property tests of the merge: random edits through the store on two copies of the example, then merge.

Checked for every example: the result passes integrity_check and foreign_key_check; a field changed on
one side only comes in, and so does a row added or removed on one side only (unless the facilitator's
choice on a removal decided otherwise); every field changed differently on both sides is listed, once;
merging the result again with either side changes nothing; and with no conflicts, merge(A, B) and
merge(B, A) give the same engagement.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import apsw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.errors import DomainError
from workshop.domain.meetings import AgendaItem, Meeting
from workshop.domain.merging import Side
from workshop.domain.model import Organisation, PotentialScore, Vote
from workshop.storage import EngagementStore, StorageError
from workshop.storage.merge import merge_files, read_side, write_image
from workshop.storage.merge.collisions import SLOTS
from workshop.storage.merge.schema_info import read_tables

ABSENT = "<absent>"
UIDS = "<uids>"  # in a snapshot: (table, uid) → identity, for the tables whose identity is a slot
ops = st.one_of(
    st.tuples(st.just("vote"), st.integers(0, 99), st.integers(0, 3), st.integers(1, 7), st.integers(1, 4)),
    st.tuples(st.just("clear_vote"), st.integers(0, 99), st.integers(0, 3), st.integers(1, 7)),
    st.tuples(st.just("potential"), st.integers(0, 99), st.integers(0, 8), st.integers(0, 100)),
    st.tuples(st.just("clear_potential"), st.integers(0, 99), st.integers(0, 8)),
    st.tuples(st.just("notes"), st.integers(0, 99), st.integers(0, 99), st.sampled_from(["ok", "more", "Nej"])),
    st.tuples(st.just("add_item"), st.integers(0, 99), st.sampled_from(["Paus", "Fråga", "Övrigt"])),
    st.tuples(st.just("remove_item"), st.integers(0, 99), st.integers(0, 99)),
    st.tuples(st.just("title"), st.integers(0, 99), st.sampled_from(["Möte", "Intervju", "Avstämning"])),
    st.tuples(st.just("add_meeting"), st.sampled_from(["Extra", "Uppföljning"])),
    st.tuples(st.just("remove_meeting"), st.integers(0, 99)),
    st.tuples(st.just("add_org"), st.sampled_from(["Jönköping", "Habo", "Mullsjö"])),
    st.tuples(st.just("remove_org"), st.integers(0, 99)),
)


def _edit(store: EngagementStore, op: tuple, side: str) -> None:
    e = store.load()
    kind = op[0]
    orgs, meetings = e.organisations, e.meetings
    alts = [a.code for a in e.alternatives]
    try:
        if kind in ("vote", "clear_vote", "potential", "clear_potential") and not orgs:
            return
        if kind == "vote":
            store.scores.set_vote(Vote(organisation_uid=orgs[op[1] % len(orgs)].uid, alternative_code=alts[op[2]],
                                       criterion_number=op[3], value=op[4]))
        elif kind == "clear_vote":
            store.scores.clear_vote(orgs[op[1] % len(orgs)].uid, alts[op[2]], op[3])
        elif kind == "potential":
            store.scores.set_potential(PotentialScore(organisation_uid=orgs[op[1] % len(orgs)].uid,
                                                      area_code=e.areas[op[2]].code, value=op[3]))
        elif kind == "clear_potential":
            store.scores.clear_potential(orgs[op[1] % len(orgs)].uid, e.areas[op[2]].code)
        elif kind == "add_meeting":
            store.meetings.add_meeting(Meeting(kind="work", title=f"{op[1]} {side}"))
        elif kind == "add_org":  # one name per side: codes added on both sides are a test of their own
            store.add_organisation(Organisation(name=f"{op[1]} {side}", short_code=f"{op[1][:3]}{side}"))
        elif kind == "remove_org" and orgs:
            store.remove_organisation_keeping_rows(orgs[op[1] % len(orgs)].uid)
        elif not meetings:
            return
        else:
            m = meetings[op[1] % len(meetings)]
            if kind == "add_item":
                store.meetings.insert_items(m.uid, [AgendaItem(text=op[2], kind="free")])
            elif kind == "remove_meeting":
                store.meetings.remove_meeting(m.uid)
            elif kind == "title":
                store.meetings.update_details(m.uid, kind=m.kind, title=op[2], starts_at=m.starts_at,
                                              duration_minutes=m.duration_minutes, place=m.place)
            elif m.agenda and kind == "notes":
                store.meetings.set_item_notes(m.agenda[op[2] % len(m.agenda)].uid, op[3])
            elif m.agenda and kind == "remove_item":
                store.meetings.remove_items([m.agenda[op[2] % len(m.agenda)].uid])
    except (DomainError, StorageError):
        pass  # an edit the app refuses (a duplicate name) is no edit


def _identity(table: str, cols: list[str], row: tuple, pk: list[str]) -> tuple:
    """A row's identity across the sides: its slot for a vote or score (two sides' votes for one slot are
    one thing), else its primary key."""
    names = SLOTS.get(table, pk)
    return tuple(row[cols.index(c)] for c in names)


def _snapshot(path: Path) -> dict:
    """{table: {identity: {column: value}}} for every engagement table (ids of slots left out)."""
    conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    tables = read_tables(conn)
    out: dict = {UIDS: {}}
    for name, t in tables.items():
        rows = {}
        for row in conn.execute(f"SELECT * FROM {name}"):
            values = dict(zip(t.columns, row))
            ident = _identity(name, t.columns, row, t.pk)
            if name in SLOTS:
                out[UIDS][(name, values.pop("uid"))] = ident
            rows[ident] = values
        out[name] = rows
    conn.close()
    return out


def _descendants(paths: list[Path], anchors: set[tuple[str, tuple]]) -> set[tuple[str, tuple]]:
    """Rows (table, identity) that hang on the anchors through cascading foreign keys, in any of the files."""
    found = set(anchors)
    for path in paths:
        conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
        tables = read_tables(conn)
        todo = [a for a in anchors]
        while todo:
            table, key = todo.pop()
            t = tables[table]
            row = conn.execute(f"SELECT * FROM {table} WHERE {' AND '.join(f'{c} = ?' for c in t.pk)}",
                               list(key)).fetchone()
            if row is None:
                continue
            values = dict(zip(t.columns, row))
            for fk in t.children:
                if fk.on_delete not in ("CASCADE", "SET NULL"):  # a row kept is pointed at again
                    continue
                child = tables[fk.child]
                where = " AND ".join(f"{c} = ?" for c in fk.columns)
                for r in conn.execute(f"SELECT * FROM {fk.child} WHERE {where}",
                                      [values[c] for c in fk.parent_columns]):
                    pk = tuple(r[child.columns.index(c)] for c in child.pk)
                    ident = _identity(fk.child, child.columns, r, child.pk)
                    if (fk.child, ident) not in found:
                        found.add((fk.child, ident))
                        if fk.on_delete == "CASCADE":
                            todo.append((fk.child, pk))
        conn.close()
    return found


def _check_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


@pytest.fixture(scope="module")
def pair_template(tmp_path_factory):
    """The example handed out once: a base file and its copy, copied afresh for each example."""
    from workshop.storage.merge import hand_out_store
    from workshop.templates import example_engagement

    folder = tmp_path_factory.mktemp("pair")
    EngagementStore.create(folder / "a.workshop", example_engagement()).close()
    with EngagementStore.open(folder / "a.workshop") as store:
        hand_out_store(store, folder / "b.workshop")
    shutil.copy(folder / "a.workshop", folder / "base.workshop")
    return folder


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(edits_a=st.lists(ops, max_size=8), edits_b=st.lists(ops, max_size=8), prefer=st.sampled_from(list(Side)))
def test_random_edits_on_two_copies_merge_as_promised(pair_template, edits_a, edits_b, prefer):
    """Random edits on both copies merge with every one-sided change, every conflict once, a clean file,
    nothing changed by merging again, and the same engagement either way round when nothing conflicts."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a, b, base = folder / "a.workshop", folder / "b.workshop", pair_template / "base.workshop"
        shutil.copy(pair_template / "a.workshop", a)
        shutil.copy(pair_template / "b.workshop", b)
        for path, edits, side in ((a, edits_a, "A"), (b, edits_b, "B")):
            with EngagementStore.open(path) as store:
                for op in edits:
                    _edit(store, op, side)
        report, image = merge_files(a, b, prefer=prefer)
        assert image is not None
        out = folder / "out.workshop"
        write_image(image, out)
        _check_file(out)

        keys = [c.key for c in report.conflicts]
        assert len(keys) == len(set(keys)), "a conflict listed twice"
        snap_x, snap_a, snap_b, snap_m = (_snapshot(p) for p in (base, a, b, out))
        anchors = set()
        for key in keys:
            if key.endswith(":removed"):
                table, _, pk = key.removesuffix(":removed").partition(":")
                anchors.add((table, tuple(json.loads(pk))))
        affected = _descendants([base, a, b], anchors)
        field_conflicts = {c.key for c in report.conflicts if not c.key.endswith(":removed")}
        expected_conflicts = set()
        for table in (t for t in snap_x if t != UIDS):
            x, ra, rb, m = snap_x[table], snap_a[table], snap_b[table], snap_m[table]
            for ident in set(x) | set(ra) | set(rb):
                if (table, ident) in affected:
                    continue
                row_x, row_a, row_b = x.get(ident, ABSENT), ra.get(ident, ABSENT), rb.get(ident, ABSENT)
                got = m.get(ident, ABSENT)
                if row_a == row_x and row_b != row_x:  # changed, added or removed there only
                    assert _same(got, row_b), (table, ident, row_b, got)
                elif row_b == row_x and row_a != row_x:
                    assert _same(got, row_a), (table, ident, row_a, got)
                elif ABSENT not in (row_a, row_b) and row_a != row_b:
                    for column in row_a:
                        if column == "position" or row_a[column] == row_b[column]:
                            continue
                        if row_x is ABSENT or row_a[column] != row_x[column] != row_b[column]:
                            expected_conflicts.add((table, ident, column))
                        else:  # one side changed this field: it comes in
                            one = row_a if row_b[column] == row_x[column] else row_b
                            assert got[column] == one[column], (table, ident, column)
        assert {_conflict_identity(k, snap_m, snap_a, snap_b) for k in field_conflicts} == expected_conflicts

        for side in (a, b):  # merging again changes nothing
            _, again = merge_files(out, side, prefer=Side.MINE)
            assert again is not None
            write_image(again, folder / "again.workshop", overwrite=True)
            assert _snapshot(folder / "again.workshop") == snap_m

        if not report.conflicts:
            _, back = merge_files(b, a)
            write_image(back, folder / "back.workshop")
            assert _snapshot(folder / "back.workshop") == snap_m


def _same(got, want) -> bool:
    """The merged row is the one side's row (its place in a list may have moved to make room)."""
    if ABSENT in (got, want):
        return got == want
    return {k: v for k, v in got.items() if k != "position"} == {k: v for k, v in want.items() if k != "position"}


def _conflict_identity(key: str, *snapshots) -> tuple:
    """A field conflict's key as (table, identity, column), a vote's identity being its slot."""
    rest, _, column = key.rpartition(":")
    table, _, pk = rest.partition(":")
    pk = tuple(json.loads(pk))
    if table in SLOTS:
        slots = {}
        for snap in snapshots:
            slots.update(snap[UIDS])
        return table, slots[(table, pk[0])], column
    return table, pk, column


@pytest.mark.parametrize("op", [
    ("vote", 0, 0, 1, 4), ("clear_vote", 0, 0, 1), ("potential", 0, 0, 37), ("clear_potential", 0, 0),
    ("notes", 0, 0, "more"), ("add_item", 0, "Paus"), ("remove_item", 0, 0), ("title", 0, "Avstämning"),
    ("add_meeting", "Extra"), ("remove_meeting", 0), ("add_org", "Habo"), ("remove_org", 0),
], ids=lambda op: op[0])
def test_each_kind_of_random_edit_changes_the_file(pair_template, tmp_path, op):
    """The property test passes over an edit the store refuses (a duplicate name): each kind it draws is a real
    edit of the example, so a stricter rule or a changed edit cannot leave it merging copies nothing was done to."""
    path = tmp_path / "a.workshop"
    shutil.copy(pair_template / "a.workshop", path)
    before = _snapshot(path)
    with EngagementStore.open(path) as store:
        _edit(store, op, "A")
    assert _snapshot(path) != before, op
