"""The voting grid as the facilitator types into it: a digit sets the vote and moves on, arrows move,
Delete clears ("no vote"), anything else is refused in place with a message."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.layout import cell_font
from workshop.ui.widgets.grouped_header import GroupedHeader
from workshop.ui.alternatives.voting.model import AGREED_COL, VOTE, VoteTableModel

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)



class VoteTableView(QTableView):
    """Keyboard-first entry of votes; agreed scores typed here ask for a comment (via the panel)."""

    agreed_typed = Signal(QModelIndex, int)  # the panel asks for the comment, then stores it

    def __init__(self, model: VoteTableModel, group_name, parent=None):
        super().__init__(parent)
        self.setObjectName("votingTable")
        self.setHorizontalHeader(GroupedHeader(group_name, self))
        self.setModel(model)
        self._model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(44)
        vertical = self.verticalHeader()
        # Rows and the spread/agreed columns are measured here (_measure), not by ResizeToContents: Qt's
        # re-measures every cell on each dataChanged, ~2,200 data() calls for a single phone vote.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setMaximumWidth(340)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        cell_font(self, 13)
        self.setWordWrap(False)
        model.modelReset.connect(self._fit_columns)
        model.layoutChanged.connect(self._measure)
        model.headerDataChanged.connect(self._measure)
        model.dataChanged.connect(self._measure_changed)
        self._unmeasured: set[int] = set()  # spread/agreed columns whose cells changed since measured
        self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._measure()  # sizes taken while hidden may be wrong

    def _measure(self, *_) -> None:
        """Every row as tall as its contents, spread and agreed as wide as theirs (what ResizeToContents did)."""
        self.resizeRowsToContents()
        for column in range(self._model.columnCount()):
            if self._model.column(column).kind != VOTE:
                self.resizeColumnToContents(column)

    def _measure_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_) -> None:
        """One cell's new value (a vote) leaves the rows as tall; a spread or agreed score may be wider.
        Those columns are measured once the edit's cells are all told (as Qt delays ResizeToContents): a vote
        touches the agreed column twice (its row and the sum), and votes arriving together touch it more."""
        if top_left != bottom_right:
            self._measure()
        elif self._model.column(top_left.column()).kind != VOTE:
            if not self._unmeasured:
                QTimer.singleShot(0, self, self._measure_columns)
            self._unmeasured.add(top_left.column())

    def _measure_columns(self) -> None:
        columns, self._unmeasured = self._unmeasured, set()
        for column in sorted(columns):
            if column < self._model.columnCount():
                self.resizeColumnToContents(column)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The criteria's wording takes at most a third of a narrow table (elided; the full text is in the
        # tooltip), so the votes, spread and agreed columns stay in view without scrolling sideways.
        # It gives up more when the other headings are long ("Spridning", "Överenskommen").
        header = self.horizontalHeader()
        needed = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        for column in range(self._model.columnCount()):
            needed += (header.minimumSectionSize() if self._model.column(column).kind == VOTE
                       else max(header.sectionSizeHint(column), self.sizeHintForColumn(column)))
        room = event.size().width() - needed
        self.verticalHeader().setMaximumWidth(max(100, min(340, event.size().width() // 3, room)))
        super().resizeEvent(event)

    def _fit_columns(self) -> None:
        """Vote columns share the width; spread and agreed take what their heading needs (“Överenskommen”)."""
        header = self.horizontalHeader()
        for column in range(self._model.columnCount()):
            fit = self._model.column(column).kind != VOTE
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed if fit
                                        else QHeaderView.ResizeMode.Stretch)
        self._measure()

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
