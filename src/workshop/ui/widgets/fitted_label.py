"""One line of plain text that must be read whole (an address to type into a phone): where the width is
short it is set smaller rather than cut or wrapped, and it never widens the window past the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SMALLEST = 8.0  # points: below this an address is not read from the back of a room anyway


class FittedLabel(QLabel):
    """Plain text on one line at `points`, or as much smaller as the label's width needs (not under
    SMALLEST). It asks for the width of its text at full size and accepts any less: the text then shrinks.
    Its height stays that of the full size, so a narrower window does not move what is under it."""

    def __init__(self, text: str, points: float, parent: QWidget | None = None, *, weight: int = 600):
        super().__init__(parent)
        self._points = points
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setWeight(QFont.Weight(weight))
        self._full = font
        self.setFont(font)
        self.setText(text)

    def full_points(self) -> float:
        """The size the text is set at when there is room."""
        return self._points

    def _needed(self, font: QFont) -> int:
        return QFontMetrics(font).horizontalAdvance(self.text()) + 2 * self.margin() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        full = QFontMetrics(self._full)
        return QSize(self._needed(self._full), full.height() + 2 * self.margin())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(1, self.sizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The largest size, in half points, at which the whole text fits the width (SMALLEST at least)."""
        room = self.contentsRect().width()
        font = QFont(self._full)
        size = self._points
        while size > SMALLEST and self._needed(font) > room:
            size = max(SMALLEST, size - 0.5)
            font.setPointSizeF(size)
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)
