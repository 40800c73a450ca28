"""A legend right of a square chart (a radar) while the width allows, else below it in as many columns as
fit: a narrow chart keeps its plot square and readable instead of giving its width to the legend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt


def columns_that_fit(widths: Sequence[float], room: float) -> tuple[int, float]:
    """The most legend columns (entries filled row by row) whose widths add up to no more than `room`,
    and their total width; at least one column."""
    for columns in range(len(widths), 1, -1):
        total = sum(max(widths[c::columns]) for c in range(columns))
        if total <= room:
            return columns, total
    return 1, max(widths, default=0.0)


class SideOrBelowLegend:
    """For a chart with a pyqtgraph LegendItem in `self.legend`, placed in its plot layout at (2, 3); the
    chart calls place_legend() when its entries change and whenever its plot is resized."""

    def _entry_sizes(self) -> list[tuple[float, float]]:
        """Each legend entry's width and height (sample and text)."""
        sizes = []
        for sample, label in self.legend.items:
            text = label.item.boundingRect()
            sizes.append((sample.boundingRect().width() + text.width() + 10,
                          max(text.height(), sample.boundingRect().height()) + 2))
        return sizes

    def _fit_legend(self) -> None:
        """Size the legend to its entries (the plot's layout would otherwise stretch it): one column on the
        right, or as many columns as the width holds below the plot."""
        sizes = self._entry_sizes()
        if not sizes:
            width = height = 0.0
        elif self._legend_below:
            columns, _width = columns_that_fit([w + 8 for w, _ in sizes], self.width() - 16)  # 8: layout spacing
            if self.legend.columnCount != columns:
                self.legend.setColumnCount(columns)
            # The legend's own layout knows its spacing: its preferred size holds every row whole.
            hint = self.legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
            width, height = hint.width(), hint.height()
        else:
            width, height = max(w for w, _ in sizes), sum(h for _, h in sizes)
            if self.legend.columnCount != 1:
                self.legend.setColumnCount(1)
        if (width, height) != self._legend_size:  # setting sizes re-lays out the plot: only on change
            self._legend_size = (width, height)
            self.legend.setMinimumSize(width, height)
            self.legend.setMaximumSize(width, height)

    MIN_SIDE = 300  # px: below this the radar cannot be read, so the legend moves under it

    def place_legend(self) -> None:
        """Legend right of the radar while the width leaves the radar its height (or MIN_SIDE); else below."""
        sizes = self._entry_sizes()
        right_width = max((w for w, _ in sizes), default=0.0)
        plot_w = self.width() - right_width - 16
        below = bool(sizes) and plot_w < min(self.height() - 16, max(self.MIN_SIDE, self.height() * 0.8))
        if below != self._legend_below:
            layout = self.getPlotItem().layout
            layout.removeItem(self.legend)
            self._legend_below = below
            row, col = (4, 1) if below else (2, 3)
            layout.addItem(self.legend, row, col)
            layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter if below else Qt.AlignmentFlag.AlignTop)
        self._fit_legend()

    def legend_below(self) -> bool:
        """True when the legend sits under the radar (a narrow chart)."""
        return self._legend_below
