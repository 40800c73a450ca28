"""Criteria voting: the vote grid, the result table, weights, the radar and the map, and the reveal controls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.charts.palette import DARK
from workshop.domain.messages import msg
from workshop.domain.model import Criterion
from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import push_or_report
from workshop.ui.session.edits import AddCriterion, RemoveCriterion, RewordCriterion
from workshop.ui.widgets.i18n import joined, tr
from workshop.ui.session.presenter_channel import SEAL_POTENTIAL, PresenterChannel, PresenterContent
from workshop.ui.session.session import AGREED, ALTERNATIVES, ORGANISATIONS, VOTES, WEIGHTS, EngagementSession
from workshop.ui.widgets.common import COMBO_MAX, NOTE_STYLE, MessageLabel
from workshop.ui.widgets.axis_key import AxisKey, alternatives_key
from workshop.ui.widgets.measured import MeasuredColumns
from workshop.ui.widgets.layout import SplitOrTabs, cell_font, fit_rows, publish_action, side_by_side
from workshop.ui.widgets.layout import PRESENTER_FONT
from workshop.ui.widgets.dialog_edits import remove_via_dialog, rename_via_dialog
from workshop.ui.alternatives.voting.charts import (
    AlternativeRadar, FeasibilityLive, ResultBars, RevealGate, radar_caption, round_codes,
)
from workshop.ui.alternatives.voting.missing import by_organisation
from workshop.ui.alternatives.voting.model import VOTE, VoteTableModel
from workshop.ui.alternatives.voting.results import ResultsModel, WeightsModel, equal_weights
from workshop.ui.alternatives.voting.state import ALL_ROUND, ScoreBoard, VotingState
from workshop.ui.alternatives.voting.table import VoteTableView
from workshop.charts.locale import number
from workshop.ui.widgets.entry import tab_leaves
from workshop.ui.widgets.accessible import labelled
from workshop.ui.widgets.flow_row import FlowRow
from workshop.ui.widgets.lines_label import LinesLabel, elide_lines

MISSING_SHOWN = 6
NAME_LETTERS = 40  # an organisation named in a question or a note is cut to about this many letters
# The grid's side takes two thirds: at 1366 px its criteria's wording needs the width (the radar keeps its
# minimum width on a narrower screen); on a large screen the radar is as big as the height lets it be anyway.
PANES = (0.66, 0.34)
# The buttons and the weights' note beside the results take a column this many letters wide (the wider
# button's width if more): at 1366 px the note's four lines and the two buttons are as high as the example's
# results (four alternatives). A fixed width: a column sharing the row's width had the note's height found a
# layout pass late.
BESIDE_LETTERS = 22
HEADING_GAP = 2  # px between the results' heading and its table
TALL = 800  # px: a page this high (1920×1080 gives ~930, 1366×768 ~620) has room for the hint's second line



def _small_table(model, name: str, parent: QWidget, fitted=lambda: ()) -> QTableView:
    """A small table: columns share the width, those `fitted()` names as wide as their contents, rows as tall
    as theirs (measured, not ResizeToContents, which re-measures every cell at each vote)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    cell_font(table, 12)
    table.measured = MeasuredColumns(table, fitted)
    table.measured.measure()
    return table


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """`widgets` side by side, as one piece of a flowing row."""
    row = QWidget(parent)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    return row


