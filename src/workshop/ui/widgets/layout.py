"""Layout helpers the scoring views share: scrolling pages, proportional splitters, two panes side by side."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QListView, QListWidget, QPushButton, QScrollArea, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from workshop.charts.rich_text import tooltip as literal_tooltip
from workshop.ui.widgets.common import COLUMN_MAX
from workshop.ui.widgets.parts_or_tabs import PartsOrTabs
from workshop.ui.widgets.settings import Setting, splitter_setting


PRESENTER_FONT = 22  # points: chart text on the projector, read from the back of a room


def button_row(parent: QWidget, *buttons: tuple[str, str, Callable[[], None]]) -> QHBoxLayout:
    """Push buttons side by side from the left, each given as (text, object name, what a click does)."""
    row = QHBoxLayout()
    for text, name, action in buttons:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(action)
        row.addWidget(button)
    row.addStretch(1)
    return row


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through the widgets in this order, as they read on the screen (Qt's order is the order the
    widgets were made: a field could come after everything below it)."""
    for first, then in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, then)


def tab_order(container: QWidget, *widgets: QWidget) -> None:
    """Tab goes through the container's widgets in this order, the first of them first: tab_chain alone keeps
    the order round the ring, but the container's first stop stays the widget made first (Qt leaves a widget
    in place when Tab already reaches it next, round the ring)."""
    policy = container.focusPolicy()
    container.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (Qt orders nothing after a widget Tab never stops on)
    QWidget.setTabOrder(container, widgets[0])
    container.setFocusPolicy(policy)
    tab_chain(*widgets)


def focus_order(container: QWidget) -> list[QWidget]:
    """The widgets inside the container Tab stops on, in the order Tab goes through them now (to chain a
    page's fields, as they are, after what stands above the page)."""
    found, widget = [], container.nextInFocusChain()
    while widget is not container:
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.focusProxy() is None:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def cell_font(table: QTableView, points: int) -> None:
    """Larger text in a table's cells; the headers keep the window's font.

    A font, not a style sheet: a sheet sends every cell's paint through Qt's
    style-sheet style, 0.55 ms per repainted cell on every edit.
    """
    header_font = table.font()
    header_font.setPointSizeF(header_font.pointSizeF())  # set explicitly, or the headers inherit the cells'
    cells = table.font()
    cells.setPointSize(points)
    table.setFont(cells)
    for header in (table.horizontalHeader(), table.verticalHeader()):
        header.setFont(header_font)


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """The content in a frameless scroll area: a small window scrolls instead of squeezing charts."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to an invisible stop before them
    # The margins belong to a layout around the content: a splitter's own minimum size leaves out its
    # contents margins, which then squeezed the panes by 16 px (a table drawn over the heading below it).
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(8, 8, 8, 8)
    box.addWidget(content)
    area.setWidget(holder)
    return area


class Proportions(QObject):
    """Keeps a splitter's panes at fixed fractions of its length until the user drags the handle."""

    def __init__(self, splitter: QSplitter, fractions: tuple[float, ...]):
        super().__init__(splitter)
        self._splitter = splitter
        self._fractions = fractions
        self._user_moved = False
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)
        splitter.proportions = self

    def _moved(self, *_args) -> None:
        self._user_moved = True

    def use_fractions(self, fractions: tuple[float, ...]) -> None:
        """Keep the panes at these fractions from now on (where the user left them last time)."""
        self._fractions = fractions
        self._user_moved = False
        self._apply()

    def reset(self) -> None:
        """Back to the fixed fractions (the splitter turned: the user's drag no longer applies)."""
        self._user_moved = False
        self._apply()

    def _apply(self) -> None:
        horizontal = self._splitter.orientation() == Qt.Orientation.Horizontal
        length = self._splitter.width() if horizontal else self._splitter.height()
        self._splitter.setSizes([int(length * f) for f in self._fractions])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and not self._user_moved:
            self._apply()
        return False


def _fractions(splitter: QSplitter) -> str:
    sizes = splitter.sizes()
    total = sum(sizes)
    return ",".join(f"{size / total:.4f}" for size in sizes) if total > 0 else ""


