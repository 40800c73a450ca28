"""The engagement file: round trips, constraints, migrations and refusal of bad files."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from sqlite_utils.migrations import Migrations

from workshop.domain.errors import DomainError
from workshop.domain.model import Organisation, PotentialScore, Vote
from workshop.storage import EngagementStore, StorageError
from workshop.storage.connection import DamagedFileError, backup_path, open_database
from workshop.storage.schema import APPLICATION_ID, Schema, current_schema, schema_version


def test_example_round_trips_exactly(example, example_path):
    """What is written is what is read back, every uid and every list in order."""
    with EngagementStore.open(example_path) as store:
        assert store.load() == example


def test_every_row_has_a_uuid(example_store):
    """Rows the facilitator creates carry a globally unique id, for merging later."""
    db = example_store.db
    for table in ("organisations", "people", "meetings", "agenda_items", "potential_scores", "criteria_votes"):
        uids = [r["uid"] for r in db.query(f"SELECT uid FROM {table}")]
        assert uids and all(len(u) == 36 and u.count("-") == 4 for u in uids), table
        assert len(set(uids)) == len(uids)


def test_connection_settings(example_store):
    """Foreign keys on, WAL journal, schema version and application id stamped."""
    db = example_store.db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE potential_scores SET value = 101",
        "UPDATE potential_scores SET value = -1",
        "UPDATE potential_scores SET value = 'many'",
        "UPDATE criteria_votes SET value = 5",
        "UPDATE criteria_votes SET value = 0",
        "UPDATE organisations SET name = '  '",
        "UPDATE organisations SET name = (SELECT name FROM organisations LIMIT 1)",
        "UPDATE potential_scores SET organisation_uid = 'nobody'",
    ],
)
def test_database_constraints_refuse_bad_values(example_store, sql):
    """Even bypassing the app, the file itself refuses out-of-range scores, empty or duplicate names."""
    before = example_store.load()
    with pytest.raises(sqlite3.IntegrityError):
        example_store.db.execute(sql)
    assert example_store.load() == before


def test_score_writes_are_checked_and_change_nothing_when_refused(example_store):
    """A refused vote or potential leaves the file as it was."""
    e = example_store.load()
    org = e.organisations[0]
    with pytest.raises(DomainError, match="between 1 and 4"):
        example_store.scores.set_vote(Vote(organisation_uid=org.uid, alternative_code="S", criterion_number=1, value=7))
    with pytest.raises(DomainError, match="between 0 and 100"):
        example_store.scores.set_potential(PotentialScore(organisation_uid=org.uid, area_code="A", value=150))
    assert example_store.load() == e


@pytest.mark.parametrize("number, value, message", [
    (1, 0, "Vote on criterion 1 must be between 1 and 4; 0 is outside."),
    (1, 10**30, "Vote on criterion 1 must be between 1 and 4; 1000000000000000000000000000000 is outside."),
    (1, True, "Vote on criterion 1: expected a whole number, got True."),
    (99, 2, "There is no criterion 99."),
])
def test_a_vote_or_agreed_score_the_file_refuses_is_explained(example_store, number, value, message):
    """The file holds a vote to its criterion's scale; a refused one is said in words (the criterion missing, the
    scale it is off, a value too large for the file) and nothing is written."""
    from workshop.domain.model import AgreedScore

    e = example_store.load()
    org = e.organisations[0]
    with pytest.raises(DomainError) as refused:
        example_store.scores.set_vote(Vote(organisation_uid=org.uid, alternative_code="S", criterion_number=number,
                                           value=value))
    assert str(refused.value) == message
    with pytest.raises(DomainError) as refused:
        example_store.scores.set_agreed(AgreedScore(alternative_code="S", criterion_number=number, value=value))
    assert str(refused.value) == message.replace("Vote on", "Agreed score on")
    assert example_store.load() == e


def test_potential_upsert_and_clear(example_store):
    """Setting a cell replaces its value; clearing it makes it empty, not zero."""
    e = example_store.load()
    org = e.organisations[0]
    example_store.scores.set_potential(PotentialScore(organisation_uid=org.uid, area_code="A", value=42))
    values = {(p.organisation_uid, p.area_code): p.value for p in example_store.load().potentials}
    assert values[(org.uid, "A")] == 42
    example_store.scores.clear_potential(org.uid, "A")
    assert (org.uid, "A") not in {(p.organisation_uid, p.area_code) for p in example_store.load().potentials}


def test_duplicate_and_empty_organisations_refused(example_store):
    """Adding an organisation with an existing or empty name is refused with a message."""
    with pytest.raises(DomainError, match="already exists"):
        example_store.add_organisation(Organisation(name="gislaved", short_code="NEW"))
    with pytest.raises(DomainError, match="must not be empty"):
        example_store.add_organisation(Organisation(name=" ", short_code="NEW"))
    example_store.add_organisation(Organisation(name="Jönköping", short_code="JKP"))
    assert [o.name for o in example_store.load().organisations][-1] == "Jönköping"


def test_failed_create_leaves_no_file(tmp_path, example):
    """An engagement that breaks a rule is not half-written: no file remains."""
    bad = dataclasses.replace(example, organisations=example.organisations + (
        Organisation(name=example.organisations[0].name, short_code="DUP"),))
    path = tmp_path / "bad.workshop"
    with pytest.raises(StorageError):
        EngagementStore.create(path, bad)
    assert not path.exists()


def _snapshot(path):
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "damaged \\(it is empty\\)"),
        (b"hello, this is a text file\n", "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
    ],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path, content, message):
    """Non-SQLite and damaged files are refused with a message naming the problem."""
    path = tmp_path / "bad.workshop"
    path.write_bytes(content)
    before = _snapshot(path)
    with pytest.raises(StorageError, match=message):
        EngagementStore.open(path)
    assert _snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.workshop"]


def test_truncated_engagement_is_refused(tmp_path, example_path):
    """A file cut off half way (a damaged copy) is refused as damaged (so the window offers its backup), not
    opened, and left as it is."""
    data = example_path.read_bytes()
    cut = tmp_path / "cut.workshop"
    cut.write_bytes(data[: len(data) // 2])
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DamagedFileError, match=r"cut\.workshop: the file is damaged"):
        EngagementStore.open(cut)
    assert cut.read_bytes() == data[: len(data) // 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _altered(path, *statements: str) -> None:
    """The file changed by another program: the statements run outside Workshop."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_an_engagement_missing_a_table_is_refused_as_damaged_everywhere(tmp_path, example_path, capsys):
    """A file another program dropped a table from passes SQLite's integrity check: it is refused as damaged,
    naming the table, by the app and by every command (they failed with a traceback, and `handout` copied it)."""
    from workshop.cli import main

    _altered(example_path, "PRAGMA foreign_keys = OFF", "DROP TABLE meetings")
    before = _snapshot(example_path)
    with pytest.raises(DamagedFileError, match="no table meetings"):
        EngagementStore.open(example_path)
    for args in (["summary", str(example_path)], ["report", str(example_path), "-o", str(tmp_path / "r.pdf")],
                 ["handout", str(example_path), "-o", str(tmp_path / "copy.workshop")]):
        assert main(args) == 2, args
        assert "damaged (no table meetings)" in capsys.readouterr().err
    assert _snapshot(example_path) == before
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "copy.workshop").exists()


