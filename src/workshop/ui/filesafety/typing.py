"""TypingJournal: text typed into the window's forms is kept beside the file until the field stores it, and
offered back when the last run ended before it did (see storage.typing_journal).

It follows the field that has the keyboard: a line or text field of the main window (not a grid's cell
editor, a spin box's or a combo box's line, a read-only field, or one saved as it is typed such as the
runner's notes). What the person types (not text the app puts in) starts a single-shot timer that further
keys do not restart, as the runner's notes do, so the journal is at most JOURNAL_DELAY_MS behind; leaving
the field writes it at once, and once the field has stored its text (an edit went on the undo stack as
focus left it) or holds what the file holds there again, its entry leaves the journal; after the file
refused a write, only the first. A list's form that stores only on another row or a button keeps its entry
until the file closes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import uuid

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QMainWindow, QPlainTextEdit,
    QStackedWidget, QTabWidget, QWidget,
)

from workshop.storage import StorageError
from workshop.storage.typing_journal import TypedText, read_journal, unstored, write_journal
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.common import SAVED_AS_TYPED
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.accessible import spoken_name, words_of

JOURNAL_DELAY_MS = 400
_KEY = "workshopJournalKey"
_keys = itertools.count(1)
_RUN = uuid.uuid4().hex[:8]  # this run's fields are told from those of the run a journal was left by


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


def _typed_into(widget: QWidget) -> bool:
    """Whether the field holds typing since the app last put text in (which clears both marks)."""
    if isinstance(widget, QLineEdit):
        return widget.isModified()
    return widget.document().isUndoAvailable()


def place_of(widget: QWidget, view_title: str) -> str:
    """Where a field is, in the interface's words: view › tab › what the form is about › field (its name as a
    screen reader says it). A form says what it is about through `typing_subject()` (a list's form: its
    record; a meeting's details: the meeting)."""
    tabs, subject = [], ""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not isinstance(parent, QMainWindow):
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tab_widget = parent.parentWidget()
            index = tab_widget.indexOf(child)
            if index >= 0:
                tabs.insert(0, words_of(tab_widget.tabText(index)))
        if not subject and callable(getattr(parent, "typing_subject", None)):
            subject = parent.typing_subject()
        child, parent = parent, parent.parentWidget()
    parts = [view_title, *tabs, subject, spoken_name(widget)]
    return " › ".join(p for p in parts if p)


class TypingJournal(QObject):
    """Keeps the open file's journal while the window edits it (see the module docstring)."""

    def __init__(self, window: QMainWindow, files):
        super().__init__(window)
        self.window = window
        self._session: EngagementSession | None = None
        self._field: QWidget | None = None
        self._place = ""  # where the followed field is (a list's form names its record)
        self._stored: dict[tuple[str, str], str] = {}  # (field, place) -> the text the file holds there
        self._written: set[str] = set()  # the fields this run put in the journal (no disk read for the others)
        self._typed = False  # typed since the journal was last written
        self._index_at_leave: int | None = None  # the undo stack as focus began to leave the field
        self._recovered: set[str] = set()  # the fields offered back, until the dialog is closed
        self._failed = False
        self.dialog = None  # RecoveredTypingDialog while one is shown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(JOURNAL_DELAY_MS)
        self.timer.timeout.connect(self.write)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        files.closing.connect(self.session_closing)
        files.opened.connect(self.session_opened)
        self.session_opened(window.session)

    def _writable(self) -> bool:
        return self._session is not None and self._session.store.read_only is None

    def _uid(self) -> str:
        return self._session.engagement.info.uid

    def _refused(self) -> bool:
        """The file refused a write since it was opened (full, locked, replaced): the journal may hold the only
        copy of what was typed."""
        return self._session is not None and self._session.store.refused

    def unkept(self) -> str:
        """Why text typed since the file refused a write may be kept nowhere: the file refused it and the journal
        could not be written either (a full disk); "" otherwise (the journal holds it, offered at the next open)."""
        store = self._session.store if self._session is not None else None
        if store is None or not store.refused or not self._failed or store.refusal is None:
            return ""
        return describe(store.refusal)

    # --- the file -------------------------------------------------------------------
    def session_closing(self, session: EngagementSession) -> None:
        """The file closes normally (its lock still held): what was typed was stored or given up when asked,
        so its journal goes, but for what was offered back and not yet seen, and all of it when a write was
        refused or the file went away underneath."""
        if session is not self._session:
            return
        self.timer.stop()
        self._leave_field()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.finished.disconnect(self._offered)  # closing it is not the facilitator having seen it
            self.dialog.close()
        self.dialog = None
        if self._writable() and not self._refused():
            self._rewrite(session, lambda e: e.field in self._recovered)
        self._session = None

    def session_opened(self, session: EngagementSession | None) -> None:
        """The file shown changed: a journal of the one opened is what the last run left."""
        if self._session is not None and self._session is not session:
            self.session_closing(self._session)  # not closed through the file controller (a test, a reset)
        self._session, self._recovered, self._failed, self._stored = session, set(), False, {}
        self._written = set()
        if not self._writable():
            return  # a file open read-only is another window's: its journal is that window's too
        try:
            left = read_journal(session.path, self._uid())
        except StorageError as exc:
            self._say(exc)
            return
        recovered = unstored(left, session.store.db.conn) if left else []
        self._recovered = {e.field for e in recovered}
        self._rewrite(session, lambda e: e.field in self._recovered)  # the stored and another's go
        if recovered:
            QTimer.singleShot(0, lambda: self._offer(session, recovered))

    def _offer(self, session: EngagementSession, recovered: list[TypedText]) -> None:
        if session is not self._session:
            return
        from workshop.ui.filesafety.recovered_dialog import RecoveredTypingDialog  # only after a crash

        self.dialog = RecoveredTypingDialog(recovered, self.window)
        self.dialog.finished.connect(self._offered)
        self.dialog.open()

    def _offered(self) -> None:
        """The facilitator has seen (and copied what they need of) the recovered text: it leaves the journal."""
        offered, self._recovered, self.dialog = self._recovered, set(), None
        if self._writable():
            self._rewrite(self._session, lambda e: e.field not in offered)

    def _rewrite(self, session: EngagementSession, keep) -> None:
        """The journal on disk with only the entries `keep(entry)` keeps (removed when none is left)."""
        try:
            entries = read_journal(session.path)
            kept = [e for e in entries if keep(e)]
            if len(kept) != len(entries):
                write_journal(session.path, session.engagement.info.uid, kept)
        except StorageError as exc:
            self._say(exc)

    def _say(self, error: StorageError) -> None:
        if not self._failed:  # said once a file: a journal that cannot be written is not news every 0.4 s
            self._failed = True
            self.window.statusBar().showMessage(
                tr("What you type is not kept beside the file until it is stored: {reason}").format(
                    reason=describe(error)), 15000)

    # --- typing ---------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Installed after the field's own commit-on-leave filter, so it sees focus leave first.
        if obj is self._field and event.type() == QEvent.Type.FocusOut and self._session is not None:
            self._index_at_leave = self._session.undo_stack.index()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._leave_field()
        if self._writable() and journaled(new, self.window):
            self._field, self._typed, self._index_at_leave = new, False, None
            if new.property(_KEY) is None:
                new.setProperty(_KEY, f"{_RUN}:{next(_keys)}")
            self._place = place_of(new, self.window.current_view_title())
            # Text the app put in (a form filled from its record, the stored values shown again) is what the file
            # holds; typed text not yet stored, met again later, is not.
            key = (new.property(_KEY), self._place)
            if not _typed_into(new) or key not in self._stored:
                self._stored[key] = _text(new)
            new.installEventFilter(self)
            if isinstance(new, QLineEdit):
                new.textEdited.connect(self._keyed)
            else:
                new.textChanged.connect(self._keyed)

    def _leave_field(self) -> None:
        """Focus left the field followed (its commit, if any, has run): its text into the journal, or out of
        it when the file holds it (stored as focus left, or back to what the file held)."""
        field, self._field = self._field, None
        if field is None or not shiboken6.isValid(field):
            return
        field.removeEventFilter(self)
        signal = field.textEdited if isinstance(field, QLineEdit) else field.textChanged
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect(self._keyed)
        self.timer.stop()
        key, text = field.property(_KEY), _text(field)
        stored_now = (self._index_at_leave is not None and self._session is not None
                      and self._session.undo_stack.index() > self._index_at_leave)
        refused = self._refused()
        # After a refused write the field may show the stored text again while the journal holds the only copy of
        # what was typed: then only the field's own edit going on the undo stack takes its entry out.
        if stored_now:
            self._stored[(key, self._place)] = text  # its commit went on the undo stack as focus left
        if text == self._stored.get((key, self._place)) and (stored_now or not refused):
            if self._writable() and key in self._written:
                self._written.discard(key)
                self._rewrite(self._session, lambda e: e.field != key)
        elif self._typed:
            self._write(field)

    def _keyed(self, *_args) -> None:
        field = self._field
        if isinstance(field, QPlainTextEdit) and not field.document().isUndoAvailable():
            return  # text the app put in (it clears the field's own undo): not typing
        self._typed = True
        if not self.timer.isActive():
            self.timer.start()

    def write(self) -> None:
        """Write the followed field's text into the journal now."""
        self.timer.stop()
        if self._field is not None and shiboken6.isValid(self._field) and self._typed:
            self._write(self._field)

    def _write(self, field: QWidget) -> None:
        if not self._writable():
            return
        self._typed = False
        key = field.property(_KEY)
        entry = TypedText(self._place, _text(field),
                          dt.datetime.now().isoformat(timespec="seconds"), key)
        try:
            entries = [e for e in read_journal(self._session.path, self._uid()) if e.field != key]
            write_journal(self._session.path, self._uid(), [*entries, entry])
            self._written.add(key)
        except StorageError as exc:
            self._say(exc)
