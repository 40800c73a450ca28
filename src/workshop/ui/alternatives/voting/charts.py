"""Live voting charts: a radar per alternative over the criteria, the potential-vs-feasibility map,
the sums per alternative, and the presenter's gate that keeps votes hidden until revealed."""

from __future__ import annotations

import dataclasses

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.charts.bars import BarChart, BarSeries
from workshop.charts.feasibility import FeasibilityMap, MapPoint
from workshop.charts.palette import LIGHT, Theme, series_marker
from workshop.charts.radar import MAX_SEPARATE, NAME_MAX, RadarChart, RadarSeries
from workshop.charts.rich_text import short_label
from workshop.ui.session.session import (
    AGREED, ALTERNATIVES, FRAMEWORK, INFO, ORGANISATIONS, POTENTIALS, VOTES, WEIGHTS, EngagementSession,
)
from workshop.ui.widgets.live_chart import (
    NO_ALTERNATIVES, NO_CRITERIA, NO_VOTES, LiveChartMixin, first_missing, follow_live, follow_live_changes,
)
from workshop.ui.alternatives.voting.state import ALL_ROUND, ScoreBoard, VotingState
from workshop.domain.gaps import VOTE_GAP_WORDS
from workshop.domain.messages import msg
from workshop.ui.widgets.i18n import counted, tr
from workshop.ui.widgets.sums import partly_scored, sum_text

VOTE_PARTS = (VOTES, AGREED, WEIGHTS, ORGANISATIONS, INFO, ALTERNATIVES, FRAMEWORK)
WINNER_COLOUR = "#009E73"
OTHER_COLOUR = "#8FA3B8"



def votes_missing(board: ScoreBoard, codes: set[str] | None = None) -> str:
    """What a votes chart of these alternatives (None: all) lacks before it draws anything (see
    LiveChartMixin.missing)."""
    e = board.engagement
    voted = any(cell.value is not None for cell in board.cells(codes).values())
    return first_missing((e.alternatives, NO_ALTERNATIVES), (e.criteria, NO_CRITERIA), (voted, NO_VOTES))


def radar_caption(code: str | None, translate: Callable[[str], str] = tr) -> str:
    """The title of an alternative's radar (None: all alternatives) in the language `translate` gives."""
    if code is None:
        return translate(msg("Agreed scores per criterion — all alternatives"))
    return translate(msg("Alternative {code} — scores per criterion")).format(code=code)


