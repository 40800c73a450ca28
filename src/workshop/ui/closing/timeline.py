"""A small timeline of the plan's phases, painted as the report draws it (one bar per dated phase)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.charts.palette import SERIES_COLOURS as SERIES
from workshop.domain.plan import PlanPhase, plan_span


class Timeline(QWidget):
    """Phases as bars over the months they span, with year marks."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planTimeline")
        self._phases: list[PlanPhase] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(60)

    def phases(self) -> list[PlanPhase]:
        """The phases drawn, in order."""
        return list(self._phases)

    def set_phases(self, phases: Sequence[PlanPhase]) -> None:
        """Show these phases."""
        self._phases = list(phases)
        self.setFixedHeight(max(60, self.ROW * len(self._phases) + 34))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        span = plan_span(self._phases)
        if span is None:
            painter.setPen(QColor("#5A6B7B"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Give the phases a start and an end "
                                                                                "to see them over time."))
            return
        first = span[0].year * 12 + span[0].month - 1
        months = max(1, span[1].year * 12 + span[1].month - first)
        left, right = min(230, self.width() // 3), self.width() - 10
        scale = (right - left) / months
        axis = self.ROW * len(self._phases) + 6

        def x_of(day: date, end: bool = False) -> float:
            return left + (day.year * 12 + day.month - 1 - first + (day.day - (0 if end else 1)) / 31) * scale

        for m in range(months + 1):
            year, month = divmod(first + m, 12)
            if month == 0 or m == 0:
                x = left + m * scale
                painter.setPen(QPen(QColor("#202020" if month == 0 else "#B0B0B0"), 1))
                painter.drawLine(int(x), 2, int(x), axis)
                painter.drawText(int(x) + 3, axis + 18, str(year))
        painter.setPen(QPen(QColor("#202020"), 1))
        painter.drawLine(left, axis, right, axis)
        for i, phase in enumerate(self._phases):
            y = i * self.ROW + 4
            painter.setPen(QColor("#202020"))
            text = painter.fontMetrics().elidedText(phase.name, Qt.TextElideMode.ElideRight, left - 10)
            painter.drawText(QRectF(0, y, left - 8, self.ROW - 6), Qt.AlignmentFlag.AlignVCenter, text)
            if phase.starts_on and phase.ends_on:
                x0 = x_of(date.fromisoformat(phase.starts_on))
                x1 = x_of(date.fromisoformat(phase.ends_on), end=True)
                painter.fillRect(QRectF(x0, y + 3, max(2.0, x1 - x0), self.ROW - 10), QColor(SERIES[i % len(SERIES)]))
