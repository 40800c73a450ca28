"""Criteria voting: the vote grid, the result table, weights, the radar and the map, and the reveal controls.

The panel builds and places them and follows the session; the result table's wiring is in results_pane,
the edits asked through a dialog in grid_edits, the projector's charts in projector, the missing votes'
note in missing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import joined, tr
from workshop.ui.session.presenter_channel import PresenterChannel
from workshop.ui.session.session import AGREED, ALTERNATIVES, ORGANISATIONS, VOTES, WEIGHTS, EngagementSession
from workshop.ui.widgets.common import COMBO_MAX, NOTE_STYLE, MessageLabel
from workshop.ui.widgets.layout import SplitOrTabs, fit_rows, publish_action, side_by_side, tab_chain
from workshop.ui.alternatives.voting import grid_edits, projector
from workshop.ui.alternatives.voting.charts import AlternativeRadar, FeasibilityLive, round_codes
from workshop.ui.alternatives.voting.grid_edits import short_name
from workshop.ui.alternatives.voting.missing import missing_text
from workshop.ui.alternatives.voting.model import VoteTableModel
from workshop.ui.alternatives.voting.results import ResultsModel, WeightsModel
from workshop.ui.alternatives.voting.results_pane import (
    add_results, fit_height, results_table, set_weights_note, weights_note, weights_note_text,
)
from workshop.ui.alternatives.voting.state import ALL_ROUND, ScoreBoard, VotingState
from workshop.ui.alternatives.voting.table import VoteTableView
from workshop.ui.widgets.accessible import labelled
from workshop.ui.widgets.column_or_tabs import ColumnOrTabs
from workshop.ui.widgets.flow_row import FlowRow
from workshop.ui.widgets.lines_label import LinesLabel

# The grid's side takes two thirds: at 1366 px its criteria's wording needs the width (the radar keeps its
# minimum width on a narrower screen); on a large screen the radar is as big as the height lets it be anyway.
PANES = (0.66, 0.34)
TALL = 800  # px: a page this high (1920×1080 gives ~930, 1366×768 ~620) has room for the hint's second line


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """`widgets` side by side, as one piece of a flowing row."""
    row = QWidget(parent)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    return row


class VotingPanel(QWidget):
    """The facilitator types each organisation's vote; results, charts and the projector follow at once."""

    def __init__(self, session: EngagementSession, board: ScoreBoard, state: VotingState,
                 presenter: PresenterChannel | None = None, parent=None):
        super().__init__(parent)
        self._session, self._board, self._state, self._presenter = session, board, state, presenter
        self.model = VoteTableModel(session, board, self)
        self.table = VoteTableView(self.model, self._alternative_title, self)
        self.table.verticalHeader().sectionDoubleClicked.connect(self.rename_criterion)
        # All alternatives side by side are wider than the pane: keep the sum row above the scroll bar.
        self.table.horizontalScrollBar().rangeChanged.connect(lambda *_: fit_rows(self.table))
        # The names wrap anew at another width: the rows were measured again (first), the grid follows them.
        self.table.verticalHeader().widened.connect(lambda: fit_rows(self.table))
        self.table.verticalHeader().setToolTip(tr("Double-click a criterion to change its wording."))
        self.weights_model = WeightsModel(session, self)  # first: the results' weights row reads it
        self.results_model = ResultsModel(session, board, self.weights_model, self)
        self.results = results_table(self.results_model, self)
        self.message = MessageLabel(self, name="votingMessage", collapse=True)
        self.missing = MessageLabel(self, name="votingMissing", style=NOTE_STYLE, collapse=True)
        self.weights_note = weights_note(self)
        self.radar = AlternativeRadar(session, board, None, self)
        self.radar.setObjectName("alternativeRadar")
        self.radar.setMinimumSize(350, 400)  # a 300 px radar with its legend below it (320 px drew 235 a side)
        self.map = FeasibilityLive(session, board, self)
        self.map.setObjectName("feasibilityMap")
        self.map.setMinimumHeight(260)
        self._build_controls()
        self._layout()
        self.model.refused.connect(self.message.setText)
        self.weights_model.refused.connect(self.message.setText)
        self.table.agreed_typed.connect(self.set_agreed_by_hand)
        session.changed.connect(self._on_changed)
        state.changed.connect(self._sync_reveal)
        self.choose(0)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Tables measured while the tab was hidden had no real sizes: measure them again now."""
        super().showEvent(event)
        self._measure()

    def _measure(self) -> None:
        self.results.measured.measure()
        fit_height(self.results)
        fit_rows(self.table)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._hint_lines()

    def _hint_lines(self) -> None:
        """The hint's second line where the page has the height for it."""
        self.hint.set_lines(2 if self.height() >= TALL else 1)

    # --- building -------------------------------------------------------------
    def _build_controls(self) -> None:
        self.alternative = QComboBox(self)
        self.alternative.setObjectName("votingAlternative")
        self.alternative.setMaximumWidth(COMBO_MAX)  # a long name widens it up to a limit, not the window
        self._fill_rounds()
        self.alternative.currentIndexChanged.connect(self.choose)
        self.reveal = QPushButton(tr("Reveal votes to the room"), self)
        self.reveal.setObjectName("revealVotes")
        self.reveal.setCheckable(True)
        self.reveal.setToolTip(tr("Until revealed, the projector shows only how many votes are in."))
        self.reveal.toggled.connect(lambda on: self._state.set_revealed(self.round(), on))
        self.agreed_only = QRadioButton(tr("Agreed result only (anonymised)"), self)
        self.agreed_only.setObjectName("showAgreedOnly")
        self.per_org = QRadioButton(tr("Each organisation's votes"), self)
        self.per_org.setObjectName("showPerOrganisation")
        group = QButtonGroup(self)
        group.addButton(self.agreed_only)
        group.addButton(self.per_org)
        self.agreed_only.setChecked(not self._state.per_organisation)
        self.per_org.setChecked(self._state.per_organisation)
        self.per_org.toggled.connect(self._state.set_per_organisation)
        self.reset_weights = QPushButton(tr("Equal weights"), self)
        self.reset_weights.setObjectName("resetWeights")
        self.reset_weights.clicked.connect(self.set_equal_weights)
        self.add_criterion_button = QPushButton(tr("Add criterion…"), self)
        self.add_criterion_button.setObjectName("addCriterion")
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.remove_criterion_button = QPushButton(tr("Remove criterion…"), self)
        self.remove_criterion_button.setObjectName("removeCriterion")
        self.remove_criterion_button.clicked.connect(self.remove_criterion)
        self.vote_rationale = QPushButton(tr("Rationale of vote…"), self)
        self.vote_rationale.setObjectName("voteRationale")
        self.vote_rationale.setToolTip(tr("Why the organisation gave the selected vote (shown in the minutes)."))
        self.vote_rationale.clicked.connect(self.ask_vote_rationale)
        self.to_projector = QPushButton(tr("Votes on projector"), self)
        self.to_projector.setObjectName("votesToProjector")
        self.to_projector.clicked.connect(self.show_votes_on_projector)
        self.to_projector.setEnabled(self._presenter is not None)
        for chart, publish in ((self.radar, self.show_votes_on_projector), (self.map, self.show_map_on_projector)):
            menu = chart.install_export_menu(dialogs, chart.caption)
            menu.extra_actions.append(publish_action(chart, tr("Show on projector"), publish))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(labelled(tr("Voting &on:"), self.alternative, self))
        top.addWidget(self.alternative, 1)
        top.addWidget(self.reveal)
        top.addWidget(self.to_projector)
        # The criterion buttons end the projector's row where it holds them (a row of their own above the
        # grid had cost 32 px at 1366×768), and go below it where it does not. They stay above the grid: a
        # criterion added or removed grows or shrinks the grid below them, so the button under the mouse stays.
        shows = FlowRow(last_to_right=True)
        shows.addWidget(_row(self, QLabel(tr("Projector shows:"), self), self.agreed_only, self.per_org))
        shows.addWidget(_row(self, self.add_criterion_button, self.remove_criterion_button))
        grid = QWidget()
        col = QVBoxLayout(grid)
        col.setContentsMargins(0, 0, 0, 0)
        # One line, the rest in its tooltip (two had pushed the weights under the fold at 1366×768); two where the
        # page has the height. Fixed: grown a layout pass late, it had laid the grid over the heading below.
        hint = self.hint = LinesLabel(1, grid, "color: #555;", fixed=True)
        hint.setObjectName("votingHint")
        hint.setText(tr("Type each organisation's vote (a digit); arrows move; Delete leaves no vote. "
                        "Typing in “Agreed” sets the score by hand, with a comment."))
        # The rationale of the vote chosen in the grid beside the hint above it: beside the results it was in the
        # other tab where the grid and the results are tabs.
        above = QHBoxLayout()
        above.addWidget(hint, 1)
        above.addWidget(self.vote_rationale, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(above)
        col.addWidget(self.table)
        col.addWidget(self.message)
        col.addWidget(self.missing)
        col.addStretch(1)
        results = QWidget()
        rcol = QVBoxLayout(results)
        rcol.setContentsMargins(0, 0, 0, 0)
        add_results(rcol, results, self.results, self.weights_note, self.reset_weights)
        rcol.addStretch(1)
        # The grid over the results where the page has the height for both (1366×768 and up), else tabs: at
        # 1229×690 the two together had needed ~250 px more than the page (it scrolled), each alone fits.
        self.parts = ColumnOrTabs([(tr("Votes per criterion"), grid), (tr("Results"), results)], "votingParts")
        self.parts.tabs.currentChanged.connect(lambda _index: self._measure())  # the tab behind was hidden too
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.parts)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        # One above the other where the screen is tall enough, else tabs (the user may drag the split).
        charts = SplitOrTabs([(tr("Votes"), self.radar), (tr("Potential and feasibility"), self.map)], (0.58, 0.42),
                             "votingCharts", right)
        self.charts = charts
        rcol.addWidget(charts, 1)
        body = QWidget(self)
        side_by_side(body, left, right, PANES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addLayout(shows)
        layout.addWidget(body, 1)
        # As they read: "Votes on projector" ends the first row (it had come after the criterion buttons below).
        tab_chain(self.alternative, self.reveal, self.to_projector, self.agreed_only, self.per_org,
                  self.add_criterion_button, self.remove_criterion_button, self.parts.tabs, self.vote_rationale,
                  self.table, self.results, self.reset_weights, self.charts.tabs, self.radar, self.map)

    # --- state ----------------------------------------------------------------
    def round(self) -> str:
        """The round being voted: one alternative's code, or ALL_ROUND."""
        return self.alternative.currentData() or ALL_ROUND

    def choose(self, _index: int) -> None:
        """Show the grid and radar of the chosen alternative (or all side by side)."""
        code = self.round()
        codes = round_codes(self._session, code)
        self.model.set_alternatives(codes)
        self.radar.show_alternative(None if code == ALL_ROUND else code)
        self._sync_reveal()
        self.message.clear()
        self.refresh()

    def _sync_reveal(self) -> None:
        self.reveal.blockSignals(True)
        self.reveal.setChecked(self._state.is_revealed(self.round()))
        self.reveal.blockSignals(False)
        self.reveal.setText(tr("Votes revealed") if self.reveal.isChecked() else tr("Reveal votes to the room"))
        self.reveal.setEnabled(bool(self._session.engagement.alternatives))  # nothing to reveal yet
        for button, on in ((self.per_org, self._state.per_organisation), (self.agreed_only, not self._state.per_organisation)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def _on_changed(self, part: str, keys: tuple = ()) -> None:
        if part in (VOTES, AGREED) and keys:  # cells' values only: no row's text or height changed
            self.message.clear()
            self._show_missing()
            return
        if part in (VOTES, AGREED, WEIGHTS, ORGANISATIONS, ALTERNATIVES):
            if part != WEIGHTS:
                self.message.clear()
            if part == ORGANISATIONS:
                self.model.set_alternatives(round_codes(self._session, self.round()))
            if part == ALTERNATIVES:  # names in the titles; a new alternative is a new round, and in “all”
                self._fill_rounds()
                if set(self.model.alternatives()) != set(round_codes(self._session, self.round())):
                    self.choose(self.alternative.currentIndex())
                self.table.horizontalHeader().viewport().update()
            self.refresh()

    def _fill_rounds(self) -> None:
        """The rounds to choose from: each alternative, then all side by side (keeps the current one; "all"
        chosen only because there were no alternatives yet gives way to the first one added)."""
        current = self.alternative.currentData() if self.alternative.count() > 1 else None
        self.alternative.blockSignals(True)
        self.alternative.clear()
        for a in self._session.engagement.alternatives:
            self.alternative.addItem(joined(" — ", (a.code, a.name)), a.code)
        self.alternative.addItem(tr("All alternatives side by side"), ALL_ROUND)
        self.alternative.setCurrentIndex(max(0, self.alternative.findData(current)))
        self.alternative.blockSignals(False)

    def _alternative_title(self, code: str) -> str:
        names = {a.code: a.name for a in self._session.engagement.alternatives}
        return f"{code} — {names.get(code, '')}"

    def refresh(self) -> None:
        """Missing votes and the weights note (tables and charts follow the session themselves)."""
        self._show_missing()
        set_weights_note(self.weights_note, weights_note_text(self._session))
        fit_height(self.results)
        fit_rows(self.table)

    def _show_missing(self) -> None:
        text = missing_text(self._board, self.model.alternatives(), lambda name: short_name(self, name))
        if text:
            self.missing.setText(text)
        else:
            self.missing.clear()

    # --- edits -----------------------------------------------------------------
    def add_criterion(self) -> None:
        """Ask for a new criterion's wording and add it last, on the same scale as the others (undoable)."""
        grid_edits.add_criterion(self, self._session, self.message.setText)

    def remove_criterion(self) -> None:
        """Ask which criterion to remove (and confirm, naming its votes); Undo puts it back with them."""
        grid_edits.remove_criterion(self, self._session, self.message.setText)

    def rename_criterion(self, row: int) -> None:
        """Ask for a criterion's new wording and store it (one undoable edit)."""
        grid_edits.rename_criterion(self, self._session, row, self.message.setText)

    def set_agreed_by_hand(self, index: QModelIndex, value: int) -> None:
        """Ask why the room agreed on this value instead of the median, then store it."""
        grid_edits.set_agreed_by_hand(self, self._session, self._board, self.model, index, value)

    def ask_vote_rationale(self) -> None:
        """Ask why the organisation gave the selected vote, then store it with the vote (undoable)."""
        grid_edits.ask_vote_rationale(self, self._session, self.model, self.table.currentIndex(),
                                      self.message.setText)

    def set_equal_weights(self) -> None:
        """Every criterion back to weight 1 (one undoable edit)."""
        self.weights_model.set_weights({c.number: 1.0 for c in self._session.engagement.criteria},
                                       tr("Equal weights"))

    # --- the projector ---------------------------------------------------------
    def show_votes_on_projector(self) -> None:
        """Put this round's votes on the projector: hidden until revealed, then per organisation or agreed only."""
        projector.show_votes(self._presenter, self._session, self._board, self._state, self.round())

    def show_map_on_projector(self) -> None:
        """The potential-vs-feasibility map on the projector (hidden until every alternative is revealed, and
        while a potential round runs: its markers moved with each phone's score)."""
        projector.show_map(self._presenter, self._session, self._board, self._state)

    def show_results_on_projector(self) -> None:
        """The sums per alternative on the projector (hidden until every alternative is revealed)."""
        projector.show_results(self._presenter, self._session, self._board, self._state)
