"""What the voting views share: the computed results (once per edit) and what the room may see.

ScoreBoard computes the agreed grid, the sums and ranks, the map's points and
the robustness from the session's engagement, once per change: the session
replaces its engagement value on every edit, so a cache keyed on that value
is never stale, whoever asks first.

VotingState is the facilitator's presentation switches: which rounds (an
alternative, or all at once) are revealed, and whether the projector shows
each organisation's votes or only the agreed result.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from workshop.domain.criteria import AgreedCell, AlternativeResult, agreed_grid, alternative_results
from workshop.domain.engagement import Engagement
from workshop.domain.robustness import Robustness, robustness
from workshop.domain.summary import FeasibilityPoint, feasibility_points
from workshop.ui.session.presenter_channel import ALL_ALTERNATIVES, PresenterChannel
from workshop.ui.session.session import EngagementSession

ALL_ROUND = ALL_ALTERNATIVES  # the round that votes on every alternative at once


class ScoreBoard:
    """The voting results of the session's engagement, recomputed only after an edit."""

    def __init__(self, session: EngagementSession):
        self._session = session
        self._source: Engagement | None = None
        self._cache: dict[object, object] = {}

    def _fresh(self) -> dict[object, object]:
        e = self._session.engagement
        if e is not self._source:
            self._source = e
            self._cache = {}
        return self._cache

    @property
    def engagement(self) -> Engagement:
        return self._session.engagement

    def grid(self) -> dict[tuple[str, int], AgreedCell]:
        """Every alternative × criterion cell's agreed score, spread and missing votes."""
        cache = self._fresh()
        if "grid" not in cache:
            e = self.engagement
            cache["grid"] = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
        return cache["grid"]  # type: ignore[return-value]

    def cells(self, codes: Iterable[str] | None = None) -> dict[tuple[str, int], AgreedCell]:
        """The cells of `grid()` of these alternatives (None: all), computed alone unless the whole grid is: the
        projector's charts redraw for each batch of phone votes, while the window's views (which need the
        whole grid) follow at their pace."""
        cache = self._fresh()
        wanted = None if codes is None else frozenset(codes)
        if wanted is None or "grid" in cache:
            grid = self.grid()
            return grid if wanted is None else {key: cell for key, cell in grid.items() if key[0] in wanted}
        key = ("cells", wanted)
        if key not in cache:
            e = self.engagement
            alternatives = [a for a in e.alternatives if a.code in wanted]
            vote = self._session.vote  # the session's index: these cells' votes alone, not every vote's
            votes = [v for a in alternatives for c in e.criteria for o in e.organisations
                     if (v := vote(o.uid, a.code, c.number)) is not None]
            cache[key] = agreed_grid(alternatives, e.criteria, e.organisations, votes, e.agreed_scores)
        return cache[key]  # type: ignore[return-value]

    def results(self) -> list[AlternativeResult]:
        """Sums, weighted sums and ranks, in the alternatives' order."""
        cache = self._fresh()
        if "results" not in cache:
            e = self.engagement
            cache["results"] = alternative_results(e.alternatives, e.criteria, self.grid())
        return cache["results"]  # type: ignore[return-value]

    def points(self) -> list[FeasibilityPoint]:
        """Each alternative on the potential-vs-feasibility map."""
        cache = self._fresh()
        if "points" not in cache:
            e = self.engagement
            cache["points"] = feasibility_points(e.alternatives, e.areas, e.potentials, self.results())
        return cache["points"]  # type: ignore[return-value]

    def robustness(self) -> Robustness:
        """The winner, its margin and the smallest changes that would change it."""
        cache = self._fresh()
        if "robustness" not in cache:
            e = self.engagement
            cache["robustness"] = robustness(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
        return cache["robustness"]  # type: ignore[return-value]

    def votes_of(self, organisation_uid: str, alternative_code: str) -> list[int | None]:
        """One organisation's votes on one alternative, criterion by criterion (None: no vote)."""
        return [
            (v.value if (v := self._session.vote(organisation_uid, alternative_code, c.number)) else None)
            for c in self.engagement.criteria
        ]

    def vote_progress(self, codes: list[str]) -> tuple[int, int]:
        """Votes given and votes expected on these alternatives."""
        e = self.engagement
        given = sum(cell.votes for cell in self.cells(codes).values())
        return given, len(codes) * len(e.criteria) * len(e.organisations)


class VotingState(QObject):
    """Which rounds are revealed to the room, and whether it sees each organisation's votes. What is revealed
    lives on the presenter channel, which the Room voting view reveals a criteria round through as well."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, presenter: PresenterChannel | None = None):
        super().__init__(parent)
        self._channel = presenter if presenter is not None else PresenterChannel(self)  # no projector: its own
        self._channel.votes_revealed_changed.connect(self.changed)
        self._channel.progress_changed.connect(self.changed)
        self.per_organisation = False  # False: the room sees only the agreed result, anonymised

    def round_progress(self, codes: list[str]) -> tuple[int, int] | None:
        """Votes given and asked for in the room round running on these alternatives (one), else None."""
        return self._channel.round_progress(codes[0]) if len(codes) == 1 else None

    def is_revealed(self, code: str) -> bool:
        """True when this round's votes may be shown (revealing all reveals every round)."""
        return self._channel.votes_revealed(code)

    def all_revealed(self, codes: list[str]) -> bool:
        """True when every one of these alternatives' votes may be shown."""
        return all(self.is_revealed(code) for code in codes)

    def set_revealed(self, code: str, revealed: bool) -> None:
        """Reveal (or hide again) the votes of one round."""
        self._channel.reveal_votes(code, revealed)

    def set_per_organisation(self, on: bool) -> None:
        """Show each organisation's votes (True) or only the agreed result (False)."""
        if on != self.per_organisation:
            self.per_organisation = on
            self.changed.emit()
