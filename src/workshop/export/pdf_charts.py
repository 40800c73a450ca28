"""Charts drawn by reportlab itself, as vectors, so they stay sharp when printed.

Each function takes plain numbers and labels (computed by the domain) and
returns a Drawing, followed by a key table when names are too long to stand
in it (chart_keys). Every label is set to the shipped font: reportlab's chart
defaults are Helvetica, which would put an unembedded font into the PDF.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import ScatterPlot
from reportlab.graphics.shapes import Drawing, Group, Rect, String, UserNode
from reportlab.rl_config import _unset_
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from workshop.export.chart_keys import MUTED, MarkedLine, PatternedBox, shortened, swatch, too_long, with_key
from workshop.export.fonts import BOLD, REGULAR, register_fonts
from workshop.export.pdf_spider import GappedSpider
from workshop.export.text import one_line
from workshop.domain import numbers
from workshop.domain.gaps import NONE, gap_label, values_state
from workshop.export.wrapping import wrap_to_width

# The app's series colours (Okabe–Ito, then Tol's muted set: colour-blind safe), so printed charts match
# the screen (charts/palette.py holds the same list; export does not import the Qt layers).
SERIES = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#8C564B",
          "#882255", "#999933", "#AA4499", "#44AA99"]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "FilledStarFive", "FilledPentagon",
           "FilledHexagon", "FilledOctagon", "FilledCross", "Circle", "Square", "Diamond"]
GRID = colors.HexColor("#B0B0B0")
SCALE_INK = colors.HexColor("#6E6E6E")  # the radar's scale numbers: readable over the rings, quieter than a label
INK = colors.HexColor("#202020")
WIDTH = 160 * mm
MARKER_SIZE = 7  # a point on the feasibility map


def colour(i: int) -> colors.Color:
    """The i-th series colour (cycling)."""
    return colors.HexColor(SERIES[i % len(SERIES)])


def _shapes_of(node):
    """The node with every widget in it replaced by the shapes it provides, as reportlab's renderer replaces
    it at each draw (its own expandUserNodes copies every shape, and cannot copy a Line)."""
    while isinstance(node, UserNode):
        node = node.provideNode()
    if not isinstance(node, Group):
        return node
    group = Drawing(node.width, node.height) if isinstance(node, Drawing) else Group()
    group.__dict__.update((k, v) for k, v in node.__dict__.items() if k not in ("contents", "canv", "_shapes"))
    group.contents = [shape for shape in map(_shapes_of, node.contents) if shape is not None]
    return group


class ChartDrawing(Drawing):
    """A chart worked out into plain shapes once. A report with a contents page is laid out two or three
    times, and each time the charts' widgets (radar, bars, legends) worked out their shapes again: with a
    page per organisation, most of the report's time. The first draw keeps the shapes and every draw
    renders them; the PDF is the same."""

    def draw(self, showBoundary=_unset_):  # noqa: N803 (reportlab's name)
        from reportlab.graphics import renderPDF

        shapes = self.__dict__.get("_shapes")
        if shapes is None:
            shapes = self._shapes = _shapes_of(self)
        renderPDF.draw(shapes, self.canv, 0, 0,
                       showBoundary=showBoundary if showBoundary is not _unset_ else getattr(self, "_showBoundary",
                                                                                             _unset_))


def _drawing(height: float) -> Drawing:
    """A drawing whose renderer starts in the shipped font (its default would be Helvetica)."""
    d = ChartDrawing(WIDTH, height)
    d.initialFontName = REGULAR
    d.initialFontSize = 8
    return d


def _nothing_yet(text: str = "", height: float = 20 * mm) -> Drawing:
    """A chart with nothing to draw yet (no area, organisation or alternative: a report of an engagement
    just begun): where it will stand, under its caption, the sentence that says so (wrapped, centred), or a
    dash without one, instead of a failed document."""
    d = _drawing(height)
    lines = wrap(text, WIDTH - 20 * mm, 9) if text.strip() else []  # one_line: typed text stays one text
    if not lines:
        d.add(String(WIDTH / 2, height / 2, "–", fontName=REGULAR, fontSize=14, fillColor=GRID, textAnchor="middle"))
        return d
    d.height = height = max(height, len(lines) * 11 + 8 * mm)
    top = height / 2 + (len(lines) - 1) * 11 / 2 - 3
    for i, line in enumerate(lines):
        d.add(String(WIDTH / 2, top - i * 11, line, fontName=REGULAR, fontSize=9, fillColor=colors.HexColor("#555555"),
                     textAnchor="middle"))
    return d


def _empty(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]) -> bool:
    """Whether a chart has no category, no series or not one value to draw."""
    return not categories or not series or all(v is None for _, values in series for v in values)


def wrap(text: str, width: float, size: float, font: str = REGULAR) -> list[str]:
    """Text broken into lines no wider than `width` points at this size, at spaces where it can; a word
    longer than a line is split with a hyphen. Every character is kept: nothing is cut off with "…"."""
    return wrap_to_width(one_line(text), width, lambda t: stringWidth(t, font, size)) or [""]


def _key(d: Drawing, entries: Sequence[tuple[str, str]], x: float, top: float, width: float,
         size: float = 7.5) -> float:
    """A key of codes and what they stand for ("A  Drift, skötsel, …"), names wrapped, from `top` down;
    returns the y below the last line."""
    leading = size * 1.25
    code_width = max((stringWidth(code, BOLD, size) for code, _ in entries), default=0) + 4
    y = top
    for code, name in entries:
        y -= leading
        d.add(String(x, y, one_line(code), fontName=BOLD, fontSize=size, fillColor=INK))
        for i, line in enumerate(wrap(name, width - code_width, size)):
            if i:
                y -= leading
            d.add(String(x + code_width, y, line, fontName=REGULAR, fontSize=size, fillColor=INK))
        y -= leading * 0.25
    return y


LEGEND_NAME = 46 * mm  # a legend entry's name on one line at most this wide; longer, the legend goes to a key
LEGEND_ROW = 5 * mm  # the legend's row pitch, which the charts reserve per row
LEGEND_ROWS = 3  # more rows than this would take the chart's room: the legend goes to a key
LEGEND_GAP = 10  # pt between one legend entry's name and the next entry's swatch
BAR_LEGEND_SPACE = 9 * mm  # the height a bar chart's legend takes under its category names
LEGEND_SWATCH = 12  # pt of an entry before its name: the swatch (8) and the space after it (4)
MARKED_SWATCH = 20  # pt of a radar's entry before its name: its line with the marker (16) and the space (4)


def _legend_fits(names: Sequence[str], sign: float = LEGEND_SWATCH) -> bool:
    """Whether the legend stands inside the chart: every name on one line, in a few rows (`sign`: the pt
    of an entry before its name)."""
    return (not too_long(names, lambda n: len(wrap(n, LEGEND_NAME, 8)), most=1)
            and _legend_rows(names, sign=sign) <= LEGEND_ROWS)


def _legend_rows(names: Sequence[str], width: float = WIDTH, sign: float = LEGEND_SWATCH) -> int:
    """How many rows the legend inside the chart takes."""
    return -(-len(names) // _columns(names, width, sign)[1]) if names else 0


def _columns(names: Sequence[str], width: float, sign: float = LEGEND_SWATCH) -> tuple[float, int]:
    """The legend's column width (the longest name's) and how many columns fit."""
    column = max((stringWidth(one_line(n), REGULAR, 8) for n in names), default=0) + sign + LEGEND_GAP
    return column, max(1, int(width // column))


def _legend_key(names: Sequence[str], markers: bool, unsigned: frozenset[int] = frozenset()
                ) -> list[tuple[Flowable | str, str, bool]]:
    """The legend as a key under the chart: each series' colour and marker (radar) or pattern (bars) beside
    its name in full; nothing beside the name of one in `unsigned` (a series with no value, not drawn), its
    name greyed as in the legend."""
    return [("" if i in unsigned else swatch(colour(i), MARKERS[i % len(MARKERS)] if markers else None, i), n,
             i in unsigned) for i, n in enumerate(names)]


def _key_height(entries: Sequence[tuple[str, str]], width: float, size: float = 7.5) -> float:
    """How tall _key draws these entries."""
    code_width = max((stringWidth(code, BOLD, size) for code, _ in entries), default=0) + 4
    lines = sum(len(wrap(name, width - code_width, size)) for _, name in entries)
    return size * 1.25 * (lines + 0.25 * len(entries))


class _Legend(Legend):
    """reportlab's legend, with the names of the entries in `muted` (indices) greyed: a series not drawn."""

    _attrMap = AttrMap(BASE=Legend, muted=AttrMapValue(None, desc="indices of the entries whose names are greyed"))
    muted: frozenset[int] = frozenset()

    def draw(self) -> Group:
        g = super().draw()
        names = [c for c in g.contents if isinstance(c, String)]  # one per entry: every name is on one line
        if self.muted and len(names) == len(self.colorNamePairs):
            for i in self.muted:
                names[i].fillColor = MUTED
        return g


