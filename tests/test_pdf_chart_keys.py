"""Names too long for a chart: the chart keeps short labels and a key under it names each in full.

Once, 300-character group names wrapped under the group chart pushed its bars into a thin strip, a legend of
long organisation names ran over the caption, and a radar's key ran off the page over the footer."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_support import text_of, words
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from workshop.export import pdf_charts
from workshop.export.pdf_tables import Stack
from workshop.export.report import render_report

LONG = "Samverkan kring drift och förvaltning av gemensamma system " * 5  # ~300 characters, many words
WORD = "Kommunalförbundet" * 40  # one 680-character word


def _drawing(chart) -> Drawing:
    return chart.parts[0] if isinstance(chart, Stack) else chart


def _inside(d: Drawing) -> bool:
    """Everything the chart draws lies in its own box (what lies outside overlaps the caption or the page)."""
    x0, y0, x1, y1 = d.getBounds()
    return x0 >= -1 and y0 >= -1 and x1 <= d.width + 1 and y1 <= d.height + 1


@pytest.mark.parametrize("names", [[f"{LONG} {i}" for i in range(3)], [WORD + str(i) for i in range(3)]],
                         ids=["long words", "one long word"])
def test_long_category_names_go_to_a_key_and_the_bars_keep_their_height(names):
    """The axis shows the codes, the bars keep their room, and the key under the chart holds each name."""
    chart = pdf_charts.grouped_bars(names, [("Potential", [0.6, 0.15, 0.25]), ("Idag", [0.4, 0.25, 0.35])],
                                    value_max=1, percent=True, codes=["DR", "FH", "VH"])
    d = _drawing(chart)
    bars = next(c for c in d.contents if isinstance(c, VerticalBarChart))
    assert bars.categoryAxis.categoryNames == ["DR", "FH", "VH"]
    assert bars.height >= 40 * mm
    assert _inside(d)
    assert isinstance(chart, Stack)  # the chart, then its key


def test_short_names_stay_in_the_chart_without_a_key():
    """The example's own names are drawn in the chart as before: no key table."""
    chart = pdf_charts.grouped_bars(["IT-drift", "Förändringshantering", "Systemförvaltning & vidmakthållande"],
                                    [("Potential", [0.6, 0.15, 0.25]), ("Idag", [0.4, 0.25, 0.35])],
                                    value_max=1, percent=True, codes=["DR", "FH", "VH"])
    assert isinstance(chart, Drawing)
    bars = next(c for c in chart.contents if isinstance(c, VerticalBarChart))
    assert bars.categoryAxis.categoryNames[0] == "IT-drift"


@pytest.mark.parametrize("orgs", [2, 5, 12])
def test_a_radar_with_long_names_draws_nothing_outside_its_box(orgs):
    """Long organisation names (legend) and long area names (key) leave the radar whole, inside its box."""
    series = [(f"{LONG[:120]} {i}", [10.0 * (i + 1)] * 9) for i in range(orgs)]
    chart = pdf_charts.radar(list("ABCDEFGHI"), series, names=[f"{LONG} {c}" for c in "ABCDEFGHI"])
    assert _inside(_drawing(chart))
    assert isinstance(chart, Stack)


def test_the_report_names_long_groups_organisations_and_areas_in_full(example):
    """With groups, organisations and areas named at length, every name is in the report's text whole."""
    e = dataclasses.replace(
        example,
        groups=tuple(dataclasses.replace(g, name=f"{LONG} {g.code}") for g in example.groups),
        organisations=tuple(dataclasses.replace(o, name=f"{o.name} {LONG[:150]}") for o in example.organisations),
        areas=tuple(dataclasses.replace(a, name=f"{a.name} {LONG[:200]}") for a in example.areas),
    )
    text = words(text_of(render_report(e)))
    for name in [g.name for g in e.groups] + [o.name for o in e.organisations] + [a.name for a in e.areas]:
        assert words(name) in text