class AlternativeRadar(LiveChartMixin, RadarChart):
    """One alternative's agreed scores over the criteria (with each organisation's votes), or all alternatives."""

    PARTS = VOTE_PARTS

    def __init__(self, session: EngagementSession, board: ScoreBoard, code: str | None = None, parent=None,
                 show_votes: bool = True, theme: Theme = LIGHT, font_size: int = 12,
                 translate: Callable[[str], str] = tr):
        self._t = translate  # the projector's charts speak the document language
        scale = max((c.scale_max for c in session.engagement.criteria), default=4)
        # An organisation (or an alternative) with no vote yet is a greyed name in the legend, not a polygon at
        # the centre; one with some criteria unvoted has gaps there, and its name says so.
        RadarChart.__init__(self, parent, maximum=scale, font_size=font_size, theme=theme,
                            decimal_mark=getattr(translate, "decimal_mark", None),
                            gap_words=(translate(VOTE_GAP_WORDS[0]), translate(VOTE_GAP_WORDS[1])))
        self.board = board
        self.code = code
        self.show_votes = show_votes
        self.bind(session)
        self.redraw()

    def show_alternative(self, code: str | None, show_votes: bool | None = None) -> None:
        """Show one alternative (None: all of them, agreed scores only)."""
        self.code = code
        if show_votes is not None:
            self.show_votes = show_votes
        self.redraw()

    def caption(self) -> str:
        return radar_caption(self.code, self._t)

    def missing(self) -> str:
        known = {a.code for a in self.board.engagement.alternatives}
        return votes_missing(self.board, {self.code} if self.code in known else None)

    def draw(self) -> None:
        e = self.board.engagement
        self.set_axes([str(c.number) for c in e.criteria])
        codes = [a.code for a in e.alternatives]
        grid = self.board.cells([self.code] if self.code in codes else None)
        if self.code not in codes:
            self.set_series([
                RadarSeries(code, [grid[(code, c.number)].value for c in e.criteria], colour=self.colour(i), width=3)
                for i, code in enumerate(codes)
            ])
            return
        index = codes.index(self.code)
        agreed = RadarSeries(self._t(msg("{code}, agreed")).format(code=self.code),
                             [grid[(self.code, c.number)].value for c in e.criteria],
                             colour=self.theme.reference, width=4)
        # With no agreed score yet there is no line to draw: a polygon of nothing had put a dot at the centre.
        agreed_line = [agreed] if any(v is not None for v in agreed.values) else []
        if not self.show_votes:
            self.set_series([RadarSeries(agreed.label, agreed.values, colour=self.colour(index), width=4)
                             for agreed in agreed_line])
            return
        # Beside the votes the agreed line is a dashed reference (as the potential radar's median): drawn
        # solid and wider on top, it hid an organisation whose votes were exactly the agreed ones.
        agreed_line = [dataclasses.replace(agreed, dashed=True) for agreed in agreed_line]
        orgs = list(e.organisations)
        votes = [self.board.votes_of(o.uid, self.code) for o in orgs]
        if len(orgs) <= MAX_SEPARATE:
            series = [RadarSeries(short_label(o.name, NAME_MAX), v, colour=self.colour(i), width=1.8,
                                  marker=series_marker(i))  # cut as the potential radar's
                      for i, (o, v) in enumerate(zip(orgs, votes))]
            self.set_series(series + agreed_line)
        else:
            matrix = np.array([[np.nan if x is None else x for x in v] for v in votes], dtype=float)
            self.set_many(matrix, agreed_line, label=self._t(msg("{n} organisations")).format(n=len(orgs)))


class FeasibilityLive(LiveChartMixin, FeasibilityMap):
    """The report's picture 18: share of potential covered (x) against the criteria sum (y)."""

    PARTS = VOTE_PARTS + (POTENTIALS,)

    def __init__(self, session: EngagementSession, board: ScoreBoard, parent=None, theme: Theme = LIGHT,
                 font_size: int = 12, translate: Callable[[str], str] = tr):
        self._t = translate
        FeasibilityMap.__init__(self, parent, font_size=font_size, theme=theme,
                                decimal_mark=getattr(translate, "decimal_mark", None),
                                x_label=translate(msg("Share of the total potential covered")),
                                y_label=translate(msg("Criteria sum (feasibility)")))
        self.board = board
        self.bind(session)
        self.redraw()

    def caption(self) -> str:
        return self._t(msg("Alternatives: potential against feasibility"))

    def missing(self) -> str:
        return votes_missing(self.board)

    def draw(self) -> None:
        e = self.board.engagement
        low = sum(c.weight * c.scale_min for c in e.criteria)
        high = sum(c.weight * c.scale_max for c in e.criteria)
        index = {a.code: i for i, a in enumerate(e.alternatives)}
        # A point's height is its sum: one of some criteria alone says so, as the sums' bars do ("S (3 of 7)").
        results = {r.code: r for r in self.board.results()}
        self.set_points(
            [MapPoint(partly_scored(p.code, results[p.code].scored, len(results[p.code].scores), self._t),
                      p.potential_share, p.criteria_sum, self.colour(index[p.code])) for p in self.board.points()],
            (low, high),
        )


