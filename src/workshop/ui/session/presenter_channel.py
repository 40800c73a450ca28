"""What the projector should show, passed from the views to the presenter window.

Views never talk to the presenter window directly: they publish a
PresenterContent on the channel, and the presenter window (if open) shows
the latest one. Only what the room may see goes on the channel: never
notes, never hints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PresenterContent:
    """One screenful for the room.

    kind: "question" (title = theme, body = question text, position = "3 / 12"),
    "chart" (title = caption; chart_factory builds a fresh chart widget bound
    to the session so it keeps itself up to date), or "blank".
    """

    kind: str
    title: str = ""
    body: str = ""
    position: str = ""
    chart_factory: Callable[[], QWidget] | None = None
    key_factory: Callable[[], QWidget] | None = None  # what the chart's axis codes stand for, shown beside it
    seal: str = ""  # the values it shows (SEAL_POTENTIAL, SEAL_PREFERENCES): hidden while those are sealed


# Values a room round gathers from phones: sealed while the round runs, until the facilitator reveals them.
SEAL_POTENTIAL = "potential"
SEAL_PREFERENCES = "preferences"
ALL_ALTERNATIVES = "*"  # the criteria round that votes on every alternative at once


def _no_round(_code: str) -> tuple[int, int] | None:
    return None


class PresenterChannel(QObject):
    """The one channel from views to the presenter window."""

    content_changed = Signal(object)
    cover_changed = Signal(str, str)
    sealed_changed = Signal()
    votes_revealed_changed = Signal()
    blanked_changed = Signal(bool)
    # A clicker's or the keyboard's next (+1) or previous (-1) on the presenter window: the running meeting
    # steps, as it does with its own keys in the main window.
    step_requested = Signal(int)
    progress_changed = Signal()  # a room round began or ended: the hidden notice counts its votes, or the file's

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.current = PresenterContent(kind="blank")
        self.cover = ("", "")  # what the room sees while nothing is chosen: the engagement's title, client
        self.sealed: set[str] = set()  # values the room may not see yet (see PresenterContent.seal)
        # Criteria rounds whose votes the room may see (alternative codes, or ALL_ALTERNATIVES); the others' are
        # hidden. Revealed in Alternatives → Criteria voting or, for a room round, in the Room voting view.
        self.revealed_votes: set[str] = set()
        self.blanked = False  # the projector shows black, whatever is chosen (B, or View → Blank the Projector)
        # Votes given and asked for in the room round on an alternative (its code), None with none running there.
        self.round_progress: Callable[[str], tuple[int, int] | None] = _no_round
        self.chart_scale = 1.0  # the presenter window's text scale (1.0 on a 1080-line screen), for its charts
        # Texts the room reads are in the document language, whatever the facilitator's interface language.
        self.translate: Callable[[str], str] = lambda text: QCoreApplication.translate("", text)

    def set_cover(self, title: str, subtitle: str = "") -> None:
        """The engagement's title (and client) shown while no question or chart is chosen."""
        self.cover = (title, subtitle)
        self.cover_changed.emit(title, subtitle)

    def chart_points(self, points: int) -> int:
        """A chart's text size on the projector as it is now: `points` on a 1080-line screen, smaller on a
        720- or 768-line one (fixed at 22 pt, the legend had taken two thirds of a 720p projector)."""
        return max(12, round(points * self.chart_scale))

    def set_blanked(self, blanked: bool) -> None:
        """Black out the projector (True), or show what is chosen again (False)."""
        if blanked != self.blanked:
            self.blanked = blanked
            self.blanked_changed.emit(blanked)

    def set_sealed(self, seal: str, sealed: bool) -> None:
        """Hide (True) or reveal (False) on the projector every chart of these values."""
        if sealed != (seal in self.sealed):
            (self.sealed.add if sealed else self.sealed.discard)(seal)
            self.sealed_changed.emit()

    def unseal_all(self) -> None:
        """Nothing sealed is hidden any more (the facilitator revealed the rounds)."""
        if self.sealed:
            self.sealed.clear()
            self.sealed_changed.emit()

    def votes_revealed(self, code: str) -> bool:
        """True when the room may see the criteria votes on this alternative (ALL_ALTERNATIVES: of that round)."""
        return code in self.revealed_votes or ALL_ALTERNATIVES in self.revealed_votes

    def reveal_votes(self, code: str, revealed: bool = True) -> None:
        """Reveal (or hide again) the criteria votes of one round: an alternative's code, or ALL_ALTERNATIVES."""
        if revealed != (code in self.revealed_votes):
            (self.revealed_votes.add if revealed else self.revealed_votes.discard)(code)
            self.votes_revealed_changed.emit()

    def reset(self) -> None:
        """Another engagement is open: nothing sealed, and no criteria votes revealed (its rounds start hidden)."""
        self.unseal_all()
        if self.revealed_votes:
            self.revealed_votes.clear()
            self.votes_revealed_changed.emit()
        self.set_round_progress(_no_round)

    def set_round_progress(self, progress: Callable[[str], tuple[int, int] | None]) -> None:
        """Who counts a room round's votes (the Room voting view while its round runs)."""
        self.round_progress = progress
        self.progress_changed.emit()

    def hides(self, content: PresenterContent) -> bool:
        """Whether the projector shows this content's notice instead of its chart."""
        return bool(content.seal) and content.seal in self.sealed

    def publish(self, content: PresenterContent) -> None:
        """Make this the content the room sees."""
        self.current = content
        self.content_changed.emit(content)