def test_a_map_point_with_a_long_name_is_numbered_and_named_under_the_map():
    """An alternative named at length is "1" beside its point (its name once ran off the page) and whole in
    the key under the map; short names stay beside their points."""
    from reportlab.graphics.shapes import String

    long_points = [(f"{LONG} {i}", 0.2 * (i + 1), 20 + i) for i in range(3)]
    chart = pdf_charts.scatter(long_points, "Andel av potential", "Summa")
    d = _drawing(chart)
    texts = {s.text for s in d.contents if isinstance(s, String)}
    assert {"1", "2", "3"} <= texts and _inside(d) and isinstance(chart, Stack)
    short = pdf_charts.scatter([("S", 0.6, 21), ("1 Teknik", 0.6, 22)], "Andel av potential", "Summa")
    assert isinstance(short, Drawing) and "1 Teknik" in {s.text for s in short.contents if isinstance(s, String)}


def _patched(d: Drawing, text: str) -> bool:
    """Whether the label is drawn over a white patch covering its letters (drawn just before it)."""
    from reportlab.graphics.shapes import Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for before, item in zip(d.contents, d.contents[1:]):
        if isinstance(item, String) and item.text == text:
            width = stringWidth(item.text, item.fontName, item.fontSize)
            left = item.x - {"start": 0, "middle": width / 2, "end": width}[item.textAnchor]
            return (isinstance(before, Rect) and before.fillColor == pdf_charts.colors.white
                    and before.x <= left and before.x + before.width >= left + width
                    and before.y <= item.y and before.y + before.height >= item.y + item.fontSize * 0.7)
    return False


def test_map_names_and_radar_scale_numbers_are_never_crossed_by_a_line():
    """The map's point names sat on its grid lines and the radar's 25/50/75/100 under its data lines, which
    crossed their letters: each now stands on a white patch of its size."""
    d = _drawing(pdf_charts.scatter([("S", 0.6, 21), ("1 Teknik", 0.6, 22), ("2", 1.0, 22)], "Andel", "Summa"))
    assert all(_patched(d, name) for name in ("S", "1 Teknik", "2"))
    r = _drawing(pdf_charts.radar(list("ABCDE"), [("Gislaved", [100, 75, 50, 25, 0])]))
    assert all(_patched(r, n) for n in ("25", "50", "75", "100"))


def test_map_names_stand_beside_their_points_and_no_patch_hides_a_point():
    """Sums of 12 and 21 (an axis the plot rounds up to 25): each name stands beside its point as the plot
    draws it (they stood where 10–23 would have put it), and the white patch behind Gislaved's name leaves
    Gnosjö's point just beside it whole."""
    from reportlab.graphics.charts.lineplots import ScatterPlot
    from reportlab.graphics.shapes import Rect, String

    d = _drawing(pdf_charts.scatter([("Gislaved", 0.40, 12), ("Gnosjö", 0.45, 12), ("S", 0.6, 21)], "Andel", "Summa"))
    plot = next(c for c in d.contents if isinstance(c, ScatterPlot))
    plot.draw()  # lays the points out as rendering does
    drawn = [row[0] for row in plot._positions]
    labels = {c.text: c for c in d.contents if isinstance(c, String)}
    for name, (x, y) in zip(("Gislaved", "Gnosjö", "S"), drawn):
        assert (labels[name].x, labels[name].y) == pytest.approx((x + 10, y + 2)), name
    gx, gy = drawn[1]
    assert not any(isinstance(r, Rect) and r.fillColor == pdf_charts.colors.white
                   and r.x <= gx <= r.x + r.width and r.y <= gy <= r.y + r.height for r in d.contents)


@pytest.mark.parametrize("count", [3, 8, 12, 40])
def test_a_legend_of_many_one_line_names_stays_inside_the_bar_chart_or_goes_to_the_key(count):
    """Many series with names that each fit one line: the legend's rows stay inside the chart (it once ran
    onto the caption from three rows up), and the bars keep their height."""
    names = [f"Alternativ nummer {i:02d} xx" for i in range(count)]
    chart = pdf_charts.grouped_bars(["A", "B"], [(n, [1, 2]) for n in names])
    d = _drawing(chart)
    bars = next(c for c in d.contents if isinstance(c, VerticalBarChart))
    assert _inside(d) and bars.height >= 25 * mm


def test_codes_that_do_not_match_the_names_are_not_used():
    """Every category keeps a label and a key row, whatever codes were passed."""
    chart = pdf_charts.grouped_bars([LONG + "1", LONG + "2", "x"], [("a", [1, 2, 3])], codes=["A"])
    bars = next(c for c in _drawing(chart).contents if isinstance(c, VerticalBarChart))
    assert bars.categoryAxis.categoryNames == ["1", "2", "3"]