@pytest.mark.parametrize(("table", "column", "command"), [
    ("people", "phone", "people"),  # was a KeyError traceback
    ("vote_history", "value", "meetings"),  # was a TypeError traceback
    ("preferences", "comment", "summary"),  # was read without a word, every comment gone
])
def test_an_engagement_missing_a_column_is_refused_as_damaged(example_path, capsys, table, column, command):
    """A column dropped by another program: opening the file names it as damaged, whatever the column."""
    from workshop.cli import main

    _altered(example_path, f"ALTER TABLE {table} DROP COLUMN {column}")
    with pytest.raises(DamagedFileError, match=f"no column {column} in the table {table}"):
        EngagementStore.open(example_path)
    assert main([command, str(example_path)]) == 2
    assert f"damaged (no column {column} in the table {table})" in capsys.readouterr().err


def test_the_list_of_columns_is_the_schema_s(tmp_path):
    """`COLUMNS`, which a file is checked against, names exactly the tables and columns the migrations
    create, in their order."""
    from workshop.storage.connection import create_database
    from workshop.storage.schema import COLUMNS

    db = create_database(tmp_path / "new.workshop")
    made: dict[str, tuple[str, ...]] = {}
    for table, column in db.execute("SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) "
                                    "AS p WHERE m.type = 'table' ORDER BY m.name, p.cid").fetchall():
        made[table] = (*made.get(table, ()), column)
    db.close()
    assert made == COLUMNS


