"""The implementation plan as a vector timeline (reportlab): one bar per phase between its start and end,
a month grid with year labels (and the start's year and month when it is not a January), the phase names
beside their bars."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop.domain.plan import PlanPhase, plan_span
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.pdf_charts import GRID, INK, WIDTH, _drawing, colour, wrap

ROW = 9 * mm
LABELS = 52 * mm  # the phase names' column
LABEL_SIZE = 7.5  # the axis's years
LABEL_GAP = 2 * mm  # at least this between two of them


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def timeline(phases: Sequence[PlanPhase], decimal_mark: str = ".") -> Drawing:
    """Phases as bars over time; a phase without both dates is listed with no bar."""
    register_fonts()
    span = plan_span(phases)
    height = len(phases) * ROW + 16 * mm
    d = _drawing(height)
    top = height - 4 * mm
    if span is None:
        first, last = 0, 12
    else:
        first, last = _month_index(span[0]), _month_index(span[1]) + 1
    months = max(1, last - first)
    left, right = LABELS, WIDTH - 2 * mm
    scale = (right - left) / months

    def x_of(day: date, end: bool = False) -> float:
        # Within its month by the day, so a phase ending 30 September ends where October starts (a start was
        # divided by 1, not the month's days: one on the 16th had been drawn 15 months late).
        days = calendar.monthrange(day.year, day.month)[1]
        return left + (_month_index(day) - first + (day.day - 1 + (1 if end else 0)) / days) * scale

    axis = top - len(phases) * ROW
    step = 1 if months <= 18 else 3 if months <= 48 else 6
    free_from = left  # where the axis's next label may begin (labels never run into each other)
    start_month = first % 12
    if start_month:  # a start in another month than January: "2025-11" may leave no room for the next "2026"
        start_width = stringWidth(f"{first // 12}-{start_month + 1:02d}", REGULAR, LABEL_SIZE)
        january = 12 - start_month
        if january <= months and january * scale < 1 + start_width + LABEL_GAP:
            free_from = WIDTH  # the year is told by the January's label; the start's line still marks it
    for m in range(0, months + 1):
        x = left + m * scale
        year, month = divmod(first + m, 12)
        if month == 0 or m == 0:
            d.add(Line(x, axis - 1 * mm, x, top, strokeColor=INK if month == 0 else GRID, strokeWidth=0.5))
            # A January is marked with its year; a start in another month with year and month (the documents'
            # date form, "2025-04"): its year alone had read as January.
            text = str(year) if month == 0 else f"{year}-{month + 1:02d}"
            width = stringWidth(text, REGULAR, LABEL_SIZE)
            at = x + 1 if x + 1 + width <= WIDTH else x - 1 - width  # the axis's end: the label before its line
            if m == 0 and free_from == WIDTH:
                free_from = left  # the start gave way to the January after it
            elif at >= free_from:  # else a later label too near the one before gives way (its line marks it)
                d.add(String(at, axis - 6 * mm, text, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK))
                free_from = at + width + LABEL_GAP
        elif m % step == 0:
            d.add(Line(x, axis, x, top, strokeColor=GRID, strokeWidth=0.25))
    d.add(Line(left, axis, right, axis, strokeColor=INK, strokeWidth=0.6))
    for i, phase in enumerate(phases):
        y = top - (i + 1) * ROW
        # The whole name, wrapped in its column (smaller when it needs more than two lines): never cut.
        size = 8.0
        lines = wrap(phase.name, LABELS - 4 * mm, size)
        while len(lines) > 2 and size > 5:
            size -= 0.5
            lines = wrap(phase.name, LABELS - 4 * mm, size)
        leading = size * 1.15
        first_y = y + ROW / 2 - 3 + (len(lines) - 1) * leading / 2
        for k, line in enumerate(lines):
            d.add(String(0, first_y - k * leading, line, fontName=REGULAR, fontSize=size, fillColor=INK))
        if phase.starts_on and phase.ends_on:
            start, end = date.fromisoformat(phase.starts_on), date.fromisoformat(phase.ends_on)
            x0, x1 = x_of(start), x_of(end, end=True)
            d.add(Rect(x0, y + 1.5 * mm, max(1.0, x1 - x0), ROW - 3 * mm, fillColor=colour(i), strokeColor=None))
    return d
