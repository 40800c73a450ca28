"""The vote grid over its results while the height holds both, tabs when it does not: together they need more
height than a 1229×690 window gives (the page had scrolled), and each alone fits (widgets/parts_or_tabs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop.ui.widgets.parts_or_tabs import PartsOrTabs


class ColumnOrTabs(PartsOrTabs):
    """`parts` (title, widget) one under the other at their own heights, what is left of the height below them;
    where the height is less than they need together, each is a tab of its own, with the whole height."""

    def __init__(self, parts: list[tuple[str, QWidget]], name: str, parent: QWidget | None = None):
        super().__init__(parts, name, parent)
        self.column = QWidget(self)
        self._box = QVBoxLayout(self.column)
        self._box.setContentsMargins(0, 0, 0, 0)
        for _title, part in parts:
            self._box.addWidget(part)
            part.installEventFilter(self)  # a part grown or shrunk (a note shown, a criterion added): look again
        self._box.addStretch(1)
        self._hold_in(self.column)

    def _put_back(self, index: int, part: QWidget) -> None:
        self._box.insertWidget(index, part)

    def needed_height(self) -> int:
        """The height below which the parts go into tabs: theirs together, with the spacing between them."""
        heights = [part.minimumSizeHint().height() for _title, part in self._parts]
        return sum(heights) + self._box.spacing() * (len(heights) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As tabs: the tallest part under the tab bar (a scroll area around it scrolls only below that)."""
        hints = [part.minimumSizeHint() for _title, part in self._parts]
        return QSize(max(h.width() for h in hints),
                     max(h.height() for h in hints) + self.tabs.tabBar().sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False  # as tabs when the height is short: the parts' heights for a width say nothing then

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(event.size().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.height())
        return False
