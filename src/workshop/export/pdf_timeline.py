"""The implementation plan as a vector timeline (reportlab): one bar per phase between its start and end,
a month grid with year labels, the phase names beside their bars."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm

from workshop.domain.plan import PlanPhase, plan_span
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.pdf_charts import GRID, INK, WIDTH, _drawing, colour, wrap

ROW = 9 * mm
LABELS = 52 * mm  # the phase names' column


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
        # Within its month by the day, so a phase ending 30 September ends where October starts.
        days = 31 if end else 1
        return left + (_month_index(day) - first + (day.day - 1 + (1 if end else 0)) / days) * scale

    axis = top - len(phases) * ROW
    step = 1 if months <= 18 else 3 if months <= 48 else 6
    for m in range(0, months + 1):
        x = left + m * scale
        year, month = divmod(first + m, 12)
        if month == 0 or m == 0:
            d.add(Line(x, axis - 1 * mm, x, top, strokeColor=INK if month == 0 else GRID, strokeWidth=0.5))
            d.add(String(x + 1, axis - 6 * mm, str(year), fontName=REGULAR, fontSize=7.5, fillColor=INK))
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
