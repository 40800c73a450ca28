"""Tables in the PDFs that fit the page whatever they hold.

A table wider than the text column is split into several tables, each repeating the leading
(key) columns, instead of being squeezed until its columns are narrower than their padding (which
made reportlab fail with "negative availWidth" from 46 organisations up). A row taller than a page
(a long note, a 10,000-character word) is split across pages instead of failing the document, and
a long unbroken word breaks inside its cell (the cell styles' splitLongWords).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from workshop.export.fonts import REGULAR
from workshop.export.paragraph import Paragraph
from workshop.export.table_widths import CELL_PADDING, column_needs, words_whole
from workshop.export.text import para

MIN_COLUMN = 13 * mm  # narrowest column: "100" or a four-letter code in bold 8.5 pt, with its padding
SPLIT_IN_ROW = 24  # a row taller than the page may be split, leaving at least two lines on each side
PART_GAP = 4 * mm
HEADER_MAX = 200


TABLE_SPACE_AFTER = 6  # pt between a table and the text under it (a comment had sat on its bottom rule)

def cell(value: object, style: ParagraphStyle) -> Flowable:
    """A table cell that wraps, showing user text literally."""
    if isinstance(value, Flowable):
        return value
    return Paragraph(para("" if value is None else value), style)


class Stack(Flowable):
    """Flowables laid out one under the other as one (table parts, long list items); split between them,
    or inside the first that does not fit."""

    def __init__(self, parts: Sequence[Flowable]):
        super().__init__()
        self.hAlign = "LEFT"  # as the tables it holds (a Flowable is centred by default)
        self.parts = list(parts)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        self._sizes = [p.wrapOn(self.canv, avail_width, avail_height) for p in self.parts]
        self.width = max((w for w, _ in self._sizes), default=0)
        self.height = sum(h for _, h in self._sizes)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        # The first part goes here whole or split (the frame needs the first piece to fit); the rest follow.
        if not self.parts:
            return []
        first, rest = self.parts[0], self.parts[1:]
        _, h = first.wrapOn(self.canv, avail_width, avail_height)
        if h <= avail_height:
            return [first] + ([Stack(rest)] if rest else [])
        pieces = first.splitOn(self.canv, avail_width, avail_height)
        return pieces + rest if pieces else []

    def draw(self):
        y = self.height
        for part, (_, h) in zip(self.parts, self._sizes):
            y -= h
            part.drawOn(self.canv, 0, y)


class PageTable(Table):
    """A table that breaks between rows, and splits a row only when it can never fit a page (with the header
    above it): then where the row stands, and always.

    reportlab splits a row only when at least SPLIT_IN_ROW points go on each side; a row a few points
    short of the page's height left less than that over and failed the document. Pieces are made by
    reportlab as this same class, so they keep the rule, and keep the table's left edge.
    """

    page_height = 0.0  # the frame's height (set per document layout by table_class)

    def split(self, avail_width, avail_height):
        rule = self.splitInRow
        parts = self._split(avail_width, avail_height)
        for part in parts:
            part.hAlign = self.hAlign  # reportlab makes the pieces centred: a table's continuation jumped sideways
            if isinstance(part, PageTable):
                part.splitInRow = rule
        return parts

    def _split(self, avail_width, avail_height):
        if self.splitInRow > 1 and self.page_height:
            self._calc(avail_width, avail_height)
            n = self._getFirstPossibleSplitRowPosition(avail_height)
            if n < len(self._rowHeights):
                if sum(self._rowHeights[: self.repeatRows]) + self._rowHeights[n] > self.page_height:
                    # A row taller than a page is split here, where its first lines fit: split between rows
                    # first, it was tried again below on the same page and split there under a second header.
                    in_row = self._splitRows(avail_height, doInRowSplit=1)
                    if len(in_row) > 1:
                        return in_row
                else:  # a row that fits a page is never cut: it moves to the next page whole
                    rule, self.splitInRow = self.splitInRow, 0
                    try:
                        return super().split(avail_width, avail_height)
                    finally:
                        self.splitInRow = rule
        parts = super().split(avail_width, avail_height)
        if parts or self.splitInRow <= 1 or not self.page_height:
            return parts
        if sum(self._rowHeights[: self.repeatRows + 1]) <= self.page_height:
            return parts  # it fits a fresh page: let it move there
        self.splitInRow = 1
        try:
            return super().split(avail_width, avail_height)
        finally:
            self.splitInRow = SPLIT_IN_ROW


@functools.cache
def table_class(page_height: float) -> type[PageTable]:
    """PageTable for a frame this high."""
    return type("PageTable", (PageTable,), {"page_height": page_height})


SMALL_TABLE_ROWS = 15  # a table of up to this many rows (below its header) is read in one piece
TABLE_MIN_ROWS = 3  # a longer one split at a page's foot leaves at least this many rows on each page


class RowsKept:
    """Where a data table may break between pages (mixed into its PageTable class, whose pieces reportlab
    makes as the same class, so they keep the rule).

    A table of up to SMALL_TABLE_ROWS rows that fits a page is not split: it moves to the next page whole
    (with the heading, caption or opening sentence kept to it): the report's ten-row potential table had put
    its last area and its total alone on the next page. A longer one breaks between rows under its repeated
    header, leaving at least TABLE_MIN_ROWS rows on each page: it starts on the next page rather than show
    one or two rows here, and breaks earlier rather than carry one or two over. A row taller than a page is
    split as PageTable splits it, whatever it leaves."""

    kept_above = 0.0  # the height of the heading and sentence kept with it (set by styles.KeepWithStart)

    def split(self, avail_width, avail_height):
        head = self.repeatRows
        body = len(self._cellvalues) - head
        if body <= SMALL_TABLE_ROWS:  # (a long table's rows are measured once, by the split itself)
            self._calc(avail_width, avail_height)
            if sum(self._rowHeights) + self.kept_above <= self.page_height:
                return []  # the frame moves it to the next page whole (with its heading, KeepWithStart)
        parts = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return parts
        heights = list(self._rowHeights)  # as the split measured them
        rows = [len(part._cellvalues) - head for part in parts]
        if sum(rows) != body:  # a row taller than a page was cut where it stands
            return parts
        if rows[0] < TABLE_MIN_ROWS:
            return [] if sum(heights[: head + TABLE_MIN_ROWS]) <= self.page_height else parts
        if rows[1] < TABLE_MIN_ROWS and body >= 2 * TABLE_MIN_ROWS:
            here = sum(heights[: head + body - TABLE_MIN_ROWS]) + 0.01  # room for all but the last few rows
            earlier = super().split(avail_width, here)
            if len(earlier) == 2 and len(earlier[0]._cellvalues) - head >= TABLE_MIN_ROWS:
                return earlier
        return parts


@functools.cache
def data_table_class(page_height: float) -> type[PageTable]:
    """A data table's class for a frame this high: PageTable with RowsKept's rule of where it breaks."""
    return type("DataTable", (RowsKept, table_class(page_height)), {})


def column_parts(widths: Sequence[float], keep: int, room: float) -> list[tuple[list[int], list[float]]]:
    """The columns of each part and their widths. All in one part when they fit `room`, scaled down if
    need be by at most a fifth (or to MIN_COLUMN); else the first `keep` columns repeated in every part
    beside as many of the others as fit, each at least MIN_COLUMN wide."""
    widths = list(widths)
    total = sum(widths)
    if total <= room:
        return [(list(range(len(widths))), widths)]
    scale = room / total
    if all(w * scale >= min(w * 0.8, MIN_COLUMN) for w in widths):
        return [(list(range(len(widths))), [w * scale for w in widths])]
    keep = min(keep, len(widths) - 1)
    lead = [max(MIN_COLUMN, w) for w in widths[:keep]]
    if sum(lead) > room / 2:  # long key columns leave room for at least as much data beside them
        lead = [max(MIN_COLUMN, w * room / 2 / sum(lead)) for w in lead]
    free = room - sum(lead)
    width = {c: max(MIN_COLUMN, min(widths[c], free)) for c in range(keep, len(widths))}
    parts: list[list[int]] = []
    used = 0.0
    for c in range(keep, len(widths)):
        if parts and parts[-1] and used + width[c] <= free:
            parts[-1].append(c)
            used += width[c]
        else:
            parts.append([c])
            used = width[c]
    return [(list(range(keep)) + columns, lead + [width[c] for c in columns]) for columns in parts]


def _header_text(value: object) -> object:
    """A column header, cut to HEADER_MAX characters: a header row repeats on every page and cannot
    split, so one taller than a page would fail the document (the full text is in the rows or elsewhere)."""
    if isinstance(value, str) and len(value) > HEADER_MAX:
        return value[: HEADER_MAX - 1] + "…"
    return value


def _style_commands(rows: int, bold_last: bool, head_bg, accent, rule, zebra) -> list:
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),  # tables otherwise set Helvetica around each cell
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, accent),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, rule),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), zebra) for r in range(2, rows + 1, 2)]
    if bold_last and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, accent))
    if bold_last and rows > 1:  # the total stays with the row above it (it had stood alone under a repeated header)
        commands.append(("NOSPLIT", (0, -2), (-1, -1)))
    return commands


def build_table(
    styles: Mapping[str, ParagraphStyle],
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    room: float,
    page_height: float,
    colours: Mapping[str, object],
    right: Sequence[int] = (),
    bold_last: bool = False,
    keep: int = 1,
) -> Flowable:
    """The table (or, when too wide, a Stack of tables split by columns) with wrapping cells."""
    right = set(right)

    def row_cells(r: int, row: Sequence[object], columns: list[int]) -> list[Flowable]:
        # Fresh cells for each part: a flowable is laid out in one place only.
        if r < 0:
            return [cell(_header_text(row[c]), styles["cell_head_right"] if c in right else styles["cell_head"])
                    for c in columns]
        last = bold_last and r == len(rows) - 1
        return [cell(row[c], styles["cell_right"] if c in right else (styles["cell_bold"] if last else styles["cell"]))
                for c in columns]

    tables: list[Flowable] = []
    needs = column_needs([_header_text(h) for h in header], rows, styles, right, bold_last)
    for columns, part_widths in column_parts(widths, keep, room):
        part_widths = words_whole(part_widths, [needs[c] for c in columns], room)
        data = [row_cells(-1, header, columns)] + [row_cells(r, row, columns) for r, row in enumerate(rows)]
        table = data_table_class(page_height)(data, colWidths=part_widths, repeatRows=1, hAlign="LEFT",
                                              splitInRow=SPLIT_IN_ROW)
        table.setStyle(TableStyle(_style_commands(len(rows), bold_last, colours["head_bg"], colours["accent"],
                                                  colours["rule"], colours["zebra"])))
        if tables:
            tables.append(Spacer(1, PART_GAP))
        tables.append(table)
    whole = tables[0] if len(tables) == 1 else Stack(tables)
    whole.spaceAfter = TABLE_SPACE_AFTER
    return whole
