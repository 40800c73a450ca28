"""Where things land on a PDF page: tables inside the margins and in one column edge, a table's header once
per page, headings never alone at a page's foot, the header line's two parts apart."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

import pytest
from pypdf import PdfReader

from hostile_text import hostile_engagement
from pdf_support import reader
from workshop.domain.meetings import AgendaItem
from workshop.domain.model import Person
from workshop.export import pdf_tables
from workshop.export.fonts import REGULAR
from workshop.export.minutes import render_minutes
from workshop.export.preread import render_preread
from workshop.export.styles import FRAME_PADDING, HEADER_GAP, MARGIN_X, PAGE


@pytest.fixture(scope="module")
def hostile():
    return hostile_engagement()


@pytest.fixture
def drawn(monkeypatch):
    """Every table piece drawn: (page, x, width, the table's header cell or None)."""
    pieces: list[tuple[int, float, float, object]] = []
    real = pdf_tables.PageTable.drawOn

    def record(self, canvas, x, y, _sW=0):
        header = self._cellvalues[0][0] if self.repeatRows else None  # the same cell in every piece of a table
        pieces.append((canvas.getPageNumber(), x, self._width, header))
        return real(self, canvas, x, y, _sW)

    monkeypatch.setattr(pdf_tables.PageTable, "drawOn", record)
    return pieces


@pytest.mark.parametrize("document", ["minutes", "preread"])
def test_tables_stay_inside_the_margins_on_one_left_edge_with_one_header_per_page(hostile, drawn, document):
    """Hostile minutes and pre-read (rows taller than a page, names of thousands of letters): every piece of
    every table starts at the text's left edge and ends inside the right margin (they had run 6 pt past the
    header's rule, continuations had been centred), and no table shows its header twice on one page (a row
    split on the page after a split between rows had repeated it mid-page)."""
    meeting = hostile.meetings[0].uid
    (render_minutes if document == "minutes" else render_preread)(hostile, meeting, "sv")
    assert len(drawn) >= 4
    left, right = MARGIN_X + FRAME_PADDING, PAGE[0] - MARGIN_X
    per_page: dict[tuple[int, int], int] = defaultdict(int)
    for page, x, width, header in drawn:
        assert x == pytest.approx(left, abs=0.5), (page, x)
        assert x + width <= right + 0.5, (page, x + width)
        if header is not None:
            per_page[(page, id(header))] += 1
    assert max(per_page.values()) == 1, {k: v for k, v in per_page.items() if v > 1}


def _pages_holding(pdf: bytes, *texts: str) -> list[int]:
    pages = [" ".join(p.extract_text().split()) for p in reader(pdf).pages]
    return [next(i for i, page in enumerate(pages) if text in page) for text in texts]


def test_the_agenda_heading_is_never_alone_at_the_foot_of_a_page(example):
    """However many attendees push the agenda down, "Dagordning" is on the page of its first item (its
    keep-with-next had held on to an empty page-break marker instead)."""
    m = example.meetings[0]
    first = dataclasses.replace(m.agenda[0], text="Första punkten på dagordningen", theme_title="")
    agenda = (first,) + tuple(dataclasses.replace(a, theme_title="") for a in m.agenda[1:])
    for extra in range(0, 40, 3):
        people = tuple(Person(name=f"Deltagare {i}", role="Roll") for i in range(extra))
        meeting = dataclasses.replace(m, agenda=agenda, attendee_uids=m.attendee_uids + tuple(p.uid for p in people))
        e = dataclasses.replace(example, people=example.people + people,
                                meetings=(meeting,) + example.meetings[1:])
        pdf = render_minutes(e, m.uid, "sv")
        heading, item = _pages_holding(pdf, "Dagordning", "1. Första punkten")
        assert heading == item, extra


def _decisions_together(e, m) -> bool:
    """Whether a page of the meeting's minutes holds the heading "Beslut" right above its first decision
    (the text a page holds runs on from the heading into the list; when the heading ends a page, the
    page's header and footer follow it instead)."""
    first = " ".join(m.decisions[0].text.split()[:4])
    pages = [" ".join(p.extract_text().split()) for p in reader(render_minutes(e, m.uid, "sv")).pages]
    return any(f"Beslut 1. {first}" in page for page in pages)


def test_a_list_s_heading_is_never_alone_at_the_foot_of_a_page(example):
    """However far the meeting's content pushes them down, "Beslut" is on the page of the first decision
    (a numbered list had been left out of the heading's keep-with-next: the heading stood alone at the
    foot of page 3 of the Gislaved minutes, the decision on page 4)."""
    held = [m for m in example.meetings if m.decisions]
    for m in held:
        assert _decisions_together(example, m), m.title
    m = held[0]
    for extra in range(0, 60, 3):
        people = tuple(Person(name=f"Deltagare {i}", role="Roll") for i in range(extra))
        meeting = dataclasses.replace(m, attendee_uids=m.attendee_uids + tuple(p.uid for p in people))
        e = dataclasses.replace(example, people=example.people + people,
                                meetings=tuple(meeting if x.uid == m.uid else x for x in example.meetings))
        assert _decisions_together(e, meeting), extra


def test_a_report_section_s_opening_sentence_stays_with_its_table(example):
    """"2.2 Avgränsningar" and "…samverka kring:" had ended page 4 with the table on page 5: a sentence that
    introduces a table keeps to it, and so does the heading above them."""
    from workshop.export.report import render_report

    pdf = render_report(example, "sv")
    heading, intro, first_row = _pages_holding(pdf, "2.2 Avgränsningar Följande", "samverka kring:",
                                               " ".join(example.scoped_out[0].text.split()[:3]))
    assert heading == intro == first_row


def _header_runs(pdf: bytes) -> list[tuple[float, str]]:
    """(x, text) of each piece of text in page 1's header band."""
    page = PdfReader(__import__("io").BytesIO(pdf)).pages[0]
    top = float(page.mediabox.height)
    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > top - 80:
            runs.append((tm[4] * cm[0] + cm[4], text))

    page.extract_text(visitor_text=visit)
    return runs


def test_a_long_title_in_the_page_header_stops_before_the_document_s_name(hostile):
    """In Swedish ("Underlag inför möte 2024-06-10") the cut engagement title had run 14 pt over the
    document's name on every page of a pre-read: the title now ends a gap before it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = render_preread(hostile, hostile.meetings[0].uid, "sv")
    runs = sorted(_header_runs(pdf))
    left_x, left = runs[0][0], runs[0][1].strip()
    right_x = min(x for x, _ in runs[1:] if x > left_x + 10)  # where the document's name begins
    assert left.endswith("…") and left_x == pytest.approx(MARGIN_X, abs=0.5)
    assert left_x + stringWidth(left, REGULAR, 8) + HEADER_GAP <= right_x + 0.5


def test_a_row_that_fits_a_page_moves_to_the_next_page_whole():
    """Twelve three-line rows with room for two and a bit: the table breaks after the second row and the
    third goes whole to the next page (it had been cut in two across the page break)."""
    from reportlab.lib.units import mm

    from workshop.export.pdf_tables import SPLIT_IN_ROW, cell, table_class
    from workshop.export.styles import FRAME_HEIGHT, make_styles

    st = make_styles()
    rows = [[cell("Rubrik", st["cell_head"])]] + [[cell(f"Rad {i} " + "ord " * 40, st["cell"])] for i in range(12)]
    table = table_class(FRAME_HEIGHT)(rows, colWidths=[60 * mm], repeatRows=1, splitInRow=SPLIT_IN_ROW)
    _, height = table.wrap(60 * mm, FRAME_HEIGHT)
    row = table._rowHeights[1]
    parts = table.split(60 * mm, table._rowHeights[0] + 2.6 * row)
    assert len(parts) == 2
    assert [len(p._cellvalues) for p in parts] == [3, 11]  # header + 2 rows; header + the other 10, none cut


def test_a_column_header_is_never_broken_inside_a_word(example, tmp_path):
    """The English changes table's 13 mm "Before" column printed "Befor" over "e"; the column now takes
    what its header's longest word needs from the column with most to spare (whose text wraps anyway)."""
    from reportlab.lib.units import mm

    from workshop.export.report_closing import CHANGE_WIDTHS
    from workshop.export.styles import make_styles
    from workshop.export.table_widths import column_needs, words_whole

    styles = make_styles()
    header = ["", "Subject", "Before", "After", "Change", "Rationale"]
    widths = words_whole(CHANGE_WIDTHS, column_needs(header, [], styles, set(), False), sum(CHANGE_WIDTHS))
    assert sum(widths) == pytest.approx(sum(CHANGE_WIDTHS)) and widths[2] > CHANGE_WIDTHS[2]
    assert widths[5] < CHANGE_WIDTHS[5] and widths[1] == CHANGE_WIDTHS[1]
    # One enormous word is not given a page's width: it stays broken, the other columns keep theirs.
    needs = column_needs(["x" * 100, "Text"], [], styles, set(), False)
    assert words_whole([20 * mm, 100 * mm], needs, 120 * mm) == [20 * mm, 100 * mm]
    joint = next(m for m in example.meetings if m.kind == "joint")
    text = "\n".join(page.extract_text() for page in reader(render_minutes(example, joint.uid, language="en")).pages)
    assert "Before" in text and "Befor\n" not in text


def test_a_total_row_never_stands_alone_on_a_page():
    """A table with a total (bold last row) that just overflows a page: the next page had held only the
    repeated header and "Summa" (the report's potential table). A table of ten rows now moves to the next
    page whole; a long one carries its last rows over with the total (at least three rows on a page)."""
    from workshop.export.pdf_tables import TABLE_MIN_ROWS
    from workshop.export.styles import TEXT_WIDTH, data_table, make_styles

    st = make_styles()
    for areas in (9, 29):
        rows = [[f"Område {i}", "10"] for i in range(areas)] + [["Summa", str(10 * areas)]]
        table = data_table(st, ["Område", "Poäng"], rows, [100, 60], bold_last=True)
        table.wrap(TEXT_WIDTH, 1000)
        heights = table._rowHeights
        parts = table.split(TEXT_WIDTH, sum(heights[:-1]) + 1)  # room for all but the total
        if areas == 9:
            assert parts == []
        else:
            first, rest = parts  # header + 27 areas; header + 2 areas + the total
            assert [len(first._cellvalues), len(rest._cellvalues)] == [1 + 30 - TABLE_MIN_ROWS, 1 + TABLE_MIN_ROWS]


def test_a_long_table_starts_under_its_heading_where_it_stands(example):
    """The joint minutes' criteria votes (28 rows, over a page) went whole to the next page with their
    heading, leaving 60 % of a page blank, though the table ran over two pages anyway; it starts below the
    potential scores now, and the heading still never stands alone at a page's foot."""
    joint = next(m for m in example.meetings if m.kind == "joint")
    pages = [page.extract_text() for page in reader(render_minutes(example, joint.uid, language="en")).pages]
    votes = next(i for i, text in enumerate(pages) if "Criteria votes\n" in text)
    assert "Potential scores" in pages[votes]
    after = pages[votes].split("Criteria votes\n", 1)[1]
    assert after.count("\n") > 8  # the table's header and rows follow it on that page


def _text_runs(pdf: bytes) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text on every page, in drawing order."""
    runs: list[tuple[float, float, str]] = []
    for page in reader(pdf).pages:
        def visit(text, cm, tm, font, size):
            if text.strip():
                runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
    return runs


def test_a_numbered_decision_s_lines_start_under_each_other(example):
    """A decision that wraps: its second line starts where its first line's text does, as in every list
    (the first line of "1. Utredningen föreslår…" had stood 3.5 pt right of the line under it, and with
    ten decisions or more, "10." pushed it further)."""
    from workshop.domain.meetings import Decision

    m = next(x for x in example.meetings if x.decisions)
    text = ("Utredningen föreslår ett inriktningsbeslut om samverkan enligt alternativ 1 och en förstudie med "
            "alla fem kommunerna under nästa år, Beslut{n}.")
    decisions = tuple(Decision(text=text.format(n=n)) for n in range(1, 12))
    meeting = dataclasses.replace(m, decisions=decisions)
    e = dataclasses.replace(example, meetings=tuple(meeting if x.uid == m.uid else x for x in example.meetings))
    runs = _text_runs(render_minutes(e, m.uid, "sv"))
    starts = [i for i, (_, _, t) in enumerate(runs) if t.startswith("Utredningen föreslår ett")]
    assert len(starts) == 11
    first_lines = {round(runs[i][0], 1) for i in starts}
    second_lines = {round(runs[i + 1][0], 1) for i in starts}
    assert len(first_lines) == 1 and first_lines == second_lines, (first_lines, second_lines)
    marks = [runs[i - 1] for i in starts]
    assert [t for _, _, t in marks] == [f"{n}." for n in range(1, 12)]
    assert all(x < min(first_lines) for x, _, _ in marks)


def test_a_title_s_long_word_is_never_broken_inside(example):
    """A report's title with a long Swedish compound ("informationssäkerhetssamordning", wider than the page
    at the cover's type) had been broken as "informationssäk / erhetssamordning" on the cover, a meeting's
    as much in its minutes and pre-read: the title's type is made smaller until its longest word fits. An
    ordinary title keeps its size."""
    from workshop.export.report import render_report

    def title_runs(pdf: bytes) -> list[tuple[str, float]]:
        page = reader(pdf).pages[0]
        runs: list[tuple[str, float]] = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                runs.append((text.strip(), size * tm[0]))

        page.extract_text(visitor_text=visit)
        return runs

    word = "informationssäkerhetssamordning"
    report = dataclasses.replace(example, info=dataclasses.replace(example.info, title=f"Utredning om {word}"))
    runs = title_runs(render_report(report, "sv"))
    assert any(text == word for text, _ in runs), runs[:6]
    plain = title_runs(render_report(example, "sv"))
    assert (example.info.title, 26) in [(t, round(s)) for t, s in plain]

    m = example.meetings[0]
    long_title = f"Arbetsmöte om {word}sfrågorna"
    meeting = dataclasses.replace(m, title=long_title)
    e = dataclasses.replace(example, meetings=(meeting,) + example.meetings[1:])
    for render in (render_minutes, render_preread):
        runs = title_runs(render(e, m.uid, "sv"))
        assert f"{word}sfrågorna" in [text for text, _ in runs], (render.__name__, runs[:8])
