"""Parts of a pane one under the other while its height holds them all, tabs when it does not: the vote grid
and the results under it need more height than a 1229×690 window gives (the page had scrolled), and each
alone fits. SplitOrTabs (widgets/layout.py) does the same for charts, in a splitter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QStackedLayout, QTabWidget, QVBoxLayout, QWidget


class ColumnOrTabs(QWidget):
    """`parts` (title, widget) one under the other at their own heights, what is left of the height below them;
    where the height is less than they need together, each is a tab of its own, with the whole height."""

    def __init__(self, parts: list[tuple[str, QWidget]], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._parts = parts
        self.column = QWidget(self)
        self._box = QVBoxLayout(self.column)
        self._box.setContentsMargins(0, 0, 0, 0)
        for _title, part in parts:
            self._box.addWidget(part)
            part.installEventFilter(self)  # a part grown or shrunk (a note shown, a criterion added): look again
        self._box.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"{name}Tabs")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.column)
        self._stack.addWidget(self.tabs)
        self._tabbed = False

    def tabbed(self) -> bool:
        """True while the parts are tabs."""
        return self._tabbed

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

    def _arrange(self, height: int) -> None:
        tabbed = height < self.needed_height()
        if tabbed == self._tabbed:
            return
        self._tabbed = tabbed
        current = self.tabs.currentIndex()
        for index, (title, part) in enumerate(self._parts):
            if tabbed:
                self.tabs.addTab(part, title)
            else:
                self._box.insertWidget(index, part)
        if tabbed:
            self.tabs.setCurrentIndex(max(current, 0))
        else:
            self.tabs.clear()
            for _title, part in self._parts:
                part.show()  # the part the tabs had hidden shows again
        self._stack.setCurrentWidget(self.tabs if tabbed else self.column)
