"""The voting grid as the facilitator types into it: a digit sets the vote and moves on, arrows move,
Delete clears ("no vote"), anything else is refused in place with a message."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.layout import cell_font
from workshop.ui.widgets.measured import MeasuredColumns
from workshop.ui.widgets.grouped_header import GroupedHeader
from workshop.ui.widgets.wrapped_header import WrappedRowNames
from workshop.ui.alternatives.voting.model import AGREED_COL, VOTE, VoteTableModel
from workshop.ui.widgets.entry import tab_leaves

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
NAME_LINES = 4  # a criterion's wording on up to four lines beside its votes (one cut it to a dozen letters)
NAMES_MOST = 440  # px of names at most: most wordings on one line where the screen has the room …
NAMES_LEAST = 100  # … and at least, when the votes leave less



class VoteTableView(QTableView):
    """Keyboard-first entry of votes; agreed scores typed here ask for a comment (via the panel)."""

    agreed_typed = Signal(QModelIndex, int)  # the panel asks for the comment, then stores it

    def __init__(self, model: VoteTableModel, group_name, parent=None):
        super().__init__(parent)
        self.setObjectName("votingTable")
        # One alternative's block needs no band naming it: "Voting on" above the grid does.
        self.setHorizontalHeader(GroupedHeader(group_name, self, band_for_one=False))
        self.setVerticalHeader(WrappedRowNames(NAME_LINES, self))
        self.setModel(model)
        self._model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        tab_leaves(self, typed_into=True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setMinimumSectionSize(44)
        vertical = self.verticalHeader()
        vertical.setMaximumWidth(NAMES_MOST)
        cell_font(self, 13)
        self.setWordWrap(False)
        # Vote columns share the width; rows and the spread/agreed columns (“Överenskommen”) are measured, not
        # left to ResizeToContents: Qt's re-measures every cell on each dataChanged, ~2,200 data() calls for
        # a single phone vote.
        self._measured = MeasuredColumns(self, self._fitted_columns)
        self._measured.measure()
        vertical.widened.connect(self._measured.measure)  # rows as high as their names' lines at the new width

    def _fitted_columns(self) -> list[int]:
        return [c for c in range(self._model.columnCount()) if self._model.column(c).kind != VOTE]

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._measured.measure()  # sizes taken while hidden may be wrong

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The criteria's wording takes the width the votes, spread and agreed columns leave at their least
        # (wrapped over up to four lines; the full text is in the tooltip), so they stay in view without
        # scrolling sideways. A vertical scroll bar counts only while shown: the grid is as high as its rows.
        header = self.horizontalHeader()
        needed = 2 * self.frameWidth()
        if self.verticalScrollBar().isVisible():
            needed += self.verticalScrollBar().sizeHint().width()
        for column in range(self._model.columnCount()):
            needed += (header.minimumSectionSize() if self._model.column(column).kind == VOTE
                       else max(header.sectionSizeHint(column), self.sizeHintForColumn(column)))
        # The table's own width, not the event's: Qt passes the viewport's resize events here too, and a
        # maximum taken from the viewport's width shrank the header after its margin was set (a gap beside it).
        room = self.width() - needed
        if room < NAMES_LEAST:  # the grid scrolls sideways anyway (all alternatives): a third for the names
            room = self.width() // 3
        self.verticalHeader().setMaximumWidth(max(NAMES_LEAST, min(NAMES_MOST, room)))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.currentIndex()
        kind = self._model.kind(index)
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if kind in (VOTE, AGREED_COL) and plain:
            if len(text) == 1 and text.isdigit():
                if kind == VOTE:
                    if self._model.setData(index, text):
                        self.advance(index)
                else:
                    self.agreed_typed.emit(index, int(text))
                event.accept()
                return
            if event.key() in CLEAR_KEYS:
                if kind == VOTE:
                    self._model.setData(index, "")
                else:
                    self._model.set_agreed(index, "", "")
                event.accept()
                return
            if text and text.isprintable() and not text.isspace():
                crit = self._model.criterion(index.row())
                self._model.refused.emit(tr("“{text}” is not a vote: type a digit from {low} to {high}; "
                                            "Delete leaves the cell empty (no vote).").format(
                    text=text, low=crit.scale_min, high=crit.scale_max))
                event.accept()
                return
        super().keyPressEvent(event)

    def advance(self, index: QModelIndex) -> None:
        """Move to the next organisation's vote on this criterion, then to the next criterion."""
        model = self._model
        columns = model.vote_columns(model.column(index).alternative)
        position = columns.index(index.column()) if index.column() in columns else -1
        if 0 <= position < len(columns) - 1:
            target = model.index(index.row(), columns[position + 1])
        elif not model.is_sum_row(index.row() + 1):
            target = model.index(index.row() + 1, columns[0])
        else:
            return
        self.setCurrentIndex(target)
