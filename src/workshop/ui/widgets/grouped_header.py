"""A two-row column header: the group's name spanning its columns above each column's own label.

Used by the potential grid (areas grouped as in the report: IT-drift A–B,
Förändringshantering C–D, Systemförvaltning E–I) and the voting grid
(organisations grouped by alternative).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QToolTip, QWidget

from workshop.charts.rich_text import tooltip as literal_tooltip

from workshop.ui.widgets.tints import GROUP_ROLE


class GroupedHeader(QHeaderView):
    """Horizontal header whose top row names the group of each run of columns (by GROUP_ROLE). With
    `band_for_one` False the top row shows only while there are two groups or more (a lone group's name said
    elsewhere, the row it took is the grid's)."""

    def __init__(self, group_name: Callable[[str], str], parent: QWidget | None = None, band_for_one: bool = True):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._group_name = group_name
        self._band_for_one = band_for_one
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _group(self, logical: int) -> str | None:
        model = self.model()
        return None if model is None else model.headerData(logical, Qt.Orientation.Horizontal, GROUP_ROLE)

    def banded(self) -> bool:
        """True while the top row with the groups' names shows."""
        count = self.count()
        return self._band_for_one or (count > 0 and self._group(0) != self._group(count - 1))

    def group_title(self, logical: int) -> str:
        """The group name shown above this column ("" where the column has no group)."""
        group = self._group(logical)
        return self._group_name(group) if group else ""

    def group_span(self, logical: int) -> tuple[int, int]:
        """First and last logical column of the run of columns in the same group as this one."""
        group = self._group(logical)
        first = last = logical
        while first > 0 and self._group(first - 1) == group:
            first -= 1
        count = self.count()
        while last + 1 < count and self._group(last + 1) == group:
            last += 1
        return first, last

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip over a point of the header: the whole group name over the top row, where a narrow
        band cuts it ("Förändrings…" over C–D at 1366 px); "" elsewhere (the column's own, from the model)."""
        if not self.banded() or pos.y() >= self.height() // 2:
            return ""
        logical = self.logicalIndexAt(pos.x())
        name = self.group_title(logical) if logical >= 0 else ""
        return literal_tooltip(name) if name else ""

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().viewportEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), hint.height() * 2 + 4) if self.banded() else hint

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        if not self.banded():
            super().paintSection(painter, rect, logical)
            return
        half = rect.height() // 2
        lower = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        painter.save()
        super().paintSection(painter, lower, logical)
        painter.restore()
        first, last = self.group_span(logical)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        band = QRect(left, rect.top(), right - left, half)
        painter.save()
        painter.setClipRect(QRect(rect.left(), rect.top(), rect.width(), half))
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = band
        option.section = logical
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        group = self._group(logical)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        name = self._group_name(group) if group else ""
        option.text = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, max(band.width() - 8, 0))
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.setPen(QPen(QColor("#808080"), 1))
        painter.drawLine(band.right(), band.top(), band.right(), rect.bottom())
        painter.restore()
