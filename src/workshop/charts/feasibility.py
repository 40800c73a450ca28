"""The potential-vs-feasibility map (the report's picture 18): one labelled point per alternative.

x is the share of the total potential the alternative covers, y its criteria
sum. Points on top of each other (the report's S, 1 Teknik and 1 Tjänst
share x = 60 %) keep readable labels: a label that would cover another moves below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from workshop.charts.base import ChartBase
from workshop.charts.items import MarkerItem, PathItem, cosmetic_pen
from workshop.charts.palette import LIGHT, Theme, series_marker
from workshop.charts.rich_text import literal, short_label
from workshop.charts import locale


LABEL_GAP = 0.02  # between a point and its label, in shares of the x axis


@dataclass(frozen=True)
class MapPoint:
    """One alternative on the map; x is None when no potential is known, y when nothing is scored."""

    label: str
    x: float | None  # share 0–1
    y: float | None  # None while the alternative has no agreed score: not drawn
    colour: str | None = None


class FeasibilityMap(ChartBase):
    """A scatter of alternatives: potential covered (x, %) against criteria sum (y)."""

    def __init__(self, parent=None, font_size: int = 12, x_label: str = "", y_label: str = "",
                 theme: Theme = LIGHT, decimal_mark: str | None = None):
        super().__init__(parent, font_size=font_size, theme=theme, decimal_mark=decimal_mark)
        item = self.getPlotItem()
        self.style_axis("bottom", x_label)
        self.style_axis("left", y_label)
        self._y_label = self._y_shown = y_label
        item.getAxis("bottom").tickStrings = lambda values, scale, spacing: [
            locale.percent(v, mark=self.decimal_mark) for v in values]
        # One marker item per point (shape and colour its own): stamped on screen, vectors in the SVG export.
        self._markers: list[tuple[tuple, MarkerItem]] = []  # ((symbol, colour), item) per point shown
        self._labels: list[pg.TextItem] = []
        self._points: list[MapPoint] = []
        # A thin line from a point to its label where the label had to move below another one: the
        # report's S, 1 Teknik and 1 Tjänst lie within a marker of each other, and "S" stood apart.
        self._leaders = PathItem(cosmetic_pen(self.theme.text, max(1, round(self.theme.line_scale))))
        self._leaders.setZValue(4)  # under the markers: it seems to leave the marker's edge
        self.addItem(self._leaders)
        self.y_range = (0.0, 1.0)
        item.vb.sigResized.connect(self.place_labels)
        item.vb.sigResized.connect(self._fit_y_label)

    def label_rects(self) -> list:
        """Where each point's label is, in the chart's scene (to see that none covers another)."""
        return [text.sceneBoundingRect() for text in self._labels if text.isVisible()]

    def set_points(self, points: Sequence[MapPoint], y_range: tuple[float, float]) -> None:
        """Replace the points; y_range is the possible range of the criteria sum."""
        self._points = [p for p in points if p.x is not None and p.y is not None]
        self._set_markers()
        while len(self._labels) < len(self._points):
            text = pg.TextItem("", color=self.theme.text, anchor=(0, 0.5))
            text.setFont(self.chart_font(bold=True))
            self.addItem(text)
            self._labels.append(text)
        for text, p in zip(self._labels, self._points):
            text.setText(short_label(p.label))
            text.setPos(p.x + LABEL_GAP, p.y)
            text.setVisible(True)
        for text in self._labels[len(self._points):]:
            text.setVisible(False)
        if not y_range[1] > y_range[0]:  # no criteria yet: a plain 0–1 axis, not one around a single value
            y_range = (0.0, 1.0)
        self.y_range = y_range
        span = y_range[1] - y_range[0]
        pad = span * 0.08
        y_span = (y_range[0] - pad, y_range[1] + pad)
        self.setRange(xRange=(0, 1.12), yRange=y_span, padding=0)
        self.set_grid((0, 1.0), y_span, horizontal=True, vertical=True)
        self.place_labels()

    def _set_markers(self) -> None:
        """A marker at each point, its shape and colour the alternative's; items are kept while those hold,
        so a vote that moves one point repaints only around it."""
        size = round(18 * self.theme.line_scale)
        for i, p in enumerate(self._points):
            key = (series_marker(i), p.colour or self.colour(i))
            if i < len(self._markers) and self._markers[i][0] == key:
                marker = self._markers[i][1]
            else:
                if i < len(self._markers):
                    self.removeItem(self._markers[i][1])
                marker = MarkerItem(key[0], size, pg.mkBrush(key[1]), pg.mkPen(self.theme.background, width=1))
                marker.setZValue(5)
                self.addItem(marker)
                if i < len(self._markers):
                    self._markers[i] = (key, marker)
                else:
                    self._markers.append((key, marker))
            old_x, old_y = (marker.data[0] if len(marker.data) else (None, None))
            if (old_x, old_y) != (p.x, p.y):
                marker.setData([p.x], [p.y])
        for _key, marker in self._markers[len(self._points):]:
            self.removeItem(marker)
        del self._markers[len(self._points):]

    def marker_positions(self) -> list[tuple[float, float]]:
        """Where a marker is drawn, point by point."""
        return [tuple(float(v) for v in marker.data[0]) for _key, marker in self._markers if len(marker.data)]

    def _fit_y_label(self) -> None:
        """The value axis' title whole, or without its part in brackets when the plot is too low for it
        ("Kriteriesumma (genomförbarhet)" becomes "Kriteriesumma")."""
        if not self._y_label:
            return
        metrics = QFontMetrics(self.chart_font())
        text = self._y_label
        if metrics.horizontalAdvance(text) > self.getPlotItem().vb.height() and " (" in text:
            text = text.split(" (")[0]
        if text != self._y_shown:
            self._y_shown = text
            axis = self.getPlotItem().getAxis("left")
            axis.setLabel(literal(text), color=self.theme.text, **{"font-size": f"{self.font_size}pt"})
            # pyqtgraph centres an axis title only when the axis resizes, and this runs after that: the
            # whole title, put back once the plot grew, started where the short one had and ran off the top
            axis.resizeEvent()

    def place_labels(self) -> None:
        """Each label right of its point; one that would cover a label placed before it (points close
        together, as the report's S, 1 Teknik and 1 Tjänst at 60 %) moves down below that label, so no
        two labels overlap on screen. Redone whenever the plot changes size."""
        vb = self.getPlotItem().vb
        placed: list[tuple[float, float, float, float]] = []  # left, top, right, bottom in scene pixels
        leaders: list[float] = []  # x0, y0, x1, y1, NaN… in data coordinates
        shown = [(text, p, vb.mapViewToScene(pg.Point(p.x + LABEL_GAP, p.y)))
                 for text, p in zip(self._labels, self._points)]
        for text, p, at in sorted(shown, key=lambda item: (item[2].y(), item[2].x())):
            box = text.textItem.boundingRect()
            left, width, height = at.x(), box.width(), box.height() - 4  # less the text item's inner margins
            top = at.y() - height / 2
            for other in sorted(placed, key=lambda r: r[1]):
                if left < other[2] and other[0] < left + width and top < other[3] and other[1] < top + height:
                    top = other[3]
            placed.append((left, top, left + width, top + height))
            anchor_y = (at.y() - top) / box.height() if box.height() else 0.5
            text.setAnchor((0, anchor_y))
            text.setPos(p.x + LABEL_GAP, p.y)
            if top > at.y() - height / 2 + height / 3:  # moved well below its point: lead the eye to it
                end = vb.mapSceneToView(pg.Point(left - 2, top + height / 2))
                leaders.append((p.x, p.y, end.x(), end.y()))
        self._leaders.setData([v for seg in leaders for v in (seg[0], seg[2], float("nan"))],
                              [v for seg in leaders for v in (seg[1], seg[3], float("nan"))])

    def leader_count(self) -> int:
        """How many labels are joined to their point by a line (those moved away from it)."""
        x, _y = self._leaders.getData()
        return len(x) // 3

    def points(self) -> list[MapPoint]:
        """The points drawn (alternatives without a known potential are left out)."""
        return list(self._points)

    def label_texts(self) -> list[str]:
        """The visible point labels."""
        return [t.textItem.toPlainText() for t in self._labels if t.isVisible()]
