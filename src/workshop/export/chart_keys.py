"""Names too long for a chart go under it, whole: the chart keeps short labels and a key beneath it names
each one in full.

A chart is a reportlab Drawing: fixed in size, never split across pages. Names drawn inside it have only
the room the chart leaves them: area names of 300 characters wrapped under a bar chart pushed its bars
into a strip, a legend of long organisation names ran over the caption, and a radar's key beside it ran
off the page. So a name that would need more than KEY_LINES lines where the chart has room for it (a
category under its bars, a legend entry on one line) is given as a code in the chart ("A", "1"), and a
key table under the chart gives the code, or the series' colour and marker, beside the name in full. The
key is an ordinary table: it wraps, breaks long words and splits across pages like every other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect
from reportlab.graphics.widgetbase import Widget
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isColor, isInt, isNumber, isString
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, TableStyle

from workshop.export.fonts import BOLD, REGULAR
from workshop.export.paragraph import Paragraph
from workshop.export.pdf_tables import SPLIT_IN_ROW, Stack, table_class
from workshop.export.styles import FRAME_HEIGHT
from workshop.export.text import one_line, para

KEY_LINES = 3  # a category name wrapped to more lines than this under its bars goes to the key
SIZE = 7.5
_STYLE = ParagraphStyle("chart_key", fontName=REGULAR, fontSize=SIZE, leading=SIZE * 1.25,
                        textColor=colors.HexColor("#202020"), splitLongWords=1)
_CODE = ParagraphStyle("chart_key_code", parent=_STYLE, fontName=BOLD)
MUTED = colors.HexColor("#6E6E6E")  # a legend's name of a series with no value (not drawn), as the window greys it
_MUTED_STYLE = ParagraphStyle("chart_key_muted", parent=_STYLE, textColor=MUTED)


def too_long(names: Sequence[str], lines: Callable[[str], int], most: int = KEY_LINES) -> bool:
    """Whether any name needs more than `most` lines (`lines`: how many it wraps to where the chart has room)."""
    return any(lines(n) > most for n in names)


def shortened(names: Sequence[str], lines: Callable[[str], int], most: int = KEY_LINES,
              codes: Sequence[str] | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """The labels a chart shows and the key under it: the names themselves and no key when each takes at
    most `most` lines (`lines`: how many it wraps to where the chart has room); else codes, with each name
    in full in the key. The codes are `codes` when there is one per name and each fits one line, else
    1, 2, 3…"""
    if not too_long(names, lines, most):
        return list(names), []
    if codes is None or len(codes) != len(names) or too_long(codes, lines, 1):
        codes = [str(i) for i in range(1, len(names) + 1)]
    return list(codes), list(zip(codes, names))


class MarkedLine(Widget):
    """A series' sign as a radar draws it: a short line in its colour with its marker in the middle. Its
    shape tells the series apart where the colours do not (printed in greyscale): a legend's square
    swatches had all come out the same grey. Placed by a reportlab Legend (x, y, width, height set)."""

    _attrMap = AttrMap(
        x=AttrMapValue(isNumber), y=AttrMapValue(isNumber), width=AttrMapValue(isNumber),
        height=AttrMapValue(isNumber), colour=AttrMapValue(isColor), marker=AttrMapValue(isString),
    )

    def __init__(self, colour: colors.Color, marker: str, width: float = 9 * mm, height: float = 3 * mm):
        self.x, self.y, self.width, self.height = 0, 0, width, height
        self.colour, self.marker = colour, marker

    def draw(self) -> Group:
        middle = self.y + self.height / 2
        return Group(Line(self.x, middle, self.x + self.width, middle, strokeColor=self.colour, strokeWidth=1.5),
                     makeMarker(self.marker, x=self.x + self.width / 2, y=middle, size=5, fillColor=self.colour,
                                strokeColor=self.colour))


HATCH_GAP = 4.0  # pt between two lines of a bar's hatching
HATCH_WIDTH = 0.6  # pt


class PatternedBox(Widget):
    """A bar (or its legend box) filled with its series' colour and, from the second series on, thin white
    lines of the series' own pattern: printed in greyscale, bars of alternatives whose colours come out the
    same grey are told apart by their pattern (the first series plain, then /, —, \\, |, ×, +, dense /).
    Placed by a reportlab bar chart or Legend (x, y, width, height set)."""

    _attrMap = AttrMap(
        x=AttrMapValue(isNumber), y=AttrMapValue(isNumber), width=AttrMapValue(isNumber),
        height=AttrMapValue(isNumber), colour=AttrMapValue(isColor), pattern=AttrMapValue(isInt),
    )

    def __init__(self, colour: colors.Color, pattern: int = 0, width: float = 3 * mm, height: float = 3 * mm):
        self.x, self.y, self.width, self.height = 0, 0, width, height
        self.colour, self.pattern = colour, pattern

    def draw(self) -> Group:
        x0, y0 = min(self.x, self.x + self.width), min(self.y, self.y + self.height)
        x1, y1 = max(self.x, self.x + self.width), max(self.y, self.y + self.height)
        if x1 - x0 < 1e-6 or y1 - y0 < 1e-6:  # a missing value's bar: nothing (reportlab drew none either)
            return Group()
        group = Group(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=self.colour, strokeColor=None, strokeWidth=0))
        segments = hatch(*pattern_of(self.pattern), x0, y0, x1, y1)
        if segments:  # one path for all of them: a line each had made a report with many bars a third slower
            lines = Path(strokeColor=colors.white, strokeWidth=HATCH_WIDTH, fillColor=None)
            for (ax, ay), (bx, by) in segments:
                lines.moveTo(ax, ay)
                lines.lineTo(bx, by)
            group.add(lines)
        return group


# The first series plain, then seven patterns: eight, as many as the most series a chart draws one by one
# (score_tables.SERIES_MAX); beyond, the seven come round again with their lines further apart.
PATTERNS = ("", "/", "-", "\\", "|", "x", "+", "//")


def pattern_of(index: int) -> tuple[str, float]:
    """The index-th series' pattern and the gap between its lines."""
    if index <= 0:
        return "", HATCH_GAP
    round_, kind = divmod(index - 1, len(PATTERNS) - 1)
    return PATTERNS[1 + kind], HATCH_GAP * (1 + round_)


