"""Shared test settings: offscreen Qt, isolated QSettings, real engagement files in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402

from workshop.storage import EngagementStore  # noqa: E402
from workshop.templates import engagement_from_template, example_engagement  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Each test gets its own QSettings folder, so recent files and geometry never leak."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    # The app reads this too, and child processes (crash and screen tests) inherit it: nothing a test
    # does reaches the user's real settings.
    monkeypatch.setenv("WORKSHOP_SETTINGS_DIR", str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("WorkshopTests")
    QCoreApplication.setApplicationName("WorkshopTests")
    yield folder


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: unless a test puts its own answer in place, every
    dialog of ui.widgets.dialogs fails the test naming the dialog."""
    from workshop.ui.widgets import dialogs

    def refuse(name):
        def unanswered(*args, **kwargs):
            raise AssertionError(f"the app opened a modal dialog the test does not answer: dialogs.{name}")
        return unanswered

    import inspect

    opens = (".exec(", "QFileDialog.", "QMessageBox.", "_plain_box(")  # what shows a modal dialog itself
    for name, function in inspect.getmembers(dialogs, inspect.isfunction):
        if name.startswith(("ask_", "show_")) and function.__module__ == dialogs.__name__ \
                and any(mark in inspect.getsource(function) for mark in opens):
            monkeypatch.setattr(dialogs, name, refuse(name))


@pytest.fixture(scope="session")
def example():
    """The bundled GGVVH example as a domain value (built once)."""
    return example_engagement()


@pytest.fixture
def example_path(tmp_path, example):
    """A fresh engagement file holding the bundled example."""
    path = tmp_path / "example.workshop"
    EngagementStore.create(path, example).close()
    return path


@pytest.fixture
def template_path(tmp_path):
    """A new engagement from the IT-drift samverkan template (no organisations, no scores)."""
    path = tmp_path / "new.workshop"
    EngagementStore.create(path, engagement_from_template("IT-drift samverkan", "Test")).close()
    return path


@pytest.fixture
def example_store(example_path):
    """The example file, open; closed after the test."""
    store = EngagementStore.open(example_path)
    yield store
    store.close()


@pytest.fixture
def open_app(qtbot):
    """Opens the app as `make run` builds it on a file: `open_app(path, size=(w, h), view="potential",
    tab="voting")` returns the shown window; every window opened is closed after the test."""
    from PySide6.QtCore import Qt

    from workshop.app import build

    controllers = []

    def open_(path, size: tuple[int, int] | None = None, view: str | None = None, tab: str | None = None):
        _app, window, controller = build(["workshop", str(path)])
        controllers.append(controller)
        qtbot.addWidget(window)
        if size is not None:  # a window of that size (a first start on a small screen opens maximized)
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(*size)
        window.show()
        if view is not None:
            window.show_view(view)
            if tab is not None:
                window.views[view].show_tab(tab)
        qtbot.waitExposed(window)
        return window

    yield open_
    for controller in controllers:
        controller.close()


@pytest.fixture
def history_view(example, tmp_path, qtbot):
    """Organisations over time on a copy of the example whose meeting titles `retitle(title)` gives:
    `history_view(retitle, size=(w, h))` returns the shown view; its session is closed after the test."""
    import dataclasses

    from workshop.ui.history.view import HistoryView
    from workshop.ui.session.session import EngagementSession

    sessions = []

    def open_(retitle, size: tuple[int, int] | None = None):
        meetings = tuple(dataclasses.replace(m, title=retitle(m.title)) for m in example.meetings)
        path = tmp_path / "history.workshop"
        EngagementStore.create(path, dataclasses.replace(example, meetings=meetings), overwrite=True).close()
        sessions.append(EngagementSession(EngagementStore.open(path)))
        view = HistoryView(sessions[-1])
        qtbot.addWidget(view)
        if size is not None:
            view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    yield open_
    for session in sessions:
        session.close()


@pytest.fixture(scope="session")
def swedish_qm(tmp_path_factory):
    """The Swedish translation compiled with the venv's lrelease (once per run)."""
    import subprocess
    import sys
    from pathlib import Path

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "workshop_sv.ts"
    out = tmp_path_factory.mktemp("qm") / "workshop_sv.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts), "-qm", str(out)],
                   capture_output=True, check=True)
    return out


@pytest.fixture
def swedish_interface(qapp, swedish_qm):
    """The interface in Swedish, words and numbers, as the app starts it in a Swedish locale; afterwards the
    translator goes and the locale is what it was."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    translator, before = QTranslator(), QLocale()
    assert translator.load(str(swedish_qm))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("sv_SE"))
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