def fit_height(table: QTableView) -> None:
    """Tall enough for every row, no scroll bar."""
    model = table.model()
    rows = sum(table.rowHeight(r) for r in range(model.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)


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
        # Sum, Weighted and Rank as wide as their headings ("Viktad", "Weighted" whole); the criteria share the rest.
        # The weights are its last row, each under its criterion's number (a table of their own, below, had put
        # them under the fold at 1366×768).
        self.results = _small_table(self.results_model, "resultsTable", self, fitted=lambda: range(
            self.results_model.columnCount() - 3, self.results_model.columnCount()))
        tab_leaves(self.results, typed_into=False)
        self.message = MessageLabel(self, name="votingMessage", collapse=True)
        self.missing = MessageLabel(self, name="votingMissing", style=NOTE_STYLE, collapse=True)
        self.weights_note = QLabel(self)
        self.weights_note.setObjectName("weightsNote")
        self.weights_note.setWordWrap(True)
        self.weights_note.setTextFormat(Qt.TextFormat.PlainText)
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
        top.addWidget(labelled(tr("Voting on:"), self.alternative, self))
        top.addWidget(self.alternative, 1)
        top.addWidget(self.reveal)
        top.addWidget(self.to_projector)
        # The criterion buttons end the projector's row where it holds them (a row of their own above the
        # grid had cost 32 px at 1366×768), and go below it where it does not. They stay above the grid: a
        # criterion added or removed grows or shrinks the grid below them, so the button under the mouse stays.
        shows = FlowRow(last_to_right=True)
        shows.addWidget(_row(self, QLabel(tr("Projector shows:"), self), self.agreed_only, self.per_org))
        shows.addWidget(_row(self, self.add_criterion_button, self.remove_criterion_button))
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        # One line, the rest in its tooltip (two had pushed the weights under the fold at 1366×768); two where the
        # page has the height. Fixed: grown a layout pass late, it had laid the grid over the heading below.
        hint = self.hint = LinesLabel(1, left, "color: #555;", fixed=True)
        hint.setObjectName("votingHint")
        hint.setText(tr("Type each organisation's vote (a digit); arrows move; Delete leaves no vote. "
                        "Typing in “Agreed” sets the score by hand, with a comment."))
        col.addWidget(hint)
        col.addWidget(self.table, 3)
        col.addWidget(self.message)
        col.addWidget(self.missing)
        heading = QLabel(tr("Result: agreed score per criterion, sum and rank"), left)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        heading.setWordWrap(True)
        section = QVBoxLayout()
        section.setSpacing(HEADING_GAP)  # the heading close to the table it heads
        section.addWidget(heading)
        # The buttons and the weights' note beside the results, not under them (a row of their own with the
        # note under it lay 27–50 px under the fold in Swedish at 1366×768): the vote's rationale at the top,
        # nearest the grid, "Equal weights" at the bottom, level with the weights row, the note just above it.
        results = QHBoxLayout()
        results.addWidget(self.results, 1, Qt.AlignmentFlag.AlignTop)
        width = max(self.vote_rationale.sizeHint().width(), self.reset_weights.sizeHint().width(),
                    self.weights_note.fontMetrics().averageCharWidth() * BESIDE_LETTERS)
        beside = QVBoxLayout()
        for widget in (self.vote_rationale, self.weights_note, self.reset_weights):
            widget.setFixedWidth(width)
        beside.addWidget(self.vote_rationale)
        beside.addStretch(1)
        beside.addWidget(self.weights_note)
        beside.addWidget(self.reset_weights)
        results.addLayout(beside)
        section.addLayout(results)
        col.addLayout(section)
        col.addStretch(1)
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

    def add_criterion(self) -> None:
        """Ask for a new criterion's wording and add it last, on the same scale as the others (undoable)."""
        criteria = self._session.engagement.criteria
        text = dialogs.ask_text(self, tr("Add criterion"), tr("Wording:"))
        if text is None:
            return
        low, high = (criteria[0].scale_min, criteria[0].scale_max) if criteria else (1, 4)
        criterion = Criterion(number=max((c.number for c in criteria), default=0) + 1, text=text.strip(),
                              scale_min=low, scale_max=high)
        session = self._session
        push_or_report(session.undo_stack, AddCriterion(session, criterion), self.message.setText)

    def remove_criterion(self) -> None:
        """Ask which criterion to remove (and confirm, naming its votes); Undo puts it back with them."""
        e = self._session.engagement
        crit = dialogs.ask_item(self, tr("Remove criterion"), tr("Criterion:"), e.criteria,
                                lambda c: f"{c.number}. {c.text}")
        if crit is None:
            return
        votes = sum(1 for v in e.votes if v.criterion_number == crit.number)
        session = self._session
        question = tr("Remove criterion {n}? Votes on it: {votes}. Undo puts it back.")
        remove_via_dialog(self, tr("Remove criterion"), question.format(n=crit.number, votes=votes),
                          RemoveCriterion(session, crit), session.undo_stack, self.message.setText)

    def rename_criterion(self, row: int) -> None:
        """Ask for a criterion's new wording and store it (one undoable edit)."""
        criteria = self._session.engagement.criteria
        if not 0 <= row < len(criteria):
            return
        crit = criteria[row]
        session = self._session
        rename_via_dialog(self, tr("Criterion {n}").format(n=crit.number), tr("Wording:"), crit.text,
                          lambda value: RewordCriterion(session, crit, value), session.undo_stack,
                          self.message.setText)

    def refresh(self) -> None:
        """Missing votes and the weights note (tables and charts follow the session themselves)."""
        self._show_missing()
        if equal_weights(self._session):
            self.weights_note.setText(tr("All criteria weigh the same, as in the report: the rank follows the plain "
                                         "sum."))
        else:
            self.weights_note.setText(tr("Criteria are weighted: the rank follows the weighted sum."))
        # All its lines at its fixed width, known before it is laid out (not a layout pass late).
        self.weights_note.setMinimumHeight(self.weights_note.heightForWidth(self.weights_note.width()))
        fit_height(self.results)
        fit_rows(self.table)

    def _show_missing(self) -> None:
        e = self._session.engagement
        first = (tr("Add the criteria first (“Add criterion…” above): each is a row of the grid.") if not e.criteria
                 else tr("Add the alternatives first, in the Alternatives tab: each is voted on here.")
                 if not e.alternatives else
                 tr("Add the organisations taking part first, in the Engagement view: each votes in a column.")
                 if not e.organisations else "")
        if first:  # an empty grid: say where to begin
            self.missing.setText(first)
            return
        grid = self._board.grid()
        names = self._session.engagement.organisation_by_uid()
        codes = set(self.model.alternatives())
        gaps = [(names[o].name, code, n) for (code, n), cell in grid.items() if code in codes
                for o in cell.missing if o in names]
        if gaps:
            width = self.fontMetrics().averageCharWidth() * NAME_LETTERS
            entries = by_organisation(gaps, lambda name: elide_lines(name, self.font(), width, 1))
            listed = ", ".join(entries[:MISSING_SHOWN])  # organisations, each named once
            more = tr(" and {n} more").format(n=len(entries) - MISSING_SHOWN) if len(entries) > MISSING_SHOWN else ""
            self.missing.setText(tr("Missing votes ({n}): {list}{more}. Agreed scores use the votes given.").format(
                n=len(gaps), list=listed, more=more))
        else:
            self.missing.clear()

    # --- edits -----------------------------------------------------------------
    def set_agreed_by_hand(self, index: QModelIndex, value: int) -> None:
        """Ask why the room agreed on this value instead of the median, then store it."""
        model = self.model
        col = model.column(index)
        crit = model.criterion(index.row())
        cell = self._board.grid()[(col.alternative, crit.number)]
        current = next((a.comment for a in self._session.engagement.agreed_scores
                        if (a.alternative_code, a.criterion_number) == (col.alternative, crit.number)), "")
        comment = dialogs.ask_text(
            self, tr("Agreed score set by hand"),
            tr("{alt}, criterion {n}: the room agrees on {value} (median of the votes: {median}). Why?").format(
                alt=col.alternative, n=crit.number, value=value,
                median="–" if cell.value is None or cell.source == "set" else number(cell.value)),
            current)
        if comment is None:
            return
        model.set_agreed(index, str(value), comment)

    def ask_vote_rationale(self) -> None:
        """Ask why the organisation gave the selected vote, then store it with the vote (undoable)."""
        index = self.table.currentIndex()
        model = self.model
        if not index.isValid() or model.kind(index) != VOTE:
            self.message.setText(tr("Choose an organisation's vote first."))
            return
        col, crit = model.column(index), model.criterion(index.row())
        org = self._session.engagement.organisations[col.organisation]
        vote = self._session.vote(org.uid, col.alternative, crit.number)
        # Named: the dialog covers the grid, and "this vote" no longer said which. A long name is shortened to a
        # line (a 280-character one had filled the question); the grid beside it has it whole.
        name = elide_lines(org.name, self.font(), self.fontMetrics().averageCharWidth() * NAME_LETTERS, 1)
        question = (tr("Why did {org} give {alt}, criterion {n} ({criterion}) a {value}?") if vote else
                    tr("Why did {org} vote as it did on {alt}, criterion {n} ({criterion})?"))
        text = dialogs.ask_text(self, tr("Reason for the vote"), question.format(
            org=name, alt=col.alternative, n=crit.number, criterion=crit.text, value=vote.value if vote else ""),
            vote.rationale if vote else "")
        if text is not None:
            model.set_vote_rationale(index, text)

    def set_equal_weights(self) -> None:
        """Every criterion back to weight 1 (one undoable edit)."""
        self.weights_model.set_weights({c.number: 1.0 for c in self._session.engagement.criteria},
                                       tr("Equal weights"))

    # --- the projector ---------------------------------------------------------
    def show_votes_on_projector(self) -> None:
        """Put this round's votes on the projector: hidden until revealed, then per organisation or agreed only."""
        if self._presenter is None:
            return
        session, board, state, code = self._session, self._board, self._state, self.round()
        translate = self._presenter.translate  # the room reads the document language
        shown, presenter = None if code == ALL_ROUND else code, self._presenter

        def build(per_org: bool) -> QWidget:
            return AlternativeRadar(session, board, shown, show_votes=per_org, theme=DARK,
                                    font_size=presenter.chart_points(PRESENTER_FONT), translate=translate)

        self._presenter.publish(PresenterContent(
            kind="chart", title=radar_caption(shown, translate),
            chart_factory=lambda: RevealGate(session, board, state, round_codes(session, code), build,
                                             translate=translate),
            key_factory=lambda: AxisKey(session, lambda: [(str(c.number), c.text)
                                                          for c in session.engagement.criteria])))

    def _publish_results(self, caption: str, make, seal: str = "") -> None:
        if self._presenter is None:
            return
        session, board, state = self._session, self._board, self._state
        codes = [a.code for a in session.engagement.alternatives]
        translate = self._presenter.translate
        self._presenter.publish(PresenterContent(
            kind="chart", title=translate(caption), seal=seal,
            chart_factory=lambda: RevealGate(session, board, state, codes, lambda _per_org: make(translate),
                                             translate=translate),
            key_factory=lambda: alternatives_key(session)))

    def show_map_on_projector(self) -> None:
        """The potential-vs-feasibility map on the projector (hidden until every alternative is revealed, and
        while a potential round runs: its markers moved with each phone's score)."""
        session, board, presenter = self._session, self._board, self._presenter
        self._publish_results(msg("Alternatives: potential against feasibility"),
                              lambda translate: FeasibilityLive(session, board, theme=DARK, translate=translate,
                                                                font_size=presenter.chart_points(PRESENTER_FONT)),
                              seal=SEAL_POTENTIAL)

    def show_results_on_projector(self) -> None:
        """The sums per alternative on the projector (hidden until every alternative is revealed)."""
        session, board, presenter = self._session, self._board, self._presenter
        self._publish_results(msg("Criteria sums per alternative"),
                              lambda translate: ResultBars(session, board, theme=DARK, translate=translate,
                                                           font_size=presenter.chart_points(PRESENTER_FONT)))
