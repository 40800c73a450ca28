"""Tables whose rows and some columns fit their contents, measured by us rather than by ResizeToContents.

Qt's ResizeToContents header measures every cell of the table again on each
dataChanged: ~2 ms per phone vote for the four-row results table, more for the
vote grid. Here the rows and the fitted columns are measured when the table is
reset, shown, relabelled or given other data (a change of more than one
row); after a change to one row, once the change's cells are all
told, a fitted column is measured again only if one of its changed texts is
wider than the widest it held when last measured (a column is never narrowed
by an edit: a table that jumps as the room votes is harder to read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView


class MeasuredColumns(QObject):
    """Keeps `table`'s rows as tall as their contents (unless `rows` is False), the columns `fitted()` names
    as wide as theirs (up to `most` px, when given), and lets the other columns share the rest of the width."""

    def __init__(self, table: QTableView, fitted: Callable[[], Iterable[int]], *, rows: bool = True,
                 most: int | None = None):
        super().__init__(table)
        self._table, self._fitted, self._rows_fit, self._most = table, fitted, rows, most
        self._widest: dict[int, int] = {}  # fitted column → widest text (px) when last measured
        self._changed: set[int] = set()  # fitted columns with changed cells not yet looked at
        self._rows: tuple[int, int] | None = None
        if rows:  # else the rows keep the heights the table gives them
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = table.model()
        model.modelReset.connect(self.measure)
        model.layoutChanged.connect(self.measure)
        model.headerDataChanged.connect(self.measure)
        model.dataChanged.connect(self._on_data_changed)

    def measure(self, *_args) -> None:
        """Every row and every fitted column, now; the other columns share what is left."""
        table, model = self._table, self._table.model()
        header = table.horizontalHeader()
        if self._rows_fit:
            table.resizeRowsToContents()
        fitted = set(self._fitted())
        self._widest = {}
        for column in range(model.columnCount()):
            if column not in fitted:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self._fit(column)
            self._widest[column] = self._widest_text(column, range(model.rowCount()))

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_args) -> None:
        if top_left != bottom_right and top_left.row() != bottom_right.row():  # the table shows other data
            self.measure()  # (an alternative chosen): measured whole, as at a reset
            return
        columns = {c for c in self._widest if top_left.column() <= c <= bottom_right.column()}
        if not columns:
            return
        if not self._changed:
            QTimer.singleShot(0, self, self._look)
        self._changed |= columns
        rows = (top_left.row(), bottom_right.row())
        self._rows = rows if self._rows is None else (min(self._rows[0], rows[0]), max(self._rows[1], rows[1]))

    def _look(self) -> None:
        columns, self._changed = self._changed, set()
        rows, self._rows = self._rows, None
        model = self._table.model()
        if rows is None:
            return
        span = range(max(0, rows[0]), min(rows[1], model.rowCount() - 1) + 1)
        for column in sorted(columns):
            if column >= model.columnCount():
                continue
            widest = self._widest_text(column, span)
            if widest > self._widest.get(column, 0):
                self._fit(column)
                self._widest[column] = widest

    def _fit(self, column: int) -> None:
        """A column as wide as its contents, at most `most` px (a longer text is elided; its tooltip has it)."""
        self._table.resizeColumnToContents(column)
        if self._most is not None and self._table.columnWidth(column) > self._most:
            self._table.setColumnWidth(column, self._most)

    def _widest_text(self, column: int, rows: Iterable[int]) -> int:
        model, table = self._table.model(), self._table
        widest = 0
        for row in rows:
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font.resolve(table.font())) if isinstance(font, QFont) else table.fontMetrics()
            widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest
