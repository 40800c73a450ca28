"""The agenda editor: pick whole themes or single questions from the catalogue, add free items, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from workshop.domain.agenda import question_item, theme_items
from workshop.domain.messages import counted
from workshop.ui.widgets.i18n import key_text, tr
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.ordered_list import OrderedListModel
from workshop.ui.widgets.common import (
    NOTE_STYLE, MessageLabel, current_row, key, ordered_list_view, plain_label, select_row, undo_goes_to_window,
)
from workshop.ui.meetings.edits import MeetingEdits
from workshop.ui.meetings.model import agenda_rows
from workshop.ui.widgets.lines_label import LinesDelegate
from workshop.ui.widgets.flow_row import FlowRow
from workshop.ui.widgets.layout import Proportions, tab_chain
from workshop.charts.rich_text import tooltip

CATALOGUE_LINES = 3
CATALOGUE_SHARE = (0.44, 0.56)  # of the tab: the agenda, the catalogue

UID = Qt.ItemDataRole.UserRole


class AgendaEditor(QWidget):
    """A meeting's agenda beside the catalogue it is picked from."""

    def __init__(self, session: EngagementSession, edits: MeetingEdits, message: MessageLabel, parent=None):
        super().__init__(parent)
        self._session = session
        self._edits = edits
        self._message = message
        self.meeting_uid: str | None = None
        self._catalogue_shown: tuple = ()
        self.model = OrderedListModel(self._rename, self._move, self)
        self.agenda = ordered_list_view(self.model, "agendaList", self)
        self.catalogue = QTreeWidget(self)
        self.catalogue.setObjectName("agendaCatalogue")
        self.catalogue.setHeaderHidden(True)
        self.catalogue.setWordWrap(True)
        self.catalogue.setStyleSheet("QTreeWidget { font-size: 12pt; }")
        # A question on up to three lines ("Hur ser du på…" told nothing), whole in its tooltip.
        self.catalogue.setItemDelegate(LinesDelegate(CATALOGUE_LINES, self.catalogue))
        self.catalogue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.catalogue.setIndentation(14)  # two levels only: the questions keep the width
        self.free = QLineEdit(self)
        self.free.setObjectName("agendaFreeItem")
        self.free.setPlaceholderText(tr("Free item, e.g. “Break”"))
        self._build()
        self.catalogue.itemActivated.connect(lambda *_: self.add_from_catalogue())
        self.free.returnPressed.connect(self.add_free)
        # Ctrl+Z after Enter added the item takes the item back, not the words into the emptied field
        undo_goes_to_window(self.free, session.undo_stack)
        key(self.catalogue, "Ins", self.add_from_catalogue)
        key(self.agenda, "Del", self.remove_current)
        key(self.agenda, "Alt+Up", lambda: self._shift(-1))
        key(self.agenda, "Alt+Down", lambda: self._shift(1))

    def _button(self, text: str, slot, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 4, 0)
        left.addWidget(plain_label(tr("Agenda"), self, "font-weight: bold;"))
        left.addWidget(self.agenda, 1)
        # On as many rows as the width needs (Move up and Move down together): in one row they had kept the
        # agenda so wide that the catalogue beside it had ~190 px at 1366 px ("Vilka / förväntningar / har…").
        row = FlowRow()
        row.setSpacing(6)
        row.addWidget(self._button(tr("Move up"), lambda: self._shift(-1), "agendaUp", key_text("Alt+Up")))
        row.addWidget(self._button(tr("Move down"), lambda: self._shift(1), "agendaDown", key_text("Alt+Down")))
        row.addWidget(self._button(tr("Remove"), self.remove_current, "agendaRemove", key_text("Delete")))
        left.addLayout(row)
        # The free item's field with its own button; the catalogue's button stands over the catalogue. It had
        # stood at the foot of the catalogue, level with this field: a facilitator typed "Next steps", clicked
        # it, and got the chosen theme's six questions with the text still in the field.
        free = QHBoxLayout()
        free.addWidget(self.free, 1)
        free.addWidget(self._button(tr("Add"), self.add_free, "agendaAddFree", key_text("Enter")))
        left.addLayout(free)
        right = QVBoxLayout()
        right.setContentsMargins(4, 0, 0, 0)
        hint = plain_label(tr("Catalogue: Enter on a theme adds all its questions, on a question adds it"), self,
                           "font-weight: bold;")
        hint.setWordWrap(True)
        right.addWidget(hint)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self._button(tr("Add to agenda"), self.add_from_catalogue, "agendaAdd", key_text("Enter")))
        right.addLayout(top)
        right.addWidget(self.catalogue, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("agendaSplitter")
        self.splitter.setChildrenCollapsible(False)
        for column in (left, right):
            pane = QWidget(self.splitter)
            pane.setLayout(column)
            self.splitter.addWidget(pane)
        # The catalogue's questions are what is read to choose: the larger share (the user may drag the split).
        Proportions(self.splitter, CATALOGUE_SHARE)
        # As they read: the agenda and what is under it, then the catalogue's button and the catalogue (Tab had
        # gone from the agenda to the catalogue and back to the buttons under the agenda).
        buttons = {name: self.findChild(QPushButton, name)
                   for name in ("agendaUp", "agendaDown", "agendaRemove", "agendaAddFree", "agendaAdd")}
        tab_chain(self.agenda, buttons["agendaUp"], buttons["agendaDown"], buttons["agendaRemove"], self.free,
                  buttons["agendaAddFree"], buttons["agendaAdd"], self.catalogue)
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)

    def enter_typed(self) -> str:
        """A free item typed and not entered belongs to the meeting it was typed for: entered there (at the end)
        when another meeting is chosen or the file closes (it had stayed in the field, and Enter later added it
        to the meeting shown then; closing had lost it). Returns why it could not be ("" when entered or
        nothing was typed); the field then keeps it."""
        text = self.free.text()
        if not self.meeting_uid or not text.strip():
            return ""
        meeting_uid = self.meeting_uid
        self.free.clear()
        if self._try(lambda: self._edits.add_free_item(meeting_uid, text, None)):
            return ""
        self.free.setText(text)
        return self._message.text()

    def show_meeting(self, uid: str | None) -> None:
        """Show a meeting's agenda and the catalogue as they are stored."""
        if uid != self.meeting_uid:
            self.enter_typed()
        self.meeting_uid = uid
        e = self._session.engagement
        meeting = next((m for m in e.meetings if m.uid == uid), None)
        self.setEnabled(meeting is not None)
        keep = current_row(self.agenda)
        current = self.model.uid(keep) if keep >= 0 else None
        self.model.set_rows(agenda_rows(meeting.agenda, with_status=True) if meeting else [])
        row = self.model.row_of(current)
        select_row(self.agenda, row if row >= 0 else keep)
        self._fill_catalogue()

    def _fill_catalogue(self) -> None:
        e = self._session.engagement
        if self._catalogue_shown == (e.themes, e.questions):
            return  # rebuilding would lose the place the facilitator is picking from
        self._catalogue_shown = (e.themes, e.questions)
        selected = self.catalogue.currentItem().data(0, UID) if self.catalogue.currentItem() else None
        self.catalogue.clear()
        for theme in e.themes:
            parent = QTreeWidgetItem(self.catalogue, [theme.title])
            parent.setData(0, UID, theme.uid)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for q in e.questions_of(theme.uid):
                child = QTreeWidgetItem(parent, [q.text])
                child.setData(0, UID, q.uid)
                child.setToolTip(0, tooltip(q.text))
            if selected == theme.uid:
                self.catalogue.setCurrentItem(parent)
        self.catalogue.expandAll()
        if self.catalogue.currentItem() is None and self.catalogue.topLevelItemCount():
            self.catalogue.setCurrentItem(self.catalogue.topLevelItem(0))

    def _try(self, edit) -> bool:
        return self._message.attempt(edit)

    def add_from_catalogue(self) -> None:
        """Add the chosen theme (all its questions) or question at the end of the agenda."""
        item = self.catalogue.currentItem()
        if item is None or not self.meeting_uid:
            return
        e = self._session.engagement
        uid = item.data(0, UID)
        theme = next((t for t in e.themes if t.uid == uid), None)
        if theme is not None:
            items = theme_items(theme, e.questions)
        else:
            question = next(q for q in e.questions if q.uid == uid)
            theme = next(t for t in e.themes if t.uid == question.theme_uid)
            items = [question_item(question, theme.title)]
        if not items:  # a theme with no questions yet: nothing to add
            return
        # A question already on the agenda is not added again: Enter on a theme twice had put all of its
        # questions there twice, without a word.
        meeting = next((m for m in e.meetings if m.uid == self.meeting_uid), None)
        there = {a.question_uid for a in meeting.agenda if a.question_uid} if meeting is not None else set()
        new = [i for i in items if i.question_uid not in there]
        skipped = len(items) - len(new)
        below = self.catalogue.itemBelow(item)
        if not new:
            self._message.note(tr("“{what}” is on the agenda already.").format(
                what=theme.title if uid == theme.uid else items[0].text), style=NOTE_STYLE)
        elif self._try(lambda: self._edits.add_items(self.meeting_uid, new)):
            select_row(self.agenda, self.model.rowCount() - 1)
            if skipped:
                self._message.note(counted(skipped, tr("1 question already on the agenda was not added again."),
                                           tr("{n} questions already on the agenda were not added again.")),
                                   style=NOTE_STYLE)
        if below is not None:
            self.catalogue.setCurrentItem(below)

    def add_free(self) -> None:
        """Add the typed free item after the current agenda item (refused when empty)."""
        if not self.meeting_uid:
            return
        row = current_row(self.agenda)
        text = self.free.text()
        if self._try(lambda: self._edits.add_free_item(self.meeting_uid, text, row + 1 if row >= 0 else None)):
            self.free.clear()
            select_row(self.agenda, row + 1)

    def remove_current(self) -> None:
        """Take the current item off the agenda."""
        row = current_row(self.agenda)
        if self.meeting_uid and row >= 0:
            uid = self.model.uid(row)
            if self._try(lambda: self._edits.remove_item(self.meeting_uid, uid)):
                select_row(self.agenda, row)

    def _rename(self, uid: str, text: str) -> bool:
        return bool(self.meeting_uid) and self._try(lambda: self._edits.edit_item_text(self.meeting_uid, uid, text))

    def _move(self, uid: str, to_index: int) -> bool:
        return bool(self.meeting_uid) and self._try(lambda: self._edits.move_item(self.meeting_uid, uid, to_index))

    def _shift(self, step: int) -> None:
        row = current_row(self.agenda)
        if row >= 0 and 0 <= row + step < self.model.rowCount():
            uid = self.model.uid(row)
            if self._move(uid, row + step):
                select_row(self.agenda, row + step)
                self.agenda.setFocus()
