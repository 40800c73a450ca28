"""Buttons side by side while the width holds them, on further rows when it does not: a pane of a few
buttons then narrows to its widest button instead of to all of them in a row (the agenda's Remove, Move up
and Move down had kept the question catalogue beside them to ~190 px at 1366 px)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowRow(QLayout):
    """Items left to right, wrapping to a new row where the next would pass the right edge; each row's
    items centred on its height. `last_to_right`: the last item, when it shares a row, sits at its right
    edge (buttons at the end of a line of choices)."""

    def __init__(self, parent: QWidget | None = None, *, last_to_right: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._last_to_right = last_to_right
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All in one row."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        return QSize(width, max((i.sizeHint().height() for i in shown), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """The widest item: the others go below it."""
        shown = self._shown()
        return QSize(max((i.sizeHint().width() for i in shown), default=0),
                     max((i.sizeHint().height() for i in shown), default=0))

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in rows within `rect` (only measure unless `move`); the height they take."""
        gap = max(self.spacing(), 0)
        rows: list[list[QLayoutItem]] = [[]]
        x = rect.x()
        for item in self._shown():
            width = item.sizeHint().width()
            if rows[-1] and x + width > rect.right() + 1:
                rows.append([])
                x = rect.x()
            rows[-1].append(item)
            x += width + gap
        y = rect.y()
        for row in rows:
            height = max((i.sizeHint().height() for i in row), default=0)
            x = rect.x()
            for item in row:
                size = item.sizeHint()
                if self._last_to_right and len(row) > 1 and item is self._items[-1]:
                    x = rect.right() + 1 - size.width()
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + gap
            y += height + (gap if row is not rows[-1] else 0)
        return y - rect.y()
