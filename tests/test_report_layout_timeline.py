"""The plan's timeline: its axis marks Januaries with their year and its start, when that is another month,
with year and month, so a plan starting in April does not read as starting in January."""

from __future__ import annotations

import re

import pytest
from reportlab.graphics.shapes import Group, String

from pdf_support import reader, words
from workshop.domain.plan import PlanPhase
from workshop.export.pdf_timeline import timeline
from workshop.export.report import render_report


def _labels(drawing) -> list[tuple[float, str]]:
    """The axis's labels (years, or year and month), left to right."""
    found: list[tuple[float, str]] = []

    def visit(node, dx=0.0):
        for item in getattr(node, "contents", []):
            if isinstance(item, Group):
                visit(item, dx + (item.transform[4] if getattr(item, "transform", None) else 0))
            elif isinstance(item, String) and re.fullmatch(r"\d{4}(-\d\d)?", item.text):
                found.append((item.x + dx, item.text))

    visit(drawing)
    return sorted(found)


def _plan(*spans: tuple[str, str]) -> list[PlanPhase]:
    return [PlanPhase(name=f"Fas {i}", starts_on=a, ends_on=b) for i, (a, b) in enumerate(spans, 1)]


def test_the_timeline_s_start_is_labelled_with_its_month_and_only_januaries_with_a_year(example):
    """The example's plan starts in April 2025: its axis had "2025" at the start like the January marks of
    2026–2028, which read as January 2025. The start says "2025-04" (the documents' date form, the same in
    every language); a plan starting in January says only its year there."""
    assert [t for _, t in _labels(timeline(example.plan))] == ["2025-04", "2026", "2027", "2028"]
    assert [t for _, t in _labels(timeline(_plan(("2025-01-01", "2026-06-30"))))] == ["2025", "2026"]


def test_the_timeline_s_start_label_and_the_next_year_s_never_overlap():
    """A plan starting in November: the start's "2025-11" would run into "2026" two months later; the start's
    label then gives way (its line still marks it) and every January keeps its year: "2026" had vanished
    from a plan running December 2025 to November 2026."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop.export.fonts import REGULAR

    for start, end in (("2025-11-01", "2029-06-30"), ("2025-12-01", "2029-06-30"), ("2025-09-01", "2029-06-30"),
                       ("2025-03-01", "2029-06-30"), ("2025-12-01", "2026-11-30")):
        labels = _labels(timeline(_plan((start, end))))
        years = [str(y) for y in range(int(start[:4]) + 1, int(end[:4]) + 1)]
        assert [t for _, t in labels if "-" not in t] == years, (start, labels)  # every January's year
        assert labels[0][1] in (start[:7], years[0])  # the start's month, or the January right after it
        for (x0, t0), (x1, _) in zip(labels, labels[1:]):
            assert x0 + stringWidth(t0, REGULAR, 7.5) < x1, (start, labels)
    assert _labels(timeline(_plan(("2025-03-01", "2029-06-30"))))[0][1] == "2025-03"  # room for both


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_report_s_timeline_shows_where_the_plan_starts(example, language):
    pages = [words(page.extract_text()) for page in reader(render_report(example, language)).pages]
    caption = {"sv": "Genomförandeplanens faser över tid", "en": "The implementation plan's phases over time"}[language]
    figure = max(i for i, page in enumerate(pages) if caption in page)  # in the appendix, after the body's reference
    assert "2025-04" in pages[figure]


def test_a_year_at_the_axis_s_end_stays_inside_the_drawing():
    """A plan ending 31 December: the next January's "2028" stood at the axis's very end and ran 13 pt past
    the drawing's edge; it now stands before its line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop.export.fonts import REGULAR
    from workshop.export.pdf_charts import WIDTH

    labels = _labels(timeline(_plan(("2025-04-01", "2027-12-31"))))
    assert labels[-1][1] == "2028"
    assert all(x + stringWidth(t, REGULAR, 7.5) <= WIDTH for x, t in labels), labels


def test_a_phase_starting_mid_month_is_drawn_from_that_day():
    """A start was placed by its day divided by 1, not by the month's days: a phase from 16 June was drawn
    15 months late, a sliver at the axis's end. Its bar now starts halfway through June, and one from
    1 January to 31 December covers the year exactly."""
    from reportlab.graphics.shapes import Rect

    drawing = timeline(_plan(("2025-01-01", "2025-12-31"), ("2025-06-16", "2025-08-15")))
    bars = [item for item in drawing.contents if isinstance(item, Rect) and item.fillColor is not None
            and item.height > 10]
    year, pilot = bars[-2], bars[-1]
    month = year.width / 12
    assert abs(pilot.x - (year.x + (5 + 15 / 30) * month)) < 0.5
    assert abs(pilot.x + pilot.width - (year.x + (7 + 15 / 31) * month)) < 0.5
