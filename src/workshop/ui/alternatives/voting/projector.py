"""The voting tab's charts put on the projector, in the document's language: this round's votes (hidden until
revealed, then per organisation or agreed only), the potential-vs-feasibility map and the sums per
alternative (both hidden until every alternative is revealed)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop.charts.palette import DARK
from workshop.domain.messages import msg
from workshop.ui.alternatives.voting.charts import (
    AlternativeRadar, FeasibilityLive, ResultBars, RevealGate, radar_caption, round_codes,
)
from workshop.ui.alternatives.voting.state import ALL_ROUND, ScoreBoard, VotingState
from workshop.ui.session.presenter_channel import SEAL_POTENTIAL, PresenterChannel, PresenterContent
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.axis_key import AxisKey, alternatives_key
from workshop.ui.widgets.layout import PRESENTER_FONT


def show_votes(presenter: PresenterChannel | None, session: EngagementSession, board: ScoreBoard,
               state: VotingState, code: str) -> None:
    """Put the round `code`'s votes on the projector: hidden until revealed, then per organisation or agreed
    only."""
    if presenter is None:
        return
    translate = presenter.translate  # the room reads the document language
    shown = None if code == ALL_ROUND else code

    def build(per_org: bool) -> QWidget:
        return AlternativeRadar(session, board, shown, show_votes=per_org, theme=DARK,
                                font_size=presenter.chart_points(PRESENTER_FONT), translate=translate)

    presenter.publish(PresenterContent(
        kind="chart", title=radar_caption(shown, translate),
        chart_factory=lambda: RevealGate(session, board, state, round_codes(session, code), build,
                                         translate=translate),
        key_factory=lambda: AxisKey(session, lambda: [(str(c.number), c.text)
                                                      for c in session.engagement.criteria])))


def _publish_results(presenter: PresenterChannel | None, session: EngagementSession, board: ScoreBoard,
                     state: VotingState, caption: str, make, seal: str = "") -> None:
    if presenter is None:
        return
    codes = [a.code for a in session.engagement.alternatives]
    translate = presenter.translate
    presenter.publish(PresenterContent(
        kind="chart", title=translate(caption), seal=seal,
        chart_factory=lambda: RevealGate(session, board, state, codes, lambda _per_org: make(translate),
                                         translate=translate),
        key_factory=lambda: alternatives_key(session)))


def show_map(presenter: PresenterChannel | None, session: EngagementSession, board: ScoreBoard,
             state: VotingState) -> None:
    """The potential-vs-feasibility map on the projector (hidden until every alternative is revealed, and
    while a potential round runs: its markers moved with each phone's score)."""
    _publish_results(presenter, session, board, state, msg("Alternatives: potential against feasibility"),
                     lambda translate: FeasibilityLive(session, board, theme=DARK, translate=translate,
                                                       font_size=presenter.chart_points(PRESENTER_FONT)),
                     seal=SEAL_POTENTIAL)


def show_results(presenter: PresenterChannel | None, session: EngagementSession, board: ScoreBoard,
                 state: VotingState) -> None:
    """The sums per alternative on the projector (hidden until every alternative is revealed)."""
    _publish_results(presenter, session, board, state, msg("Criteria sums per alternative"),
                     lambda translate: ResultBars(session, board, theme=DARK, translate=translate,
                                                  font_size=presenter.chart_points(PRESENTER_FONT)))
