"""Rolling backups beside the engagement file: on open, on the window's timer, the last ten, restore."""

from __future__ import annotations

import time

import pytest
from bad_input_matrix import damage_index

from workshop.cli import main
from workshop.storage import EngagementStore, StorageError
from workshop.storage.backups import KEEP, backup_folder, backups_of, list_backups
from workshop.storage.connection import DamagedFileError


def test_opening_for_editing_takes_a_backup_only_when_the_file_changed(example_path):
    """Each open for editing backs up the file beside it, unless nothing changed since the newest backup;
    a backup holds the engagement and says how many meetings."""
    with EngagementStore.open(example_path):
        pass
    with EngagementStore.open(example_path):
        pass
    assert len(backups_of(example_path)) == 1
    with EngagementStore.open(example_path) as store:
        store.rename_organisation(store.load().organisations[0].uid, "Ändrad")
    with EngagementStore.open(example_path) as store:
        meetings = len(store.load().meetings)
    found = list_backups(example_path)
    assert len(found) == 2 and all(b.ok and b.meetings == meetings for b in found)
    assert found[0].path.parent == backup_folder(example_path)


def test_a_file_where_the_backup_folder_belongs_is_named_and_the_command_goes_on(example_path, capsys):
    """A file with the backup folder's name: opening says no backup could be written and why, naming it (the
    clean-up had failed on it and `approve` stopped on a hidden temporary name); the command still does its
    work and says so on stderr."""
    blocker = backup_folder(example_path)
    blocker.write_text("not a folder")
    with EngagementStore.open(example_path) as store:
        meeting = store.load().meetings[0].uid
        assert any("is a file where the backups' folder belongs" in w for w in store.warnings)
    capsys.readouterr()
    assert main(["approve", str(example_path), "--meeting", meeting, "--by", "Anna"]) == 0
    captured = capsys.readouterr()
    assert "approved" in captured.out and "backups' folder belongs" in captured.err
    assert blocker.read_text() == "not a folder"


def test_backups_keep_the_last_ten(tmp_path, example):
    """Backups after backups keep only the newest KEEP, the oldest gone first."""
    from datetime import datetime, timedelta

    from workshop.storage.backups import take_backup

    start = datetime(2024, 6, 10, 13, 0)
    with EngagementStore.create(tmp_path / "e.workshop", example) as store:  # a new file has no backup yet
        for n in range(KEEP + 3):
            take_backup(store.db.conn, store.path, time.time(), now=start + timedelta(minutes=n))
        names = [p.stem for p in backups_of(store.path)]
    assert len(names) == KEEP and names[0] == "2024-06-10_130300"


def test_backup_timer_backs_up_only_after_edits(example_store):
    """backup_if_edited (the window's timer) makes a backup only when something was saved since the last,
    and that backup holds the edit."""
    assert example_store.backup_if_edited() is None
    before = backups_of(example_store.path)
    example_store.rename_organisation(example_store.load().organisations[0].uid, "Ny")
    made = example_store.backup_if_edited()
    assert made is not None and backups_of(example_store.path) == [*before, made]
    with EngagementStore.open(made, read_only=True) as backup:
        assert backup.load() == example_store.load() and backup.load().organisations[0].name == "Ny"
    assert example_store.backup_if_edited() is None
    assert backups_of(example_store.path) == [*before, made]


def test_restore_puts_a_backups_content_back_and_keeps_the_present(example_path):
    """Restoring a backup in the open store brings back its content; the state before is itself a backup."""
    with EngagementStore.open(example_path) as store:
        original = store.load().organisations[0]
        backup = backups_of(example_path)[-1]
        store.rename_organisation(original.uid, "Efter backupen")
        store.restore_backup(backup)
        assert store.load().organisations[0].name == original.name
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert len(backups_of(example_path)) == 2
    with EngagementStore.open(example_path) as store:
        assert store.load().organisations[0].name == original.name