class ResultBars(LiveChartMixin, BarChart):
    """Each alternative's (weighted) sum, the winner in green: the agreed result, anonymised."""

    PARTS = VOTE_PARTS

    def __init__(self, session: EngagementSession, board: ScoreBoard, parent=None, theme: Theme = LIGHT,
                 font_size: int = 12, translate: Callable[[str], str] = tr):
        self._t = translate
        BarChart.__init__(self, parent, font_size=font_size, theme=theme, y_label=translate(msg("Criteria sum")),
                          decimal_mark=getattr(translate, "decimal_mark", None))
        self.board = board
        self.bind(session)
        self.redraw()

    def caption(self) -> str:
        return self._t(msg("Criteria sums per alternative"))

    def missing(self) -> str:
        return votes_missing(self.board)

    def draw(self) -> None:
        results = self.board.results()
        rob = self.board.robustness()
        leaders = set(rob.leaders)
        colours = [WINNER_COLOUR if r.code in leaders else OTHER_COLOUR for r in results]
        top = max([r.weighted_sum for r in results if r.weighted_sum is not None] + [1])  # unscored: no bar
        self.set_bars([r.code for r in results],
                      [BarSeries(self._t(msg("Sum")), [r.weighted_sum for r in results],
                                 texts=[sum_text(r.weighted_sum, r.scored, len(r.scores), self._t, self.decimal_mark)
                                        for r in results], colours=colours)],
                      y_max=top * 1.18)


class RevealGate(QWidget):
    """For the projector: a votes chart that stays hidden (showing only how many votes are in) until revealed."""

    hiding_changed = Signal(bool)  # True: the room sees the notice, not the votes

    def __init__(self, session: EngagementSession, board: ScoreBoard, state: VotingState, codes: list[str],
                 build: Callable[[bool], QWidget], title: str = "", parent=None, font_px: int = 40,
                 translate: Callable[[str], str] = tr):
        super().__init__(parent)
        self._t = translate
        self.setObjectName("revealGate")
        self._session, self._board, self._state, self._codes = session, board, state, codes
        self._build = build
        self.chart: QWidget | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("hiddenNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"font-size: {font_px}px; font-weight: bold;")
        self._title = title
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.notice, 1)
        state.changed.connect(self.update_gate)
        session.changed.connect(self._on_changed)
        self._live = False
        self._shown: bool | None = None
        self.update_gate()

    def follow_live(self) -> None:
        """The count of votes in, and the chart once revealed, follow the session's `live` changes (the
        projector; see LiveChartMixin.follow_live)."""
        if self._live:
            return
        self._live = True
        follow_live_changes(self._session, self._on_changed)
        if self.chart is not None:
            follow_live(self.chart)

    def revealed(self) -> bool:
        return self._state.all_revealed(self._codes)

    def hides_votes(self) -> bool:
        """Whether the room sees the notice instead of the votes (the presenter window's question)."""
        return not self.revealed()

    def _on_changed(self, part: str) -> None:
        if part in VOTE_PARTS and not self.revealed():
            self._update_notice()

    def _update_notice(self) -> None:
        progress = self._state.round_progress(self._codes)  # a room round: its own votes, not the file's
        given, expected = progress if progress is not None else self._board.vote_progress(self._codes)
        self.notice.setText(counted(expected, self._t(msg("{title}\n\nVotes are hidden until the facilitator reveals them.\n"
                                                          "{given} of 1 vote is in.")),
                                    self._t(msg("{title}\n\nVotes are hidden until the facilitator reveals them.\n"
                                                "{given} of {n} votes are in.")), title=self._title, given=given).strip())

    def update_gate(self) -> None:
        """Show the chart when revealed (per organisation or agreed only), else the notice."""
        revealed = self.revealed()
        key = (revealed, self._state.per_organisation)
        if key == self._shown:
            if not revealed:  # a room round began or ended on it: its count
                self._update_notice()
            return
        hid = self._shown is not None and not self._shown[0]
        self._shown = key
        if self.chart is not None:
            self._layout.removeWidget(self.chart)
            self.chart.deleteLater()
            self.chart = None
        self.notice.setVisible(not revealed)
        if revealed:
            self.chart = self._build(self._state.per_organisation)
            if self._live:
                follow_live(self.chart)
            self.chart.setParent(self)
            self._layout.addWidget(self.chart, 1)
            self.chart.show()
        else:
            self._update_notice()
        if hid == revealed:
            self.hiding_changed.emit(not revealed)


def round_codes(session: EngagementSession, code: str) -> list[str]:
    """The alternatives a round covers (all of them for the all-at-once round)."""
    if code == ALL_ROUND:
        return [a.code for a in session.engagement.alternatives]
    return [code]
