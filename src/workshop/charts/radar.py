"""A radar (spider) chart on pyqtgraph: one closed polygon per series over named axes.

pyqtgraph has no polar plot, so polygons are computed here (polar to x/y) on
a plot with a locked aspect ratio. Up to MAX_SEPARATE series get an item
and a colour each; more are drawn as one curve with NaN breaks, which is
several times faster to repaint (PITFALLS: 290 polygons ~4 ms vs ~21 ms).
Everything that changes is a plain Qt item (charts/items.py), painted in C++.
In that mode series with their own colour or a dashed line (a reference
such as the median) are still drawn on their own, on top.

A missing value (None, NaN) is a gap in its polygon, never a corner at the centre, which reads as 0: a
series with no value at all draws nothing and stands in the legend greyed, without a sample, as "not
scored"; one with some values missing says so beside its name (the words are the chart owner's, see
`gap_words`). The rule is domain/gaps.py's, which the PDFs' radars follow too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from workshop.charts.base import ChartBase
from workshop.charts.items import Label, MarkerItem, PathItem, cosmetic_pen, sized_sample
from workshop.charts.legend import SideOrBelowLegend
from workshop.charts.palette import LIGHT, Theme, series_marker
from workshop.charts.raster import LineRaster
from workshop.charts.rich_text import literal, short_label
from workshop.charts import locale
from workshop.domain.gaps import FULL, NONE, SOME, Coverage, gap_name, values_state

MAX_SEPARATE = 12
# An organisation's name in a radar's legend: a long one, with "(votes missing)" after it, had run the legend
# (and the plot it widened) past the chart's right edge at 1366 px.
NAME_MAX = 20
DASHES = (0.035, 0.022)  # a reference line's dashes and gaps, in radii
RINGS = 4


@dataclass(frozen=True)
class SeriesStyle:
    """How one separately drawn series looks: its line's colour and width in pixels, its marker shape (None
    for a reference line without markers), how many markers it shows, and whether it is drawn above the
    batched polygons (always, when there are none)."""

    colour: str
    width: float
    marker: str | None
    markers: int
    above_batch: bool


@dataclass(frozen=True)
class RadarSeries:
    """One polygon: a label and a value per axis (None: no value, a gap in the polygon)."""

    label: str
    values: Sequence[float | None]
    colour: str | None = None
    dashed: bool = False
    width: float = 3
    marker: str | None = None  # the marker shape (pyqtgraph symbol); None: the series' place in the list decides


def polygon_xy(values: Sequence[float | None], maximum: float) -> tuple[np.ndarray, np.ndarray]:
    """Closed polygon coordinates for values on evenly spaced axes, the first axis pointing up; a missing
    value (None) is NaN, which breaks the line there (it had been a corner at the centre, read as 0)."""
    n = len(values)
    r = np.array([np.nan if v is None else float(v) / maximum for v in values] + [0.0])
    r[-1] = r[0]
    angles = np.pi / 2 - 2 * np.pi * np.arange(n + 1) / n
    return r * np.cos(angles), r * np.sin(angles)


def polygons_xy(matrix: np.ndarray, maximum: float) -> tuple[np.ndarray, np.ndarray]:
    """Many closed polygons (one per row; NaN a gap) as one x/y pair with NaN breaks between rows."""
    x, y = polygon_rows(matrix, maximum)
    return x.ravel(), y.ravel()


_UNIT: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _unit_circle(n: int) -> tuple[np.ndarray, np.ndarray]:
    """cos and sin of n evenly spaced axes (first pointing up), closing the polygon, and a NaN slot."""
    if n not in _UNIT:
        angles = np.pi / 2 - 2 * np.pi * np.arange(n + 2) / n
        _UNIT[n] = (np.cos(angles), np.sin(angles))
    return _UNIT[n]


def polygon_rows(matrix: np.ndarray, maximum: float) -> tuple[np.ndarray, np.ndarray]:
    """One closed polygon per row (NaN, no value, stays NaN: a gap), each row ending in NaN (rows × axes+2)."""
    rows, n = matrix.shape
    r = np.empty((rows, n + 2))
    np.divide(matrix, maximum, out=r[:, :n])
    r[:, n] = r[:, 0]
    r[:, n + 1] = np.nan
    cos, sin = _unit_circle(n)
    return r * cos, r * sin


def lone_points(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The corners of a closed polygon (x, y; NaN for no value) whose neighbours on both sides have no value:
    no line passes them."""
    have = np.isfinite(x[:-1])
    if have.all():  # (the common case: a cheap test)
        return x[:0], y[:0]
    lone = have & ~np.roll(have, 1) & ~np.roll(have, -1)
    return x[:-1][lone], y[:-1][lone]


