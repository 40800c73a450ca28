"""TypingJournal: text typed into the window's forms is kept beside the file until the file closes, and
offered back when the last run ended before a field stored it (see storage.typing_journal).

It follows the field that has the keyboard: a line or text field of the main window (not a grid's cell
editor, a spin box's or a combo box's line, a read-only field, or one saved as it is typed such as the
runner's notes). Typing starts a single-shot timer that further keys do not restart, as the runner's notes
do, so the journal is at most JOURNAL_DELAY_MS behind; leaving the field writes it at once.
"""

from __future__ import annotations

import datetime as dt
import itertools

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QFormLayout, QLabel, QLineEdit, QMainWindow,
    QPlainTextEdit, QStackedWidget, QTabWidget, QWidget,
)

from workshop.storage import StorageError
from workshop.storage.typing_journal import TypedText, read_journal, remove_journal, unstored, write_journal
from workshop.ui.filesafety.recovered_dialog import RecoveredTypingDialog
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.common import SAVED_AS_TYPED
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.record_editor import RecordEditor

JOURNAL_DELAY_MS = 400
_KEY = "workshopJournalKey"
_keys = itertools.count(1)


def journaled(widget: QWidget | None, window: QWidget) -> bool:
    """Whether what is typed into this widget is kept in the journal."""
    if not isinstance(widget, (QLineEdit, QPlainTextEdit)) or widget.isReadOnly():
        return False
    if widget.property(SAVED_AS_TYPED) or not window.isAncestorOf(widget):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractItemView, QAbstractSpinBox, QComboBox)):
            return False  # a cell editor, a number's or a choice's line: stored as it closes
        parent = parent.parentWidget()
    return True


def _text(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _form_label(layout, field: QWidget) -> str:
    """The label a form layout (or one nested in this layout) gives the field, or ""."""
    if layout is None:
        return ""
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(field)
        if isinstance(label, QLabel) and label.text().strip():
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")
    for i in range(layout.count()):
        found = _form_label(layout.itemAt(i).layout(), field)
        if found:
            return found
    return ""


def _label_of(widget: QWidget) -> str:
    """The field's name as the form shows it (its label), else its accessible name or placeholder."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not isinstance(parent, QMainWindow):
        label = _form_label(parent.layout(), child)
        if label:
            return label
        child, parent = parent, parent.parentWidget()
    return widget.accessibleName() or widget.placeholderText()


def place_of(widget: QWidget, view_title: str) -> str:
    """Where a field is, in the interface's words: view › tab › record › field."""
    tabs, subject = [], ""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not isinstance(parent, QMainWindow):
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tab_widget = parent.parentWidget()
            index = tab_widget.indexOf(child)
            if index >= 0:
                tabs.insert(0, tab_widget.tabText(index).replace("&", ""))
        if isinstance(parent, RecordEditor) and not subject:
            subject = parent.form_subject() or tr("(new)")
        child, parent = parent, parent.parentWidget()
    parts = [view_title, *tabs, subject, _label_of(widget)]
    return " › ".join(p for p in parts if p)


class TypingJournal(QObject):
    """Keeps the open file's journal while the window edits it (see the module docstring)."""

    def __init__(self, window: QMainWindow, files, view_title):
        super().__init__(window)
        self.window = window
        self._view_title = view_title  # () -> the title of the view in front
        self._session: EngagementSession | None = None
        self._field: QWidget | None = None
        self._typed: dict[str, TypedText] = {}  # field and place -> its text
        self._recovered: list[TypedText] = []  # offered back, kept until the dialog is closed
        self._failed = False
        self.dialog: RecoveredTypingDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(JOURNAL_DELAY_MS)
        self.timer.timeout.connect(self.write)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        files.opened.connect(self.session_opened)
        self.session_opened(window.session)

    def _writable(self) -> bool:
        return self._session is not None and self._session.store.read_only is None

    # --- the file -------------------------------------------------------------------
    def session_opened(self, session: EngagementSession | None) -> None:
        """The file shown changed. The one closed closed normally: what was typed was stored or given up when
        asked, so its journal goes; a journal of the one opened is what the last run left."""
        self.timer.stop()
        if self._writable():
            remove_journal(self._session.path)
        self._session, self._typed, self._recovered, self._failed = session, {}, [], False
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = None
        if not self._writable():
            return  # a file open read-only is another window's: its journal is that window's too
        left = read_journal(session.path)
        recovered = unstored(left, session.store.db.conn) if left else []
        if not recovered:
            if left:
                remove_journal(session.path)
            return
        self._recovered = recovered
        QTimer.singleShot(0, self._offer)

    def _offer(self) -> None:
        if not self._recovered or self._session is None:
            return
        self.dialog = RecoveredTypingDialog(self._recovered, self.window)
        self.dialog.finished.connect(self._offered)
        self.dialog.open()

    def _offered(self) -> None:
        """The facilitator has seen (and copied what they need of) the recovered text: it leaves the journal."""
        self._recovered = []
        self.dialog = None
        self.write()

    # --- typing ---------------------------------------------------------------------
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._field is not None:
            if self.timer.isActive():
                self.write()  # what was typed up to leaving the field
            if shiboken6.isValid(self._field):
                self._disconnect(self._field)
            self._field = None
        if self._writable() and journaled(new, self.window):
            self._field = new
            if new.property(_KEY) is None:
                new.setProperty(_KEY, next(_keys))
            if isinstance(new, QLineEdit):
                new.textEdited.connect(self._keyed)
            else:
                new.textChanged.connect(self._keyed)

    def _disconnect(self, field: QWidget) -> None:
        signal = field.textEdited if isinstance(field, QLineEdit) else field.textChanged
        try:
            signal.disconnect(self._keyed)
        except (RuntimeError, TypeError):
            pass

    def _keyed(self, *_args) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def write(self) -> None:
        """Note the field's text and write the journal now."""
        self.timer.stop()
        if not self._writable():
            return
        field = self._field
        if field is not None and shiboken6.isValid(field):
            where = place_of(field, self._view_title())
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            self._typed[f"{field.property(_KEY)}\n{where}"] = TypedText(where, _text(field), stamp)
        try:
            write_journal(self._session.path, [*self._recovered, *self._typed.values()])
        except StorageError as exc:
            if not self._failed:  # said once a file: it is said again only if it keeps failing after a reopen
                self._failed = True
                self.window.statusBar().showMessage(
                    tr("What you type is not kept beside the file until it is stored: {reason}").format(
                        reason=describe(exc)), 15000)
