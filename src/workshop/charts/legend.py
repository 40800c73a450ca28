"""Legends laid out as a grid of entries filled row by row, sized to what they hold.

A radar's legend sits right of it while the width allows, else below it in as many columns as fit: a
narrow chart keeps its plot square and readable instead of giving its width to the legend. A bar
chart's legend is one block above the plot, as many columns wide as fit, at its right.

pyqtgraph's own placement (LegendItem.setColumnCount, addItem) reads the grid's row and column counts,
which Qt keeps after the entries are taken out: after a change the entries were scattered ("Gislaved
Gnosjö" in the first two columns, "Värnamo Vaggeryd" after a wide gap, "Hylte" and the median under the
first). arrange() places them itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from workshop.charts.rich_text import closing_bracket

SPACING = 8  # px between two entries in a row (the layout's spacing)
LEGEND_MARGINS = 13  # px a one-column legend's grid adds to its widest entry (margins and spacing)


def grid_width(widths: Sequence[float], columns: int) -> float:
    """The width of entries filled row by row into `columns` columns: each column as wide as its widest
    entry, except the last entry, whose text may run on into the empty cells after it."""
    if not widths:
        return 0.0
    last = len(widths) - 1
    column_widths = [max((w for i, w in enumerate(widths) if i % columns == c and i != last), default=0.0)
                     for c in range(columns)]
    start = last % columns
    return max(sum(column_widths), sum(column_widths[:start]) + widths[last])


def columns_that_fit(widths: Sequence[float], room: float) -> tuple[int, float]:
    """The most columns (entries filled row by row) whose width (grid_width) is no more than `room`, and
    that width; at least one column."""
    for columns in range(len(widths), 1, -1):
        total = grid_width(widths, columns)
        if total <= room:
            return columns, total
    return 1, max(widths, default=0.0)


def entry_sizes(legend) -> list[tuple[float, float]]:
    """Each legend entry's width and height (sample and text)."""
    sizes = []
    for sample, label in legend.items:
        text = label.item.boundingRect()
        sizes.append((sample.boundingRect().width() + text.width() + 10,
                      max(text.height(), sample.boundingRect().height()) + 2))
    return sizes


def one_line_widths(legend, sizes: list[tuple[float, float]]) -> list[float]:
    """Each entry's width on one line, as entry_sizes measured it before break_brackets broke it (kept on
    its label: an entry is made anew when its text changes)."""
    widths = []
    for (_, label), (width, _) in zip(legend.items, sizes):
        if getattr(label, "one_line", None) is None:
            label.one_line = (label.text, width)
        widths.append(label.one_line[1])
    return widths


def break_brackets(legend, room: float | None, widths: Sequence[float]) -> bool:
    """Each entry whose one-line width (one_line_widths) and the legend's margins are wider than `room` px
    on two lines, its closing "(…)" under its name, as a bar's label breaks ("Region Jönköpings l…" over
    "(votes missing)": on one line it held a 350 px chart's plot 2 px wider than the chart); one that fits
    on one line again. None: no limit. True when any entry changed."""
    changed = False
    for (_, label), width in zip(legend.items, widths):
        whole = label.one_line[0]
        head, bracket = closing_bracket(whole)
        text = f"{head}<br/>{bracket}" if bracket and room is not None and width + LEGEND_MARGINS > room else whole
        if text != label.text:
            label.setText(text)
            changed = True
    return changed


def arrange(legend, columns: int) -> None:
    """Place a pyqtgraph LegendItem's entries row by row in `columns` columns (sample, text, sample,
    text, …); the last entry's text spans the cells left in its row. Nothing is done when the same
    entries already stand so."""
    placed = (tuple(sample for sample, _ in legend.items), columns)  # held, so no id is reused
    arranged = getattr(legend, "_arranged", None)
    if arranged is not None and arranged[1] == columns and len(arranged[0]) == len(placed[0]) and all(
            a is b for a, b in zip(arranged[0], placed[0])):
        return
    layout = legend.layout
    for i in range(layout.count() - 1, -1, -1):
        layout.removeAt(i)
    last = len(legend.items) - 1
    for i, (sample, label) in enumerate(legend.items):
        row, column = divmod(i, columns)
        layout.addItem(sample, row, 2 * column, alignment=Qt.AlignmentFlag.AlignVCenter)
        layout.addItem(label, row, 2 * column + 1, 1, 2 * (columns - column) - 1 if i == last else 1)
    legend.columnCount = columns
    legend.rowCount = -(-len(legend.items) // columns)
    legend._arranged = placed


def fit(legend, room: float | None, sizes: list[tuple[float, float]] | None = None) -> tuple[float, float]:
    """Arrange the legend in as many columns as `room` px hold (None: one column) and fix it to the size
    its grid needs (a plot's layout would otherwise stretch it and spread its columns apart). Returns
    that size; (0, 0) for an empty legend. `sizes`: entry_sizes(legend), when already measured."""
    sizes = entry_sizes(legend) if sizes is None else sizes
    if not sizes:
        width = height = 0.0
    else:
        columns = 1 if room is None else columns_that_fit([w + SPACING for w, _ in sizes], room)[0]
        arrange(legend, columns)
        hint = legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        width, height = hint.width(), hint.height()
    if getattr(legend, "_fitted", None) != (width, height):  # setting sizes re-lays out the plot: only on change
        legend._fitted = (width, height)
        legend.setMinimumSize(width, height)
        legend.setMaximumSize(width, height)
    return width, height


class SideOrBelowLegend:
    """For a chart (a ChartBase) with a pyqtgraph LegendItem in `self.legend`, placed in its plot layout at
    (2, 3); the chart calls place_legend() when its entries change and whenever its plot is resized."""

    MIN_SIDE = 300  # px: below this the radar cannot be read, so the legend moves under it

    def place_legend(self) -> None:
        """Legend right of the radar while the width leaves the radar its height (or MIN_SIDE); else below."""
        sizes = entry_sizes(self.legend)
        widths = one_line_widths(self.legend, sizes)  # where it goes is decided by its entries on one line
        # The entry's width plus the legend's own margins (9 px a side) and spacing, as fit() will size it.
        right_width = max(widths, default=0.0) + LEGEND_MARGINS
        plot_w = self.width() - right_width - 16
        below = bool(sizes) and plot_w < min(self.height() - 16, max(self.MIN_SIDE, self.height() * 0.8))
        if below != self._legend_below:
            layout = self.getPlotItem().layout
            layout.removeItem(self.legend)
            self._legend_below = below
            row, col = (4, 1) if below else (2, 3)
            layout.addItem(self.legend, row, col)
            layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter if below else Qt.AlignmentFlag.AlignTop)
        room = self.width() - 16 if below else None
        if break_brackets(self.legend, room, widths):
            sizes = entry_sizes(self.legend)
        self.fit_legend(self.legend, room, sizes)

    def legend_below(self) -> bool:
        """True when the legend sits under the radar (a narrow chart)."""
        return self._legend_below