class RadarChart(SideOrBelowLegend, ChartBase):
    """A radar chart whose series can be replaced cheaply on every edit."""

    def __init__(self, parent=None, maximum: float = 100.0, font_size: int = 12, theme: Theme = LIGHT,
                 decimal_mark: str | None = None, gap_words: tuple[str, str] = ("{name}", "{name}")):
        super().__init__(parent, font_size=font_size, theme=theme, decimal_mark=decimal_mark)
        self.maximum = maximum
        # A series' legend entry when it has no value at all ("{name} (not scored)") and when some are missing
        # ("{name} (partly scored)"), in the chart's language; format() fills in the name.
        self.gap_words = gap_words
        self._axes: list[str] = []
        self._items: list[PathItem] = []
        self._markers: list[MarkerItem] = []
        self._keys: list[tuple] = []
        self._states: list[Coverage] | None = []  # FULL, SOME or NONE per item: what its legend entry says
        self._batched: LineRaster | None = None
        self._batched_label = ""
        self._batched_count = 0
        self._decor: list = []
        self._many: np.ndarray | None = None
        self._rows_seen: tuple | None = None  # labels, highlight styles, matrix and highlight values set_rows drew
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        self.setAspectLocked(True)
        # The legend gets its own column right of the plot, or its own rows below it when the chart is
        # too narrow for both (place_legend), so it never covers a polygon nor shrinks the radar.
        side = QFontMetricsF(self.chart_font()).height()  # a sample as tall as its name
        self.legend = pg.LegendItem(labelTextSize=f"{font_size}pt", labelTextColor=theme.text,
                                    sampleType=sized_sample(side))
        self._legend_below = False
        item.layout.addItem(self.legend, 2, 3)
        item.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        item.vb.sigResized.connect(self.place_legend)  # the chart's width decides where the legend goes
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
        pen = cosmetic_pen(self.theme.grid, 1)
        rings = np.array([[self.maximum * ring / RINGS] * n for ring in range(1, RINGS + 1)])
        grid = PathItem(pen)
        grid.setData(*polygons_xy(rings, self.maximum))
        # Spokes in the same path: one item to paint instead of one per axis.
        angles = np.pi / 2 - 2 * np.pi * np.arange(n) / n
        spoke_x = np.column_stack([np.zeros(n), np.cos(angles), np.full(n, np.nan)]).ravel()
        spoke_y = np.column_stack([np.zeros(n), np.sin(angles), np.full(n, np.nan)]).ravel()
        gx, gy = grid.getData()
        grid.setData(np.concatenate([gx, spoke_x]), np.concatenate([gy, spoke_y]))
        grid.setZValue(-20)
        self.addItem(grid)
        self._decor.append(grid)
        font = self.chart_font(bold=True)
        for i, label in enumerate(labels):
            angle = math.pi / 2 - 2 * math.pi * i / n
            text = Label(short_label(label), self.theme.text, font, anchor=(0.5, 0.5))
            text.setPos(1.17 * math.cos(angle), 1.17 * math.sin(angle))
            self.addItem(text)
            self._decor.append(text)
        small = self.chart_font(scale=0.85)
        # The ring values stand between the last axis and the first, where no series has a marker: on the first
        # axis every organisation's top score (85-100 on A) sat on "100" and "75", markers over the numbers.
        between = math.pi / 2 + math.pi / n
        inside = math.cos(math.pi / n)  # a ring's edge is this much nearer the centre halfway between two axes
        for ring in range(1, RINGS + 1):
            value = self.maximum * ring / RINGS
            tick = Label(locale.number(value, mark=self.decimal_mark), self.theme.muted, small, anchor=(0.5, 0.0),
                         backdrop=self.theme.background)
            radius = inside * ring / RINGS
            tick.setPos(radius * math.cos(between), radius * math.sin(between))
            tick.setZValue(10)  # above the series' lines that cross there, on the chart's ground
            # Under its ring, not over it: over the outer ring it ran into an axis's name ("1" on "4").
            self.addItem(tick)
            self._decor.append(tick)
        self.cache_static(self._decor)

    def axes(self) -> list[str]:
        """The axis labels."""
        return list(self._axes)

    TAPER = 2.0  # px: the first series is this much wider than the last, so equal values show every colour

    def _separate_pen(self, s: RadarSeries, index: int, count: int = 1) -> QPen:
        """The series' pen: its width times the theme's (projector lines are thicker); among plain series
        each one drawn earlier is a little wider, so a polygon under another with equal values still shows
        as a coloured edge. A dashed series' item draws its dashes as solid pieces, its legend sample dashed."""
        taper = 0.0 if s.dashed or count < 2 else self.TAPER * (count - 1 - index) / (count - 1)
        return cosmetic_pen(s.colour or self.colour(index), (s.width + taper) * self.theme.line_scale)

    def _marker_for(self, s: RadarSeries, index: int) -> MarkerItem | None:
        """A marker at each of the series' points, its shape the series' (a second cue beside the colour);
        none on a dashed reference line (the median), which the dashes already set apart."""
        if s.dashed:
            return None
        marker = MarkerItem(s.marker or series_marker(index), self.theme.marker_size,
                            pg.mkBrush(s.colour or self.colour(index)), pg.mkPen(self.theme.background, width=1))
        marker.setZValue(5)
        return marker

    def _lone_marker(self, s: RadarSeries, index: int) -> MarkerItem:
        """For a reference line without markers (dashed): a dot at each value whose neighbours both have none,
        which a line cannot show (the median of an area scored alone)."""
        dot = MarkerItem("o", self.theme.marker_size * 0.75, pg.mkBrush(s.colour or self.colour(index)),
                         pg.mkPen(self.theme.background, width=1))
        dot.setZValue(5)
        dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)  # no dot yet: Qt asks nothing of it per repaint
        return dot

    def _set_separate(self, series: Sequence[RadarSeries], xy: Sequence[tuple] | None = None,
                      states: list[Coverage] | None = None) -> None:
        """One item per series (legend entries), reused while labels and styles are unchanged.

        `xy`, when given, holds each series' polygon already computed (x, y); `states` each one's
        FULL, SOME or NONE when already known.
        """
        if states is None:
            states = [values_state(s.values) for s in series]
        keys = [(s.label, s.colour or self.colour(i), s.width, s.dashed, s.marker) for i, s in enumerate(series)]
        if keys != self._keys:
            for item in self._items:
                self.removeItem(item)
            self._items = []
            self._keys = keys
            for item in self._markers:
                self.removeItem(item)
            self._markers = []
            plain = sum(1 for s in series if not s.dashed)
            for i, s in enumerate(series):
                polygon = PathItem(self._separate_pen(s, i, plain), dashes=DASHES if s.dashed else None)
                polygon.marker = self._marker_for(s, i)
                polygon.lone = self._lone_marker(s, i) if s.dashed else None
                for marker in (polygon.marker, polygon.lone):
                    if marker is not None:
                        self.addItem(marker)
                        self._markers.append(marker)
                self.addItem(polygon)
                self._items.append(polygon)
            self._states = None  # the legend is made anew below, whatever the states
        self._set_states(states)
        self._rows_seen = None  # set_rows' record of what it drew no longer holds
        for i, (item, s) in enumerate(zip(self._items, series)):
            if xy is not None:
                self._move(item, *xy[i])
                continue
            drawn = (tuple(s.values), self.maximum)
            if drawn == getattr(item, "drawn", None):
                continue  # a phone's vote moves one organisation's polygon: the others are not worked out again
            self._move(item, *polygon_xy(s.values, self.maximum))
            item.drawn = drawn

    @staticmethod
    def _move(item: PathItem, x: np.ndarray, y: np.ndarray) -> None:
        """Give one polygon new points (an unchanged one is left alone: Qt then repaints nothing of it)."""
        item.drawn = None  # the values it was last drawn from (see _set_separate), unknown from here
        old_x, old_y = item.getData()
        if old_x.tobytes() != x.tobytes() or old_y.tobytes() != y.tobytes():  # cheaper than array_equal
            item.setData(x, y)
            if getattr(item, "marker", None) is not None:
                item.marker.setData(x[:-1], y[:-1])  # the last point closes the polygon: no second marker there
            lone = getattr(item, "lone", None)
            if lone is not None:
                dots = lone_points(x, y)
                if dots[0].size or len(lone.data):  # (none before and none now, the usual case: nothing to redo)
                    lone.setData(*dots)
                    lone.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not dots[0].size)

    def _set_states(self, states: list[Coverage]) -> None:
        """Each series' FULL, SOME or NONE: one with no value is hidden (a polygon of nothing), and the legend
        says which have gaps. Nothing is done while they stay as they were (most edits)."""
        if states == self._states:
            return
        self._states = list(states)
        for item, state in zip(self._items, self._states):
            self._show_item(item, state != NONE)
        self._rebuild_legend()

    @staticmethod
    def _show_item(item: PathItem, shown: bool) -> None:
        item.setVisible(shown)
        for marker in (getattr(item, "marker", None), getattr(item, "lone", None)):
            if marker is not None:
                marker.setVisible(shown)

    def _rebuild_legend(self) -> None:
        """Legend entries for the separate series (and the batch); the samples copy each item's pen. A series
        with no value has no sample and its name greyed, "not scored"; one with gaps says so after its name
        (a dashed reference's gaps are where no series has a value, which those series say)."""
        self.legend.clear()
        for item, key, state in zip(self._items, self._keys, self._states):
            name = gap_name(short_label(key[0]), state, self.gap_words, reference=key[3])
            if state == NONE:
                self.legend.addItem(pg.PlotDataItem(pen=None), literal(name))
                label = self.legend.items[-1][1]
                label.setText(label.text, color=self.theme.muted)
                continue
            pen = QPen(item.pen())
            if key[3]:
                pen.setStyle(Qt.PenStyle.DashLine)
            marker = getattr(item, "marker", None)
            sample = pg.PlotDataItem(pen=pen) if marker is None else pg.PlotDataItem(
                pen=pen, symbol=marker.opts["symbol"], symbolBrush=marker.opts["brush"],
                symbolPen=marker.opts["pen"], symbolSize=self.theme.marker_size)
            self.legend.addItem(sample, literal(name))  # legends read HTML
        if self._batched is not None and self._batched_label:
            self.legend.addItem(pg.PlotDataItem(pen=cosmetic_pen(self.theme.many, 1)),
                                 literal(short_label(self._batched_label)))
        self.cache_legend(self.legend)
        self.place_legend()

    def radar_side(self) -> float:
        """The side in pixels of the square the radar is drawn in (the plot area's shorter side)."""
        rect = self.getPlotItem().vb.sceneBoundingRect()
        return min(rect.width(), rect.height())


    def legend_labels(self) -> list[str]:
        """The legend's entries as shown, top to bottom."""
        return [label.item.toPlainText() for _, label in self.legend.items]

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        """Replace the polygons. Above MAX_SEPARATE plain series they are drawn as one batched path."""
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

    def set_rows(self, labels: Sequence[str], matrix: np.ndarray, highlights: Sequence[RadarSeries] = ()) -> None:
        """One coloured polygon per matrix row (NaN at the centre), then the highlighted series, e.g. a median.

        The same as set_series, without turning every number into a Python object first. While
        the rows and highlights keep their labels and styles, only the polygons whose numbers
        changed are recomputed (an edit changes one organisation's row and maybe the median).
        """
        if not self._axes:
            return
        if len(labels) > MAX_SEPARATE:
            self.set_many(matrix, highlights)
            return
        self._set_batch(None, "")
        labels = list(labels)
        matrix = np.array(matrix, dtype=float)
        styles = [(h.label, h.colour, h.width, h.dashed) for h in highlights]
        values = [list(h.values) for h in highlights]
        n = matrix.shape[1] if matrix.ndim == 2 else 0
        gaps = np.count_nonzero(np.isnan(matrix), axis=1).tolist() if n else []
        states = [FULL if g == 0 else NONE if g == n else SOME for g in gaps] + [values_state(v) for v in values]
        seen = self._rows_seen
        if seen is not None and seen[0] == labels and seen[1] == styles and seen[2].shape == matrix.shape:
            differs = (seen[2] != matrix) & ~(np.isnan(seen[2]) & np.isnan(matrix))
            rows = np.flatnonzero(differs.any(axis=1))
            if rows.size:
                xs, ys = polygon_rows(matrix[rows], self.maximum)
                for k, row in enumerate(rows.tolist()):
                    self._move(self._items[row], xs[k, :-1], ys[k, :-1])
            for item, h, new, old in zip(self._items[len(labels):], highlights, values, seen[3]):
                if new != old:
                    self._move(item, *polygon_xy(h.values, self.maximum))
            self._set_states(states)
        else:
            xs, ys = polygon_rows(matrix, self.maximum) if labels else (np.empty((0, 0)), np.empty((0, 0)))
            series = [RadarSeries(label, ()) for label in labels] + list(highlights)
            xy = [(xs[i, :-1], ys[i, :-1]) for i in range(len(labels))]
            xy += [polygon_xy(h.values, self.maximum) for h in highlights]
            self._set_separate(series, xy, states)
        self._rows_seen = (labels, styles, matrix, values)

    def set_many(self, matrix: np.ndarray, highlights: Sequence[RadarSeries] = (), label: str = "") -> None:
        """Many polygons from a rows × axes matrix (NaN for no score), plus highlighted series on top."""
        if not self._axes:
            return
        self._set_batch(matrix, label)
        self._set_separate(list(highlights))

    def _set_batch(self, matrix: np.ndarray | None, label: str) -> None:
        if matrix is None or len(matrix) == 0:
            if self._batched is not None:
                self.removeItem(self._batched)
                self._batched = None
                self._batched_label = ""
                self._many = None
                self._rebuild_legend()
            self._batched_count = 0
            return
        if self._batched is None:
            self._batched = LineRaster(self.theme.many)
            self._batched.setZValue(-1)  # highlights stay on top
            self.addItem(self._batched)
        if label != self._batched_label:
            self._batched_label = label
            self._rebuild_legend()
        previous = self._many
        self._many = np.array(matrix, dtype=float)
        if previous is not None and previous.shape == self._many.shape:
            # Only the organisations whose numbers changed are re-rasterised.
            differs = (previous != self._many) & ~(np.isnan(previous) & np.isnan(self._many))
            changed = np.flatnonzero(differs.any(axis=1))
            if changed.size:
                xs, ys = polygon_rows(self._many[changed], self.maximum)
                self._batched.set_rows(changed, xs, ys)
        else:
            self._batched.set_polygons(*polygon_rows(self._many, self.maximum))
        self._batched_count = int(np.count_nonzero(~np.isnan(self._many).all(axis=1)))  # a row of no value: none

    def show_contents(self, shown: bool) -> None:
        """The polygons, their markers and the legend shown or hidden (ChartBase.show_contents); the rings,
        spokes and axis names stay."""
        for item, state in zip(self._items, self._states):
            self._show_item(item, shown and state != NONE)
        if self._batched is not None:
            self._batched.setVisible(shown)
        if shown:
            self._rebuild_legend()
        elif self.legend.items:
            self.legend.clear()
            self.place_legend()

    def series_count(self) -> int:
        """How many polygons are drawn (batched ones counted one by one; one with no value is not drawn)."""
        batched = self._batched_count if self._batched is not None and self._batched.isVisible() else 0
        return sum(1 for item in self._items if item.isVisible()) + batched

    def batched(self) -> bool:
        """Whether the plain series are drawn together as one counted raster."""
        return self._batched is not None

    def batched_count(self) -> int:
        """How many polygons are drawn together (faded, or as the counted raster; rows with no value are not
        drawn); 0 when none."""
        return self._batched_count if self._batched is not None else 0

    def series_style(self, index: int) -> SeriesStyle:
        """The look of the index-th series with its own line (not batched)."""
        item = self._items[index]
        marker = getattr(item, "marker", None)
        return SeriesStyle(
            colour=QColor(item.pen().color()).name(), width=item.pen().widthF(),
            marker=None if marker is None else marker.opts["symbol"], markers=0 if marker is None else len(marker.data),
            above_batch=self._batched is None or item.zValue() > self._batched.zValue())

    def series_points(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The drawn polygon (x, y in radii) of the index-th series with its own line (not batched)."""
        return self._items[index].getData()
