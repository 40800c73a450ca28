"""Two writers and one file, writes that cannot happen, backups, and a file that refuses what the app refuses."""

from __future__ import annotations

import dataclasses
import getpass
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bad_input_matrix import as_version_1_held_it, write_v1_file

from workshop.cli import main
from workshop.domain.errors import DomainError
from workshop.domain.model import Organisation
from workshop.storage import EngagementStore, StorageError
from workshop.storage.backups import backup_folder
from workshop.storage.connection import backup_path
from workshop.storage.guard import ReadOnlyReason
from workshop.storage.lock import lock_path
from workshop.storage.schema import schema_version


def _hold_in_child(path: Path) -> subprocess.Popen:
    """Another process that opens the file for editing and keeps it open."""
    code = ("import sys, time\nfrom workshop.storage import EngagementStore\n"
            "s = EngagementStore.open(sys.argv[1])\nprint(s.read_only is None, flush=True)\ntime.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "True"
    proc.stdout.close()
    return proc


def test_second_opener_gets_the_file_read_only_naming_the_holder(example_path):
    """A second store on a file another holds opens read-only, names user, host and since, and refuses
    every write with that sentence; the file keeps what the first one wrote."""
    first = EngagementStore.open(example_path)
    try:
        second = EngagementStore.open(example_path)
        with second:
            assert second.read_only.reason is ReadOnlyReason.LOCKED
            holder = second.read_only.holder
            assert (holder.pid, holder.user) == (os.getpid(), first.lock.holder.user)
            org = second.load().organisations[0]
            with pytest.raises(StorageError, match=f"because {holder.user} on {holder.host} has had it open"):
                second.rename_organisation(org.uid, "Ny")
            first.rename_organisation(org.uid, "Från ettan")
            assert second.load().organisations[0].name == "Från ettan"
    finally:
        first.close()
    with EngagementStore.open(example_path) as third:  # the lock went with the first store
        assert third.read_only is None
    assert not lock_path(example_path).exists()


def test_a_killed_holders_lock_is_taken_over(example_path):
    """After the holding process is killed (no clean-up at all), the next opener gets the file for writing."""
    proc = _hold_in_child(example_path)
    with EngagementStore.open(example_path) as store:
        assert store.read_only.reason is ReadOnlyReason.LOCKED and store.read_only.holder.pid == proc.pid
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert lock_path(example_path).exists()  # left behind by the crash
    with EngagementStore.open(example_path) as store:
        assert store.read_only is None


def test_a_link_to_the_file_shares_its_lock_and_its_backups(example_path, tmp_path, capsys):
    """A symbolic link names the file's own lock and backups: opened through the link while the window has
    the file, it is read-only, and forgetting a person through it is refused (it had taken a lock of its own,
    the window then wrote the name back, and the file's backups kept it)."""
    link = tmp_path / "alias.workshop"
    link.symlink_to(example_path)
    with EngagementStore.open(example_path) as first:
        assert first.read_only is None
        person = first.load().people[0]
        with EngagementStore.open(link) as second:
            assert second.read_only.reason is ReadOnlyReason.LOCKED
        before = example_path.read_bytes()
        assert main(["forget-person", str(link), "--person", person.uid]) == 2
        assert "open" in capsys.readouterr().err
        assert example_path.read_bytes() == before
    assert lock_path(link) == lock_path(example_path)
    assert backup_folder(link) == backup_folder(example_path)


def test_a_file_with_another_hard_link_opens_read_only(example_path, tmp_path):
    """A file that also has another name (a hard link) opens read-only, saying why: each name would get a
    lock and a SQLite journal of its own, and two windows could write it at once."""
    other = example_path.with_name("other.workshop")
    os.link(example_path, other)
    with EngagementStore.open(other) as store:
        assert store.read_only.reason is ReadOnlyReason.LINKED
        org = store.load().organisations[0]
        with pytest.raises(StorageError, match="other names"):
            store.rename_organisation(org.uid, "Ny")
    other.unlink()
    with EngagementStore.open(example_path) as store:  # its only name again: written as before
        assert store.read_only is None


@pytest.mark.parametrize("args", [["demo", "--force", "-o", "{file}"], ["import", "--force", "{json}", "-o", "{file}"],
                                  ["restore", "{file}", "newest"]])
def test_cli_writes_refuse_a_file_the_app_holds(example_path, tmp_path, capsys, args):
    """demo/import --force and restore onto a file another process holds: one line naming the holder, exit 2,
    the file unchanged (it used to be corrupted under the open app)."""
    json_path = tmp_path / "e.json"
    assert main(["export", str(example_path), "--format", "json", "-o", str(json_path)]) == 0
    proc = _hold_in_child(example_path)
    try:
        before = example_path.read_bytes()
        capsys.readouterr()
        assert main([a.format(file=example_path, json=json_path) for a in args]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and getpass.getuser() in err and "open" in err
        assert example_path.read_bytes() == before
    finally:
        proc.kill()
        proc.wait()


def test_a_file_replaced_underneath_stops_the_store_writing(example_path, example):
    """When another program replaces the file, the next write says so and goes nowhere; so does every later one."""
    store = EngagementStore.open(example_path)
    try:
        org = store.load().organisations[0]
        replacement = example_path.with_name("other.workshop")
        EngagementStore.create(replacement, example).close()
        os.replace(replacement, example_path)
        for _ in range(2):
            with pytest.raises(StorageError, match="replaced or deleted"):
                store.rename_organisation(org.uid, "Lost")
        assert store.lost
    finally:
        store.close()
    with EngagementStore.open(example_path) as fresh:
        assert fresh.load().organisations[0].name == org.name


def test_a_deleted_file_stops_the_store_writing(example_path):
    """A file deleted underneath the store: the next notes save is refused, saying so."""
    store = EngagementStore.open(example_path)
    try:
        item = store.load().meetings[0].agenda[0].uid
        example_path.unlink()
        with pytest.raises(StorageError, match="replaced or deleted"):
            store.meetings.set_item_notes(item, "typed")
    finally:
        store.close()


def test_writes_to_rows_another_window_removed_are_refused(example_store):
    """Notes typed into an item another window deleted, renaming a removed organisation: refused, nothing saved."""
    e = example_store.load()
    item = e.meetings[0].agenda[0]
    org = e.organisations[-1]
    example_store.meetings.remove_items([item.uid])
    with pytest.raises(StorageError, match="agenda item no longer exists"):
        example_store.meetings.set_item_notes(item.uid, "typed after the delete")
    example_store.remove_organisation_keeping_rows(org.uid)
    with pytest.raises(StorageError, match="organisation no longer exists"):
        example_store.rename_organisation(org.uid, "Ny")
    with pytest.raises(StorageError, match="meeting no longer exists"):
        example_store.meetings.set_status("no-such-meeting", "closed")


def test_a_file_another_program_is_writing_gives_a_message_not_a_freeze(example_store):
    """While another connection holds SQLite's write lock, an edit is refused with a sentence."""
    other = sqlite3.connect(example_store.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        org = example_store.load().organisations[0]
        with pytest.raises(StorageError, match="another program is writing"):
            example_store.rename_organisation(org.uid, "Ny")
        with pytest.raises(StorageError, match="another program is writing"):
            example_store.meetings.set_item_notes(example_store.load().meetings[0].agenda[0].uid, "x")
    finally:
        other.rollback()
        other.close()
    assert example_store.load().organisations[0].name == org.name


def _open_and_try(path: Path, monkeypatch) -> tuple[str, str]:
    """Open the file for editing and try an edit: (why it is read-only, the refusal), as a user bound by
    permissions. Tests running as root (who may write anything) run it as user nobody, with the system's
    Python of the same version and our sources and packages on its path; where that cannot run (no such
    Python, a checkout nobody may read), root's os.access is made to judge by the mode bits instead."""
    if os.geteuid() == 0:
        out = _as_nobody(path)
        if out is not None:
            reason, message = out.split(" | ")
            return reason, message
        monkeypatch.setattr(os, "access", _access_by_mode_bits)
    with EngagementStore.open(path) as store:
        org = store.load().organisations[0]
        with pytest.raises(StorageError) as refused:
            store.rename_organisation(org.uid, "Ny")
        return str(store.read_only.reason), str(refused.value)


def _access_by_mode_bits(path, mode, **kwargs) -> bool:
    st = os.stat(path)
    return not (mode & os.W_OK) or bool(st.st_mode & 0o222)


def _as_nobody(path: Path) -> str | None:
    import site

    import workshop

    python = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}", path="/usr/bin:/usr/local/bin")
    if python is None:
        return None
    needed = [Path(workshop.__file__).parents[1], *map(Path, site.getsitepackages())]
    for parent in path.parents:
        if parent == Path("/"):
            break
        os.chmod(parent, os.stat(parent).st_mode | 0o005)
    out = subprocess.run([python, "-c", _OPEN_AND_TRY, str(path)], capture_output=True, text=True, user=65534,
                         group=65534, env=dict(os.environ, PYTHONPATH=os.pathsep.join(map(str, needed))))
    return out.stdout.strip() if out.returncode == 0 and " | " in out.stdout else None


_OPEN_AND_TRY = """
import sys
from workshop.storage import EngagementStore, StorageError
s = EngagementStore.open(sys.argv[1])
org = s.load().organisations[0]
try:
    s.rename_organisation(org.uid, "Ny")
except StorageError as exc:
    print(s.read_only.reason, "|", exc)
"""


def test_a_read_only_file_opens_read_only(example_path, monkeypatch):
    """A file the user may not write opens (not "damaged"), read-only, and a write says why."""
    example_path.chmod(0o444)
    before = example_path.read_bytes()
    reason, message = _open_and_try(example_path, monkeypatch)
    assert reason == "file" and "the file may not be written" in message
    assert example_path.read_bytes() == before


def test_a_read_only_file_is_read_without_leaving_journal_files_beside_it(example_path, monkeypatch, capsys):
    """Reading a file the user may not write (the summary, the window) leaves no -wal or -shm beside it: they
    had been left behind, read-only themselves, in a folder the user may write."""
    example_path.chmod(0o444)
    monkeypatch.setattr(os, "access", _access_by_mode_bits)
    assert main(["summary", str(example_path)]) == 0
    with EngagementStore.open(example_path) as store:
        assert store.read_only.reason is ReadOnlyReason.FILE and store.load().organisations
    assert sorted(p.name for p in example_path.parent.iterdir() if p.name.startswith(example_path.name)) == [
        example_path.name]


def test_a_file_in_a_read_only_folder_opens_read_only(tmp_path, example, monkeypatch):
    """A file in a folder the user may not write opens read-only instead of "damaged or unreadable"."""
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "e.workshop"
    EngagementStore.create(path, example).close()
    path.chmod(0o666)
    folder.chmod(0o555)
    try:
        reason, message = _open_and_try(path, monkeypatch)
    finally:
        folder.chmod(0o755)
    assert reason == "folder" and "its folder may not be written" in message
    assert sorted(p.name for p in folder.iterdir()) == ["e.workshop"]


def test_a_copy_with_changes_still_in_its_journal_in_a_read_only_folder_is_refused(tmp_path, example_path,
                                                                                    monkeypatch, capsys):
    """A file copied with its -wal (changes not yet written into it) but no -shm, to a folder that may not
    be written: SQLite cannot read the journal there, and reading the file alone had shown older values
    without a word. It is refused, saying what to do."""
    import dataclasses

    folder = tmp_path / "stick"
    folder.mkdir()
    with EngagementStore.open(example_path) as store:
        store.update_info(dataclasses.replace(store.load().info, title="Ändrad"))
        shutil.copy(example_path, folder / "e.workshop")
        shutil.copy(example_path.with_name(example_path.name + "-wal"), folder / "e.workshop-wal")
    folder.chmod(0o555)
    monkeypatch.setattr(os, "access", _access_by_mode_bits)
    try:
        assert main(["summary", str(folder / "e.workshop")]) == 2
    finally:
        folder.chmod(0o755)
    err = capsys.readouterr().err
    assert "journal (e.workshop-wal)" in err and "copy both files" in err


# --- the file refuses what the app refuses ----------------------------------------


def test_an_older_file_is_migrated_to_strict_tables_after_a_backup(tmp_path, example):
    """A version-1 file opens as the same engagement, now STRICT, with its .bak-v1 copy beside it."""
    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    with EngagementStore.open(path) as store:
        assert store.load() == as_version_1_held_it(example)
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'criteria'").fetchone()[0]
        assert sql.rstrip().endswith("STRICT")
    assert backup_path(path, 1).exists()


def test_an_older_file_on_a_full_disk_is_refused_unchanged_with_no_empty_backup(tmp_path, example, monkeypatch):
    """The copy kept before migrating cannot be written (the disk is full): a sentence, the file byte for
    byte as it was, and no .bak-v1 (a 0-byte one had been left, and the app had shown a traceback)."""
    from workshop.storage import connection

    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    before = path.read_bytes()

    def full(conn, target):
        Path(target).write_bytes(b"")  # SQLite had created the file before the disk filled
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(connection, "backup", full)
    with pytest.raises(StorageError, match="no copy could be kept .* the file was not changed"):
        EngagementStore.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "old.workshop.lock") == ["old.workshop"]


@pytest.mark.parametrize("length", [241, 250])
def test_a_name_too_long_for_the_files_beside_it_is_refused_saying_so(example_path, tmp_path, capsys, length):
    """A 250-letter name left no room for its backups' folder (a traceback in the app, the lock kept) and
    at 255 for SQLite's journal ("damaged or unreadable"): it is refused, naming the reason and the most."""
    import shutil

    (tmp_path / "long").mkdir()
    long = tmp_path / "long" / ("M" * (length - len(".workshop")) + ".workshop")
    shutil.copy(example_path, long)
    before = long.read_bytes()
    with pytest.raises(StorageError, match="name is too long .* at most 223 bytes"):
        EngagementStore.open(long)
    assert main(["summary", str(long)]) == 2
    assert "too long" in capsys.readouterr().err
    assert long.read_bytes() == before and [p.name for p in long.parent.iterdir()] == [long.name]
    new = long.with_name("N" + long.name[1:])  # such a name is not written either: it could not be opened again
    assert main(["demo", "-o", str(new)]) == 2
    assert "too long" in capsys.readouterr().err and not new.exists()


def test_an_older_file_holding_text_in_a_number_column_is_refused_unchanged(tmp_path, example):
    """A weight of 'abc' written by another tool (it crashed the app) makes the migration refuse the file
    with a sentence; the file is byte for byte as it was and no .bak is left."""
    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE criteria SET weight = 'abc' WHERE number = 1")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="refuses .*REAL.*not changed"):
        EngagementStore.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.workshop"]


def _with_area_code(path, sql_statements):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    for sql in sql_statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_older_file_whose_area_code_ends_in_a_space_keeps_its_scores(tmp_path, example):
    """A version-1 area coded 'A ' (another tool's typing) becomes 'A' and keeps every score and link to it."""
    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    scores_of_a = sum(1 for s in example.potentials if s.area_code == "A")
    _with_area_code(path, ["PRAGMA foreign_keys = OFF",
                           "UPDATE areas SET code = 'A ' WHERE code = 'A'",
                           "UPDATE potential_scores SET area_code = 'A ' WHERE area_code = 'A'",
                           "UPDATE alternative_areas SET area_code = 'A ' WHERE area_code = 'A'"])
    with EngagementStore.open(path) as store:
        loaded = store.load()
        assert loaded == as_version_1_held_it(example)
        assert sum(1 for s in loaded.potentials if s.area_code == "A") == scores_of_a > 0
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_older_file_with_two_codes_equal_but_for_spaces_is_refused_by_name(tmp_path, example):
    """Areas 'A' and 'A ' cannot both become 'A': the file is refused with a sentence naming them, unchanged."""
    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    group = example.areas[0].group_code
    _with_area_code(path, [f"INSERT INTO areas (uid, code, name, group_code, position) "
                           f"SELECT uid || 'x', 'A ', name, '{group}', position + 100 FROM areas WHERE code = 'A'"])
    before = path.read_bytes()
    with pytest.raises(StorageError, match="differ only by spaces.*'A', 'A '|differ only by spaces.*'A ', 'A'"):
        EngagementStore.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("sql", [
    "UPDATE criteria SET weight = 'abc'",
    "UPDATE meetings SET duration_minutes = 'abc'",
    "UPDATE meetings SET duration_minutes = 1000000000000000",
    "UPDATE meetings SET starts_at = '9999-12-31T23:00'",
    "UPDATE meetings SET starts_at = 'soon'",
    "UPDATE criteria SET scale_max = 1000000",
    "UPDATE criteria SET weight = 1e308",
    "UPDATE organisations SET name = name || char(9)",
    "UPDATE organisations SET name = char(8203) || name",
    "UPDATE potential_scores SET value = '50'||'x'",
    "UPDATE action_items SET due_date = '2024-02-30'",
    "UPDATE agenda_items SET seconds_spent = -1",
])
def test_the_file_refuses_what_the_app_refuses(example_path, sql):
    """Another tool writing a value the app would refuse is refused by the file itself."""
    conn = sqlite3.connect(example_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql)
    conn.close()


def test_lowering_a_scale_below_its_votes_is_refused(example_store):
    """A criterion's scale cannot shrink while votes lie outside it: by the store (a sentence) or the file."""
    vote = example_store.load().votes[0]
    high = max(v.value for v in example_store.load().votes if v.criterion_number == vote.criterion_number)
    with pytest.raises(DomainError, match="lie outside"):
        example_store.scores.set_scale(vote.criterion_number, 1, high - 1)
    with pytest.raises(sqlite3.IntegrityError):
        example_store.db.conn.execute("UPDATE criteria SET scale_max = ? WHERE number = ?",
                                      [high - 1, vote.criterion_number])
    example_store.scores.set_scale(vote.criterion_number, 1, 10)
    assert {c.number: c.scale_max for c in example_store.load().criteria}[vote.criterion_number] == 10


@pytest.mark.parametrize("name", ["GNOSJÖ", "Gnosjö\t", "Gnos\u200bjö", "  gnosjö\n", "Ｇｎｏｓｊö"])
def test_look_alike_names_are_one_name(example_store, name):
    """Case, trailing tabs, zero-width spaces and full-width letters do not make a new organisation."""
    with pytest.raises(DomainError, match="already exists"):
        example_store.add_organisation(Organisation(name=name, short_code="NEW"))


def test_names_are_stored_trimmed_of_every_kind_of_space(example_store):
    """A name typed with a non-breaking space and a zero-width space at its ends is stored without them."""
    example_store.add_organisation(Organisation(name="\u00a0Ljungby\u200b", short_code="LJ\t"))
    org = example_store.load().organisations[-1]
    assert (org.name, org.short_code) == ("Ljungby", "LJ")


def test_a_file_with_no_engagement_row_is_refused_unchanged(example_path):
    """A Workshop file whose engagement row is gone is refused with a sentence, not a crash, and not touched."""
    conn = sqlite3.connect(example_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM engagement")
    conn.commit()
    conn.close()
    before = example_path.read_bytes()
    with pytest.raises(StorageError, match="holds no engagement"):
        EngagementStore.open(example_path)
    assert example_path.read_bytes() == before
    assert sorted(p.name for p in example_path.parent.iterdir()) == ["example.workshop"]


def test_creating_on_a_full_disk_leaves_nothing_behind(tmp_path, example, monkeypatch):
    """When the disk fills while the new file is written, no file, -wal, -shm or temporary file remains,
    and the next attempt is not told "the file exists"."""
    import workshop.storage.store as store_module

    def full(db, engagement):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "insert_engagement", full)
    target = tmp_path / "new.workshop"
    with pytest.raises(StorageError, match="new.workshop.*disk is full"):
        EngagementStore.create(target, example)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    EngagementStore.create(target, example).close()


def test_create_replaces_an_old_file_and_its_stale_journal(example_path, example):
    """demo --force onto a file a crashed app left with a -wal: the new file opens clean (the old journal is
    not replayed on it)."""
    wal = Path(f"{example_path}-wal")
    shutil.copy(example_path, wal)  # any leftover bytes
    changed = dataclasses.replace(example, info=dataclasses.replace(example.info, title="Ny utredning"))
    EngagementStore.create(example_path, changed, overwrite=True).close()
    with EngagementStore.open(example_path) as store:
        assert store.load().info.title == "Ny utredning"


def test_save_a_copy_never_replaces_a_file_another_window_has_open(example_path, tmp_path, example):
    """Save a Copy onto a file another process holds is refused naming the holder; that file is unchanged."""
    other = tmp_path / "other.workshop"
    EngagementStore.create(other, example).close()
    proc = _hold_in_child(other)
    try:
        before = other.read_bytes()
        with EngagementStore.open(example_path) as store:
            with pytest.raises(StorageError, match="open in Workshop by"):
                store.save_copy(other)
        assert other.read_bytes() == before
    finally:
        proc.kill()
        proc.wait()
