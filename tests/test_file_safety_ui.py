"""File safety in the window: the read-only banner, refused writes said in the window, backups."""

from __future__ import annotations

import getpass
import socket

import pytest
from PySide6.QtCore import QTimer

from workshop.app import build
from workshop.storage import EngagementStore
from workshop.storage.backups import backups_of
from workshop.ui.filesafety import controller as file_safety
from workshop.ui.session.session import ORGANISATIONS
from workshop.ui.widgets import dialogs


def _window(qtbot, path):
    _app, window, controller = build(["workshop", str(path)])
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, controller


def _rename(session, uid, name):
    """An edit through the session's one write path."""
    session.write(ORGANISATIONS, lambda store: store.rename_organisation(uid, name))


@pytest.fixture
def two_windows(qtbot, example_path):
    """Two app windows opened on one file, the first one first."""
    first = _window(qtbot, example_path)
    second = _window(qtbot, example_path)
    yield first, second
    second[1].close()
    first[1].close()


def test_the_second_window_shows_a_read_only_banner_naming_the_holder(two_windows):
    """The second window on a file says read-only, who has it open and since when, and offers a copy;
    the first window shows no banner."""
    (first, _), (second, _) = two_windows
    banner = second.file_safety.banner
    assert second.file_safety.bar.isVisible() and banner.active
    text = banner.label.text()
    assert "Read-only" in text and getpass.getuser() in text and socket.gethostname() in text
    assert banner.copy_button.isVisible()
    assert not first.file_safety.bar.isVisible()
    assert not second.actions["restore_backup"].isEnabled()


def test_a_refused_write_is_said_in_the_window_and_the_stored_value_shown_again(two_windows, qtbot, capsys):
    """An edit in the read-only window goes nowhere: the banner says why (nothing on stderr), and the
    session shows what the file holds again."""
    (first, _), (second, _) = two_windows
    session = second.session
    org = session.engagement.organisations[0]
    QTimer.singleShot(0, lambda: _rename(session, org.uid, "Never saved"))
    qtbot.waitUntil(lambda: "Not saved" in second.file_safety.banner.label.text())
    assert "because" in second.file_safety.banner.label.text()
    assert "Traceback" not in capsys.readouterr().err
    assert second.session.engagement.organisations[0].name == org.name
    with EngagementStore.open(first.session.path, read_only=True) as store:
        assert store.load().organisations[0].name == org.name


def test_restore_from_backup_brings_back_the_backups_content(qtbot, example_path, monkeypatch):
    """File → Restore from Backup… lists the backups; the chosen one replaces the content and every view
    reads it; the undo stack starts afresh."""
    window, controller = _window(qtbot, example_path)
    try:
        session = window.session
        original = session.engagement.organisations[0]
        _rename(session, original.uid, "Efter backupen")
        assert session.engagement.organisations[0].name == "Efter backupen"
        offered = []
        monkeypatch.setattr(file_safety, "ask_backup", lambda parent, backups: offered.extend(backups) or backups[-1])
        window.actions["restore_backup"].trigger()
        assert offered and all(b.ok for b in offered)
        assert session.engagement.organisations[0].name == original.name
        assert session.undo_stack.count() == 0
    finally:
        controller.close()


def test_the_backup_timer_backs_up_only_after_edits(qtbot, example_path):
    """The window's timer runs while the file may be edited; a tick backs up only when something was saved."""
    window, controller = _window(qtbot, example_path)
    try:
        safety = window.file_safety
        assert safety.timer.isActive()
        before = len(backups_of(example_path))
        safety.backup_now()
        assert len(backups_of(example_path)) == before
        _rename(window.session, window.session.engagement.organisations[0].uid, "Ny")
        safety.backup_now()
        assert len(backups_of(example_path)) == before + 1
    finally:
        controller.close()


def test_a_damaged_file_offers_its_newest_good_backup(qtbot, example_path, monkeypatch):
    """Opening a damaged file that has a good backup asks to restore it; yes restores and opens it."""
    from bad_input_matrix import damage_index

    with EngagementStore.open(example_path):
        pass
    damage_index(example_path)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, message: asked.append(message) or True)
    window, controller = _window(qtbot, example_path)
    try:
        assert asked and "good backup" in asked[0]
        assert window.session is not None and window.session.engagement.organisations
    finally:
        controller.close()


