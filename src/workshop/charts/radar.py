"""A radar (spider) chart on pyqtgraph: one closed polygon per series over named axes.

pyqtgraph has no polar plot, so polygons are computed here (polar to x/y) on
a plot with a locked aspect ratio. Up to MAX_SEPARATE series get an item
and a colour each; more are drawn as one curve with NaN breaks, which is
several times faster to repaint (PITFALLS: 290 polygons ~4 ms vs ~21 ms).
In that mode series with their own colour or a dashed line (a reference
such as the median) are still drawn on their own, on top.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from workshop.charts.base import ChartBase
from workshop.charts.palette import LIGHT, Theme

MAX_SEPARATE = 12
RINGS = 4


@dataclass(frozen=True)
class RadarSeries:
    """One polygon: a label and a value per axis (None is drawn at the centre)."""

    label: str
    values: Sequence[float | None]
    colour: str | None = None
    dashed: bool = False
    width: float = 3


def polygon_xy(values: Sequence[float | None], maximum: float) -> tuple[np.ndarray, np.ndarray]:
    """Closed polygon coordinates for values on evenly spaced axes, the first axis pointing up."""
    n = len(values)
    r = np.array([0.0 if v is None else float(v) / maximum for v in values] + [0.0])
    r[-1] = r[0]
    angles = np.pi / 2 - 2 * np.pi * np.arange(n + 1) / n
    return r * np.cos(angles), r * np.sin(angles)


def polygons_xy(matrix: np.ndarray, maximum: float) -> tuple[np.ndarray, np.ndarray]:
    """Many closed polygons (one per row; NaN counts as 0) as one x/y pair with NaN breaks between rows."""
    rows, n = matrix.shape
    r = np.zeros((rows, n + 2))
    r[:, :n] = np.nan_to_num(matrix, nan=0.0) / maximum
    r[:, n] = r[:, 0]
    angles = np.pi / 2 - 2 * np.pi * np.arange(n + 2) / n
    x = r * np.cos(angles)
    y = r * np.sin(angles)
    x[:, n + 1] = np.nan
    y[:, n + 1] = np.nan
    return x.ravel(), y.ravel()


class RadarChart(ChartBase):
    """A radar chart whose series can be replaced cheaply on every edit."""

    def __init__(self, parent=None, maximum: float = 100.0, font_size: int = 12, theme: Theme = LIGHT):
        super().__init__(parent, font_size=font_size, theme=theme)
        self.maximum = maximum
        self._axes: list[str] = []
        self._items: list[pg.PlotCurveItem] = []
        self._batched: pg.PlotCurveItem | None = None
        self._batched_count = 0
        self._decor: list = []
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        self.setAspectLocked(True)
        # The legend gets its own column right of the plot, so it never covers a polygon.
        self.legend = pg.LegendItem(labelTextSize=f"{font_size}pt", labelTextColor=theme.text)
        item.legend = self.legend  # named items added to the plot are listed in it
        item.layout.addItem(self.legend, 2, 3)
        item.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        self.setRange(xRange=(-1.3, 1.3), yRange=(-1.25, 1.25), padding=0)

    def set_axes(self, labels: Sequence[str]) -> None:
        """Name the axes (and draw the grid); keeps the series."""
        labels = list(labels)
        if labels == self._axes:
            return
        self._axes = labels
        for d in self._decor:
            self.removeItem(d)
        self._decor = []
        n = len(labels)
        if n < 3:
            return
        pen = pg.mkPen(self.theme.grid, width=1)
        rings = np.array([[self.maximum * ring / RINGS] * n for ring in range(1, RINGS + 1)])
        grid = pg.PlotCurveItem(*polygons_xy(rings, self.maximum), pen=pen, connect="finite")
        self.addItem(grid)
        self._decor.append(grid)
        font = self.chart_font(bold=True)
        for i, label in enumerate(labels):
            angle = math.pi / 2 - 2 * math.pi * i / n
            spoke = pg.PlotCurveItem([0, math.cos(angle)], [0, math.sin(angle)], pen=pen)
            self.addItem(spoke)
            self._decor.append(spoke)
            text = pg.TextItem(label, color=self.theme.text, anchor=(0.5, 0.5))
            text.setFont(font)
            text.setPos(1.17 * math.cos(angle), 1.17 * math.sin(angle))
            self.addItem(text)
            self._decor.append(text)
        for ring in range(1, RINGS + 1):
            value = self.maximum * ring / RINGS
            tick = pg.TextItem(f"{value:g}", color=self.theme.grid, anchor=(0, 1))
            tick.setPos(0.02, ring / RINGS)
            self.addItem(tick)
            self._decor.append(tick)

    def axes(self) -> list[str]:
        """The axis labels."""
        return list(self._axes)

    def _separate_pen(self, s: RadarSeries, index: int):
        style = Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine
        return pg.mkPen(s.colour or self.colour(index), width=s.width, style=style)

    def _set_separate(self, series: Sequence[RadarSeries]) -> None:
        """One item per series (legend entries), reused when labels and styles are unchanged."""
        pens = [self._separate_pen(s, i) for i, s in enumerate(series)]
        if len(series) != len(self._items) or any(
            item.name() != s.label or item.opts["pen"] != pen for item, s, pen in zip(self._items, series, pens)
        ):
            for item in self._items:
                self.removeItem(item)
            self.legend.clear()
            self._items = []
            for s, pen in zip(series, pens):
                curve = pg.PlotCurveItem(pen=pen, name=s.label)
                curve.setSegmentedLineMode("off")  # one closed path per polygon (and in the SVG)
                self.addItem(curve)
                self._items.append(curve)
        for item, s in zip(self._items, series):
            item.setData(*polygon_xy(s.values, self.maximum))
        self._fit_legend()

    def _fit_legend(self) -> None:
        """Size the legend's column to its entries (the plot's layout would otherwise stretch it)."""
        width = height = 0.0
        for sample, label in self.legend.items:
            text = label.item.boundingRect()
            width = max(width, sample.boundingRect().width() + text.width() + 24)
            height += max(text.height(), sample.boundingRect().height()) + 2
        self.legend.setMinimumSize(width, height)
        self.legend.setMaximumSize(width, height)
    def set_series(self, series: Sequence[RadarSeries]) -> None:
        """Replace the polygons. Above MAX_SEPARATE plain series they are drawn as one batched curve."""
        if not self._axes:
            return
        plain = [s for s in series if s.colour is None and not s.dashed]
        if len(plain) <= MAX_SEPARATE:
            self._set_batch(None, "")
            self._set_separate(series)
            return
        n = len(self._axes)
        matrix = np.array([[np.nan if v is None else float(v) for v in s.values[:n]] for s in plain], dtype=float)
        self.set_many(matrix, [s for s in series if s not in plain])

    def set_many(self, matrix: np.ndarray, highlights: Sequence[RadarSeries] = (), label: str = "") -> None:
        """Many polygons from a rows × axes matrix (NaN for no score), plus highlighted series on top."""
        if not self._axes:
            return
        self._set_separate(list(highlights))
        self._set_batch(matrix, label)

    def _set_batch(self, matrix: np.ndarray | None, label: str) -> None:
        if matrix is None or len(matrix) == 0:
            if self._batched is not None:
                self.removeItem(self._batched)
                self._batched = None
            self._batched_count = 0
            return
        if self._batched is None:
            self._batched = pg.PlotCurveItem(pen=pg.mkPen(self.theme.many, width=1), connect="finite")
            self._batched.setZValue(-1)  # highlights stay on top
            self.addItem(self._batched)
        self._batched.setData(*polygons_xy(matrix, self.maximum), connect="finite")
        self._batched_count = len(matrix)
        shown = self.legend.getLabel(self._batched)
        if shown is not None and (not label or shown.text != label):
            self.legend.removeItem(self._batched)
            shown = None
        if label and shown is None:
            self.legend.addItem(self._batched, label)
        self._fit_legend()

    def series_count(self) -> int:
        """How many polygons are drawn (batched ones counted one by one)."""
        return len(self._items) + self._batched_count
