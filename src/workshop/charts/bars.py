"""A grouped bar chart with value labels: potential vs today per group, preferences, sums per alternative."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics

from workshop.charts.base import ChartBase, nice_ticks
from workshop.export.wrapping import wrap_to_width
from workshop.charts.items import BarItem, Label, cosmetic_pen
from workshop.charts.palette import LIGHT, Theme
from workshop.charts.rich_text import closing_bracket, literal, short_label
from workshop.charts import locale


@dataclass(frozen=True)
class BarSeries:
    """One bar per category; None draws no bar. `texts` replaces the value labels when given."""

    label: str
    values: Sequence[float | None]
    colour: str | None = None
    texts: Sequence[str] | None = None
    colours: Sequence[str] | None = None  # one colour per bar, e.g. to mark the winner


def format_value(value: float | None, percent: bool, mark: str | None = None) -> str:
    """A bar's label: '60 %' for shares, '23' or '22.5' otherwise."""
    if value is None:
        return ""
    return locale.percent(value, mark=mark) if percent else locale.number(value, mark=mark)


class BarChart(ChartBase):
    """Categories along x, one bar per series in each, labelled with its value."""

    def __init__(self, parent=None, percent: bool = False, font_size: int = 12, y_label: str = "",
                 theme: Theme = LIGHT, counts: bool = False, decimal_mark: str | None = None):
        super().__init__(parent, font_size=font_size, theme=theme, decimal_mark=decimal_mark)
        self.percent = percent
        self._categories: list[str] = []
        self._bars: list[list[BarItem]] = []
        self._texts: list[list[Label]] = []
        self._series: list[BarSeries] = []
        self._ranges = None
        self._shown: dict[tuple[int, int], tuple] = {}
        self._top_for: tuple[float | None, float] = (None, 1.0)  # the last highest value and its axis top
        item = self.getPlotItem()
        self.style_axis("bottom")
        self.style_axis("left", y_label)
        # The legend is one row above the plot: over the plot it would cover the highest bars.
        self.legend = pg.LegendItem(labelTextSize=f"{font_size}pt", labelTextColor=theme.text, colCount=4)
        item.layout.removeItem(item.titleLabel)  # the charts have no title in the plot (captions sit outside)
        item.titleLabel.hide()
        item.layout.addItem(self.legend, 0, 1)
        item.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignRight)
        item.vb.sigResized.connect(self._on_resized)  # category names wrap to the width they have
        self._counts = counts  # whole organisations: ticks at whole numbers only (see _axis_top)
        if counts:
            item.getAxis("left").setTickSpacing(1, 1)
        if percent:
            item.getAxis("left").tickStrings = lambda values, scale, spacing: [
                locale.percent(v, mark=self.decimal_mark) for v in values]

    def set_bars(self, categories: Sequence[str], series: Sequence[BarSeries], y_max: float | None = None) -> None:
        """Replace the bars; items are reused while the categories and series stay the same."""
        categories = list(categories)
        series = list(series)
        k = max(1, len(series))
        width = 0.8 / k
        shape_changed = categories != self._categories or [s.label for s in series] != [
            s.label for s in self._series
        ]
        if shape_changed:
            self._pending_categories = categories
            self._rebuild(categories, series)
            self._pending_categories = None
            self._shown = {}
        self._categories = categories
        self._series = series
        top = 0.0
        shown = self._shown  # per bar: (colour, height, label), to skip Qt calls for what did not change
        for j, s in enumerate(series):
            for i, v in enumerate(s.values[: len(categories)]):
                x = i - 0.4 + width * (j + 0.5)
                h = 0.0 if v is None else float(v)
                top = max(top, h)
                colour = s.colours[i] if s.colours and i < len(s.colours) else s.colour or self.colour(j)
                label = s.texts[i] if s.texts is not None and i < len(s.texts) else format_value(v, self.percent, self.decimal_mark)
                before = shown.get((j, i))
                if before == (colour, h, label):
                    continue
                shown[(j, i)] = (colour, h, label)
                bar = self._bars[j][i]
                rect = QRectF(x - width * 0.46, 0.0, width * 0.92, h)
                if before is None or before[0] != colour:
                    bar.setBrush(QBrush(QColor(colour)))
                if before is None or before[1] != h:
                    bar.setRect(rect)
                if before is None or before[1:] != (h, label):
                    text = self._texts[j][i]
                    text.set_text(self._fitted(label, len(series)))
                    text.setPos(x, h)
        limit = self._axis_top(y_max if y_max is not None else (top * 1.2 if top > 0 else 1.0))
        x_range = (-0.6, len(categories) - 0.4)
        if (x_range, limit) != self._ranges:
            self._ranges = (x_range, limit)
            self.setRange(xRange=x_range, yRange=(0, limit * 1.05), padding=0)  # room for the top label
            self.set_grid(x_range, (0, limit))

    def _axis_top(self, limit: float) -> float:
        """The top of the value axis for this highest value: rounded up to a tick, so small edits do
        not move the axis (re-laying it out costs ~1 ms). Remembered, as most edits ask the same."""
        if self._top_for[0] != limit:
            ticks = nice_ticks(0, limit)
            top = limit
            if len(ticks) > 1:
                step = ticks[1] - ticks[0]
                if self._counts:  # a whole number of organisations, about six ticks (one per organisation
                    step = max(1.0, step)  # up to 290 had run together into a black smear)
                    self.getPlotItem().getAxis("left").setTickSpacing(step, step)
                top = math.ceil(limit / step - 1e-9) * step
            self._top_for = (limit, top)
        return self._top_for[1]

    def _rebuild(self, categories: list[str], series: list[BarSeries]) -> None:
        for item in [i for row in self._bars + self._texts for i in row]:
            self.removeItem(item)
        self.legend.clear()
        self._bars, self._texts = [], []
        font = self.chart_font(bold=True)
        outline = cosmetic_pen(self.theme.grid, 1)
        for j, s in enumerate(series):
            colour = s.colour or self.colour(j)
            bars, texts = [], []
            for _ in categories:
                bar = BarItem(outline, QBrush(QColor(colour)))
                self.addItem(bar)
                bars.append(bar)
                text = Label("", self.theme.text, font, anchor=(0.5, 1.1))
                self.addItem(text)
                texts.append(text)
            if len(series) > 1:
                self.legend.addItem(pg.BarGraphItem(x=[0], height=[1], width=1, brush=colour, pen=outline),
                                     literal(short_label(s.label)))  # legends read HTML
            self._bars.append(bars)
            self._texts.append(texts)
        self._wrapped_for = None
        self._wrap_ticks()
        self.cache_legend(self.legend)
        self._fit_legend()
        self.cache_static([self.getPlotItem().getAxis("left"), self.getPlotItem().getAxis("bottom")])

    def _wrap_ticks(self) -> None:
        """Category names wrapped to the width each category has (“Förändrings-/hantering”), so long
        names never run into each other nor get dropped by the axis; redone when the chart is resized."""
        categories = self._categories_for_ticks()
        metrics = QFontMetrics(self.chart_font())
        per_category = max(40.0, self._category_width(len(categories)) - 14)
        key = (tuple(categories), int(per_category))
        if key == getattr(self, "_wrapped_for", None):
            return
        self._wrapped_for = key
        ticks = [(i, "\n".join(wrap_to_width(short_label(c, 42), per_category, metrics.horizontalAdvance)) or c)
                 for i, c in enumerate(categories)]
        axis = self.getPlotItem().getAxis("bottom")
        axis.setTicks([ticks])
        lines = max((t.count("\n") + 1 for _, t in ticks), default=1)
        axis.setHeight(int(metrics.lineSpacing() * lines + 16))

    def _categories_for_ticks(self) -> list[str]:
        return list(getattr(self, "_pending_categories", None) or self._categories)

    def _category_width(self, categories: int) -> float:
        """The pixels each category has along the plot (its ticks and its bars' labels wrap within it)."""
        room = self.getPlotItem().vb.width() or self.width() * 0.8
        return room / max(1, categories)

    def _fitted(self, label: str, series: int) -> str:
        """A bar's label on as many lines as its bar's width asks ("2: GIS, VAG" had run under the next bar on
        a 1024-pixel projector); a number stays on one line."""
        if not any(ch.isalpha() for ch in label):  # "60 %", "22,5": never broken at the space
            return label
        per_bar = max(40.0, self._category_width(len(self._categories)) / max(1, series) - 8)
        metrics = QFontMetrics(self.chart_font(bold=True))
        # A partial sum breaks before its brackets, "14" over "(5 av 7)": "14 (5 av" over "7)" had read as two
        # numbers. The brackets are wrapped alone only where they do not fit a line themselves.
        head, bracket = closing_bracket(label)
        if bracket and metrics.horizontalAdvance(label) > per_bar:
            return "\n".join(wrap_to_width(head, per_bar, metrics.horizontalAdvance)
                             + wrap_to_width(bracket, per_bar, metrics.horizontalAdvance))
        return "\n".join(wrap_to_width(label, per_bar, metrics.horizontalAdvance)) or label

    def _on_resized(self) -> None:
        if self._categories:
            self._wrap_ticks()
            for (j, i), (_colour, _h, label) in self._shown.items():  # the bars' labels wrap anew too
                self._texts[j][i].set_text(self._fitted(label, len(self._series)))
        self._fit_legend()

    def _fit_legend(self) -> None:
        """The legend in as many columns as the plot's width holds, no wider than its entries (at the right)."""
        # The room is the widget's less the axis, not the plot's width: the legend's own minimum width holds
        # the plot at least as wide, and read back it kept a shrunk chart's legend (and plot) too wide.
        self.fit_legend(self.legend, self.width() - self.getPlotItem().getAxis("left").width() - 24)

    def show_contents(self, shown: bool) -> None:
        """The bars, their labels, the grid, the legend and the axes' numbers, names and ticks shown or hidden
        (ChartBase.show_contents): with nothing counted the chart had stood as bare axes, "0 … 2" up the side
        and "–" over each alternative; hidden, the axes' lines are its empty frame."""
        for item in (i for row in self._bars + self._texts for i in row):
            item.setVisible(shown)
        if self._grid is not None:
            self._grid.setVisible(shown)
        self.legend.setVisible(shown)
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(showValues=shown)
            if shown:
                axis.setTickPen()  # the axis's own pen again
            else:
                axis.setTickPen(None)  # no tick marks
            if axis.labelText:
                axis.showLabel(shown)

    def bar_heights(self, series_index: int = 0) -> list[float]:
        """The drawn heights of one series (for tests and checks)."""
        return [bar.rect().height() for bar in self._bars[series_index]]

    def value_texts(self) -> list[str]:
        """The labels shown over the bars, series by series (as one line each, however they are wrapped)."""
        return [" ".join(t.text().split("\n")) for row in self._texts for t in row]

    def label_lines(self) -> list[int]:
        """How many lines each bar's label is drawn on, series by series."""
        return [t.text().count("\n") + 1 for row in self._texts for t in row]

    def legend_labels(self) -> list[str]:
        """The legend's entries as shown, top to bottom."""
        return [label.item.toPlainText() for _, label in self.legend.items]


