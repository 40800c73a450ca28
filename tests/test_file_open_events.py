"""A file the system asks the running app to open (the macOS Finder's double-click, a drop on the Dock icon)
opens as File → Open would, with its refusals, and waits while a dialog is open."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog

from workshop.app import build
from workshop.ui.widgets import dialogs


@pytest.fixture
def started(qtbot):
    """The app as the Finder starts it: no file in argv, the window shown."""
    app, window, controller = build(["workshop"])
    window.file_open_events.listen()  # as on macOS, the one system that sends these events
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield app, window
    controller.close()


def _open_from_finder(app, path) -> None:
    QApplication.sendEvent(app, QFileOpenEvent(str(path)))


def test_a_file_double_clicked_in_the_finder_opens_in_the_window(started, qtbot, example_path, tmp_path):
    app, window = started
    assert window.session is None
    _open_from_finder(app, example_path)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.path.resolve() == example_path.resolve()
    assert window.windowTitle().startswith("example.workshop")

    other = tmp_path / "andra kommuner.workshop"
    shutil.copy(example_path, other)
    QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(other))))  # as a URL, as the Dock sends
    qtbot.waitUntil(lambda: window.session.path.resolve() == other.resolve())


def test_a_file_asked_for_under_an_open_dialog_waits_until_it_closes(started, qtbot, example_path):
    app, window = started
    question = QDialog(window)
    question.setModal(True)
    question.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is question)
    _open_from_finder(app, example_path)
    qtbot.wait(700)  # two looks while the dialog is open
    assert window.session is None
    assert window.file_open_events.waiting() == str(example_path)

    question.reject()
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.path.resolve() == example_path.resolve()
    assert window.file_open_events.waiting() is None


def test_a_file_that_is_no_engagement_is_refused_and_keeps_what_was_open(started, qtbot, example_path, tmp_path,
                                                                        monkeypatch):
    app, window = started
    _open_from_finder(app, example_path)
    qtbot.waitUntil(lambda: window.session is not None)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append((title, message)))
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("<b>inte</b> en fil för Workshop")

    _open_from_finder(app, notes)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors[0][0] == "Cannot open engagement"
    assert window.session.path.resolve() == example_path.resolve()
    assert notes.read_text() == "<b>inte</b> en fil för Workshop"


def test_a_web_address_is_left_to_qt(started, qtbot):
    app, window = started
    event = QFileOpenEvent(QUrl("https://example.org/x.workshop"))
    QApplication.sendEvent(app, event)
    qtbot.wait(50)
    assert window.session is None
    assert window.file_open_events.waiting() is None


def test_the_file_already_shown_only_comes_to_the_front(started, qtbot, example_path):
    """Double-clicking the open file in the Finder keeps its session, views and undo history."""
    app, window = started
    _open_from_finder(app, example_path)
    qtbot.waitUntil(lambda: window.session is not None)
    session = window.session
    org = session.engagement.organisations[0]
    window.views["framework"].organisations.select(0)
    window.views["framework"].organisations.inputs["name"].setText("Gislaveds kommun")
    window.views["framework"].organisations.update()
    assert session.undo_stack.canUndo()
    _open_from_finder(app, example_path.parent / ".." / example_path.parent.name / example_path.name)
    qtbot.wait(100)
    assert window.session is session and session.undo_stack.canUndo()
    assert window.session.engagement.organisations[0].name == "Gislaveds kommun" != org.name