def test_other_sqlite_database_is_refused(tmp_path):
    """An SQLite file from another program is not mistaken for an engagement."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(StorageError, match="not a Workshop engagement"):
        EngagementStore.open(path)
    assert _snapshot(path) == before


def test_newer_file_is_refused_untouched(example_path):
    """A file from a newer app version is refused, naming both versions."""
    conn = sqlite3.connect(example_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    before = _snapshot(example_path)
    with pytest.raises(StorageError, match="newer version"):
        EngagementStore.open(example_path)
    assert _snapshot(example_path) == before


def test_missing_file_is_refused(tmp_path):
    """Opening a file that does not exist says so and creates nothing."""
    with pytest.raises(StorageError, match="no such file"):
        EngagementStore.open(tmp_path / "nope.workshop")
    assert list(tmp_path.iterdir()) == []


def test_migration_backs_up_first_and_keeps_data(example_path, example):
    """A newer schema step runs on an older file after a backup copy of the old file is taken."""
    steps = Migrations("workshop")
    for migration in current_schema().migrations._migrations:
        steps(name=migration.name)(migration.fn)

    @steps(name="9999_test_extra")
    def _extra(db):
        db.execute("ALTER TABLE meetings ADD COLUMN minutes_sent INTEGER NOT NULL DEFAULT 0")

    newer = schema_version() + 1
    db = open_database(example_path, Schema(steps, newer))
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == newer
        assert "minutes_sent" in db["meetings"].columns_dict
    finally:
        db.close()
    copy = backup_path(example_path, schema_version())
    assert copy.exists()
    with EngagementStore.open(copy) as old:
        assert old.load() == example
        assert "minutes_sent" not in old.db["meetings"].columns_dict


def test_save_copy_is_a_complete_engagement(example_store, tmp_path, example):
    """Save a Copy As writes a file that opens as the same engagement."""
    target = tmp_path / "copy.workshop"
    example_store.save_copy(target)
    with EngagementStore.open(target) as copy:
        assert copy.load() == example


def test_save_copy_refuses_missing_folder(example_store, tmp_path):
    """A copy into a folder that does not exist is refused clearly."""
    with pytest.raises(StorageError, match="does not exist"):
        example_store.save_copy(tmp_path / "nowhere" / "copy.workshop")


def test_today_share_is_stored_and_bad_values_change_nothing(example_store):
    """A group's share of today's spend is stored (or cleared); a share above 100 % or an unknown group is
    refused and the file keeps what it had."""
    store = example_store
    store.set_today_share("DR", 0.5)
    assert {g.code: g.today_share for g in store.load().groups}["DR"] == 0.5
    store.set_today_share("DR", None)
    assert {g.code: g.today_share for g in store.load().groups}["DR"] is None
    before = store.load().groups
    for code, share in (("DR", 1.5), ("DR", -0.1), ("NO SUCH GROUP", 0.2)):
        with pytest.raises(DomainError):
            store.set_today_share(code, share)
    assert store.load().groups == before


def test_update_alternative_replaces_its_texts_and_coverage_and_refuses_bad_ones(example_store):
    """An alternative's name, description, areas, pros and cons are replaced in one go (votes keep their
    code); an unknown area, an empty name or an empty point is refused and the file keeps what it had."""
    store = example_store
    s = {a.code: a for a in store.load().alternatives}["S"]
    votes = len(store.load().votes)
    changed = dataclasses.replace(s, name="Samverkan light", description="Kort.", area_codes=("A", "C"),
                                  pros=("Snabb start",), cons=s.cons[:1])
    store.update_alternative(changed)
    stored = {a.code: a for a in store.load().alternatives}["S"]
    assert (stored.name, stored.description, stored.area_codes, stored.pros, stored.cons) == (
        "Samverkan light", "Kort.", ("A", "C"), ("Snabb start",), s.cons[:1])
    assert len(store.load().votes) == votes
    before = store.load().alternatives
    for bad in (dataclasses.replace(changed, area_codes=("A", "Z")), dataclasses.replace(changed, name=" "),
                dataclasses.replace(changed, pros=("ok", "  "))):
        with pytest.raises(DomainError):
            store.update_alternative(bad)
    assert store.load().alternatives == before


def test_an_added_alternative_can_be_taken_back_only_while_nothing_refers_to_it(example_store):
    """A new alternative goes last with its areas; a used code is refused; removing it (undo of the
    addition) is refused once a vote names it, and allowed again when the vote is gone."""
    from workshop.domain.model import Alternative

    store = example_store
    store.add_alternative(Alternative(code="3", name="Extern leverantör", area_codes=("A",)))
    added = store.load().alternatives[-1]
    assert (added.code, added.name, added.area_codes) == ("3", "Extern leverantör", ("A",))
    with pytest.raises(DomainError):
        store.add_alternative(Alternative(code="3", name="Igen"))
    with pytest.raises(DomainError):
        store.add_alternative(Alternative(code="4", name="Fel område", area_codes=("Z",)))
    assert [a.code for a in store.load().alternatives][-1] == "3"  # nothing half-added
    org = store.load().organisations[0]
    store.scores.set_vote(Vote(organisation_uid=org.uid, alternative_code="3", criterion_number=1, value=2))
    with pytest.raises(DomainError):
        store.remove_unused_alternative("3")
    store.scores.clear_vote(org.uid, "3", 1)
    store.remove_unused_alternative("3")
    assert "3" not in {a.code for a in store.load().alternatives}


def test_an_added_criterion_keeps_its_scale_and_can_be_taken_back_only_while_unused(example_store):
    """Criterion 8 on 1–4 takes votes in range only; a number already used or an upside-down scale is
    refused; removing it is refused while a vote names it."""
    from workshop.domain.model import Criterion

    store = example_store
    store.scores.add_criterion(Criterion(number=8, text="Digitalisering", scale_min=1, scale_max=4))
    assert store.load().criteria[-1].text == "Digitalisering"
    for bad in (Criterion(number=8, text="Igen"), Criterion(number=9, text="Upp och ner", scale_min=4, scale_max=1)):
        with pytest.raises(DomainError):
            store.scores.add_criterion(bad)
    org = store.load().organisations[0]
    with pytest.raises(DomainError):
        store.scores.set_vote(Vote(organisation_uid=org.uid, alternative_code="S", criterion_number=8, value=5))
    store.scores.set_vote(Vote(organisation_uid=org.uid, alternative_code="S", criterion_number=8, value=4))
    with pytest.raises(DomainError):
        store.scores.remove_unused_criterion(8)
    store.scores.clear_vote(org.uid, "S", 8)
    store.scores.remove_unused_criterion(8)
    assert [c.number for c in store.load().criteria] == list(range(1, 8))


def test_groups_and_areas_are_added_and_taken_back_only_while_unused(example_store):
    """A new group and a new area in it go last; used codes or an unknown group are refused; an area with
    a score, or a group with an area, cannot be taken back until those are gone."""
    from workshop.domain.model import Area, Group

    store = example_store
    store.framework.add_group(Group(code="IS", name="Informationssäkerhet"))
    store.framework.add_area(Area(code="J", name="Dataskydd", group_code="IS"))
    e = store.load()
    assert (e.groups[-1].code, e.areas[-1].code) == ("IS", "J")
    for bad in (lambda: store.framework.add_group(Group(code="IS", name="Igen")),
                lambda: store.framework.add_area(Area(code="J", name="Igen", group_code="IS")),
                lambda: store.framework.add_area(Area(code="K", name="Ingen grupp", group_code="NOPE"))):
        with pytest.raises(DomainError):
            bad()
    org = e.organisations[0]
    store.scores.set_potential(PotentialScore(organisation_uid=org.uid, area_code="J", value=10))
    with pytest.raises(DomainError):
        store.framework.remove_unused_area("J")
    with pytest.raises(DomainError):
        store.framework.remove_unused_group("IS")
    store.scores.clear_potential(org.uid, "J")
    store.framework.remove_unused_area("J")
    store.framework.remove_unused_group("IS")
    assert [a.code for a in store.load().areas][-1] == "I"


def test_a_group_is_removed_only_once_empty_and_restored_in_its_place(example_store):
    """Removing a group that still holds areas is refused, naming them, and changes nothing; an empty
    group goes, and its row put back returns it between the same neighbours with its share."""
    from workshop.domain.model import Group

    store = example_store
    before = store.load().groups
    with pytest.raises(DomainError) as refused:
        store.remove_group_keeping_rows(before[0].code)
    assert str(refused.value) == f"Group {before[0].name} still holds areas A, B: remove them first."
    assert store.load().groups == before
    store.framework.add_group(Group(code="IS", name="Informationssäkerhet", today_share=0.1))
    store.framework.add_group(Group(code="UX", name="Användarstöd"))
    taken = store.remove_group_keeping_rows("IS")
    assert [g.code for g in store.load().groups] == [g.code for g in before] + ["UX"]
    store.restore_rows(taken)
    groups = store.load().groups
    assert [g.code for g in groups] == [g.code for g in before] + ["IS", "UX"]
    assert groups[-2].today_share == 0.1
    with pytest.raises(DomainError):
        store.remove_group_keeping_rows("NOPE")
    store.remove_group_keeping_rows("IS")  # from the middle: a group added next still goes last
    store.framework.add_group(Group(code="NY", name="Nytt"))
    assert [g.code for g in store.load().groups][-2:] == ["UX", "NY"]
    positions = [r[0] for r in store.db.execute("SELECT position FROM area_groups ORDER BY position")]
    assert len(set(positions)) == len(positions)
