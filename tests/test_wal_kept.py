"""A reader never deletes the journal of a file a writer has open: the writer's own process had opened and
closed the file once more (a file dialog reading it to tell its type), which drops its POSIX locks on it;
`workshop summary` then took itself for the last user, checkpointed and deleted the -wal and -shm, and what
the app saved next went to a deleted journal, lost when it was killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from workshop.storage import EngagementStore


def _hylte_s1(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT value FROM criteria_votes v JOIN organisations o ON o.uid = v.organisation_uid"
                            " WHERE o.name = 'Hylte' AND alternative_code = 'S' AND criterion_number = 1").fetchone()[0]


def test_a_reader_leaves_the_open_file_s_journal_and_a_later_save_survives_a_kill(example_path, tmp_path):
    """`workshop summary` beside a window whose locks went: the window's journal stays, its next save is kept."""
    writer = textwrap.dedent(f"""
        import os, sys, time
        from pathlib import Path
        from workshop.storage import EngagementStore
        store = EngagementStore.open(Path({str(example_path)!r}))
        with open({str(example_path)!r}, "rb") as fh:  # as a file dialog does: the process's locks go
            fh.read(16)
        print("open", flush=True)
        sys.stdin.readline()  # the reader has come and gone
        conn = store.db.conn
        conn.execute("UPDATE criteria_votes SET value = 3 WHERE alternative_code = 'S' AND criterion_number = 1"
                     " AND organisation_uid = (SELECT uid FROM organisations WHERE name = 'Hylte')")
        conn.commit()
        print("saved", flush=True)
        time.sleep(60)
    """)
    before = _hylte_s1(example_path)
    assert before != 3
    child = subprocess.Popen([sys.executable, "-c", writer], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with EngagementStore.open(example_path, read_only=True) as store:  # what `workshop summary` does
            assert store.load().organisations
        assert os.path.exists(f"{example_path}-wal") and os.path.exists(f"{example_path}-shm")
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "saved"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdin.close()
        child.stdout.close()
    assert _hylte_s1(example_path) == 3  # the save reached the file's journal, not a deleted one


def test_whether_a_writer_holds_the_file_errs_on_the_careful_side(example_path, monkeypatch):
    """No lock file: no writer; the lock held (here, by another open): a writer; a file system that refuses the
    lock to a reader: said held, so the reader only reads (a traceback had been possible)."""
    import errno

    from workshop.storage import lock

    assert not lock.writer_holds(example_path)
    held = lock.try_lock(example_path)
    try:
        assert lock.writer_holds(example_path)
    finally:
        held.release()
    lock.lock_path(example_path).touch()
    assert not lock.writer_holds(example_path)  # a lock file nobody holds

    def refused(_fd):
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(lock, "_try_lock", refused)
    assert lock.writer_holds(example_path)
    with EngagementStore.open(example_path, read_only=True) as store:  # and reading goes on
        assert store.load().organisations


def test_the_app_s_file_dialogs_tell_a_file_s_kind_by_its_name_never_by_reading_it(qapp, tmp_path):
    """Qt's file dialog read the first bytes of every file it listed (the open engagement too: File → Merge
    From…), which dropped the window's locks on it. Ours tell the kind by the name: a ".workshop" file
    holding a PDF's first bytes is not called a PDF document."""
    from PySide6.QtCore import QFileInfo

    from workshop.ui.widgets.dialogs import file_dialog

    disguised = tmp_path / "x.workshop"
    disguised.write_bytes(b"%PDF-1.4\n")
    for save in (False, True):
        dialog = file_dialog(None, "Merge from which copy?", str(tmp_path), "Workshop (*.workshop)", save=save)
        kind = dialog.iconProvider().type(QFileInfo(str(disguised)))
        assert kind and "PDF" not in kind
        dialog.deleteLater()
