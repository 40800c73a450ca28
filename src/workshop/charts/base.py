"""What every chart shares: a white, static pyqtgraph plot with an export context menu."""

from __future__ import annotations

import math
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QLabel

from workshop.domain.numbers import nice_step
from workshop.charts.export import ChartExportMenu
from workshop.charts.items import PathItem, PixelPadded, cosmetic_pen
from workshop.charts.legend import fit as legend_fit
from workshop.charts.palette import DARK, LIGHT, Theme, series_colour
from workshop.charts import locale
from workshop.charts.rich_text import literal


def nice_ticks(low: float, high: float, target: int = 6) -> list[float]:
    """Round tick values (1, 2 or 5 × 10^k apart) covering low…high, about `target` of them."""
    span = high - low
    if not span > 0:
        return []
    step = nice_step(span, target)
    first = math.ceil(low / step) * step
    count = int(math.floor((high - first) / step + 1e-9)) + 1
    return [round(first + i * step, 10) for i in range(count)]


def _decimals(spacing: float) -> int:
    """The decimals a tick needs at this spacing (0.25 apart: two; 5 apart: none)."""
    if not spacing > 0 or not math.isfinite(spacing):
        return 2
    return next((d for d in range(7) if abs(round(spacing, d) - spacing) < spacing * 1e-6), 6)


