"""The key beside a radar on the projector: what each axis code stands for ("A  Drift, skötsel …")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.lines_label import LinesLabel, wrapped_lines
from workshop.ui.widgets.i18n import joined


NAME_LINES = 2  # a name longer than this many lines at the key's width ends in "…" …
MOST_LINES = 4  # … unless the key has the height to show every name in up to this many


def _label(text: str, font_px: int, bold: bool, parent: QWidget) -> QLabel:
    weight = "bold" if bold else "normal"
    style = f"color: #FFFFFF; background: transparent; font-size: {font_px}px; font-weight: {weight};"
    if bold:  # the code: one short word
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are typed by people: only ever text
        label.setStyleSheet(style)
    else:  # the name: wrapped, at most NAME_LINES lines, never a line cut through its letters
        label = LinesLabel(NAME_LINES, parent, style)
        label.setText(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class AxisKey(QWidget):
    """One row per axis, its code then its name (wrapped); follows renames and new areas or criteria."""

    def __init__(self, session: EngagementSession, entries: Callable[[], list[tuple[str, str]]],
                 font_px: int = 26, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("axisKey")
        self._entries = entries
        self._font_px = font_px
        self._shown: list[tuple[str, str]] = []
        self._names: list[LinesLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(font_px // 2)
        self._grid.setColumnStretch(1, 1)
        self.refresh()
        session.changed.connect(lambda _part: self.refresh())

    def set_font_px(self, font_px: int) -> None:
        """Letters this many pixels high (the presenter window sizes them to its screen)."""
        if font_px != self._font_px:
            self._font_px = font_px
            self._grid.setHorizontalSpacing(font_px // 2)
            self._shown = []  # laid out again in the new size
            self.refresh()

    def font_px(self) -> int:
        """The letters' size in pixels."""
        return self._font_px

    def refresh(self) -> None:
        """Show the axes as the engagement now names them."""
        entries = list(self._entries())
        if entries == self._shown:
            return
        self._shown = entries
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._names = []
        for row, (code, name) in enumerate(entries):
            self._grid.addWidget(_label(code, self._font_px, True, self), row, 0)
            label = _label(name, self._font_px, False, self)
            self._names.append(label)
            self._grid.addWidget(label, row, 1)
        self._grid.setRowStretch(len(entries), 1)
        self._fit_lines()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        """As many lines per name as the key's height holds for all of them (a long criterion whole on a
        tall projector), never fewer than NAME_LINES: the names share the height, none grows past it."""
        if not self._names or self._names[0].room() <= 0:
            return
        first = self._names[0]
        spacing, line = self._grid.verticalSpacing(), first.fontMetrics().lineSpacing()
        margins = self._grid.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - spacing * (len(self._names) - 1)
        needed = [wrapped_lines(label.text(), label.font(), label.room(), MOST_LINES) for label in self._names]
        allowed = NAME_LINES
        for lines in range(MOST_LINES, NAME_LINES, -1):
            if sum(min(n, lines) * line + 6 for n in needed) <= room:
                allowed = lines
                break
        for label in self._names:
            label.set_lines(allowed)

    def lines(self) -> list[str]:
        """The key as shown, one "code name" per axis."""
        return [joined(" ", (code, name)) for code, name in self._shown]

    def names_shown(self) -> list[str]:
        """Each axis's name as the key shows it: whole, or its first lines ending in "…"."""
        return [label.shown() for label in self._names]

    def bottom(self) -> int:
        """Where the last name ends, in the key's coordinates."""
        return max((label.geometry().bottom() for label in self._names), default=0)


def alternatives_key(session: EngagementSession) -> AxisKey:
    """What each alternative's code stands for, beside a chart that names them by code only (a bare "0",
    "1", "2" told the room nothing)."""
    return AxisKey(session, lambda: [(a.code, a.name) for a in session.engagement.alternatives])