def test_a_damaged_file_points_at_the_newest_good_backup_and_restore_keeps_it(example_path, capsys):
    """A file failing the integrity check is refused naming the damage, offers the newest good backup, and
    `workshop restore FILE newest` puts it back (the damaged file kept beside it)."""
    with EngagementStore.open(example_path):
        pass
    damage_index(example_path)
    damaged = example_path.read_bytes()
    with pytest.raises(DamagedFileError, match="damaged") as refused:
        EngagementStore.open(example_path)
    assert refused.value.backup is not None and refused.value.backup.ok
    assert example_path.read_bytes() == damaged
    assert main(["restore", str(example_path), "newest"]) == 0
    with EngagementStore.open(example_path) as store:
        assert store.load().organisations
    kept = [p for p in example_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


@pytest.mark.parametrize("wreck", ["cut off", "empty", "first bytes overwritten"])
def test_a_file_cut_off_or_emptied_is_restored_from_its_backup(example_path, capsys, wreck):
    """A file cut off by a full disk or a copy cut short, left empty, or with its first bytes overwritten
    (while it has backups of its own: it was an engagement) is damage like a failed integrity check: opening it offers the newest good backup and `workshop restore FILE newest` puts it back (both
    had been refused as "not an engagement" by the command made to repair them)."""
    with EngagementStore.open(example_path):
        pass
    data = example_path.read_bytes()
    example_path.write_bytes({"cut off": data[: len(data) // 3], "empty": b"",
                              "first bytes overwritten": b"\0" * 16 + data[16:]}[wreck])
    with pytest.raises(DamagedFileError) as refused:
        EngagementStore.open(example_path)
    assert refused.value.backup is not None and "restore" in str(refused.value)
    assert main(["restore", str(example_path), "newest"]) == 0
    with EngagementStore.open(example_path) as store:
        assert store.load().organisations
    assert len([p for p in example_path.parent.iterdir() if ".damaged-" in p.name]) == 1


@pytest.mark.parametrize("name", ["nosuch.workshop", "folder", "notes.txt"])
def test_backups_of_a_mistyped_name_or_a_non_engagement_is_an_error_not_an_empty_list(tmp_path, capsys, name):
    """`workshop backups` on a missing file, a folder or a text file says what is wrong and exits 2 (it had
    said "no backups yet" and exited 0, as for a real engagement never opened)."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.txt").write_text("hello")
    assert main(["backups", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert {"nosuch.workshop": "no such file", "folder": "not a file", "notes.txt": "not a Workshop"}[name] in err


def _ten_backups(path) -> list:
    from datetime import datetime, timedelta

    from workshop.storage.backups import file_last_edit, take_backup

    with EngagementStore.open(path) as store:
        base = datetime(2024, 1, 1, 9, 0)
        for i in range(KEEP):
            store.rename_organisation(store.load().organisations[0].uid, f"Namn {i}")
            take_backup(store.db.conn, path, file_last_edit(path), now=base + timedelta(minutes=i))
    return backups_of(path)


def test_restoring_the_oldest_of_ten_backups_restores_it(example_path):
    """The backup of the present state, taken first, pushes the oldest of ten out of the list: choosing that
    one restored nothing, deleted it and crashed. It is read before, and its content comes back."""
    _ten_backups(example_path)
    with EngagementStore.open(example_path) as store:  # opening keeps its own backup: the list, as shown
        oldest = backups_of(example_path)[0]
        with EngagementStore.open(oldest, read_only=True) as old:
            held = old.load().organisations[0].name
        store.rename_organisation(store.load().organisations[0].uid, "Nu")
        store.restore_backup(oldest)
        assert store.load().organisations[0].name == held != "Nu"
    assert len(backups_of(example_path)) == KEEP


@pytest.mark.parametrize(("change", "needle"), [
    ("PRAGMA user_version = 99", "newer version"),
    ("PRAGMA application_id = 7", "not a Workshop engagement"),
    ("ALTER TABLE people DROP COLUMN phone", "no column phone"),
])
def test_a_backup_that_is_no_current_engagement_is_refused_and_nothing_changes(example_path, change, needle):
    """A backup from a newer version, another program's database or one missing a column: restoring it is
    refused with the reason (it had been copied in, and the file could then never be opened again)."""
    import sqlite3

    backup = _ten_backups(example_path)[-1]
    conn = sqlite3.connect(backup)
    conn.execute(change)
    conn.commit()
    conn.close()
    with EngagementStore.open(example_path) as store:
        before = store.load()
        with pytest.raises(StorageError, match=needle):
            store.restore_backup(backup)
        assert store.load() == before
    with EngagementStore.open(example_path, read_only=True) as store:
        assert store.load() == before


def test_a_restore_is_refused_when_the_present_state_cannot_be_backed_up(example_path, monkeypatch):
    """No backup of the present state can be written (a full disk): the restore is refused, saying so, and
    the present state stays (it had gone ahead, losing it)."""
    from workshop.storage import backups

    _ten_backups(example_path)

    def full(*_args, **_kwargs):
        raise StorageError("disk full")

    with EngagementStore.open(example_path) as store:
        backup = backups_of(example_path)[0]
        store.rename_organisation(store.load().organisations[0].uid, "Nu")
        monkeypatch.setattr(backups, "take_backup", full)
        with pytest.raises(StorageError, match="Nothing was restored"):
            store.restore_backup(backup)
        assert store.load().organisations[0].name == "Nu"


def test_a_file_another_program_holds_locked_is_not_called_damaged_nor_restored(example_path, capsys):
    """A whole file that another program holds locked cannot be read now: that is said, and `workshop
    restore` does not put an older backup in its place (reading "database is locked" as damage had)."""
    import sqlite3

    with EngagementStore.open(example_path):
        pass
    before = example_path.read_bytes()
    holder = sqlite3.connect(example_path)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError) as refused:
            EngagementStore.open(example_path)
        assert not isinstance(refused.value, DamagedFileError) and "cannot be read now" in str(refused.value)
        assert main(["restore", str(example_path), "newest"]) == 2
    finally:
        holder.rollback()
        holder.close()
    assert example_path.read_bytes() == before
    assert not [p for p in example_path.parent.iterdir() if ".damaged-" in p.name]


def test_ctrl_c_while_a_backup_is_put_in_place_waits_until_it_is(example_path, monkeypatch):
    """Ctrl+C between setting the damaged file aside and putting the backup in its place had left no
    engagement under its name: the restore finishes, then the interrupt comes."""
    import os
    import signal

    from workshop.storage.backups import restore_file

    with EngagementStore.open(example_path):
        pass
    good = backups_of(example_path)[0]
    example_path.write_bytes(b"")
    real_replace = os.replace

    def replace_then_ctrl_c(*args, **kwargs):
        real_replace(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # pressed right after the damaged file was set aside

    monkeypatch.setattr(os, "replace", replace_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        restore_file(example_path, good)
    monkeypatch.undo()
    with EngagementStore.open(example_path) as store:
        assert store.load().organisations
