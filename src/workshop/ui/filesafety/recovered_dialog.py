"""The text typed into forms that the last run did not store, offered back to be copied where it belongs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from workshop.storage.typing_journal import TypedText
from workshop.ui.widgets.common import plain_label
from workshop.ui.widgets.i18n import tr


def _when(stamp: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M")  # the same in Swedish and English, never day and month mixed up


def recovered_text(entries: Sequence[TypedText]) -> str:
    """The entries as one plain text: where and when each was typed, then the text itself."""
    return "\n\n".join(f"{e.where} ({_when(e.typed_at)})\n{e.text}" for e in entries)


def _show(editor: QPlainTextEdit, entries: Sequence[TypedText]) -> None:
    """The entries in the editor as recovered_text() gives them, each place and time in bold; inserted as
    text, so whatever was typed shows literally."""
    cursor = QTextCursor(editor.document())
    bold, plain = QTextCharFormat(), QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for i, e in enumerate(entries):
        if i:
            cursor.insertText("\n\n", plain)
        cursor.insertText(f"{e.where} ({_when(e.typed_at)})", bold)
        cursor.insertText("\n" + e.text, plain)
    editor.moveCursor(QTextCursor.MoveOperation.Start)


class RecoveredTypingDialog(QDialog):
    """Shows the recovered text, read-only and selectable, with Copy All; closing it lets the text go."""

    def __init__(self, entries: Sequence[TypedText], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("recoveredTyping")
        self.setWindowTitle(tr("Recovered Typing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.explanation = plain_label(tr(
            "Workshop stopped before it stored what was typed below, and the file does not hold it: each field's "
            "whole text as it was. Copy what you need and paste it where it belongs; once you close this, it is "
            "not offered again."), self,
            wrap=True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recoveredText")
        self.text.setAccessibleName(tr("Recovered text"))
        self.text.setReadOnly(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long word stays in view
        _show(self.text, entries)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(self)
        self.copy = buttons.addButton(tr("Copy All"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setObjectName("recoveredCopy")
        self.copy.clicked.connect(self.copy_all)
        self.done_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_all(self) -> None:
        """Put the whole recovered text on the clipboard (as plain text)."""
        QApplication.clipboard().setText(self.text.toPlainText())
        self.copy.setText(tr("Copied"))
