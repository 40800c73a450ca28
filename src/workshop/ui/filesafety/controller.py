"""FileSafetyController: the window's side of file safety.

- a banner above the views when the file is open read-only, naming who has it open, with Save a Copy…;
- a change the file refused (locked, read-only, full, replaced, a row another window removed) is said in
  that banner, never on stderr only, and every view shows the stored values again;
- File → Restore from Backup…, a backup every BACKUP_MINUTES while the file is edited, and the offer of
  the newest good backup when a file is damaged;
- what is typed into a form kept beside the file until stored, and offered back after a crash (typing.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolBar

from workshop.storage import StorageError
from workshop.storage.backups import BACKUP_MINUTES, restore_file
from workshop.storage.connection import DamagedFileError
from workshop.ui.filesafety.backups_dialog import ask_backup
from workshop.ui.filesafety.banner import FileBanner, read_only_text
from workshop.ui.filesafety.typing import TypingJournal
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import describe, tr



def offer_backup(window: QMainWindow, path: Path, error: StorageError) -> bool:
    """For a damaged file with a good backup: ask, and put the backup in place (the damaged file is kept).
    True when the file was restored and can be opened again."""
    backup = getattr(error, "backup", None) if isinstance(error, DamagedFileError) else None
    if backup is None:
        return False
    if not dialogs.ask_yes_no(window, tr("Restore from Backup"), describe(error)):
        return False
    try:
        restore_file(path, backup.path)
    except StorageError as exc:
        dialogs.show_error(window, tr("Cannot restore the backup"), describe(exc))
        return False
    return True


class FileSafetyController(QObject):
    """Watches the open session's file for the window (see the module docstring)."""

    def __init__(self, window: QMainWindow, files):
        super().__init__(window)
        self.window = window
        self.banner = FileBanner(window)
        self.bar = QToolBar(tr("File"), window)
        self.bar.setObjectName("fileBannerBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.banner.save_copy.connect(window.actions["save_copy"].trigger)
        self.banner.close_button.clicked.connect(self._sync)
        window.actions["restore_backup"].triggered.connect(self.restore_backup)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.backup_now)
        files.opened.connect(self.session_opened)
        self.typing = TypingJournal(window, files)  # what is typed, kept beside the file until stored
        window.close_checks.append(self.typing.unkept)  # closing asks when typing is kept nowhere
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook  # a refused write raised in any slot reaches the window
        self.session_opened(window.session)

    @property
    def session(self) -> EngagementSession | None:
        return self.window.session

    def _sync(self) -> None:
        self.bar.setVisible(self.banner.active)

    def session_opened(self, session: EngagementSession | None) -> None:
        """Show or clear the read-only banner, and run the backup timer while the file may be edited."""
        self.banner.reset()
        read_only = session.store.read_only if session is not None else None
        if read_only is not None:
            self.banner.show_read_only(read_only_text(read_only))
        writable = session is not None and read_only is None
        self.window.actions["restore_backup"].setEnabled(writable)
        self.timer.start() if writable else self.timer.stop()
        self._sync()

    def show_write_failure(self, error: StorageError) -> None:
        """Say in the window that a change was not saved and why; the views then show the stored values."""
        store = self.session.store if self.session is not None else None
        stuck = store is not None and (store.lost or store.read_only is not None)
        self.banner.show_failure(tr("Not saved: {reason}").format(reason=describe(error)), offer_copy=stuck)
        self._sync()
        QTimer.singleShot(0, self.show_stored_values)

    def show_stored_values(self) -> None:
        """Read the file again and let every view show what it holds."""
        session = self.session
        if session is None:
            return
        try:
            session.reload_all()  # after a refused write every view shows the stored values again
        except StorageError:
            return

    def _excepthook(self, kind, error, trace) -> None:
        if isinstance(error, StorageError) and shiboken6.isValid(self.window) and self.session is not None:
            self.show_write_failure(error)
            return
        self._previous_hook(kind, error, trace)

    def backup_now(self) -> None:
        """The timer's backup: only when something was saved since the last one."""
        session = self.session
        if session is None or session.store.read_only is not None:
            return
        try:
            session.store.backup_if_edited()
        except StorageError as exc:
            self.banner.show_failure(tr("No backup could be made: {reason}").format(reason=describe(exc)))
            self._sync()

    def restore_backup(self) -> None:
        """File → Restore from Backup…: pick one; it replaces what the file holds (itself kept as a backup)."""
        session = self.session
        if session is None:
            return
        backups = session.store.backups()
        if not any(b.ok for b in backups):
            dialogs.show_info(self.window, tr("Restore from Backup"), tr("This engagement has no backups yet."))
            return
        chosen = ask_backup(self.window, backups)
        if chosen is None:
            return
        try:
            session.store.restore_backup(chosen.path)
        except StorageError as exc:
            dialogs.show_error(self.window, tr("Cannot restore the backup"), describe(exc))
            return
        session.undo_stack.clear()  # the edits on the stack belong to the state before
        self.show_stored_values()
        self.window.statusBar().showMessage(tr("Restored the backup of {taken}.").format(taken=chosen.label), 8000)