def remember_splitters(root: QWidget, name: str, settings) -> None:
    """Every splitter in `root` comes back where the user left it (saved per orientation in `settings`,
    a Settings) and is saved again each time the user drags a handle."""
    for index, splitter in enumerate(root.findChildren(QSplitter)):
        def key(s=splitter, i=index) -> Setting:
            turn = "h" if s.orientation() == Qt.Orientation.Horizontal else "v"
            return splitter_setting(f"{name}/{i}{turn}")

        def restore(s=splitter, key=key) -> None:
            try:
                fractions = tuple(float(v) for v in settings.get(key()).split(",") if v)
            except ValueError:
                return
            if len(fractions) != s.count() or not all(0.0 < f < 1.0 for f in fractions):
                return
            if hasattr(s, "proportions"):
                s.proportions.use_fractions(fractions)
            else:
                _SizeWhenShown(s, fractions)

        restore()
        splitter.splitterMoved.connect(lambda *_a, s=splitter, key=key: settings.set(key(), _fractions(s)))
        if hasattr(splitter, "panes"):
            splitter.panes.turned = restore


class _SizeWhenShown(QObject):
    """Gives a splitter the fractions the user left it at once it has a length of its own (sizes set before
    that are taken as preferred sizes: a pane that asks for more got it back), as the user's own choice:
    splitterMoved tells a view that keeps its panes fitted to their content to leave them be."""

    def __init__(self, splitter: QSplitter, fractions: tuple[float, ...]):
        super().__init__(splitter)
        self._fractions = fractions
        if not self._apply(splitter):
            splitter.installEventFilter(self)

    def _apply(self, splitter: QSplitter) -> bool:
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        length = (splitter.width() if horizontal else splitter.height()) \
            - splitter.handleWidth() * (splitter.count() - 1)
        if length <= 0 or not splitter.isVisible():
            return False
        sizes = [round(length * f) for f in self._fractions]
        splitter.setSizes(sizes)
        splitter.splitterMoved.emit(sizes[0], 1)
        self.deleteLater()
        return True

    def eventFilter(self, splitter, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self._apply(splitter):
            splitter.removeEventFilter(self)
        return False


class _WrappedHeight(QObject):
    """Gives a word-wrapped label the height its lines need at its present width. Splitters and scroll
    areas ask only for one line's height, so a hint that wraps to three lines would otherwise be drawn
    over the widget below it."""

    def eventFilter(self, label, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and label.wordWrap():
            held = label.minimumHeight()
            if held:  # QLabel never answers heightForWidth below its minimum: a height taken while the label
                label.setMinimumHeight(0)  # was narrow (seven lines) would otherwise hold once it is wide again
            needed = min(label.heightForWidth(label.width()), label.maximumHeight())  # see LinesLabel
            if needed > 0:
                label.setMinimumHeight(needed)
            elif held:
                label.setMinimumHeight(held)
        return False


def hold_wrapped_heights(root: QWidget) -> None:
    """Every word-wrapped label in `root` keeps the height of all its lines (see _WrappedHeight)."""
    keeper = root.findChild(_WrappedHeight) or _WrappedHeight(root)
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(keeper)


def narrow_combos(root: QWidget, letters: int = 14) -> None:
    """Drop-down lists in `root` may shrink to about `letters` characters (eliding the rest) instead of
    demanding their longest item's width ("S — Gemensam samordning av intern IT-drift"), which kept a
    page from fitting a 1366 px screen at 125 %; where there is room they still grow."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)


class SplitOrTabs(PartsOrTabs):
    """Charts one above the other in a splitter while the height holds each at its minimum size; on a low
    screen (1366×768) they become tabs, each chart then taking the whole height (a radar never shrinks
    to a stamp, a bar chart never loses its labels)."""

    def __init__(self, charts: list[tuple[str, QWidget]], fractions: tuple[float, ...], name: str,
                 parent: QWidget | None = None):
        super().__init__(charts, name, parent)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName(f"{name}Splitter")
        self.splitter.setChildrenCollapsible(False)
        for _title, chart in charts:
            self.splitter.addWidget(chart)
        Proportions(self.splitter, fractions)
        self._hold_in(self.splitter)

    def _put_back(self, index: int, part: QWidget) -> None:
        self.splitter.insertWidget(index, part)

    def needed_height(self) -> int:
        """The height below which the charts go into tabs."""
        return sum(max(chart.minimumHeight(), 120) for _t, chart in self._parts) + self.splitter.handleWidth()

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        hint.setHeight(max(chart.minimumHeight() for _t, chart in self._parts) + self.tabs.tabBar().sizeHint().height())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(event.size().height())


class _Refit(QObject):
    """Fits a table again when its horizontal scroll bar comes or goes (laid out narrower than the window
    first, a grid made room for a bar it no longer needs once wide enough: an empty strip below it)."""

    def __init__(self, table: QTableView, squeeze: bool):
        super().__init__(table)
        self.table, self.bar_shown, self.squeeze = table, False, squeeze
        table.horizontalScrollBar().rangeChanged.connect(self._range)

    def _range(self, _low: int, high: int) -> None:
        if (high > 0) != self.bar_shown:
            fit_rows(self.table, squeeze=self.squeeze)


def fit_list_rows(view: QListView, least: int = 3, most: int = 8) -> None:
    """A short list as high as its rows (between `least` and `most` rows), not a fixed box half empty
    (a table: fit_rows)."""
    count = view.model().rowCount()
    rows = min(max(count, least), most)
    row = view.sizeHintForRow(0) if count else view.fontMetrics().height() + 4
    view.setMaximumHeight(rows * row + 2 * view.frameWidth())  # a low window may still squeeze it


def fit_rows(table: QTableView, squeeze: bool = False) -> None:
    """A table never taller than its rows: few rows leave the space to what follows; many rows scroll.
    `squeeze`: a splitter or a low window may make it lower than its rows (it scrolls then) rather than
    the page scrolling."""
    refit = table.findChild(_Refit) or _Refit(table, squeeze)
    bar = table.horizontalScrollBar()
    refit.bar_shown = bar.maximum() > 0
    rows = table.verticalHeader().length()
    extra = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
    if bar.isVisible() or bar.maximum() > 0:  # wider than its view: the scroll bar takes a row's room
        extra += bar.sizeHint().height()
    table.setMaximumHeight(max(rows + extra, 80))
    if squeeze:
        return
    # Never squeezed below its rows (or a dozen of them, for long tables): the page scrolls instead. The dozen
    # as measured: rows of wrapped names are taller than the default (the vote grid scrolled at 1229 px).
    header = table.verticalHeader()
    dozen = sum(header.sectionSize(r) for r in range(min(12, header.count())))
    table.setMinimumHeight(max(min(rows, dozen) + extra, 80))


def cap_cells(table: QTableView, *, width: int = COLUMN_MAX, lines: int | None = None) -> None:
    """Columns fitted to their contents stop at `width` px and rows fitted to theirs at `lines` lines: a long
    name is cut with "…" or stops at the last line (whole in the cell's tooltip), instead of pushing the
    other columns out of view or one row over the whole table."""
    table.horizontalHeader().setMaximumSectionSize(width)
    if lines is not None:
        padding = table.verticalHeader().defaultSectionSize() - table.fontMetrics().lineSpacing()
        table.verticalHeader().setMaximumSectionSize(lines * table.fontMetrics().lineSpacing() + max(padding, 4))


class _RowNames(QObject):
    def __init__(self, table: QTableView, share: float, least: int):
        super().__init__(table)
        self.table, self.share, self.least = table, share, least
        table.installEventFilter(self)
        self._cap()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._cap()
        return False

    def _cap(self) -> None:
        self.table.verticalHeader().setMaximumWidth(max(self.least, int(self.table.width() * self.share)))


def cap_row_names(table: QTableView, share: float = 0.3, letters: int = 8) -> None:
    """Row names (organisations) take at most `share` of the table's width, never less than `letters` wide
    letters: a 40-letter name is shortened with "…" (whole in its tooltip) instead of squeezing the scores."""
    table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a header's own default clips
    _RowNames(table, share, table.fontMetrics().horizontalAdvance("M" * letters))


def publish_action(parent: QWidget, text: str, publish) -> QAction:
    """A context-menu action that puts a chart on the projector."""
    action = QAction(text, parent)
    action.setObjectName("showOnProjector")
    action.triggered.connect(publish)
    return action


class TwoPanes(QObject):
    """Two panes side by side in a splitter while the page is wide enough for both, one above the
    other (charts below) when it is not: the page then scrolls down, never sideways.

    "Wide enough" is the first pane's smallest useful width plus the second's (a chart's minimum).
    The second pane (the charts) is never taller than the page's visible height: when a long first
    pane makes the page scroll, a chart stays whole in view at the top instead of stretching down with
    the page and taking its legend below the fold (1366×768).
    """

    def __init__(self, area: QScrollArea, splitter: QSplitter, fractions: tuple[float, float]):
        super().__init__(area)
        self._area, self._splitter = area, splitter
        self._proportions = Proportions(splitter, fractions)
        self.turned = None  # called after the panes stacked or went side by side again
        area.viewport().installEventFilter(self)
        splitter.widget(0).installEventFilter(self)  # its contents change: its height for the width, again

    def needed_width(self) -> int:
        """The width below which the panes stack."""
        first, second = (self._splitter.widget(i) for i in range(2))
        return (first.minimumSizeHint().width() + max(second.minimumSizeHint().width(), second.minimumWidth())
                + self._splitter.handleWidth() + 16)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if not shiboken6.isValid(self._area):  # the page going: its first pane still hears of its children
            return False
        viewport = self._area.viewport()
        if watched is viewport and event.type() == QEvent.Type.Resize:
            self.arrange(viewport.width())
            self.cap(viewport.height())
            self.hold(viewport.width())
        elif watched is not viewport and event.type() == QEvent.Type.LayoutRequest:
            self.hold(viewport.width())
        return False

    def hold(self, width: int) -> None:
        """Stacked, the first pane is at least as high as its contents need at the page's width: a splitter
        gives a pane its minimum height, not its height for a width, and a wrapped line had pushed the
        potential grid's last row under the shares below it (1229×690)."""
        first = self._splitter.widget(0)
        layout = first.layout()
        height = 0
        if self._splitter.orientation() == Qt.Orientation.Vertical and layout is not None \
                and layout.hasHeightForWidth():
            margins = self._area.widget().layout().contentsMargins()
            height = layout.totalHeightForWidth(width - margins.left() - margins.right())
        if first.minimumHeight() != height:
            first.setMinimumHeight(height)

    def cap(self, height: int) -> None:
        """The second pane at most `height` (the visible page) less the page's margins, never below its
        own minimum."""
        second = self._splitter.widget(1)
        margins = self._area.widget().layout().contentsMargins()
        room = height - margins.top() - margins.bottom()
        second.setMaximumHeight(max(room, second.minimumSizeHint().height(), second.minimumHeight()))

    def arrange(self, width: int) -> None:
        """Side by side when `width` holds both panes, stacked otherwise."""
        stacked = width < self.needed_width()
        wanted = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            self._proportions.reset()
            if self.turned is not None:
                self.turned()


def side_by_side(page: QWidget, left: QWidget, right: QWidget, fractions: tuple[float, float]) -> QSplitter:
    """Fill the page with two panes in a splitter at these fractions; on a narrow screen the second
    pane moves below the first and the page scrolls down (never sideways)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    area = scrolling(splitter, page)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout.addWidget(area)
    splitter.panes = TwoPanes(area, splitter, fractions)
    return splitter


def chart_pane(button: QWidget, chart: QWidget) -> QWidget:
    """A chart with its button (e.g. "Show on projector") above it, on the right."""
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    column.addLayout(row)
    column.addWidget(chart, 1)
    return pane


def refill_list(widget: QListWidget, texts: list[str]) -> None:
    """Replace a list's lines, keeping the current row where it can, without announcing the change."""
    row = widget.currentRow()
    widget.blockSignals(True)
    widget.clear()
    widget.addItems(texts)
    for i, text in enumerate(texts):  # a list may cut a long text: whole here
        widget.item(i).setToolTip(literal_tooltip(text))
    widget.setCurrentRow(min(max(row, 0), widget.count() - 1))
    widget.blockSignals(False)
