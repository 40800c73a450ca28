"""InternalNotesPanel: the facilitator's own notes, one key away in the runner, never in any document.

Two editors, the current agenda item's internal notes (Alt+I) and the meeting's (Alt+M), each saved as
typed like the minutes' notes. The panel looks unlike the notes above it (a dark red frame on a pale
rose ground, and the words "Internal — not in the minutes") so nobody mistakes one for the
other; the presenter never receives either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from workshop.domain.agenda import with_item, with_meeting
from workshop.domain.meetings import AgendaItem, Meeting
from workshop.ui.meetings.runner.notes import NotesAutosaver
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.i18n import tr

INTERNAL_COLOUR = "#8E1B1B"
INTERNAL_GROUND = "#FBEAEA"


def internal_label() -> str:
    """The words that mark internal notes wherever they are shown."""
    return tr("Internal — not in the minutes")


class _Heading(QLabel):
    """The panel's label, clicked to open or close it: plain text that wraps."""

    clicked = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # its lines, no more

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

class InternalNotesPanel(QFrame):
    """The internal notes of the item on screen and of the whole meeting; hidden until asked for."""

    opened = Signal(bool)  # the editors shown (True) or hidden

    def __init__(self, session: EngagementSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.setObjectName("runnerInternal")
        self.setStyleSheet(f"QFrame#runnerInternal {{ background: {INTERNAL_GROUND};"
                           f" border: 2px solid {INTERNAL_COLOUR}; border-radius: 4px; }}")
        self.toggle = _Heading(self)  # wraps on a narrow screen, where a button would widen the runner
        self.toggle.setObjectName("runnerInternalToggle")
        self.toggle.setStyleSheet(f"QLabel {{ color: {INTERNAL_COLOUR}; font-weight: bold; padding: 2px; }}")
        self.toggle.clicked.connect(lambda: self.set_open(not self.body.isVisible()))
        self.item_notes = self._editor("runnerInternalItem", tr("This item, for you only (Alt+I)"))
        self.meeting_notes = self._editor("runnerInternalMeeting", tr("The whole meeting, for you only (Alt+M)"))
        self.item_saver = NotesAutosaver(self.item_notes, lambda uid, text: session.save_typed(
            lambda store: store.records.set_item_internal_notes(uid, text),
            lambda e: with_item(e, uid, internal_notes=text)), self)
        self.meeting_saver = NotesAutosaver(self.meeting_notes, lambda uid, text: session.save_typed(
            lambda store: store.records.set_meeting_internal_notes(uid, text),
            lambda e: with_meeting(e, uid, internal_notes=text)), self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {INTERNAL_COLOUR};")
        for saver in (self.item_saver, self.meeting_saver):
            saver.failed.connect(self._failed)
            saver.saved.connect(lambda _uid: (self.message.hide(), self._show_title()))
        self.body = QWidget(self)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.item_notes, 3)
        row.addWidget(self.meeting_notes, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        layout.addWidget(self.message)
        self.set_open(False)
        self.message.hide()  # takes no room until a save fails
        self._show_title()

    def _failed(self, why: str) -> None:
        self.message.setText(tr("Internal notes not saved: {why}").format(why=why))
        self.message.show()

    def _editor(self, name: str, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.setStyleSheet(f"QPlainTextEdit {{ font-size: 11pt; background: white; color: {INTERNAL_COLOUR};"
                             f" border: 1px dashed {INTERNAL_COLOUR}; }}")
        lines = editor.fontMetrics().lineSpacing()
        editor.setMinimumHeight(lines * 2 + 12)  # three had made the runner higher than a 1366×768 screen
        editor.setMaximumHeight(lines * 5 + 12)  # the minutes' notes above keep most of the room
        editor.textChanged.connect(self._show_title)
        return editor

    def _show_title(self) -> None:
        held = bool(self.item_notes.toPlainText().strip() or self.meeting_notes.toPlainText().strip())
        arrow = "▾" if self.body.isVisible() else "▸"
        # The keys go in the tooltip: in the label they made the runner wider than a 1280 px screen holds.
        self.toggle.setText(f"{arrow} {internal_label()}" + ("   ●" if held and not self.body.isVisible() else ""))
        self.toggle.setToolTip(tr("Alt+I: this item's internal notes; Alt+M: the whole meeting's"))

    def set_open(self, open_: bool) -> None:
        """Show or hide the two editors (what they hold stays saved)."""
        self.body.setVisible(open_)
        # Closed, the panel is its label's height: the room the window gives goes to the minutes' notes.
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred if open_ else QSizePolicy.Policy.Maximum)
        self._show_title()
        self.opened.emit(open_)

    def focus_item(self) -> None:
        """Open the panel on the item's internal notes (Alt+I)."""
        self.set_open(True)
        self.item_notes.setFocus()

    def focus_meeting(self) -> None:
        """Open the panel on the meeting's internal notes (Alt+M)."""
        self.set_open(True)
        self.meeting_notes.setFocus()

    def show_item(self, meeting: Meeting | None, item: AgendaItem | None) -> None:
        """Edit this item's (and meeting's) internal notes, as saved while typing."""
        if (item.uid if item else None) != self.item_saver.item_uid:
            self.item_saver.show_item(item.uid if item else None, item.internal_notes if item else "")
        if (meeting.uid if meeting else None) != self.meeting_saver.item_uid:
            self.meeting_saver.show_item(meeting.uid if meeting else None, meeting.internal_notes if meeting else "")
        self._show_title()

    def flush(self) -> None:
        """Write what was typed now."""
        self.item_saver.flush()
        self.meeting_saver.flush()