def test_a_file_whose_rows_another_program_spoiled_is_refused_and_what_was_open_stays(qtbot, example_path, tmp_path,
                                                                                    monkeypatch):
    """A file whose approved minutes another program rewrote as JSON of another shape (the file's own check takes
    any valid JSON): Open says it is damaged, naming the meeting, the window keeps the file it had open, and the
    spoiled file is let go (a second open of it is not read-only). It had raised a traceback and kept the file
    open, unseen, with its lock."""
    import sqlite3

    spoiled = tmp_path / "spoiled.workshop"
    spoiled.write_bytes(example_path.read_bytes())
    conn = sqlite3.connect(spoiled)
    conn.execute("""INSERT INTO minutes_approvals (meeting_uid, approved_on, approvers, minutes)
                    SELECT uid, '2024-06-25', '["A"]', '{"agenda": [{"x": 1}]}' FROM meetings LIMIT 1""")
    conn.commit()
    conn.close()
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append((title, message)))
    window, controller = _window(qtbot, example_path)
    try:
        assert not controller.open_path(spoiled)
        assert [t for t, _ in errors] == ["Cannot open engagement"]
        assert "damaged" in errors[0][1] and "not as Workshop writes them" in errors[0][1]
        assert window.session is not None and window.session.path == example_path
        with EngagementStore.open(spoiled) as store:
            assert store.read_only is None
    finally:
        controller.close()


def test_reopening_the_open_file_keeps_it_writable(qtbot, example_path):
    """Opening the file this window already has open does not turn it read-only (its own lock)."""
    window, controller = _window(qtbot, example_path)
    try:
        assert controller.open_path(example_path)
        assert window.session.store.read_only is None
        assert not window.file_safety.bar.isVisible()
    finally:
        controller.close()


def test_notes_for_an_item_another_window_deleted_say_not_saved_and_stay(qtbot, example_path):
    """Notes typed into an agenda item another window deleted: the autosave says why it could not save
    (not "saved"), and the typed text stays in the editor."""
    from PySide6.QtWidgets import QPlainTextEdit

    from workshop.ui.meetings.runner.notes import NotesAutosaver

    with EngagementStore.open(example_path) as store:
        item = store.load().meetings[0].agenda[0].uid
        store.meetings.remove_items([item])
        editor = QPlainTextEdit()
        qtbot.addWidget(editor)
        saver = NotesAutosaver(editor, store.meetings.set_item_notes)
        saver.show_item(item, "")
        failures, saved = [], []
        saver.failed.connect(failures.append)
        saver.saved.connect(saved.append)
        editor.setPlainText("Viktig anteckning")
        saver.flush()
        assert failures and "no longer exists" in failures[0] and not saved
        assert editor.toPlainText() == "Viktig anteckning" and saver.pending()


def test_opening_the_open_file_again_keeps_its_undo_history(qtbot, example_path):
    """File → Open or Open Recent on the file already open: nothing is closed, the edits can still be undone
    (opening it again had cleared the history and rebuilt every view)."""
    window, controller = _window(qtbot, example_path)
    try:
        session = window.session
        window.views["framework"].organisations.select(0)
        window.views["framework"].organisations.inputs["name"].setText("Gislaveds kommun")
        window.views["framework"].organisations.update()  # an undoable edit
        assert session.undo_stack.canUndo()
        assert controller.open_path(example_path.parent / ".." / example_path.parent.name / example_path.name)
        assert window.session is session and session.undo_stack.canUndo()
        session.undo_stack.undo()
        assert session.engagement.organisations[0].name == "Gislaved"
    finally:
        controller.close()


def test_a_file_open_read_only_is_opened_again_writable_once_the_other_window_closes(qtbot, example_path):
    first, first_controller = _window(qtbot, example_path)
    second, second_controller = _window(qtbot, example_path)
    try:
        assert second.session.store.read_only is not None
        first_controller.close()
        assert second_controller.open_path(example_path)
        assert second.session.store.read_only is None and not second.file_safety.bar.isVisible()
    finally:
        second_controller.close()
        first_controller.close()
