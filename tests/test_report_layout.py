"""Where the report's tables break: a short table stands whole on one page with its heading, a long one
leaves at least a few rows on each page."""

from __future__ import annotations

from collections import defaultdict

import pytest

from pdf_support import reader, words
from workshop.export import pdf_tables
from workshop.export.minutes import render_minutes
from workshop.export.report import render_report
from workshop.export.styles import FRAME_HEIGHT

SMALL_TABLE_ROWS = 15  # a table of up to this many rows is read in one piece
TABLE_MIN_ROWS = 3  # a longer one leaves at least this many on each page


def _pages(pdf: bytes) -> list[str]:
    return [words(page.extract_text()) for page in reader(pdf).pages]


def _page_of(pages: list[str], text: str) -> int:
    """The first page holding the text after the contents (page 2)."""
    return next(i for i, page in enumerate(pages) if text in page and i > 1)


@pytest.fixture
def drawn(monkeypatch):
    """Every piece of a table with a header row drawn: (page, (canvas, its header cell), its body rows). Every
    piece of one table repeats the same header cell, which tells its pieces from other tables'; a report is
    laid out twice (the contents' page numbers), on one canvas each."""
    pieces: list[tuple[int, tuple[object, object], int]] = []
    real = pdf_tables.PageTable.drawOn

    def record(self, canvas, x, y, _sW=0):
        if self.repeatRows:
            pieces.append((canvas.getPageNumber(), (canvas, self._cellvalues[0][0]),
                           len(self._cellvalues) - self.repeatRows))
        return real(self, canvas, x, y, _sW)

    monkeypatch.setattr(pdf_tables.PageTable, "drawOn", record)
    return pieces


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_potential_per_organisation_table_stands_whole_on_one_page_under_its_heading(example, language):
    """Its ten rows had split nine and one ("I" and "Summa" alone on page 6, under a repeated header): a
    table of a few rows moves to the next page whole, with its heading and the sentence that introduces it."""
    pdf = render_report(example, language)
    pages = _pages(pdf)
    title = "Potential per område och organisation" if language == "sv" else "Potential per area and organisation"
    total = "Summa" if language == "sv" else "Sum"
    heading = _page_of(pages, f"{title} {title} (")  # the sub-heading, then the sentence that repeats it
    first_row = _page_of(pages, "A 95 100 90 95 85 465")
    last_row = _page_of(pages, "I 10 10 5 10 10 45")
    total_row = _page_of(pages, f"{total} 300 340 250 305 305 1500")
    assert heading == first_row == last_row == total_row


def _table_pieces(pieces) -> dict[tuple[int, int], list[tuple[int, int]]]:
    tables: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for page, (canvas, header), rows in pieces:  # the list holds both alive: their ids stay theirs
        tables[(id(canvas), id(header))].append((page, rows))
    return tables


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_short_table_is_split_and_a_long_one_leaves_rows_on_each_page(example, drawn, language):
    """In the report and in every meeting's minutes: a table of up to SMALL_TABLE_ROWS rows is drawn in one
    piece, and each piece of a longer one holds at least TABLE_MIN_ROWS rows (under its repeated header)."""
    render_report(example, language)
    for m in example.meetings:
        render_minutes(example, m.uid, language)
    tables = _table_pieces(drawn)
    assert len(tables) > 20
    split = 0
    for pieces in tables.values():
        rows = sum(r for _, r in pieces)
        if rows <= SMALL_TABLE_ROWS:
            assert len(pieces) == 1, pieces
        else:
            split += len(pieces) > 1
            assert all(r >= TABLE_MIN_ROWS for _, r in pieces), pieces
            assert [p for p, _ in pieces] == list(range(pieces[0][0], pieces[0][0] + len(pieces))), pieces
    assert split  # the joint minutes' 28 criteria votes still run over two pages


def test_a_long_table_leaves_at_least_a_few_rows_on_each_side_of_a_page_break():
    """A 40-row table with room for one row (or for all but one) on the first page: it starts on the next
    page, or leaves its last rows together with the one before them, never one row alone."""
    from workshop.export.styles import TEXT_WIDTH, data_table, make_styles

    st = make_styles()
    rows = [[f"Rad {i}", str(i)] for i in range(40)]
    table = data_table(st, ["Text", "Tal"], rows, [100, 60])
    table.wrap(TEXT_WIDTH, FRAME_HEIGHT)
    heights = table._rowHeights
    assert table.split(TEXT_WIDTH, sum(heights[:2]) + 1) == []  # header and one row: all to the next page
    first, rest = table.split(TEXT_WIDTH, sum(heights[:-1]) + 1)  # room for all but the last row
    assert len(rest._cellvalues) - 1 == TABLE_MIN_ROWS and len(first._cellvalues) - 1 == 40 - TABLE_MIN_ROWS
    first, rest = table.split(TEXT_WIDTH, sum(heights[:21]) + 1)  # half of it: split where the room ends
    assert [len(first._cellvalues), len(rest._cellvalues)] == [21, 21]
