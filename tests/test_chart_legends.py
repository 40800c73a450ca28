"""Chart legends read in order and stand together: entries row by row, columns no wider than their
entries, the legend no wider than what it holds (pyqtgraph's own placement scattered them after a change)."""

from __future__ import annotations

import pytest

from workshop.charts.bars import BarChart, BarSeries
from workshop.charts.legend import columns_that_fit, grid_width
from workshop.charts.radar import RadarChart, RadarSeries

AREAS = list("ABCDEFGHI")
NAMES = ["Gislaved", "Gnosjö", "Värnamo", "Vaggeryd", "Hylte"]
MEDIAN = "Median för alla organisationer"


def _entries(chart) -> list[tuple[str, float, float, float]]:
    """(text, left, right, top) of each legend entry in the chart's coordinates, in the legend's order."""
    out = []
    for sample, label in chart.legend.items:
        left = sample.mapRectToScene(sample.boundingRect()).left()
        text = label.item.mapRectToScene(label.item.boundingRect())
        out.append((label.item.toPlainText(), left, text.right(), round(text.top())))
    return out


def _rows(entries):
    rows: dict[float, list] = {}
    for entry in entries:
        rows.setdefault(entry[3], []).append(entry)
    return [rows[top] for top in sorted(rows)]


def test_grid_width_lets_the_last_entry_run_on():
    """The last entry's text runs into the empty cells after it rather than widening its column."""
    assert grid_width([100, 100, 100, 100, 100, 300], 5) == 500
    assert grid_width([100, 100, 100, 100, 100, 300], 3) == 500  # a full row: its own column
    assert grid_width([100, 100, 100, 600], 3) == 600
    assert columns_that_fit([100] * 5 + [300], 520) == (5, 500)
    assert columns_that_fit([100] * 5 + [300], 90) == (1, 300)


@pytest.fixture
def radar_below(qtbot):
    """A wide, low radar (as on the projector): its legend goes under it."""
    chart = RadarChart(maximum=100, font_size=18)
    qtbot.addWidget(chart)
    chart.resize(1000, 800)
    chart.set_axes(AREAS)
    chart.set_series([RadarSeries(n, [10 * i] * 9) for i, n in enumerate(NAMES)]
                     + [RadarSeries(MEDIAN, [50] * 9, colour="#000000", dashed=True)])
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.legend_below())
    return chart


def test_radar_legend_below_reads_row_by_row_in_order(radar_below):
    """Gislaved, Gnosjö, Värnamo, Vaggeryd, Hylte on one row in that order, the median on the next; before,
    the median's width opened a gap in the first row and Hylte stood under Gislaved."""
    rows = _rows(_entries(radar_below))
    assert [[e[0] for e in row] for row in rows] == [NAMES, [MEDIAN]]
    first = rows[0]
    gaps = [after[1] - before[2] for before, after in zip(first, first[1:])]
    assert all(-1 <= g <= 30 for g in gaps), gaps


def test_radar_legend_is_rearranged_after_the_names_change(radar_below, qtbot):
    """A new set of names (an organisation removed) is placed afresh, still in order and together."""
    radar_below.set_series([RadarSeries(n, [10 * i] * 9) for i, n in enumerate(NAMES[1:])]
                           + [RadarSeries(MEDIAN, [50] * 9, colour="#000000", dashed=True)])
    qtbot.wait(50)
    rows = _rows(_entries(radar_below))
    assert [e[0] for row in rows for e in row] == NAMES[1:] + [MEDIAN]
    assert [e[0] for e in rows[0]][:4] == NAMES[1:]


def test_bar_legend_entries_stand_together_at_the_right(qtbot):
    """Two series: their entries side by side at the plot's right, not spread over its width."""
    chart = BarChart(font_size=18)
    qtbot.addWidget(chart)
    chart.resize(1500, 700)
    chart.set_bars(["IT-drift", "Förändring", "System"], [BarSeries("Potential", [60, 15, 25]),
                                                          BarSeries("Idag", [40, 25, 35])])
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.wait(50)
    (potential, today), = _rows(_entries(chart))
    assert today[1] - potential[2] <= 30
    plot = chart.getPlotItem().vb.sceneBoundingRect()
    assert today[2] > plot.right() - 60  # at the right, above the highest bars' corner


def test_a_shrunk_bar_chart_keeps_its_plot_and_legend_inside_it(qtbot):
    """Four series, the chart shrunk from 1,500 to 400 px: the legend takes fewer columns and the plot shrinks
    with the widget (the old legend's width held the plot 984 px wide, its right bars cut off)."""
    chart = BarChart(font_size=18)
    qtbot.addWidget(chart)
    chart.resize(1500, 700)
    chart.set_bars(["A", "B", "C"], [BarSeries(f"Serie nummer {i}", [1, 2, 3]) for i in range(4)])
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.legend.columnCount == 4
    chart.resize(400, 700)
    qtbot.waitUntil(lambda: chart.getPlotItem().vb.sceneBoundingRect().right() <= 400)
    assert chart.legend.columnCount < 4 and chart.legend.minimumWidth() <= 400


@pytest.mark.parametrize("font_size", [10, 18])
def test_a_side_legend_is_as_wide_as_the_choice_of_side_or_below_assumed(qtbot, font_size):
    """place_legend() decides side or below from the widest entry plus the legend's own margins; the legend
    it then sizes is exactly that wide (it was 13 px wider, taken from the radar's room)."""
    from workshop.charts.legend import LEGEND_MARGINS, entry_sizes

    chart = RadarChart(maximum=100, font_size=font_size)
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.set_axes(AREAS)
    chart.set_series([RadarSeries(n, [50] * 9) for n in ("Gislaved", MEDIAN)])
    chart.show()
    qtbot.waitExposed(chart)
    assert not chart.legend_below()
    widest = max(w for w, _ in entry_sizes(chart.legend))
    assert chart.legend.minimumWidth() == pytest.approx(widest + LEGEND_MARGINS, abs=0.5)


def test_a_shrunk_radar_keeps_its_plot_inside_it(qtbot):
    """The radar's legend below it goes from two columns to one as the chart narrows to 420 px; the plot
    shrinks with it (it stayed 516 px wide, held by the two-column legend's width)."""
    chart = RadarChart(maximum=100, font_size=14)
    qtbot.addWidget(chart)
    chart.resize(560, 500)
    chart.set_axes(AREAS)
    chart.set_series([RadarSeries(f"Kommunen nummer {i}", [50] * 9) for i in range(6)])
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.legend_below() and chart.legend.columnCount == 2)
    chart.resize(420, 500)
    qtbot.waitUntil(lambda: chart.legend.columnCount == 1)
    qtbot.waitUntil(lambda: chart.getPlotItem().sceneBoundingRect().right() <= 420)


def test_a_legend_sample_is_as_tall_as_its_name_and_stands_before_it(radar_below):
    """On the projector (18 pt and more) pyqtgraph's 20 px samples were a short line and a speck of a
    marker beside names half as tall again: each sample is now as tall as its name's line, before it."""
    for sample, label in radar_below.legend.items:
        drawn = sample.mapRectToScene(sample.boundingRect())
        text = label.item.mapRectToScene(label.item.boundingRect())
        line = label.item.boundingRect().height()
        assert drawn.height() >= 0.75 * line > 20, (label.item.toPlainText(), drawn, line)
        assert drawn.right() <= text.left() + 1  # never under the name
