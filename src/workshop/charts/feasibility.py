"""The potential-vs-feasibility map (the report's picture 18): one labelled point per alternative.

x is the share of the total potential the alternative covers, y its criteria
sum. Points on top of each other (the report's S, 1 Teknik and 1 Tjänst
share x = 60 %) keep readable labels: labels at the same spot are stacked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg

from workshop.charts.base import ChartBase
from workshop.charts.palette import LIGHT, Theme
from workshop.charts.rich_text import short_label
from workshop.charts import locale


@dataclass(frozen=True)
class MapPoint:
    """One alternative on the map; x is None when no potential is known."""

    label: str
    x: float | None  # share 0–1
    y: float
    colour: str | None = None


class FeasibilityMap(ChartBase):
    """A scatter of alternatives: potential covered (x, %) against criteria sum (y)."""

    def __init__(self, parent=None, font_size: int = 12, x_label: str = "", y_label: str = "",
                 theme: Theme = LIGHT):
        super().__init__(parent, font_size=font_size, theme=theme)
        item = self.getPlotItem()
        self.style_axis("bottom", x_label)
        self.style_axis("left", y_label)
        item.getAxis("bottom").tickStrings = lambda values, scale, spacing: [locale.percent(v) for v in values]
        # Drawn symbols, not cached pixmaps: they stay vectors in the SVG export.
        self.scatter = pg.ScatterPlotItem(size=18, useCache=False, pxMode=True)
        self.addItem(self.scatter)
        self._labels: list[pg.TextItem] = []
        self._points: list[MapPoint] = []
        self.y_range = (0.0, 1.0)

    def set_points(self, points: Sequence[MapPoint], y_range: tuple[float, float]) -> None:
        """Replace the points; y_range is the possible range of the criteria sum."""
        self._points = [p for p in points if p.x is not None]
        spots = [
            {"pos": (p.x, p.y), "brush": pg.mkBrush(p.colour or self.colour(i)), "pen": pg.mkPen(self.theme.background, width=1),
             "symbol": "o"}
            for i, p in enumerate(self._points)
        ]
        self.scatter.setData(spots)
        while len(self._labels) < len(self._points):
            text = pg.TextItem("", color=self.theme.text, anchor=(0, 0.5))
            text.setFont(self.chart_font(bold=True))
            self.addItem(text)
            self._labels.append(text)
        seen: dict[tuple[float, float], int] = {}
        span = (y_range[1] - y_range[0]) or 1.0
        for text, p in zip(self._labels, self._points):
            key = (round(p.x, 3), round(p.y, 3))
            stacked = seen.get(key, 0)
            seen[key] = stacked + 1
            text.setText(short_label(p.label))
            text.setPos(p.x + 0.02, p.y - stacked * span * 0.06)
            text.setVisible(True)
        for text in self._labels[len(self._points):]:
            text.setVisible(False)
        self.y_range = y_range
        pad = span * 0.08
        y_span = (y_range[0] - pad, y_range[1] + pad)
        self.setRange(xRange=(0, 1.12), yRange=y_span, padding=0)
        self.set_grid((0, 1.0), y_span, horizontal=True, vertical=True)

    def points(self) -> list[MapPoint]:
        """The points drawn (alternatives without a known potential are left out)."""
        return list(self._points)

    def label_texts(self) -> list[str]:
        """The visible point labels."""
        return [t.textItem.toPlainText() for t in self._labels if t.isVisible()]
