"""NotesAutosaver: the notes being typed reach the engagement file within half a second.

Typing starts a single-shot timer that is not restarted by further
keystrokes, so even continuous typing is saved every SAVE_DELAY_MS; a crash
loses at most that much. Each save writes the one agenda item row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from workshop.storage import StorageError
from workshop.ui.widgets.common import SAVED_AS_TYPED
from workshop.ui.widgets.i18n import describe

SAVE_DELAY_MS = 400


class NotesAutosaver(QObject):
    """Saves one editor's text as the notes of the current agenda item."""

    saved = Signal(str)  # the item uid
    failed = Signal(str)  # why saving failed

    def __init__(self, editor: QPlainTextEdit, save: Callable[[str, str], None], parent: QObject | None = None):
        super().__init__(parent)
        self._editor = editor
        self._save = save
        self._item_uid: str | None = None
        self._saved_text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._typed)
        editor.setProperty(SAVED_AS_TYPED, True)  # no typing journal: this is saved as it is typed

    @property
    def item_uid(self) -> str | None:
        """The agenda item whose notes the editor shows."""
        return self._item_uid

    def show_item(self, item_uid: str | None, notes: str) -> None:
        """Save what was typed for the previous item, then edit this one's notes."""
        self.flush()
        self._item_uid = item_uid
        self._saved_text = notes
        self._editor.blockSignals(True)
        self._editor.setPlainText(notes)
        self._editor.blockSignals(False)
        self._editor.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where the notes end
        self._editor.document().clearUndoRedoStacks()  # typing's own undo never crosses items

    def _typed(self) -> None:
        if self._item_uid is not None and not self.timer.isActive():
            self.timer.start()

    def stale(self, stored: str | None) -> bool:
        """True when the file holds other notes for the item than those last shown or saved here (a merge,
        or the undo of one, replaced them) and nothing typed waits to be saved."""
        return stored is not None and stored != self._saved_text and not self.pending()

    def pending(self) -> bool:
        """True while typed text is not yet in the file."""
        return self._item_uid is not None and self._editor.toPlainText() != self._saved_text

    def flush(self) -> None:
        """Write the notes now if they changed since the last save."""
        self.timer.stop()
        if not self.pending():
            return
        text = self._editor.toPlainText()
        try:
            self._save(self._item_uid, text)
        except (sqlite3.Error, ValueError, StorageError) as exc:  # the typed text stays in the editor
            self.failed.emit(describe(exc))
            return
        self._saved_text = text
        self.saved.emit(self._item_uid)
