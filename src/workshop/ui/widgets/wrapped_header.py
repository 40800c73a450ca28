"""Row names on a few lines: a vertical header that wraps each name at its width, at most `lines` lines
(the last ending in "…" when more is left; the whole name is in the model's tooltip), and asks for each
row the height of the lines its name takes. One line cut the vote grid's criteria at 1366 px to about a
dozen letters ("1. Förmåga att lev…")."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from workshop.ui.widgets.lines_label import broken_lines, wrapped_lines


class WrappedRowNames(QHeaderView):
    """A vertical header whose names wrap over up to `lines` lines; `widened` tells the table its width
    changed, so that its rows are measured again (a row's height follows its name's lines)."""

    widened = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self._lines = lines
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # cut here, line by line: the style cuts one line
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The current row's name in bold would be wider than the lines measured in the header's own font:
        # its last words were cut. The current cell shows the row.
        self.setHighlightSections(False)

    def _name(self, logical: int) -> str:
        model = self.model()
        text = model.headerData(logical, self.orientation()) if model is not None else None
        return "" if text is None else str(text)

    def text_width(self) -> int:
        """The width a name wraps at: the header's less the style's margins on either side (where the style
        draws the label), and a pixel to spare."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return max(self.width() - 2 * margin - 1, 1)

    def shown(self, logical: int) -> str:
        """The name as drawn: whole, or its first lines ending in "…"; a line break between lines."""
        return broken_lines(self._name(logical), self.font(), self.text_width(), self._lines)

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 (Qt's name)
        size = super().sectionSizeFromContents(logical)
        lines = min(wrapped_lines(self._name(logical), self.font(), self.text_width(), self._lines),
                    self._lines)
        return QSize(size.width(), size.height() + max(lines - 1, 0) * self.fontMetrics().lineSpacing())

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical: int) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical)
        option.text = self.shown(logical)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.widened.emit()