def _legend_entries(d: Drawing) -> list[tuple[float, float, str]]:
    """(swatch left, name right, name) of each entry of the legend a chart draws, in reading order."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop.export.chart_keys import PatternedBox

    legend = next(c for c in d.contents if isinstance(c, Legend))
    drawn = legend.draw().getContents()
    swatches = [r for r in drawn if isinstance(r, PatternedBox)]
    names = [s for s in drawn if isinstance(s, String)]
    return [(r.x, s.x + stringWidth(s.text, s.fontName, s.fontSize), s.text) for r, s in zip(swatches, names)]


def test_legend_entries_stand_the_same_distance_apart_whatever_their_names():
    """Legend columns were all as wide as the longest name: "S" stood with a wide gap after it and
    "1 Teknik" close to "1 Tjänst". Each name is now followed by the same gap before the next swatch."""
    d = _drawing(pdf_charts.grouped_bars(["1", "2"], [(n, [2, 3]) for n in ("S", "1 Teknik", "1 Tjänst", "2")]))
    entries = _legend_entries(d)
    assert [name for _, _, name in entries] == ["S", "1 Teknik", "1 Tjänst", "2"]
    gaps = [nxt[0] - cur[1] for cur, nxt in zip(entries, entries[1:])]
    assert max(gaps) - min(gaps) < 1 and min(gaps) >= 6


def test_a_bar_chart_without_a_legend_leaves_no_empty_strip_under_its_names():
    """One series has no legend: the drawing no longer keeps the legend's 9 mm under the category names
    (its caption stood 22 mm below them); its bars are as tall as with a legend."""
    one = _drawing(pdf_charts.grouped_bars(["S", "1 Teknik"], [("Summa", [21, 22])]))
    two = _drawing(pdf_charts.grouped_bars(["S", "1 Teknik"], [("Summa", [21, 22]), ("Idag", [20, 19])]))
    bars_one, bars_two = (next(c for c in d.contents if isinstance(c, VerticalBarChart)) for d in (one, two))
    assert bars_one.height == bars_two.height
    assert one.height == pytest.approx(two.height - 9 * mm)
    assert bars_one.y <= 14 * mm and _inside(one)


def test_a_legend_key_of_swatches_leaves_no_unembedded_font(qapp):
    """Long organisation names go to a key of colour swatches under the chart; each swatch's drawing had
    started in Helvetica, which the PDF then named without embedding it."""
    from pdf_support import fonts_of

    from workshop.export import pdf_charts
    from workshop.export.styles import PageFrame, render_pdf

    series = [("Organisation " + "mycket långt namn " * 12 + str(i), [10.0, 20.0, 30.0]) for i in range(3)]
    pdf = render_pdf([pdf_charts.radar(["A", "B", "C"], series)], PageFrame("T", "R", "{page}/{pages}"), {})
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts


def test_a_radar_legend_shows_each_series_line_and_marker_so_a_greyscale_print_tells_them_apart():
    """A radar's legend had a square of each series' colour: printed in greyscale the five organisations'
    squares were the same grey. Each entry is now the series' line with its marker, as the radar draws it,
    before its name, and the legend stays inside the chart; a bar chart keeps its boxes."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.spider import SpiderChart
    from reportlab.graphics.shapes import String

    from workshop.export.chart_keys import MarkedLine, PatternedBox

    names = ("Gislaved", "Gnosjö", "Värnamo", "Vaggeryd", "Hylte")
    d = _drawing(pdf_charts.radar(["A", "B", "C"], [(n, [10.0, 20.0, 30.0]) for n in names]))
    legend = next(c for c in d.contents if isinstance(c, Legend))
    drawn = legend.draw().getContents()
    signs = [c for c in drawn if isinstance(c, MarkedLine)]
    texts = [s for s in drawn if isinstance(s, String)]
    chart = next(c for c in d.contents if isinstance(c, SpiderChart))
    strands = [chart.strands[len(chart.data) - len(names) + i] for i in range(len(names))]
    assert [t.text for t in texts] == list(names)
    assert [s.marker for s in signs] == [st.symbol.kind for st in strands] and len({s.marker for s in signs}) == 5
    assert [s.colour for s in signs] == [st.strokeColor for st in strands]
    assert all(t.x >= s.x + s.width for s, t in zip(signs, texts))  # the sign before its name, not over it
    assert _inside(d)
    bars = _drawing(pdf_charts.grouped_bars(["1", "2"], [(n, [2, 3]) for n in names[:2]]))
    bar_legend = next(c for c in bars.contents if isinstance(c, Legend)).draw().getContents()
    assert not any(isinstance(c, MarkedLine) for c in bar_legend) and any(isinstance(c, PatternedBox)
                                                                          for c in bar_legend)


