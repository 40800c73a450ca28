"""LiveChartMixin: a chart bound to the session that redraws on the parts it shows, only while visible."""

from __future__ import annotations

from workshop.ui.session.session import EngagementSession


class LiveChartMixin:
    """Redraw on the session's changes while visible; otherwise redraw when next shown.

    A redraw gives the chart's items their new data; Qt repaints what those items
    covered, before and after, on its next pass through the event loop.
    """

    PARTS: tuple[str, ...] = ()

    def bind(self, session: EngagementSession) -> None:
        self._session = session
        self._stale = True
        session.changed.connect(self._on_session_changed)

    def _on_session_changed(self, part: str) -> None:
        if part not in self.PARTS:
            return
        if self.isVisible():
            self.redraw()
        else:
            self._stale = True

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
