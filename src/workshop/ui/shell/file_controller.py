"""Opening, creating, copying and closing engagement files from the File menu."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workshop.domain.errors import DomainError
from workshop.domain.validation import blank_before_nul, clean_text
from workshop.domain.visible import shown
from workshop.storage import EngagementStore, StorageError
from workshop.storage.paths import same_file
from workshop.templates import engagement_from_template, template_choices
from workshop.ui.filesafety.controller import offer_backup
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import describe, interface_language, tr
from workshop.ui.shell.export_controller import safe_file_name
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.settings import LAST_FOLDER, LAST_VIEW, Settings
from workshop.charts.rich_text import tooltip


PROPOSED_NAME_BYTES = 100  # a new engagement's proposed file name, well within the 223 bytes a name may have


def proposed_file_name(title: str) -> str:
    """The file name a new engagement is offered: its title as file systems take it, cut after a whole word
    within PROPOSED_NAME_BYTES (å, ä and ö take two), with ".workshop"."""
    name = safe_file_name(title)
    if len(name.encode()) > PROPOSED_NAME_BYTES:
        cut = name.encode()[:PROPOSED_NAME_BYTES].decode(errors="ignore")
        name = cut.rsplit(" ", 1)[0] if " " in cut[len(cut) // 2:] else cut
    return name.rstrip(" .,;–-") + ".workshop"  # no dash or comma left hanging where it was cut


class FileController(QObject):
    """Owns the open session; the window only shows it."""

    opened = Signal(object)  # the session now shown, or None
    closing = Signal(object)  # the session about to close (still open, its lock held), normally

    def __init__(self, window: MainWindow, settings: Settings):
        super().__init__(window)
        self.window = window
        self.settings = settings
        a = window.actions
        a["new"].triggered.connect(self.new_from_template)
        a["open"].triggered.connect(self.ask_open)
        a["save_copy"].triggered.connect(self.save_copy)
        a["close"].triggered.connect(self.close_file)
        a["quit"].triggered.connect(window.close)
        window.closing.connect(self._on_window_closing)
        self._fill_recent_menu()

    @property
    def session(self) -> EngagementSession | None:
        return self.window.session

    def _folder(self) -> str:
        return self.settings.get(LAST_FOLDER) or str(Path.home())

    def open_path(self, path: str | Path) -> bool:
        """Open an engagement file; on refusal say why and keep what was open (also when a change typed into
        the open one cannot be stored and the facilitator keeps it). The file already open stays as it is
        (its views and undo history), unless it is open read-only: opened again, it may be writable now."""
        path = Path(path)
        if self.session is not None and same_file(self.session.path, path):
            if self.session.store.read_only is None:
                return True  # open already: its views and undo history stay (Open Recent, the Finder)
            if not self.window.may_close():
                return False
            self.close()  # open read-only: opened again, it may be writable now (its own lock would not let it)
        elif not self.window.may_close():
            return False
        try:
            store = EngagementStore.open(path)
        except StorageError as exc:
            if offer_backup(self.window, path, exc):
                return self.open_path(path)
            dialogs.show_error(self.window, tr("Cannot open engagement"), describe(exc))
            if not os.path.exists(path):
                self.settings.remove_recent_file(str(path))
                self._fill_recent_menu()
            return False
        return self._show(store)

    def _show(self, store: EngagementStore) -> bool:
        """Show the store's engagement in the window; False (the store closed, the reason said) when it cannot be
        read: a file whose rows another program spoiled had raised a traceback and left the file open unseen."""
        old = self.session
        try:
            session = EngagementSession(store)
        except StorageError as exc:
            store.close()
            dialogs.show_error(self.window, tr("Cannot open engagement"), describe(exc))
            return False
        self.window.set_session(session)
        self.window.show_view(self.settings.get(LAST_VIEW))
        if old is not None:
            self.closing.emit(old)
            old.close()
        self.opened.emit(session)
        path = str(store.path.resolve())
        self.settings.add_recent_file(path)
        self.settings.set(LAST_FOLDER, str(store.path.resolve().parent))
        self._fill_recent_menu()
        for warning in store.warnings:
            self.window.statusBar().showMessage(warning)
        return True

    def ask_open(self) -> None:
        """File → Open…"""
        path = dialogs.ask_open_path(self.window, self._folder())
        if path:
            self.open_path(path)

    def new_from_template(self) -> None:
        """File → New from Template…: pick a template, a title and where to save."""
        if not self.window.may_close():
            return
        choices = template_choices(interface_language())
        label = dialogs.ask_described(self.window, tr("New engagement"), tr("&Template:"),
                                      [(c.label, c.description) for c in choices])
        name = next((c.name for c in choices if c.label == label), None)
        if not name:
            return
        title, label = "", tr("Title of the investigation:")
        while not clean_text(title) or blank_before_nul(title):  # an empty title is said here, not after the file was chosen
            title = dialogs.ask_text(self.window, tr("New engagement"), label, title)
            if title is None:
                return
            label = tr("The title must not be empty.") + "\n\n" + tr("Title of the investigation:")
        # Offered a name after its title, in the folder last used (the name had been left to type).
        path = dialogs.ask_file_to_write(self.window, tr("Save new engagement as"),
                                         str(Path(self._folder()) / proposed_file_name(title.strip())), ".workshop",
                                         refusal=tr("Cannot create engagement"))
        if not path:
            return
        if self.session is not None and Path(path).resolve() == self.session.path.resolve():
            dialogs.show_error(self.window, tr("Cannot create engagement"),
                               tr("That is the open engagement file itself; choose another name."))
            return
        try:
            engagement = engagement_from_template(name, title.strip())
            if not engagement.info.title:
                raise DomainError(tr("The title must not be empty."))
            store = EngagementStore.create(path, engagement, overwrite=os.path.exists(path))
        except (StorageError, DomainError) as exc:
            dialogs.show_error(self.window, tr("Cannot create engagement"), describe(exc))
            return
        # A new engagement begins where its organisations and areas are added, not on the view another
        # engagement was left on (Potential, Report: each asking for what is added here).
        if self._show(store):
            self.window.show_view("engagement")

    def save_copy(self) -> None:
        """File → Save a Copy As…: a consistent copy; the open file stays open."""
        if self.session is None:
            return
        path = dialogs.ask_file_to_write(self.window, tr("Save a copy as"), self._folder(), ".workshop",
                                         refusal=tr("Cannot save a copy"))
        if not path:
            return
        try:
            self.session.store.save_copy(path)
        except StorageError as exc:
            dialogs.show_error(self.window, tr("Cannot save a copy"), describe(exc))
            return
        self.window.statusBar().showMessage(tr("Copy saved to {path}").format(path=path), 5000)

    def close_file(self) -> None:
        """File → Close (asked first when a change typed into a form cannot be stored)."""
        if self.window.may_close():
            self.close()

    def close(self) -> None:
        """Close the open engagement, if any."""
        if self.session is not None:
            session = self.session
            self.window.set_session(None)
            self.closing.emit(session)
            session.close()
            self.opened.emit(None)

    def _fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = menu.addAction(shown(Path(path).name).replace("&", "&&"))  # "R&D": no mnemonic
            action.setToolTip(tooltip(path))
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        menu.setEnabled(bool(files))

    def _on_window_closing(self) -> None:
        self.settings.save_geometry(self.window)
        if self.window.current_view_key():
            self.settings.set(LAST_VIEW, self.window.current_view_key())
        self.close()
