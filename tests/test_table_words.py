"""Names in the PDFs' narrow table columns stay whole words: a column is widened to its longest word where
the page and the other columns allow."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.units import mm

from pdf_support import reader
from workshop.domain.model import Organisation, PotentialScore
from workshop.domain.agenda import carried_over
from workshop.export.minutes import render_minutes
from workshop.export.report import render_report
from workshop.export.styles import TEXT_WIDTH, make_styles
from workshop.export.table_widths import column_needs, words_whole


def _lines(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def test_an_owner_s_name_is_whole_in_the_carried_over_actions(example):
    """The minutes' open items from earlier meetings had printed "Åsa Öberg-Lind" over "qvist" in Ansvarig."""
    first = min((m for m in example.meetings if m.action_items), key=lambda m: m.starts_at)
    owned = tuple(dataclasses.replace(a, owner="Åsa Öberg-Lindqvist", status="open") for a in first.action_items)
    e = dataclasses.replace(example, meetings=tuple(
        dataclasses.replace(m, action_items=owned) if m.uid == first.uid else m for m in example.meetings))
    later = next(m for m in sorted(e.meetings, key=lambda m: m.starts_at)
                 if any(getattr(item, "owner", "") == "Åsa Öberg-Lindqvist" for _, item in carried_over(e.meetings, m)))
    text = _lines(render_minutes(e, later.uid, "sv"))
    assert "Öberg-Lindqvist" in text and "Öberg-Lind\n" not in text


def test_an_organisation_s_name_is_whole_in_the_potential_table(example):
    """With seven organisations (one per row), "Samordningsförbundet" had broken as "Samordningsförbun" / "det"
    in the report's potential per area and organisation."""
    extra = (Organisation(name="Samordningsförbundet", short_code="SF"),
             Organisation(name="Jönköping", short_code="J"))
    scores = tuple(PotentialScore(organisation_uid=o.uid, area_code=a.code, value=50)
                   for o in extra for a in example.areas)
    e = dataclasses.replace(example, organisations=example.organisations + extra,
                            potentials=example.potentials + scores)
    text = _lines(render_report(e, "sv"))
    assert "Samordningsförbundet" in text and "Samordningsförbun\n" not in text


def test_a_column_takes_its_longest_word_from_the_others_within_the_page():
    """The column gets its word's width from what the page leaves, then from the columns with most to spare
    (none below three quarters of its width or its own longest word); one enormous word stays broken."""
    styles = make_styles()
    header = ["Åtgärd", "Ansvarig", "Status"]
    rows = [["Skicka förteckning över drift- och licensavtal", "Åsa Öberg-Lindqvist", "Öppen"]]
    needs = column_needs(header, rows, styles, set(), False)
    widths = words_whole([100 * mm, 20 * mm, 20 * mm], needs, 140 * mm)
    assert widths[1] == pytest.approx(needs[1]) and sum(widths) == pytest.approx(140 * mm)
    assert widths[0] < 100 * mm and widths[2] == 20 * mm and widths[0] >= 75 * mm
    spare = words_whole([100 * mm, 20 * mm, 20 * mm], needs, TEXT_WIDTH)  # the page has room: nobody gives
    assert spare[0] == 100 * mm and spare[1] == pytest.approx(needs[1])
    huge = column_needs(["Text", "x"], [["y", "Lång" * 30]], styles, set(), False)
    assert words_whole([100 * mm, 20 * mm], huge, 140 * mm) == [100 * mm, 20 * mm]
