"""LiveChartMixin: a chart bound to the session that redraws on the parts it shows, only while visible."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QWidget

from workshop.ui.session.session import EngagementSession

_WINDOWS_TO_PAINT: dict[int, QWidget] = {}  # windows holding a chart that changed in the current edit
_SESSIONS_PAINTING: weakref.WeakSet = weakref.WeakSet()  # sessions whose `settled` paints those windows
_CHARTS_PAINTED_EXACTLY: dict[int, QWidget] = {}  # charts whose marked areas cover all the edit changed


class LiveChartMixin:
    """Redraw on the session's changes while visible; otherwise redraw when next shown.

    A visible chart marks what changed and its window paints once, synchronously, when the
    session says every view has taken the change (`settled`): the radar, the bars, the grid's
    cell and the shares table of one window in one pass rather than one pass each (a pass
    through Qt's repaint machinery costs 0.1–0.3 ms here, however little it paints).
    """

    PARTS: tuple[str, ...] = ()

    def bind(self, session: EngagementSession) -> None:
        self._session = session
        self._stale = True
        session.changed.connect(self._on_session_changed)
        if session not in _SESSIONS_PAINTING:
            _SESSIONS_PAINTING.add(session)
            session.settled.connect(_paint_windows)

    def _on_session_changed(self, part: str) -> None:
        if part not in self.PARTS:
            return
        if self.isVisible():
            self.redraw()
            self.paint_soon()
        else:
            self._stale = True

    def paint_soon(self) -> None:
        """Mark what changed for the window's one paint at the end of this edit (not Qt's update timer)."""
        take = getattr(self, "take_dirty_region", None)
        area = take() if take is not None else None
        if area is None:
            self.viewport().update()
        elif area.isEmpty():
            return
        else:
            self.viewport().update(area)
            _CHARTS_PAINTED_EXACTLY[id(self)] = self
        window = self.window()
        _WINDOWS_TO_PAINT[id(window)] = window

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.redraw()
        super().showEvent(event)

    def redraw(self) -> None:
        """Draw from the session as it stands now."""
        self._stale = False
        self.draw()

    def draw(self) -> None:
        raise NotImplementedError


def _paint_windows(_part: str = "") -> None:
    """Paint, now, what the charts marked in each window (connected once to each session's `settled`)."""
    windows = list(_WINDOWS_TO_PAINT.values())
    _WINDOWS_TO_PAINT.clear()
    for window in windows:
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
    charts = list(_CHARTS_PAINTED_EXACTLY.values())
    _CHARTS_PAINTED_EXACTLY.clear()
    for chart in charts:  # they painted exactly what changed: Qt's own repaint of it would come twice
        chart.drop_scene_updates()
    if charts:
        _heal_when_idle(charts)


_HEAL_AFTER_MS = 250
_heal: dict = {"timer": None, "charts": {}}


def _heal_when_idle(charts) -> None:
    """Repaint these charts whole once the room pauses (no edit for a quarter of a second).

    Qt rasterises a thick line after clipping it to the area being painted, so a line
    repainted in part can differ by a pixel here and there from the same line painted
    whole. During a burst of edits only the changed areas are painted; the pause squares
    the picture with one full repaint of each chart the edits touched.
    """
    if _heal["timer"] is None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(_repaint_healed)
        _heal["timer"] = timer
    for chart in charts:
        _heal["charts"][id(chart)] = chart
    _heal["timer"].start(_HEAL_AFTER_MS)


def _repaint_healed() -> None:
    charts = list(_heal["charts"].values())
    _heal["charts"].clear()
    for chart in charts:
        try:
            chart.viewport().update()
        except RuntimeError:  # the chart was closed meanwhile (e.g. the projector shows something else)
            pass