def _spread(lo: float, hi: float, step: float) -> list[float]:
    """Positions about `step` apart across lo…hi, centred: as far from one end as from the other (lines started
    at one edge had cut a thin bar into a bar and a sliver), and one in the middle when it is narrower."""
    count = max(1, round((hi - lo) / step))
    return [lo + (i + 0.5) * (hi - lo) / count for i in range(count)]


def hatch(kind: str, gap: float, x0: float, y0: float, x1: float, y1: float) -> list:
    """The line segments of a pattern inside a box, ends on its edges: "/", "\\" (45°), "-", "|", "x" and "+"
    (both of a pair, wider apart), "//" (/ twice as close) or "" for none."""
    if x1 - x0 < 1e-6 or y1 - y0 < 1e-6:
        return []
    if kind in ("x", "+"):
        one, other = ("/", "\\") if kind == "x" else ("-", "|")
        return hatch(one, gap * 1.5, x0, y0, x1, y1) + hatch(other, gap * 1.5, x0, y0, x1, y1)
    if kind == "//":
        return hatch("/", gap / 2, x0, y0, x1, y1)
    if kind == "-":
        return [((x0, y), (x1, y)) for y in _spread(y0, y1, gap)]
    if kind == "|":
        return [((x, y0), (x, y1)) for x in _spread(x0, x1, gap)]
    segments: list = []
    step = gap * 2 ** 0.5  # lines at 45°, `gap` apart
    if kind == "/":  # y = x + k, k from the bottom right corner to the top left one
        for k in _spread(y0 - x1, y1 - x0, step):
            lo, hi = max(x0, y0 - k), min(x1, y1 - k)
            if hi - lo > 1e-6:
                segments.append(((lo, lo + k), (hi, hi + k)))
    elif kind == "\\":  # y = -x + k
        for k in _spread(y0 + x0, y1 + x1, step):
            lo, hi = max(x0, k - y1), min(x1, k - y0)
            if hi - lo > 1e-6:
                segments.append(((lo, k - lo), (hi, k - hi)))
    return segments


def swatch(colour: colors.Color, marker: str | None = None, pattern: int = 0) -> Drawing:
    """A legend entry's sign as the chart draws the series: its line with its marker (radar), or a box of its
    colour and pattern (bars, when there is no marker)."""
    # As wide as the sign it draws: a bar's 3 mm box in a 9 mm drawing had left 25 pt between it and its
    # name in the key, three times the gap in the chart's own legend.
    d = Drawing(3 * mm if marker is None else 9 * mm, 3 * mm)
    d.initialFontName = REGULAR  # else its renderer sets Helvetica, left unembedded in the PDF
    if marker is None:
        d.add(PatternedBox(colour, pattern))
        return d
    d.add(MarkedLine(colour, marker))
    return d


def key_table(entries: Sequence[tuple[Flowable | str, str] | tuple[Flowable | str, str, bool]],
              width: float) -> Flowable:
    """Code (or swatch) and name, one row each; names wrapped and shown literally. An entry whose third item
    is true has its name greyed (a series with no value, not drawn), as the chart's own legend greys it."""
    sign_width = max((e[0].width for e in entries if isinstance(e[0], Flowable)), default=0)
    codes = [one_line(e[0]) for e in entries if not isinstance(e[0], Flowable)]
    sign_width = max([sign_width, *(stringWidth(c, BOLD, SIZE) for c in codes)]) + 8
    sign_width = min(sign_width, width / 3)
    rows = [[sign if isinstance(sign, Flowable) else Paragraph(para(one_line(sign)), _CODE),
             Paragraph(para(one_line(name)), _MUTED_STYLE if greyed and greyed[0] else _STYLE)]
            for sign, name, *greyed in entries]
    table = table_class(FRAME_HEIGHT)(rows, colWidths=[sign_width, width - sign_width], hAlign="CENTER",
                                      splitInRow=SPLIT_IN_ROW)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, SIZE),  # a table otherwise sets Helvetica around each cell (unembedded)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def with_key(drawing: Drawing, *keys: Sequence[tuple[Flowable | str, str]]) -> Flowable:
    """The chart, then its keys (those not empty) under it; the chart alone when it needs none."""
    tables = [key_table(k, drawing.width) for k in keys if k]
    if not tables:
        return drawing
    stack = Stack([drawing, *[p for t in tables for p in (Spacer(1, 1 * mm), t)]])
    stack.hAlign = "CENTER"  # where the chart alone stands
    return stack