def _all(group) -> list:
    """Everything a drawn group holds, groups within it opened."""
    from reportlab.graphics.shapes import Group

    found = []
    for c in group.getContents():
        found += _all(c) if isinstance(c, Group) else [c]
    return found


def test_bars_of_each_series_have_their_own_pattern_in_the_chart_and_the_legend():
    """Four alternatives' bars printed in greyscale had come out as three alike greys: from the second series
    on each bar has white lines of its series' pattern, the same in its legend box; one series stays plain."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Path
    from reportlab.lib import colors

    from reportlab.graphics.shapes import String

    from workshop.export.chart_keys import HATCH_GAP, PatternedBox, hatch

    names = ["S", "1 Teknik", "1 Tjänst", "2"]
    d = _drawing(pdf_charts.grouped_bars(["1", "2", "3"], [(n, [2.0, 3.0, None]) for n in names]))
    bars = next(c for c in d.contents if isinstance(c, VerticalBarChart))
    drawn = [c for c in _all(bars.draw()) if isinstance(c, PatternedBox)]
    assert len(drawn) == 12  # a box for every bar, the missing values' too (they have no height: nothing shows)
    assert sorted({b.pattern for b in drawn}) == [0, 1, 2, 3]
    legend = next(c for c in d.contents if isinstance(c, Legend)).draw().getContents()
    assert [b.pattern for b in legend if isinstance(b, PatternedBox)] == [0, 1, 2, 3]
    assert all(isinstance(c, PatternedBox) for c in legend if not isinstance(c, String))
    for bar in (b for b in drawn if b.height > 1):  # a missing value: 1e-8 pt high
        paths = [c for c in bar.draw().getContents() if isinstance(c, Path)]
        assert bool(paths) == (bar.pattern != 0)
        for path in paths:  # every line inside its bar, white over the colour
            xs, ys = path.points[0::2], path.points[1::2]
            assert path.strokeColor == colors.white and len(xs) >= 4
            assert bar.x - 1e-6 <= min(xs) and max(xs) <= bar.x + bar.width + 1e-6
            assert bar.y - 1e-6 <= min(ys) and max(ys) <= bar.y + bar.height + 1e-6
    for missing in (b for b in drawn if b.height < 1):  # nothing at all, not a box of no height on the axis
        assert not _all(missing.draw())
    assert hatch("/", HATCH_GAP, 0, 0, 10, 0) == [] and hatch("|", HATCH_GAP, 0, 0, 10, 20)  # no height: no lines
    one = _drawing(pdf_charts.grouped_bars(["1"], [("Summa", [21.0])]))
    single = next(c for c in one.contents if isinstance(c, VerticalBarChart))
    assert not any(isinstance(c, PatternedBox) for c in _all(single.draw()))


def test_the_most_series_a_chart_draws_have_patterns_of_their_own_centred_in_thin_bars():
    """Six patterns for up to eight organisations had given the seventh the first one's (in colours of the
    same grey); lines started at a bar's edge had cut a thin bar into a bar and a sliver."""
    from workshop.export.chart_keys import HATCH_GAP, hatch, pattern_of
    from workshop.export.score_tables import SERIES_MAX

    assert len({pattern_of(i) for i in range(SERIES_MAX)}) == SERIES_MAX and pattern_of(0) == ("", HATCH_GAP)
    later = [pattern_of(i) for i in range(SERIES_MAX, 3 * SERIES_MAX)]
    assert all(kind for kind, _ in later) and len(set(later)) == len(later)  # none plain again, none repeated
    assert [a[0] for a, _ in hatch("|", HATCH_GAP, 0, 0, 5, 40)] == [2.5]  # one line, in the middle
    lines = [a[1] for a, _ in hatch("-", HATCH_GAP, 0, 0, 5, 10)]
    assert lines[0] - 0 == pytest.approx(10 - lines[-1])  # as far from the bottom as from the top


