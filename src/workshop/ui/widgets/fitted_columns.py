"""A table's columns sized to what they hold, the one of long text taking the rest, until the user drags one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from workshop.ui.widgets.common import COLUMN_MAX

FITTED_SHARE = 0.6  # of the table's width, at most, for the columns other than the stretching one …
SHORT_COLUMN = 120  # … but a column this narrow (a date, a code, a number) is always whole


def fair_level(widths: list[int], budget: int) -> int:
    """The width no column may pass so that together they fit `budget`: columns narrower than it keep
    their width, the wider ones are cut to it (the widest give way first)."""
    remaining, count = budget, len(widths)
    for width in sorted(widths):
        if width * count > remaining:
            return max(remaining // count, 0)
        remaining, count = remaining - width, count - 1
    return max(widths, default=0)


class FittedColumns(QObject):
    """Column `stretch` takes what is left; the others are as wide as what they hold (up to COLUMN_MAX),
    together at most `share` of the table. Redone as the table's width changes and on `fit()` (after
    the rows change), until the user drags a column: then the widths are theirs."""

    def __init__(self, table: QTableView, stretch: int, share: float = FITTED_SHARE):
        super().__init__(table)
        self.table, self.stretch, self.share = table, stretch, share
        self.user_sized = False
        self._fitting = False
        header = table.horizontalHeader()
        header.setMaximumSectionSize(COLUMN_MAX)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()  # the table's width is known only once it is laid out
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != self.stretch:
            self.user_sized = True

    def fit(self) -> None:
        """Size the columns now (nothing once the user has sized one, or while the table is hidden)."""
        table = self.table
        others = [c for c in range(table.model().columnCount()) if c != self.stretch]
        if self.user_sized or self._fitting or not others or not table.isVisible() or not table.model().rowCount():
            return
        header = table.horizontalHeader()
        self._fitting = True
        try:
            wanted = {c: min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)), COLUMN_MAX) for c in others}
            short = sum(w for w in wanted.values() if w <= SHORT_COLUMN)  # dates, codes, numbers: always whole
            level = fair_level([w for w in wanted.values() if w > SHORT_COLUMN],
                               int(table.viewport().width() * self.share) - short)
            for c, width in wanted.items():  # of the longer ones, the widest give way first
                header.resizeSection(c, width if width <= SHORT_COLUMN else
                                     max(min(width, level), header.sectionSizeHint(c)))
        finally:
            self._fitting = False
