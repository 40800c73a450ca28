"""The app's main window on an engagement file, as the GUI benchmarks open it (no Qt import at module level:
each benchmark sets up Qt first)."""

from __future__ import annotations

from pathlib import Path


def open_window(path: Path, size: tuple[int, int]):
    """The main window holding a session on `path`, shown at `size`; returns (window, session)."""
    from workshop.storage import EngagementStore
    from workshop.ui.session.session import EngagementSession
    from PySide6.QtWidgets import QApplication

    from workshop.ui.shell.main_window import MainWindow
    from workshop.ui.widgets.focus_ring import install_focus_ring

    install_focus_ring(QApplication.instance())  # as app.build() does: the shipped window has the focus ring
    window = MainWindow()
    session = EngagementSession(EngagementStore.open(path))
    window.set_session(session)
    window.resize(*size)
    window.show()
    return window, session
