"""Parts of a pane shown together while the height holds them all, as tabs when it does not: what
SplitOrTabs (charts in a splitter, widgets/layout.py) and ColumnOrTabs (the vote grid over its results,
widgets/column_or_tabs.py) share. A subclass gives the container and how a part goes back into it."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedLayout, QTabWidget, QWidget


class PartsOrTabs(QWidget):
    """`parts` (title, widget) in a container of the subclass's while the height is at least `needed_height()`,
    each a tab of its own, with the whole height, below it."""

    def __init__(self, parts: list[tuple[str, QWidget]], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._parts = parts
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"{name}Tabs")
        self._stack = QStackedLayout(self)
        self._container: QWidget | None = None
        self._tabbed = False

    def _hold_in(self, container: QWidget) -> None:
        """Show the parts in `container` (the subclass has put them there) until the height is short."""
        self._container = container
        self._stack.addWidget(container)
        self._stack.addWidget(self.tabs)
        self._stack.setCurrentWidget(container)

    def _put_back(self, index: int, part: QWidget) -> None:
        """Put the index-th part back in the container, where it was."""
        raise NotImplementedError

    def needed_height(self) -> int:
        """The height below which the parts go into tabs."""
        raise NotImplementedError

    def tabbed(self) -> bool:
        """True while the parts are tabs."""
        return self._tabbed

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
                self._put_back(index, part)
        if tabbed:
            self.tabs.setCurrentIndex(max(current, 0))
        else:
            self.tabs.clear()
        self._stack.setCurrentWidget(self.tabs if tabbed else self._container)
        if not tabbed:  # back in the container, the part the tabs had hidden shows again
            for _title, part in self._parts:
                part.show()
        # (In tabs, shown, the part of the tab behind lay under the other, unlaid-out: a Tab stop on nothing.)