def _drawn(d: Drawing, draw) -> bytes:
    """The page a drawing gives when `draw(d)` paints it (reportlab's invariant output: no dates or ids)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    d.drawOn(canvas, 20, 20) if draw is None else draw(d, canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


_SERIES = [(f"Kommun {i}", [10 * i, 20, 30, None, 50, 60, 70, 80, 90]) for i in range(1, 6)]
_BUILDERS = {
    "radar": lambda: pdf_charts.radar(list("ABCDEFGHI"), _SERIES, names=[f"Område {c}" for c in "ABCDEFGHI"]),
    "bars": lambda: pdf_charts.grouped_bars(list("ABCDEFGHI"), _SERIES, value_max=100),
    "percent bars": lambda: pdf_charts.grouped_bars(["IT-drift", "Förändring", "Förvaltning"],
                                                    [("Potential", [0.6, 0.15, 0.25]), ("Idag", [0.4, 0.25, 0.35])],
                                                    value_max=1, percent=True, codes=["DR", "FH", "VH"]),
    "long names": lambda: pdf_charts.grouped_bars([f"{LONG} {i}" for i in range(3)], _SERIES[:2],
                                                  codes=["A", "B", "C"]),
    "scatter": lambda: pdf_charts.scatter([("S", 0.6, 21.0), ("1 Teknik", 0.4, 17.0), (WORD, 0.1, 3.0)],
                                          "Andel", "Summa"),
}


@pytest.mark.parametrize("build", _BUILDERS.values(), ids=_BUILDERS.keys())
@pytest.mark.parametrize("placed", [{}, {"hAlign": "CENTER"}, {"renderScale": 0.7}], ids=["plain", "centred", "scaled"])
def test_a_chart_works_out_its_shapes_once_and_draws_as_reportlab_would(build, placed, monkeypatch):
    """A report with a contents page is laid out two or three times: a chart's widgets (radar, bars,
    legend, scatter) work out their shapes at its first draw only, and every draw gives, byte for byte, what
    reportlab's own drawing of the same chart gives."""
    from reportlab.graphics.widgetbase import Widget

    ours, theirs = _drawing(build()), _drawing(build())
    assert isinstance(ours, pdf_charts.ChartDrawing)
    for d in (ours, theirs):
        d.__dict__.update(placed)

    def reportlab_own(d, canvas):  # Drawing.draw: the widgets work out their shapes as they are drawn
        d.wrapOn(canvas, 500, 800)
        d.canv = canvas
        canvas.saveState()
        canvas.translate(20, 20)
        Drawing.draw(d)
        canvas.restoreState()

    expected = _drawn(theirs, reportlab_own)
    worked_out = []
    original = Widget.provideNode
    monkeypatch.setattr(Widget, "provideNode", lambda self: worked_out.append(self) or original(self))
    first = _drawn(ours, None)
    after_first = len(worked_out)
    assert after_first > 0
    passes = [first, _drawn(ours, None), _drawn(ours, None)]
    assert len(worked_out) == after_first  # no widget worked out again
    assert passes == [expected] * 3


@pytest.mark.parametrize("markers", [False, True], ids=["bars", "radar"])
def test_a_key_s_name_follows_its_sign_at_the_legend_s_gap(markers):
    """Long series names go to a key under the chart: each name stands a few points after its sign, as in
    the chart's own legend (a bar's 3 mm box had sat at the left of a 9 mm column, its name 25 pt further
    on, so the names read as a list apart from their colours)."""
    from reportlab.graphics.shapes import Drawing as Shape

    from workshop.export.chart_keys import MarkedLine, PatternedBox

    series = [("Organisation " + "mycket långt namn " * 12 + str(i), [2.0, 3.0, 4.0]) for i in range(3)]
    chart = (pdf_charts.radar(["A", "B", "C"], series) if markers
             else pdf_charts.grouped_bars(["1", "2", "3"], series))
    assert isinstance(chart, Stack)
    key = chart.parts[-1]
    sign = key._cellvalues[0][0]
    assert isinstance(sign, Shape)
    drawn = sign.contents[0]
    assert isinstance(drawn, MarkedLine if markers else PatternedBox)
    padding = 2  # the key's cell padding, either side
    gap = key._colWidths[0] + padding - (padding + drawn.x + drawn.width)  # from the sign's right edge to its name
    assert 4 <= gap <= 10, gap
