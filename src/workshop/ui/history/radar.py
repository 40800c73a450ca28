"""A small painted radar: one organisation's potential per area against the median of all.

An area without a value is a gap in the line (a value between two gaps a dot), never a corner at the centre,
which reads as 0."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from workshop.charts.palette import SERIES_COLOURS
from workshop.charts.rich_text import closing_bracket, tooltip
from workshop.domain.gaps import value_runs

LEGEND_LINES = 2  # lines of one legend entry at most ("…" then; whole in the tooltip)
ENTRY = 22  # px of a legend entry's first line (its sample beside it)
LINE = 16  # px of each further line


def _words(text: str) -> list[str]:
    """The text's words, a closing "(partly scored)" or "(ej bedömd)" kept as one: it goes to the next line
    whole rather than leave "(ej" at the end of one."""
    head, bracket = closing_bracket(" ".join(text.split()))
    return [*(head.split(" ") if head else []), *([bracket] if bracket else [])]


def _most_that_fit(word: str, metrics, width: int) -> int:
    """How many of the word's first letters fit `width` px (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrapped(text: str, metrics, width: int, most: int = LEGEND_LINES) -> list[str]:
    """The text in lines no wider than `width` px, broken between words (inside a word longer than a line),
    at most `most` lines, the last cut with "…" when the rest does not fit."""
    lines: list[str] = []
    current = ""
    for word in _words(text):
        joined = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(joined) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        current = word
        # A word longer than a line, cut where the most letters fit (found by halving: trying each length
        # from the whole word down took 13 ms for a 300-letter name on every repaint); no more lines than
        # can be shown are cut, the rest is elided below.
        while metrics.horizontalAdvance(current) > width and len(current) > 1 and len(lines) <= most:
            cut = _most_that_fit(current, metrics, width)
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    if len(lines) > most:
        rest = " ".join([lines[most - 1], *lines[most:]])
        lines = lines[:most - 1] + [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines


class OrganisationRadar(QWidget):
    """Spokes per area (0–100), the organisation's polygon and the median's, dashed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("organisationRadar")
        self.setMinimumSize(300, 300)
        self._labels: list[str] = []
        self._series: list[tuple[str, list[float | None], bool]] = []
        self._missing = ""

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None], bool]],
                 missing: str = "", details: str = "") -> None:
        """Spoke labels and (name, values, dashed) per polygon; `missing` (translated) is said instead of the
        chart when it has nothing to draw yet ("No organisations yet."), `details` is the tooltip's when given."""
        self._labels = list(labels)
        self._series = [(name, list(values), dashed) for name, values, dashed in series]
        self._missing = missing
        # A legend line cut to the width ("Gislaved after Gemensamt arbetsmöte: potential…"): whole here.
        self.setToolTip(tooltip(details or "\n".join(name for name, _values, _dashed in self._series)))
        self.update()

    def empty_text(self) -> str:
        """What is said in place of the chart, or "" when it is drawn."""
        if self._missing:
            return self._missing
        return self.tr("A radar needs three areas or more.") if len(self._labels) < 3 else ""

    def legend_lines(self) -> list[str]:
        """The legend's entries as drawn, each its name wrapped to the widget's width in up to LEGEND_LINES
        lines ("\n" between them), cut with "…" after that: at 1366 px "Vaggeryd efter mötet 2024-06-10 (ej …"
        had been cut on one line."""
        return ["\n".join(wrapped(name, self.fontMetrics(), self.width() - 58))
                for name, _values, _dashed in self._series]

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        n = len(self._labels)
        empty = self.empty_text()
        if empty:
            painter.setPen(QColor("#5A6B7B"))
            painter.drawText(self.rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, empty)
            return
        lines = [entry.split("\n") for entry in self.legend_lines()]
        legend = sum(ENTRY + LINE * (len(entry) - 1) for entry in lines)
        cx, cy = self.width() / 2, (self.height() - legend) / 2
        radius = max(20.0, min(cx, cy) - 34)

        def point(i: int, value: float) -> QPointF:
            angle = math.pi / 2 - 2 * math.pi * i / n
            return QPointF(cx + math.cos(angle) * radius * value / 100, cy - math.sin(angle) * radius * value / 100)

        painter.setPen(QPen(QColor("#C8C8C8"), 1))
        for ring in (25, 50, 75, 100):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(n)]))
        for i, label in enumerate(self._labels):
            painter.drawLine(QPointF(cx, cy), point(i, 100))
            p = point(i, 114)
            painter.setPen(QColor("#202020"))
            painter.drawText(int(p.x()) - 30, int(p.y()) - 8, 60, 16, Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(QPen(QColor("#C8C8C8"), 1))
        y = self.height() - legend + 4
        for k, (_name, values, dashed) in enumerate(self._series):
            pen = QPen(QColor(SERIES_COLOURS[k % len(SERIES_COLOURS)]), 2.5)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            runs = value_runs(values)
            for run in runs:
                points = [point(i % n, values[i % n]) for i in run]
                if len(points) == 1:
                    painter.setBrush(pen.color())
                    painter.drawEllipse(points[0], 3.0, 3.0)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                elif len(run) == n + 1:
                    painter.drawPolygon(QPolygonF(points[:-1]))
                else:
                    painter.drawPolyline(QPolygonF(points))
            if runs:
                painter.drawLine(10, y + 8, 40, y + 8)
            painter.setPen(QColor("#202020" if runs else "#5F5F5F"))  # no value: no line, its name greyed
            for j, line in enumerate(lines[k]):
                painter.drawText(48, y + LINE * j, self.width() - 58, 16, Qt.AlignmentFlag.AlignVCenter, line)
            y += ENTRY + LINE * (len(lines[k]) - 1)

