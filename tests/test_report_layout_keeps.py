"""A heading keeps only to the start of what follows it, not to a whole block: the report's 3.3.1 had left
the foot of a page blank when its pros list went whole to the next page."""

from __future__ import annotations

import re

import pytest

from pdf_support import reader, words
from workshop.export.report import render_report
from workshop.export.styles import FRAME_HEIGHT


def _pages(pdf: bytes) -> list[str]:
    return [words(page.extract_text()) for page in reader(pdf).pages]


def _page_of(pages: list[str], text: str) -> int:
    """The first page holding the text after the contents (page 2)."""
    return next(i for i, page in enumerate(pages) if text in page and i > 1)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_alternative_s_pros_start_on_the_page_of_its_heading(example, language):
    """3.3.1's description ended half-way down page 6 and its pros, cons and score table went whole to page
    7, leaving 40 % of page 6 blank: a heading or label keeps only to the start of what follows it, and a
    list runs on over the page break."""
    pages = _pages(render_report(example, language))
    alt = example.alternatives[0]
    heading = _page_of(pages, f"3.3.1 {'Alternativ' if language == 'sv' else 'Alternative'} {alt.code}")
    pros = _page_of(pages, f"{'Fördelar' if language == 'sv' else 'Pros'}: • {words(alt.pros[0])}")
    assert pros == heading


@pytest.mark.parametrize("kind", ["list", "paragraph"])
def test_a_heading_at_a_page_s_foot_keeps_to_the_first_lines_not_to_the_whole_block(kind):
    """A third of a page left, a heading and a block of half a page (a list of 20 points, a paragraph of
    20 lines): the heading and the block's first lines fill the foot of the page and the rest runs on (the
    whole block had moved to the next page, leaving the third blank)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from workshop.export.minutes import bullets
    from workshop.export.styles import PageFrame, make_styles, render_pdf

    st = make_styles()
    texts = [f"Punkt {i:02d} " + "ord " * 8 for i in range(20)]
    block = bullets(texts, st["bullet"]) if kind == "list" else Paragraph(" ".join(texts * 3), st["body"])
    story = [Spacer(1, FRAME_HEIGHT * 2 / 3), Paragraph("Rubriken", st["h3"]), block]
    pages = _pages(render_pdf(story, PageFrame("", "", "{page}/{pages}"), {}))
    assert len(pages) == 2
    assert re.search(r"Rubriken •? ?Punkt 00", pages[0]) and "Punkt 19" in pages[1]
    assert len(pages[0].split("Rubriken", 1)[1].split()) > 20  # lines of the block under it, not one


def test_a_short_table_too_tall_to_go_with_its_heading_starts_under_it():
    """A heading, its sentence and a 13-row table of 0.9 page: the table alone fits a page, so it would not
    split, but with its heading it never fits one. It stood alone on the next page, the heading and
    sentence alone on theirs: it starts under its heading and runs on."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    from workshop.export.styles import TEXT_WIDTH, PageFrame, data_table, make_styles, render_pdf

    st = make_styles()
    rows = [[f"Rad {i:02d}", "Lång kommentar " * 14] for i in range(13)]
    table = data_table(st, ["Namn", "Kommentar"], rows, [30 * mm, 140 * mm])
    _, height = table.wrap(TEXT_WIDTH, FRAME_HEIGHT)
    assert 0.8 * FRAME_HEIGHT < height < FRAME_HEIGHT  # the table alone fits a page, with its heading it does not
    story = [Paragraph("Före", st["body"]), Paragraph("Rubriken", st["h3"]),
             Paragraph("En mening som leder in tabellen.", st["lead"]), table]
    pages = _pages(render_pdf(story, PageFrame("", "", "{page}/{pages}"), {}))
    heading = _page_of(["", "", *pages], "Rubriken") - 2
    assert "Rad 00" in pages[heading]  # the table's first rows under its heading, not on the next page
    assert "Rad 12" in " ".join(pages)
