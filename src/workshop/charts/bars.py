"""A grouped bar chart with value labels: potential vs today per group, preferences, sums per alternative."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from workshop.charts.base import ChartBase
from workshop.charts.palette import LIGHT, Theme


@dataclass(frozen=True)
class BarSeries:
    """One bar per category; None draws no bar. `texts` replaces the value labels when given."""

    label: str
    values: Sequence[float | None]
    colour: str | None = None
    texts: Sequence[str] | None = None
    colours: Sequence[str] | None = None  # one colour per bar, e.g. to mark the winner


def format_value(value: float | None, percent: bool) -> str:
    """A bar's label: '60 %' for shares, '23' or '22.5' otherwise."""
    if value is None:
        return ""
    if percent:
        return f"{value * 100:.0f} %"
    return f"{value:g}"


class BarChart(ChartBase):
    """Categories along x, one bar per series in each, labelled with its value."""

    def __init__(self, parent=None, percent: bool = False, font_size: int = 12, y_label: str = "",
                 theme: Theme = LIGHT, counts: bool = False):
        super().__init__(parent, font_size=font_size, theme=theme)
        self.percent = percent
        self._categories: list[str] = []
        self._bars: list[pg.BarGraphItem] = []
        self._texts: list[pg.TextItem] = []
        self._series: list[BarSeries] = []
        item = self.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.2)
        self.style_axis("bottom")
        self.style_axis("left", y_label)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize=f"{font_size}pt", labelTextColor=theme.text)
        if counts:  # whole organisations: ticks at whole numbers only
            item.getAxis("left").setTickSpacing(1, 1)
        if percent:
            item.getAxis("left").tickStrings = lambda values, scale, spacing: [f"{v * 100:.0f} %" for v in values]

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
            self._rebuild(categories, series, width)
        self._categories = categories
        self._series = series
        top = 0.0
        text_index = 0
        for j, s in enumerate(series):
            xs, heights, brushes = [], [], []
            for i, v in enumerate(s.values[: len(categories)]):
                x = i - 0.4 + width * (j + 0.5)
                h = 0.0 if v is None else float(v)
                xs.append(x)
                heights.append(h)
                colour = s.colours[i] if s.colours and i < len(s.colours) else s.colour or self.colour(j)
                brushes.append(pg.mkBrush(colour))
                top = max(top, h)
                text = self._texts[text_index]
                text_index += 1
                label = s.texts[i] if s.texts is not None and i < len(s.texts) else format_value(v, self.percent)
                text.setText(label)
                text.setPos(x, h)
            self._bars[j].setOpts(x=xs, height=heights, width=width * 0.92, brushes=brushes)
        limit = y_max if y_max is not None else (top * 1.2 if top > 0 else 1.0)
        self.setRange(xRange=(-0.6, len(categories) - 0.4), yRange=(0, limit), padding=0)

    def _rebuild(self, categories: list[str], series: list[BarSeries], width: float) -> None:
        for item in self._bars + self._texts:
            self.removeItem(item)
        self.legend.clear()
        self._bars, self._texts = [], []
        font = self.chart_font(bold=True)
        for j, s in enumerate(series):
            bar = pg.BarGraphItem(x=[], height=[], width=width, brush=s.colour or self.colour(j),
                                  pen=pg.mkPen(self.theme.grid))
            self.addItem(bar)
            if len(series) > 1:
                self.legend.addItem(bar, s.label)
            self._bars.append(bar)
            for _ in categories:
                text = pg.TextItem("", color=self.theme.text, anchor=(0.5, 1.05))
                text.setFont(font)
                self.addItem(text)
                self._texts.append(text)
        # Long names (“Systemförvaltning & vidmakthållande”) wrap instead of running into each other.
        ticks = [(i, "\n".join(textwrap.wrap(c, 14, break_long_words=False)) or c) for i, c in enumerate(categories)]
        axis = self.getPlotItem().getAxis("bottom")
        axis.setTicks([ticks])
        lines = max((t.count("\n") + 1 for _, t in ticks), default=1)
        axis.setHeight(int(QFontMetrics(self.chart_font()).lineSpacing() * lines + 16))

    def bar_heights(self, series_index: int = 0) -> list[float]:
        """The drawn heights of one series (for tests and checks)."""
        return [float(h) for h in self._bars[series_index].opts["height"]]

    def value_texts(self) -> list[str]:
        """The labels shown over the bars, series by series."""
        return [t.textItem.toPlainText() for t in self._texts]
