"""Robustness: how close the result is — the winner's margin and the smallest change that would flip it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import isolate, joined, tr
from workshop.ui.session.presenter_channel import PresenterChannel
from workshop.ui.session.session import AGREED, ALTERNATIVES, ORGANISATIONS, VOTES, WEIGHTS, EngagementSession
from workshop.ui.alternatives.info import plain_label
from workshop.ui.widgets.when_shown import RefreshWhenShown
from workshop.ui.widgets.common import NAME_COLUMN_MAX
from workshop.ui.widgets.layout import cap_cells, chart_pane, publish_action, side_by_side
from workshop.charts.rich_text import tooltip
from workshop.ui.alternatives.voting.charts import ResultBars
from workshop.ui.alternatives.voting.state import ScoreBoard
from workshop.ui.widgets.entry import tab_leaves
from workshop.ui.widgets.robustness_text import (
    alternative, headline, join as _join, not_compared, points as _pts, verdict,
)

PARTS = (VOTES, AGREED, WEIGHTS, ORGANISATIONS, ALTERNATIVES)


class RobustnessPanel(RefreshWhenShown, QWidget):
    """The margin, every single vote that would flip the result, the smallest weight change, and what is missing."""

    def __init__(self, session: EngagementSession, board: ScoreBoard, publish_results=None,
                 presenter: PresenterChannel | None = None, parent=None):
        super().__init__(parent)
        self._session, self._board = session, board
        self.headline = plain_label(self, "robustnessHeadline", "font-size: 18pt; font-weight: bold;")
        self.verdict = plain_label(self, "robustnessVerdict", "font-size: 14pt;")
        self.rule = plain_label(self, "robustnessRule", "color: #555;")
        self.rule.setText(tr("A tie for first counts as losing the lead: the winner must be first alone. Margins "
                             "are in agreed-score points (weights rescaled to average 1)."))
        self.weights = plain_label(self, "robustnessWeights")
        self.weight_flip = plain_label(self, "robustnessWeightFlip", "font-size: 12pt;")
        self.notes = plain_label(self, "robustnessNotes", "color: #7A5B00;")
        self.flips = QTableWidget(0, 6, self)
        self.flips.setObjectName("voteFlips")
        self.flips.setHorizontalHeaderLabels([tr("Organisation"), tr("Alternative"), tr("Criterion"), tr("Vote now"),
                                              tr("Moved to"), tr("Then first")])
        self.flips.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(self.flips, typed_into=False)
        self.flips.verticalHeader().hide()
        self.flips.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.flips.horizontalHeader().setStretchLastSection(True)
        # "Then first" names every leader of a tie: it wraps in its cell (rows grow) rather than being cut.
        self.flips.setWordWrap(True)
        self.flips.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.flips.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cap_cells(self.flips, width=NAME_COLUMN_MAX, lines=3)  # a long organisation name: whole in its tooltip
        self.chart = ResultBars(session, board, self)
        self.chart.setObjectName("robustnessChart")
        self.chart.setMinimumSize(360, 300)
        menu = self.chart.install_export_menu(dialogs, self.chart.caption)
        project = QPushButton(tr("Show sums on projector"), self)
        project.setObjectName("robustnessToProjector")
        project.setEnabled(publish_results is not None and presenter is not None)
        if publish_results is not None:
            project.clicked.connect(publish_results)
            menu.extra_actions.append(publish_action(self.chart, tr("Show on projector"), publish_results))
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        for w in (self.headline, self.verdict, self.rule, self.weights):
            col.addWidget(w)
        heading = QLabel(tr("Single votes that would change the result (each moved by one step)"), left)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        col.addWidget(heading)
        col.addWidget(self.flips, 1)
        col.addWidget(self.weight_flip)
        col.addWidget(self.notes)
        right = chart_pane(project, self.chart)
        side_by_side(self, left, right, (0.6, 0.4))
        session.changed.connect(lambda part: part in PARTS and self.refresh_when_shown())
        self.refresh()

    def refresh(self) -> None:
        """Recompute the robustness and show it."""
        self._stale = False
        r = self._board.robustness()
        e = self._session.engagement
        names = e.organisation_by_uid()
        self.headline.setText(headline(r))
        self.verdict.setText(verdict(r))
        if r.equal_weights:
            self.weights.setText(tr("Weights: all criteria weigh the same."))
        else:
            listed = ", ".join(f"{c.number}: {_pts(c.weight)}" for c in e.criteria)
            self.weights.setText(tr("Weights: {list}.").format(list=listed))
        self.flips.setRowCount(len(r.vote_flips))
        for row, f in enumerate(r.vote_flips):
            org = names[f.organisation_uid].name if f.organisation_uid in names else "?"
            first = f.leaders[0] if f.strict else tr("tie: {leaders}").format(leaders=_join(list(f.leaders)))
            cells = (org, f.alternative_code, str(f.criterion_number), str(f.old), str(f.new),
                     f"{first} ({_pts(f.leader_points)})")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                self.flips.setItem(row, column, item)
        if r.winner and r.weight_flip:
            w = r.weight_flip
            self.weight_flip.setText(tr("Smallest weight change: a weight of {new} instead of {old} on criterion {n} "
                                        "would make {challenger} tie with {winner}.").format(
                new=_pts(w.new), old=_pts(w.old), n=w.criterion_number, challenger=alternative(w.challenger),
                winner=alternative(r.winner)))
        elif r.winner:
            self.weight_flip.setText(tr("No change of a single weight can end the lead."))
        else:
            self.weight_flip.clear()
        notes = []
        if not_compared(r):
            notes.append(not_compared(r))
        compared = r.missing_compared()  # an alternative nobody voted on is named as not compared instead
        if compared:
            missing = (tr("1 vote is missing; agreed scores use the votes given.") if len(compared) == 1 else
                       tr("{n} votes are missing; agreed scores use the votes given.").format(n=len(compared)))
            notes.append(missing)
        if r.set_by_hand:
            cells = joined(", ", (f"{isolate(code)}/{n}" for code, n in r.set_by_hand))
            notes.append(tr("Set by hand (votes cannot move these): {cells}.").format(cells=cells))
        self.notes.setText(" ".join(notes))