class ChartBase(pg.PlotWidget):
    """A plot for the room: no pyqtgraph menus or panning, big readable text, light or dark."""

    def __init__(self, parent=None, font_size: int = 12, theme: Theme = LIGHT, decimal_mark: str | None = None):
        # enableMenu=False from the start: pyqtgraph otherwise builds the view's QMenu and, on
        # setMenuEnabled(False), drops it; deleting that menu crashed the interpreter now and then
        # (a segmentation fault in ViewBox._applyMenuEnabled, or later wherever the collector freed it).
        super().__init__(parent, background=theme.background, enableMenu=False)
        self.theme = theme
        self.decimal_mark = decimal_mark  # None: the interface language's; a projector chart: the document's
        self.font_size = font_size
        self.export_menu: ChartExportMenu | None = None
        item = self.getPlotItem()
        item.hideButtons()
        # The plot item only holds the axes, the view and the legend: with no contents of its own Qt
        # skips asking Python for its bounds on every repaint.
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setMouseEnabled(False, False)
        # The view paints its whole background itself; without this Qt repaints every ancestor
        # (scroll area, splitter, window, with their style sheets) under the chart on each redraw:
        # 8.8 ms instead of 1.7 ms per radar repaint in the main window.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._grid: PathItem | None = None
        item.vb.sigTransformChanged.connect(self._tell_pixel_size)
        self.empty_notice = QLabel(self)  # why nothing is drawn yet (say_empty), over the plot
        self.empty_notice.setObjectName("chartEmptyNotice")
        self.empty_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_notice.setWordWrap(True)
        self.empty_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the menu stays the chart's
        self.empty_notice.setFont(self.chart_font(scale=1.2))
        # On a card of the chart's own ground, as large as its text: drawn straight over the plot it ran
        # through the radar's rings and the bars' grid lines, hard to read on the projector.
        self.empty_notice.setStyleSheet(f"color: {theme.text}; background: {theme.background};"
                                        f" border: 1px solid {theme.grid}; border-radius: 6px; padding: 10px;")
        self.empty_notice.hide()

    def say_empty(self, text: str) -> None:
        """Say over the plot why it draws nothing yet ("No scores yet…"); "" takes the sentence away. A chart
        with nothing to draw had been an empty white (or, on the projector, dark) box."""
        if not text and self.empty_notice.isHidden():  # nothing said, nothing to take away (every redraw asks)
            return
        self.empty_notice.setText(text)
        self.empty_notice.setVisible(bool(text))
        self.show_contents(not text)
        self._place_notice()

    def show_contents(self, shown: bool) -> None:
        """Show or hide what the chart draws from its data (its series, their legend entries and the numbers on
        its axes), leaving the empty frame: while the notice says why nothing is drawn, a series of nothing
        had stood as a speck at the radar's centre and an entry in its legend. Asked only while a notice is
        said or taken away (say_empty), never on a redraw that draws."""

    def _place_notice(self) -> None:
        margin = max(8, self.width() // 10)
        room = self.rect().adjusted(margin, margin, -margin, -margin)
        notice = self.empty_notice
        width = min(room.width(), notice.sizeHint().width())
        height = min(room.height(), notice.heightForWidth(width))
        notice.setGeometry(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2,
                           width, height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if "empty_notice" in self.__dict__ and not self.empty_notice.isHidden():  # (resized while being made)
            self._place_notice()

    def addItem(self, item, *args, **kwargs) -> None:  # noqa: N802 (pyqtgraph's name)
        """Add an item to the plot; one drawn with a cosmetic pen learns how large a pixel is."""
        super().addItem(item, *args, **kwargs)
        if isinstance(item, PixelPadded):
            item.set_pixel_size(*self._pixel_size())

    def _pixel_size(self) -> tuple[float, float]:
        size = self.getPlotItem().vb.viewPixelSize()
        return (size[0], size[1]) if all(math.isfinite(v) for v in size) else (0.0, 0.0)

    def _tell_pixel_size(self, *_args) -> None:
        size = self._pixel_size()
        for item in self.getPlotItem().vb.addedItems:
            if isinstance(item, PixelPadded):
                item.set_pixel_size(*size)

    def chart_font(self, bold: bool = False, scale: float = 1.0) -> QFont:
        """The chart's text font at its font size (times scale)."""
        font = QFont(self.font())
        font.setPointSizeF(self.font_size * scale)
        font.setBold(bold)
        return font

    def style_axis(self, name: str, label: str = "") -> None:
        """Readable axis text in the chart's font size."""
        axis = self.getPlotItem().getAxis(name)
        axis.setTextPen(pg.mkPen(self.theme.text))
        axis.setPen(pg.mkPen(self.theme.text))
        axis.setStyle(tickFont=self.chart_font())
        axis.enableAutoSIPrefix(False)
        # Numbers as the chart's language writes them: pyqtgraph's own had "0.2" and "1.2" in a Swedish window.
        axis.tickStrings = lambda values, scale, spacing: [
            locale.number(v, digits=_decimals(spacing), mark=self.decimal_mark) for v in values]
        if label:
            axis.setLabel(literal(label), color=self.theme.text, **{"font-size": f"{self.font_size}pt"})

    def colour(self, index: int) -> str:
        """The index-th series colour for this chart's ground."""
        return series_colour(index, dark=self.theme is DARK)

    def set_grid(self, x_range: tuple[float, float], y_range: tuple[float, float],
                 horizontal: bool = True, vertical: bool = False) -> None:
        """Light grid lines at the major ticks within the ranges, drawn as one curve.

        pyqtgraph's own showGrid() draws every minor tick with alpha through the
        axes and cost ~9 ms per repaint here; one NaN-broken path, painted by Qt
        alone (no Python per repaint), costs a few microseconds.
        """
        xs: list[float] = []
        ys: list[float] = []
        if horizontal:
            for y in nice_ticks(*y_range):
                xs += [x_range[0], x_range[1], np.nan]
                ys += [y, y, np.nan]
        if vertical:
            for x in nice_ticks(*x_range):
                xs += [x, x, np.nan]
                ys += [y_range[0], y_range[1], np.nan]
        if self._grid is None:
            colour = QColor(self.theme.grid)
            colour.setAlpha(110)
            self._grid = PathItem(cosmetic_pen(colour, 1))
            self._grid.setZValue(-10)
            self.addItem(self._grid)
        self._grid.setData(np.array(xs, dtype=float), np.array(ys, dtype=float))

    @staticmethod
    def cache_static(items) -> None:
        """Let Qt keep these rarely changing items (legend entries, axes, labels) as pixmaps between repaints."""
        for item in items:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @contextmanager
    def exporting(self):
        """Paint every item afresh while exporting: cached items would land in an SVG as pictures."""
        cached = [item for item in self.scene().items()
                  if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
        modes = [item.cacheMode() for item in cached]
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            yield
        finally:
            for item, mode in zip(cached, modes):
                item.setCacheMode(mode)

    def cache_legend(self, legend) -> None:
        """Cache a pyqtgraph legend's entries (each is painted in Python otherwise).

        The legend itself draws only a frame and a fill, and ours have neither: marked as
        having no contents, it is not painted nor asked for its bounds on every repaint.
        (A frame or fill given later must call this again.)
        """
        frameless = not legend.frame or (legend.opts["pen"].style() == Qt.PenStyle.NoPen
                                         and legend.opts["brush"].style() == Qt.BrushStyle.NoBrush)
        legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, frameless)
        self.cache_static([part for entry in legend.items for part in entry])

    def fit_legend(self, legend, room: float | None, sizes=None) -> None:
        """Fit a legend to `room` px (charts.legend.fit). When it comes out narrower, the plot is given the
        widget's size again on the next pass: the legend's old minimum width had held the plot wider than a
        shrunk widget, and nothing else sets its geometry until the widget is resized once more."""
        before = legend.minimumWidth()
        legend_fit(legend, room, sizes)
        if legend.minimumWidth() < before:
            QTimer.singleShot(0, self, lambda: self.getPlotItem().setGeometry(self.range))  # not once it is gone

    def install_export_menu(self, dialogs, title="") -> ChartExportMenu:
        """Give the chart its context menu (Export as PNG/SVG); `dialogs` asks the user."""
        self.export_menu = ChartExportMenu(self, dialogs, title)
        return self.export_menu
