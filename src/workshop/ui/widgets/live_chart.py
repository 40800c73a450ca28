"""LiveChartMixin: a chart bound to the session that redraws on the parts it shows, only while visible."""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop.domain.messages import msg
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
        self._live = False
        session.changed.connect(self._on_session_changed)

    def follow_live(self) -> None:
        """Follow the session's `live` changes instead (on the projector: a phone's vote shows as it is saved,
        while the window follows the room round at its pace)."""
        if not self._live:
            self._live = True
            follow_live_changes(self._session, self._on_session_changed)

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
        """Draw from the session as it stands now, saying over the chart what it still lacks, if anything."""
        self._stale = False
        self.draw()
        self.say_empty(self._t(self.missing()))

    def draw(self) -> None:
        raise NotImplementedError

    def missing(self) -> str:
        """Why the chart draws nothing yet (one of the NO_… sentences, untranslated); "" when it draws."""
        return ""


def follow_live_changes(session: EngagementSession, slot) -> None:
    """Move `slot` from the session's `changed` to its `live` changes (what the room sees)."""
    session.changed.disconnect(slot)
    session.live.connect(slot)


def follow_live(root: QObject) -> None:
    """Have `root` and everything it holds that can (`follow_live()`) follow the session's `live` changes: what
    the room sees on the projector."""
    for obj in (root, *root.findChildren(QObject)):
        follow = getattr(obj, "follow_live", None)
        if callable(follow):
            follow()


# What a live chart may lack, said over it in its language (the room reads these on the projector too).
NO_AREAS = msg("No areas of concern yet.")
NO_ORGANISATIONS = msg("No organisations yet.")
NO_GROUPS = msg("No groups of areas yet.")
NO_SCORES = msg("No scores yet: the chart fills in as they are entered.")
NO_ALTERNATIVES = msg("No alternatives yet.")
NO_CRITERIA = msg("No criteria yet.")
NO_VOTES = msg("No votes yet: the chart fills in as they are entered.")
NO_PREFERENCES = msg("No preferences yet: the chart fills in as they are entered.")


def first_missing(*needs: tuple[object, str]) -> str:
    """The sentence of the first (what is needed, its sentence) that is empty or false; "" when none is."""
    return next((text for present, text in needs if not present), "")
