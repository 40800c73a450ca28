"""A radar (spider) chart on pyqtgraph: one closed polygon per series over named axes.

pyqtgraph has no polar plot, so polygons are computed here (polar to x/y) on
a plot with a locked aspect ratio. Up to MAX_SEPARATE series get an item
and a colour each; more are drawn as one curve with NaN breaks, which is
several times faster to repaint.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from workshop.charts.palette import GRID_COLOUR, MANY_COLOUR, TEXT_COLOUR, series_colour

MAX_SEPARATE = 12
RINGS = 4


@dataclass(frozen=True)
class RadarSeries:
    """One polygon: a label and a value per axis (None is drawn at the centre)."""

    label: str
    values: Sequence[float | None]
    colour: str | None = None
    dashed: bool = False


def polygon_xy(values: Sequence[float | None], maximum: float) -> tuple[np.ndarray, np.ndarray]:
    """Closed polygon coordinates for values on evenly spaced axes, the first axis pointing up."""
    n = len(values)
    r = np.array([0.0 if v is None else float(v) / maximum for v in values] + [0.0])
    r[-1] = r[0]
    angles = np.pi / 2 - 2 * np.pi * np.arange(n + 1) / n
    return r * np.cos(angles), r * np.sin(angles)


class RadarChart(pg.PlotWidget):
    """A radar chart whose series can be replaced cheaply on every edit."""

    def __init__(self, parent=None, maximum: float = 100.0, font_size: int = 12):
        super().__init__(parent, background="w")
        self.maximum = maximum
        self.font_size = font_size
        self._axes: list[str] = []
        self._items: list[pg.PlotDataItem] = []
        self._batched: pg.PlotDataItem | None = None
        self._decor: list = []
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setAspectLocked(True)
        self.setMouseEnabled(False, False)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize=f"{font_size}pt", labelTextColor=TEXT_COLOUR)
        self.setRange(xRange=(-1.35, 1.35), yRange=(-1.25, 1.25), padding=0)

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
        pen = pg.mkPen(GRID_COLOUR, width=1)
        for ring in range(1, RINGS + 1):
            x, y = polygon_xy([self.maximum * ring / RINGS] * n, self.maximum)
            self._decor.append(self.plot(x, y, pen=pen))
        font = QFont()
        font.setPointSize(self.font_size)
        font.setBold(True)
        for i, label in enumerate(labels):
            angle = math.pi / 2 - 2 * math.pi * i / n
            self._decor.append(self.plot([0, math.cos(angle)], [0, math.sin(angle)], pen=pen))
            text = pg.TextItem(label, color=TEXT_COLOUR, anchor=(0.5, 0.5))
            text.setFont(font)
            text.setPos(1.13 * math.cos(angle), 1.13 * math.sin(angle))
            self.addItem(text)
            self._decor.append(text)
        for ring in range(1, RINGS + 1):
            value = self.maximum * ring / RINGS
            tick = pg.TextItem(f"{value:g}", color=GRID_COLOUR, anchor=(0, 1))
            tick.setPos(0.02, ring / RINGS)
            self.addItem(tick)
            self._decor.append(tick)

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        """Replace the polygons; reuses the items when the count is unchanged."""
        if not self._axes:
            return
        if len(series) > MAX_SEPARATE:
            self._set_batched(series)
            return
        if self._batched is not None:
            self.removeItem(self._batched)
            self._batched = None
        if len(series) != len(self._items) or any(
            item.name() != s.label for item, s in zip(self._items, series)
        ):
            for item in self._items:
                self.removeItem(item)
            self.legend.clear()
            self._items = []
            for i, s in enumerate(series):
                style = Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine
                pen = pg.mkPen(s.colour or series_colour(i), width=3, style=style)
                self._items.append(self.plot([], [], pen=pen, name=s.label))
        for item, s in zip(self._items, series):
            item.setData(*polygon_xy(s.values, self.maximum))

    def _set_batched(self, series: Sequence[RadarSeries]) -> None:
        for item in self._items:
            self.removeItem(item)
        self._items = []
        self.legend.clear()
        n = len(self._axes)
        xs = np.full((len(series), n + 2), np.nan)
        ys = np.full((len(series), n + 2), np.nan)
        for row, s in enumerate(series):
            x, y = polygon_xy(s.values, self.maximum)
            xs[row, : n + 1] = x
            ys[row, : n + 1] = y
        if self._batched is None:
            self._batched = self.plot([], [], pen=pg.mkPen(MANY_COLOUR, width=1), connect="finite")
        self._batched.setData(xs.ravel(), ys.ravel(), connect="finite")

    def series_count(self) -> int:
        """How many polygons are drawn (batched ones counted one by one)."""
        if self._batched is not None:
            x, _ = self._batched.getData()
            return 0 if x is None else int(np.isnan(x).sum())
        return len(self._items)
