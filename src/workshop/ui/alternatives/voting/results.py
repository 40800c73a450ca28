"""The report's result table (agreed score per criterion, sum, weighted sum, rank) and the criterion weights."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from workshop.domain.errors import DomainError
from workshop.domain.validation import check_weight
from workshop.ui.session.commands import REFUSALS, push
from workshop.ui.session.edits import SetWeights
from workshop.ui.session.session import AGREED, ALTERNATIVES, ORGANISATIONS, VOTES, WEIGHTS, EngagementSession
from workshop.ui.alternatives.voting.state import ScoreBoard
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.sums import sum_text
from workshop.charts.locale import number
from workshop.charts.rich_text import tooltip

WINNER_TINT = "#DFF3E4"
WEIGHTS_TINT = "#F2F2F2"  # the weights row, typed into, set apart from the results above it
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex



def equal_weights(session: EngagementSession) -> bool:
    """True when every criterion weighs the same (the report's way)."""
    return len({c.weight for c in session.engagement.criteria}) <= 1


class ResultsModel(QAbstractTableModel):
    """One row per alternative: agreed scores 1…n, sum, weighted sum and rank, as in the report; under them
    a row of the criteria's weights (`weights`' one row, edited through it), each under its criterion."""

    def __init__(self, session: EngagementSession, board: ScoreBoard, weights: WeightsModel, parent=None):
        super().__init__(parent)
        self._session = session
        self._board = board
        self._weights = weights
        self._shape = (0, 0)
        self._shown: list = []  # the results the view shows, to tell it which rows an edit changed
        self.refresh()
        session.changed.connect(self._on_changed)

    def _criteria_count(self) -> int:
        return len(self._session.engagement.criteria)

    def refresh(self) -> None:
        e = self._session.engagement
        shape = (len(e.alternatives), len(e.criteria))
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self._shown = list(self._board.results())

    def _on_changed(self, part: str, keys: tuple = ()) -> None:
        if part in (VOTES, AGREED) and keys and self._shape == (len(self._session.engagement.alternatives),
                                                                len(self._session.engagement.criteria)):
            self._show_changed_rows()
        elif part in (VOTES, AGREED, WEIGHTS, ORGANISATIONS, ALTERNATIVES):
            self.refresh()

    def _show_changed_rows(self) -> None:
        """After a vote or an agreed score: tell the view only the alternatives whose result changed (the one
        voted on, and any whose rank moved), not every cell."""
        results = list(self._board.results())
        last = self.columnCount() - 1
        for row, (old, new) in enumerate(zip(self._shown, results)):
            if old != new:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self._shown = results

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shape[0] + (1 if self._shape[1] else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shape[1] + 3

    def is_weights_row(self, row: int) -> bool:
        """True for the last row, the criteria's weights."""
        return bool(self._shape[1]) and row == self._shape[0]

    def _weight(self, index: Index, role: int):
        if index.column() < self._shape[1]:
            value = self._weights.data(self._weights.index(0, index.column()), role)
            if value is not None or role != Qt.ItemDataRole.ToolTipRole:
                return value
            return tooltip(self._session.engagement.criteria[index.column()].text)
        return QBrush(QColor(WEIGHTS_TINT)) if role == Qt.ItemDataRole.BackgroundRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_weights_row(index.row()) and index.column() < self._shape[1]:
            return self._weights.flags(self._weights.index(0, index.column()))
        return super().flags(index)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and self.is_weights_row(index.row()) and index.column() < self._shape[1]):
            return False
        return self._weights.setData(self._weights.index(0, index.column()), value, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if self.is_weights_row(index.row()):
            return self._weight(index, role)
        results = self._board.results()
        if index.row() >= len(results):
            return None
        r = results[index.row()]
        n = self._criteria_count()
        col = index.column()
        if col < n:
            value = r.scores[col] if col < len(r.scores) else None
        else:
            value = (r.sum, r.weighted_sum, r.rank)[col - n]
        if role == Qt.ItemDataRole.DisplayRole:
            return sum_text(value, r.scored, n) if col in (n, n + 1) else number(value)  # "14 (5 av 7)"
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r.rank == 1:
            return QBrush(QColor(WINNER_TINT))
        if role == Qt.ItemDataRole.FontRole and (r.rank == 1 or col >= n):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not r.complete and r.sum is not None:
            return tr("Not every criterion has an agreed score yet: the sum adds the {n} of {total} that have one, "
                      "and the alternative is ranked once all have one.").format(n=r.scored, total=n)
        if role == Qt.ItemDataRole.ToolTipRole and r.sum is None:
            return tr("No criterion has an agreed score yet: no sum and no rank.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        e = self._session.engagement
        n = len(e.criteria)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                if section < n:
                    return str(e.criteria[section].number)
                return (tr("Sum"), tr("Weighted"), tr("Rank"))[section - n]
            if role == Qt.ItemDataRole.ToolTipRole:
                if section < n:
                    return tooltip(e.criteria[section].text)
                if section == n + 1:
                    return (tr("Equal weights: the same as the sum") if equal_weights(self._session)
                            else tr("Each agreed score times its criterion's weight"))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(e.alternatives):
            if role == Qt.ItemDataRole.DisplayRole:
                return e.alternatives[section].code
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(e.alternatives[section].name)
        if orientation == Qt.Orientation.Vertical and self.is_weights_row(section):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Weight")
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Weights (optional): each agreed score times its criterion's weight gives the weighted "
                          "sum. Type a number (0 or more) in the criterion's column.")
        return None


class WeightsModel(QAbstractTableModel):
    """One row: each criterion's weight (≥ 0, not all zero). Equal weights are the default, as in the report."""

    refused = Signal(str)

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._count = len(session.engagement.criteria)
        session.changed.connect(self._on_changed)

    def _on_changed(self, part: str) -> None:
        if part != WEIGHTS:
            return
        count = len(self._session.engagement.criteria)
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0, 0), self.index(0, count - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._count else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        weight = self._session.engagement.criteria[index.column()].weight
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return number(weight)
        if role == RAW_ROLE:
            return weight
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        criteria = self._session.engagement.criteria
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(criteria):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(criteria[section].number)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(criteria[section].text)
        if orientation == Qt.Orientation.Vertical and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return tr("Weight")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        crit = self._session.engagement.criteria[index.column()]
        try:
            text = str(value).strip().replace(",", ".")
            if not text:
                raise DomainError(tr("A weight cannot be empty; type 1 for the default."))
            weight = check_weight(text)
        except DomainError as exc:
            self.refused.emit(tr("Criterion {n}: {problem}").format(n=crit.number, problem=describe(exc)))
            return False
        if weight == crit.weight:
            return True
        return self.set_weights({crit.number: weight}, tr("Weight of criterion {n}").format(n=crit.number))

    def set_weights(self, weights: dict[int, float], text: str) -> bool:
        """Change one or more weights as one undoable edit (all refused if the result is not allowed)."""
        session = self._session
        old = {c.number: c.weight for c in session.engagement.criteria}
        try:
            push(session.undo_stack, SetWeights(session, old, {**old, **weights}, text))
        except REFUSALS as exc:
            session.announce(WEIGHTS)  # show the stored weights again
            self.refused.emit(describe(exc))
            return False
        return True
