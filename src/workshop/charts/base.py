"""What every chart shares: a white, static pyqtgraph plot with an export context menu."""

from __future__ import annotations

import math
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QRegion
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from workshop.charts.export import ChartExportMenu
from workshop.charts.items import PathItem, cosmetic_pen
from workshop.charts.palette import DARK, LIGHT, Theme, series_colour


def nice_ticks(low: float, high: float, target: int = 6) -> list[float]:
    """Round tick values (1, 2 or 5 × 10^k apart) covering low…high, about `target` of them."""
    span = high - low
    if not span > 0:
        return []
    raw = span / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    count = int(math.floor((high - first) / step + 1e-9)) + 1
    return [round(first + i * step, 10) for i in range(count)]


def _bounds(x: np.ndarray, y: np.ndarray) -> QRectF | None:
    """The rectangle around the finite points, None when there are none."""
    finite = np.isfinite(x) & np.isfinite(y)
    if not finite.any():
        return None
    x, y = x[finite], y[finite]
    return QRectF(QPointF(x.min(), y.min()), QPointF(x.max(), y.max()))


def changed_segments(old_x: np.ndarray, old_y: np.ndarray, x: np.ndarray, y: np.ndarray) -> QRectF | None:
    """The data area covered, before and after, by the line segments that touch a point that moved.

    Points are polylines, NaN breaking them, in one array or in rows (each row
    ending in NaN, so that no segment joins two rows). None when nothing moved;
    the bounds of everything when the number of points changed.
    """
    if old_x.shape != x.shape:
        both = [r for r in (_bounds(old_x, old_y), _bounds(x, y)) if r is not None]
        return both[0].united(both[-1]) if both else None
    if x.size <= 256:  # an edit's polygons: plain Python is several times faster than numpy on a few points
        return _changed_segments_small(old_x.ravel().tolist(), old_y.ravel().tolist(),
                                       x.ravel().tolist(), y.ravel().tolist())
    same = ((old_x == x) | (np.isnan(old_x) & np.isnan(x))) & ((old_y == y) | (np.isnan(old_y) & np.isnan(y)))
    moved = ~same.ravel()
    if not moved.any():
        return None
    near = moved.copy()
    near[1:] |= moved[:-1]
    near[:-1] |= moved[1:]
    return _bounds(np.concatenate([old_x.ravel()[near], x.ravel()[near]]),
                   np.concatenate([old_y.ravel()[near], y.ravel()[near]]))


def _changed_segments_small(ox: list, oy: list, nx: list, ny: list) -> QRectF | None:
    """changed_segments on Python lists (NaN is the only value unequal to itself)."""
    n = len(nx)
    moved = [i for i in range(n) if not ((ox[i] == nx[i] or ox[i] != ox[i] and nx[i] != nx[i])
                                         and (oy[i] == ny[i] or oy[i] != oy[i] and ny[i] != ny[i]))]
    if not moved:
        return None
    near = sorted({j for i in moved for j in (i - 1, i, i + 1) if 0 <= j < n})
    xs = [v for j in near for v in (ox[j], nx[j]) if v == v]
    ys = [v for j in near for v in (oy[j], ny[j]) if v == v]
    if not xs or not ys:
        return None
    return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))


class ChartBase(pg.PlotWidget):
    """A plot for the room: no pyqtgraph menus or panning, big readable text, light or dark."""

    def __init__(self, parent=None, font_size: int = 12, theme: Theme = LIGHT, decimal_mark: str | None = None):
        super().__init__(parent, background=theme.background)
        self.theme = theme
        self.decimal_mark = decimal_mark  # None: the interface language's; a projector chart: the document's
        self.font_size = font_size
        self.export_menu: ChartExportMenu | None = None
        item = self.getPlotItem()
        item.setMenuEnabled(False)
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
        self._dirty_all = True
        self._dirty_data: list[QRectF] = []  # changed areas in data coordinates
        self._dirty_view: list[QRectF] = []  # changed areas in viewport pixels (e.g. moved labels)

    # --- what an edit changed, so that only that is repainted ------------------------------
    TRACKS_CHANGES = False  # charts that mark their changes say so; the others repaint whole

    def dirty_pad(self) -> float:
        """Pixels around a changed data area that a repaint must also cover (pen width, antialiasing)."""
        return 3.0

    def mark_all_dirty(self) -> None:
        """The next repaint must cover the whole chart (new items, new ranges, a new legend)."""
        self._dirty_all = True

    def mark_changed(self, old_x: np.ndarray, old_y: np.ndarray, x: np.ndarray, y: np.ndarray) -> None:
        """Lines moved from old to new points: only the segments touching a moved point must be repainted.

        One score moves one corner of a polygon, so the two edges meeting there (old
        and new) are all that changed, a fraction of the polygon's bounds.
        """
        rect = changed_segments(old_x, old_y, x, y)
        if rect is not None:
            self.mark_data_rect(rect)

    def mark_data_rect(self, rect: QRectF) -> None:
        """This rectangle in data coordinates must be repainted."""
        self._dirty_data.append(rect)

    def mark_view(self, rect: QRectF) -> None:
        """This area of the viewport (pixels) must be repainted."""
        self._dirty_view.append(rect)

    MAX_DIRTY_RECTS = 12  # beyond this many separate pieces, one rectangle around them all is repainted

    def take_dirty_region(self) -> QRegion | None:
        """The viewport area changed since the last call: None to repaint everything, empty for nothing.

        The pieces stay apart (three bars' tops and their labels, not the band across the
        chart that holds them all) unless there are too many of them.
        """
        everything, data, view = self._dirty_all, self._dirty_data, self._dirty_view
        self._dirty_all, self._dirty_data, self._dirty_view = False, [], []
        if everything or not self.TRACKS_CHANGES:
            return None
        region = QRegion()
        if data:
            # Data coordinates → viewport pixels in one transform (pyqtgraph's mapViewToScene is Python, per rect).
            to_viewport = self.getPlotItem().vb.childGroup.deviceTransform(self.viewportTransform())
            pad = int(math.ceil(self.dirty_pad()))
            for rect in data:
                region |= to_viewport.mapRect(rect).toAlignedRect().adjusted(-pad, -pad, pad, pad)
        for rect in view:
            region |= rect.toAlignedRect().adjusted(-1, -1, 1, 1)
        region &= self.viewport().rect()
        if region.rectCount() > self.MAX_DIRTY_RECTS:
            return QRegion(region.boundingRect())
        return region

    def drop_scene_updates(self) -> None:
        """Let Qt's queued repaints of this chart's changed items pass unpainted, once the areas the chart
        marked (take_dirty_region) are painted: those cover every change, and Qt's own pass would repaint
        each item's old and new bounds a few ms later (for a moved polygon, most of the radar: ~6 ms of
        CPU per edit with 5 organisations, window and projector).

        The view takes no updates from the scene until the events already queued have run (Qt's scene
        work was queued during the edit, so it comes first); then it takes them again. Costs nothing
        inside the edit."""
        mode = self.viewportUpdateMode()
        if mode == QGraphicsView.ViewportUpdateMode.NoViewportUpdate:
            return
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        QTimer.singleShot(0, self, lambda: self.setViewportUpdateMode(mode))

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
        if label:
            axis.setLabel(label, color=self.theme.text, **{"font-size": f"{self.font_size}pt"})

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

    def install_export_menu(self, dialogs, title="") -> ChartExportMenu:
        """Give the chart its context menu (Export as PNG/SVG); `dialogs` asks the user."""
        self.export_menu = ChartExportMenu(self, dialogs, title)
        return self.export_menu