def _legend(names: Sequence[str], x: float, y: float, width: float = WIDTH, marked: bool = False,
            unsigned: frozenset[int] = frozenset()) -> Legend:
    """A legend in rows under the chart (names on one line: see _legend_fits), each column as wide as its
    own longest name and the next LEGEND_GAP on: columns all as wide as the longest name left a short
    name ("S") a wide gap beside it that the others did not have. `marked`: each series' sign is its line
    with its marker (a radar's), else a box of its colour and pattern (bars). The entries in `unsigned` (a
    series with no value, not drawn) have no sign and their names greyed."""
    texts = [one_line(n) for n in names]
    sign = MARKED_SWATCH if marked else LEGEND_SWATCH
    column, per_row = _columns(names, width, sign)
    legend = _Legend()
    legend.muted = unsigned
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.x, legend.y = x, y
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.variColumn = 1
    legend.columnMaximum = max(1, -(-len(texts) // per_row))
    legend.deltay = LEGEND_ROW
    legend.deltax = column
    legend.dx, legend.dy = sign - 4, 8
    legend.dxTextSpace = 4
    legend.autoXPadding = LEGEND_GAP
    legend.colorNamePairs = [(None if i in unsigned else MarkedLine(colour(i), MARKERS[i % len(MARKERS)]) if marked
                              else PatternedBox(colour(i), i), t) for i, t in enumerate(texts)]
    legend.strokeColor = None
    return legend


def _on_white(d: Drawing, label: String, points: Sequence[tuple[float, float]] = (), radius: float = 0) -> None:
    """A label over a white patch of its own size, so no grid line or data line crosses its letters; no patch
    where it would hide one of `points` (markers of `radius`): a point matters more than a line behind a name."""
    width = stringWidth(label.text, label.fontName, label.fontSize)
    left = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[label.textAnchor]
    bottom, height = label.y - label.fontSize * 0.25, label.fontSize * 1.1
    if not any(left - 1 - radius < x < left + width + 1 + radius and bottom - radius < y < bottom + height + radius
               for x, y in points):
        d.add(Rect(left - 1, bottom, width + 2, height, fillColor=colors.white, strokeColor=None, strokeWidth=0))
    d.add(label)


def _number(value: float, decimal_mark: str) -> str:
    """A value without needless decimals, with the document language's decimal mark ('2,5' in Swedish)."""
    return numbers.number(value, decimal_mark)


def radar(spokes: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], maximum: float = 100,
          height: float = 120 * mm, decimal_mark: str = ".", names: Sequence[str] | None = None,
          empty: str = "", gap_words: tuple[str, str] = ("{name}", "{name}"),
          references: Sequence[int] = ()) -> Flowable:
    """A spider chart: one spoke per category (area), one closed polygon per series (organisation).

    Grey rings at a quarter, half, three quarters and the maximum give the scale. With `names`, the
    spokes carry their codes and a key beside the chart gives each code's name in full (wrapped); a key
    taller than the chart goes under it, as do spoke labels over three lines (numbered) and a legend
    whose names do not stand on one line.

    A missing value (None) is a gap in its series' line, never 0: a series with no value is not drawn and its
    legend entry has no sign and its name greyed, in `gap_words`' first template ("{name} (ej bedömd)"); one
    with some missing says so in the second ("{name} (delvis bedömd)"), as the window's radars do. The series
    at `references` (a median) say nothing of their gaps.
    """
    register_fonts()
    if _empty(spokes, series):
        return _nothing_yet(empty)
    d = _drawing(height)
    legend_names = [gap_label(name, values, gap_words, reference=i in references)
                    for i, (name, values) in enumerate(series)]
    unsigned = frozenset(i for i, (_, values) in enumerate(series) if values_state(values) == NONE)
    in_legend = _legend_fits(legend_names, MARKED_SWATCH)
    rows = _legend_rows(legend_names, sign=MARKED_SWATCH) if in_legend else 0
    size = height - 30 * mm - rows * LEGEND_ROW
    keys: list[list] = []
    if names is None:  # spoke labels too long to stand around the radar: codes, and the key beside it
        spokes, key = shortened(spokes, lambda s: len(wrap(s, 62, 7.5)))
        names = [name for _, name in key] or None
    chart = GappedSpider()
    chart.x, chart.y = (WIDTH - size) / 2, 14 * mm + rows * LEGEND_ROW
    if names is not None:  # the radar on the left, the key on the right (under it when taller)
        entries = list(zip(spokes, names))
        key_x = 12 * mm + size + 16 * mm
        if _key_height(entries, WIDTH - key_x) <= size:
            chart.x = 12 * mm
            _key(d, entries, key_x, chart.y + size, WIDTH - key_x)
        else:
            keys.append(entries)
    chart.width = chart.height = size
    chart.labels = ["\n".join(wrap(s, 62, 7.5)) for s in spokes]
    data = [[None if v is None else float(v) for v in values] for _, values in series]
    rings = [[maximum * f] * len(spokes) for f in (0.25, 0.5, 0.75, 1.0)]
    chart.data = rings + data
    chart.spokes.strokeColor = GRID
    chart.spokes.strokeWidth = 0.4
    chart.spokeLabels.fontName = REGULAR
    chart.spokeLabels.fontSize = 7.5
    chart.spokeLabels.fillColor = INK
    chart.spokes.labelRadius = 1.08
    chart.strandLabels.fontName = REGULAR
    chart.strandLabels.fontSize = 7
    for i in range(len(rings)):
        chart.strands[i].strokeColor = GRID
        chart.strands[i].strokeWidth = 0.3
        chart.strands[i].fillColor = None
    for i in range(len(data)):
        strand = chart.strands[len(rings) + i]
        strand.strokeColor = colour(i)
        strand.fillColor = None
        strand.strokeWidth = 1.5 + 1.2 * (len(data) - 1 - i) / max(1, len(data) - 1)  # equal values stay visible
        strand.symbol = makeMarker(MARKERS[i % len(MARKERS)], size=4, fillColor=colour(i), strokeColor=colour(i))
    d.add(chart)
    for f in (0.25, 0.5, 0.75, 1.0):  # the scale, along the first (upward) spoke, above the data lines
        _on_white(d, String(chart.x + size / 2 + 2, chart.y + size / 2 + size / 2 * f - 8,
                            _number(maximum * f, decimal_mark), fontName=REGULAR, fontSize=6, fillColor=SCALE_INK))
    if in_legend:
        d.add(_legend(legend_names, 0, 6 * mm + rows * LEGEND_ROW, marked=True, unsigned=unsigned))
    else:
        keys.insert(0, _legend_key(legend_names, markers=True, unsigned=unsigned))
    return with_key(d, *keys)


def grouped_bars(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
                 value_max: float | None = None, value_step: float | None = None, percent: bool = False,
                 height: float = 70 * mm, decimal_mark: str = ".", codes: Sequence[str] | None = None,
                 empty: str = "", starred: Collection[tuple[int, int]] = ()) -> Flowable:
    """Vertical bars: one group per category, one bar per series, with the values on the bars.

    A category name wraps to its slot ("Systemförvaltning &" / "vidmakthållande"), never cut; one that
    would take more than three lines is given by its code (`codes`, else 1, 2, 3…) under the bars and in
    full in a key under the chart, as is the legend when its names do not stand on one line. The bars at
    `starred` (series index, category index) have "*" after their value ("9*"): the caller says what it
    means (a partial sum, in the caption), in a few characters a narrow bar has room for."""
    register_fonts()
    if _empty(categories, series):
        return _nothing_yet(empty)
    legend_names = [name for name, _ in series] if len(series) > 1 else []
    in_legend = _legend_fits(legend_names)
    extra = max(0, _legend_rows(legend_names) - 1) * LEGEND_ROW if in_legend else 0
    # The legend's row under the category names only when there is a legend there: without one, the
    # drawing is that much lower (its caption had stood 22 mm under the names).
    legend_space = BAR_LEGEND_SPACE if legend_names and in_legend else 0
    d = _drawing(height - BAR_LEGEND_SPACE + legend_space)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 13 * mm + legend_space + extra
    chart.width, chart.height = WIDTH - 18 * mm, height - 28 * mm - extra
    chart.data = [[0 if v is None else float(v) for v in values] for _, values in series] or [[0] * len(categories)]
    slot = chart.width / max(1, len(categories)) - 4
    categories, key = shortened(categories, lambda c: len(wrap(c, slot, 7.5)), codes=codes)
    keys: list[list] = [key]
    wrapped = ["\n".join(wrap(c, slot, 7.5)) for c in categories]
    lines = max((w.count("\n") + 1 for w in wrapped), default=1)
    if lines > 2:  # more room under the axis for the extra lines
        chart.y += (lines - 2) * 3.2 * mm
        chart.height -= (lines - 2) * 3.2 * mm
    chart.categoryAxis.categoryNames = wrapped
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = INK
        axis.strokeColor = GRID
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    if value_step is not None:
        chart.valueAxis.valueStep = value_step
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.3
    fmt = (lambda v: numbers.percent(v, decimal_mark)) if percent else (lambda v: _number(v, decimal_mark))
    chart.valueAxis.labelTextFormat = fmt
    # A value that is missing draws no bar and is labelled "–", never "0".
    chart.barLabelFormat = "values"
    chart.barLabelArray = ([[("–" if v is None else fmt(v) + "*" if (i, j) in starred else fmt(v))
                             for j, v in enumerate(values)] for i, (_, values) in enumerate(series)]
                           or [[""] * len(categories)])
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabels.fillColor = INK
    chart.groupSpacing = 8
    chart.barSpacing = 1
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = colour(i)
        chart.bars[i].strokeColor = None
        if len(chart.data) > 1:  # each series its pattern too (one series needs none: its colour says nothing)
            chart.bars[i].symbol = PatternedBox(colour(i), i)
    d.add(chart)
    if legend_names and in_legend:
        d.add(_legend(legend_names, 0, BAR_LEGEND_SPACE + extra))
    elif legend_names:
        keys.insert(0, _legend_key(legend_names, markers=False))
    return with_key(d, *keys)


def scatter(points: Sequence[tuple[str, float, float]], x_title: str, y_title: str, x_percent: bool = True,
            height: float = 80 * mm, decimal_mark: str = ".", empty: str = "") -> Flowable:
    """Labelled points on two axes (e.g. share of potential against sum of criteria scores). A name over
    one line of 40 mm numbers its point instead, and a key under the chart gives it in full."""
    register_fonts()
    if not points:  # (an empty grid had shown a made-up point at 0, 0)
        return _nothing_yet(empty)
    d = _drawing(height)
    plot = ScatterPlot()
    # The x axis' title 3 mm under its tick labels (it stood 8 mm under them, nearer the caption).
    d.height = height - 3 * mm
    plot.x, plot.y = 18 * mm, 13 * mm
    plot.width, plot.height = WIDTH - 30 * mm, height - 24 * mm
    plot.data = [[(x, y)] for _, x, y in points]
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = INK
        axis.strokeColor = GRID
        axis.visibleGrid = 1
        axis.gridStrokeColor = GRID
        axis.gridStrokeWidth = 0.3
    plot.xLabel = plot.yLabel = ""
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, 1 if x_percent else None
    if x_percent:
        plot.xValueAxis.valueStep = 0.2
        plot.xValueAxis.labelTextFormat = lambda v: numbers.percent(v, decimal_mark)
    ys = [y for _, _, y in points]
    plot.yValueAxis.valueMin = max(0, int(min(ys)) - 2)
    plot.yValueAxis.valueMax = int(max(ys)) + 2
    plot.yValueAxis.labelTextFormat = lambda v: _number(v, decimal_mark)
    plot.lineLabelFormat = None  # the points are named beside them instead
    plot.lineLabels.fontName = REGULAR
    plot.outerBorderOn = 0
    plot.background = None
    for i in range(len(plot.data)):
        plot.lines[i].strokeColor = colour(i)
        # A marker of its own per series: the collection's default symbol is shared, so colouring it
        # in place painted the first point in the last series' colour.
        plot.lines[i].symbol = makeMarker("Circle", size=MARKER_SIZE, fillColor=colour(i), strokeColor=colour(i))
    d.add(plot)
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    # The axes as the plot lays them out (it rounds the ends to whole steps: 10–23 becomes 10–25), so a name
    # stands beside its point; computed from the ends set above, it stood beside an empty spot.
    y_axis.setPosition(plot.x, plot.y, plot.height)
    y_axis.configure(plot.data)
    x_axis.setPosition(plot.x, plot.y, plot.width)
    x_axis.configure(plot.data)
    x_max = x_axis.valueMax or 1
    names, key = shortened([name for name, _, _ in points], lambda n: len(wrap(n, 40 * mm, 8)), most=1)
    where = [(x_axis.scale(x), y_axis.scale(y)) for _, x, y in points]
    for i, ((_, x, _y), name, (px, py)) in enumerate(zip(points, names, where)):
        text = one_line(name)
        # The name beside its point, clear of the marker (7 pt wide), level with it.
        if x / x_max > 0.8:  # near the right edge: name to the left of the point
            label = String(px - 10, py + 2, text, fontName=REGULAR, fontSize=8, fillColor=colour(i), textAnchor="end")
        else:
            label = String(px + 10, py + 2, text, fontName=REGULAR, fontSize=8, fillColor=colour(i))
        _on_white(d, label, where, radius=MARKER_SIZE / 2)
    d.add(String(plot.x + plot.width / 2, 3 * mm, one_line(x_title), fontName=REGULAR, fontSize=8,
                 fillColor=INK, textAnchor="middle"))
    label = String(0, 0, one_line(y_title), fontName=REGULAR, fontSize=8, fillColor=INK, textAnchor="middle")
    rotated = Group(label)
    rotated.rotate(90)
    rotated.translate(plot.y + plot.height / 2, -5 * mm)
    d.add(rotated)
    return with_key(d, key)
