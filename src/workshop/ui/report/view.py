"""The Report view: the investigation's results at a glance, and the documents made from them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.summary import summarize
from workshop.ui.widgets.layout import cap_cells
from workshop.ui.widgets.common import plain_label
from workshop.ui.widgets.i18n import counted, tr
from workshop.ui.widgets.sums import sum_text
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.when_shown import RefreshWhenShown
from workshop.charts.locale import number, percent
from workshop.domain.progress import progress
from workshop.domain.robustness import robustness
from workshop.ui.widgets.robustness_text import paragraph
from workshop.ui.widgets.entry import tab_leaves

# (action id, button text) in the order a facilitator produces them; translated when shown.
DOCUMENTS = (
    ("export_report", QT_TRANSLATE_NOOP("", "Engagement report (PDF)…")),
    ("export_minutes", QT_TRANSLATE_NOOP("", "Minutes of a meeting (PDF)…")),
    ("export_preread", QT_TRANSLATE_NOOP("", "Pre-read of a meeting (PDF)…")),
    ("export_xlsx", QT_TRANSLATE_NOOP("", "Data as Excel workbook…")),
    ("export_csv", QT_TRANSLATE_NOOP("", "Data as CSV files…")),
    ("export_json", QT_TRANSLATE_NOOP("", "Engagement as JSON…")),
)


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tab_leaves(table, typed_into=False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    cap_cells(table)  # a long name is elided, the window stays on screen
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fill(table: QTableWidget, header: list[str], rows: list[list[str]], bold_row: int | None = None) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(header)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if r == bold_row:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4
    table.setFixedHeight(height)
    table.resizeColumnsToContents()
    width = table.verticalHeader().width() + sum(table.columnWidth(c) for c in range(len(header))) + 4
    table.setFixedWidth(max(width, 200))


def _note(parent: QWidget, name: str) -> QLabel:
    """What a table with no rows stands in for, said in its place (a new engagement's tables had been headers
    only)."""
    label = plain_label("", parent, "color: #555;", wrap=True)
    label.setObjectName(name)
    return label


def _view(title: str) -> str:
    """A view's name as the list of views shows it."""
    return QCoreApplication.translate("Views", title)


class _ActionButton(QPushButton):
    """A button that runs one of the window's actions and is enabled as it is. It follows the action through a
    method of its own, which Qt disconnects when the button goes: a lambda had stayed connected to the window's
    action after the view closed with its engagement, and the next file opened raised "already deleted"."""

    def __init__(self, text: str, action: QAction, parent: QWidget):
        super().__init__(text, parent)
        self._action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        self.setEnabled(self._action.isEnabled())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-size: 14pt; font-weight: bold; margin-top: 8px;")
    label.setWordWrap(True)  # a long Swedish heading wraps rather than widen the page
    return label


class ReportView(RefreshWhenShown, QWidget):
    """Shares, criteria sums and ranks, preferences and robustness; buttons for every document."""

    def __init__(self, session: EngagementSession, actions: Mapping[str, QAction], parent=None):
        super().__init__(parent)
        self._session = session
        self.groups = _table(self, "reportGroups")
        self.criteria = _table(self, "reportCriteria")
        self.preferences = _table(self, "reportPreferences")
        self.notes = {table: _note(self, table.objectName() + "Empty")
                      for table in (self.groups, self.criteria, self.preferences)}
        self.robustness = QLabel(self)
        self.robustness.setObjectName("reportRobustness")
        self.robustness.setWordWrap(True)
        self.robustness.setTextFormat(Qt.TextFormat.PlainText)
        title = QLabel(tr("Results and report"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")

        results = QVBoxLayout()
        results.addWidget(_heading(tr("Potential compared with today"), self))
        results.addWidget(self.groups)
        results.addWidget(self.notes[self.groups])
        results.addWidget(_heading(tr("Criteria: agreed scores, sums and ranks"), self))
        results.addWidget(self.criteria)
        results.addWidget(self.notes[self.criteria])
        results.addWidget(_heading(tr("How robust is the ranking?"), self))
        results.addWidget(self.robustness)
        results.addWidget(_heading(tr("Preferred alternative"), self))
        results.addWidget(self.preferences)
        results.addWidget(self.notes[self.preferences])
        results.addStretch(1)

        documents = QVBoxLayout()
        documents.addWidget(_heading(tr("Documents"), self))
        self.buttons: dict[str, QPushButton] = {}
        self.report_state = plain_label("", self, wrap=True)  # under the report's button: what it will be called
        self.report_state.setObjectName("reportState")
        self.report_state.setMaximumWidth(300)
        for key, text in DOCUMENTS:
            action = actions.get(key)
            if action is None:
                continue
            button = _ActionButton(tr(text), action, self)
            button.setObjectName(f"report_{key}")
            button.setMinimumHeight(36)
            self.buttons[key] = button
            documents.addWidget(button)
            if key == "export_report":
                documents.addWidget(self.report_state)
        self.report_state.setVisible("export_report" in self.buttons)
        documents.addStretch(1)

        panel = QWidget(self)
        panel.setLayout(documents)
        # As wide as its widest button (Swedish "Förhandsunderlag till ett möte (PDF)…"), at least 300 px.
        panel.setMinimumWidth(300)
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.robustness.setMinimumWidth(400)  # wraps; wider pages give it up to 900 px
        self.robustness.setMaximumWidth(900)
        # The page scrolls down on a low screen (1280×720 at 150 %) rather than forcing the window taller.
        content = QWidget(self)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        grid = QGridLayout(content)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addLayout(results, 1, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(panel, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        # The summary (with its robustness search) costs ~8 ms with 290 organisations: not while hidden.
        session.changed.connect(lambda _part: self.refresh_when_shown())
        self.refresh()

    def refresh(self) -> None:
        """Recompute the results from the session and show them."""
        self._stale = False
        e = self._session.engagement
        data = summarize(e)
        stated = {p.organisation_uid: p.alternative_code for p in e.preferences}
        _fill(
            self.groups,
            [tr("Group"), tr("Potential"), tr("Today")],
            [[g["name"], percent(g["potential_share"]), percent(g["today_share"])] for g in data["groups"]],
        )
        numbers = [str(c.number) for c in e.criteria]
        _fill(
            self.criteria,
            [tr("Alternative"), *numbers, tr("Sum"), tr("Rank")],
            [[a["code"], *map(number, a["scores"]),
              sum_text(a["sum"], sum(s is not None for s in a["scores"]), len(a["scores"])), number(a["rank"])]
             for a in data["alternatives"]],
            bold_row=next((i for i, a in enumerate(data["alternatives"]) if a["rank"] == 1), None),
        )
        _fill(
            self.preferences,
            [tr("Organisation"), tr("Prefers")],
            # Every organisation in its order once any has stated one, who has not yet with a dash (the table
            # had left them out, then put them last).
            [[o.name, stated.get(o.uid, "–")] for o in e.organisations] if stated else [],
        )
        for table, empty in (
            (self.groups, tr("No group of areas yet: they are added in the {view} view.").format(
                view=_view("Engagement"))),
            (self.criteria, tr("No alternative yet: they are added in {view} → Alternatives.").format(
                view=_view("Alternatives & Criteria"))),
            (self.preferences, tr("No organisation has said which alternative it prefers yet ({view} → "
                                  "Preferences).").format(view=_view("Alternatives & Criteria"))),
        ):
            table.setVisible(table.rowCount() > 0)
            self.notes[table].setVisible(table.rowCount() == 0)
            self.notes[table].setText(empty)
        self._show_report_state()
        e = self._session.engagement
        r = robustness(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
        self.robustness.setText(paragraph(r))  # in the interface language, as the Robustness tab says it

    def _show_report_state(self) -> None:
        """Under the report's button: whether the report written now is the final one, and if not, why (the
        PDF says "Delrapport" with the day's date until every meeting is held and a recommendation written)."""
        label = self.report_state
        state = progress(self._session.engagement)
        if state.final:
            label.setText(tr("Written now, it is the final report: every meeting is held, everything is "
                             "scored and the recommendation written."))
            return
        lines = [tr("Written now, it is an interim report, dated today.")]
        if not state.meetings:
            lines.append(tr("No meetings yet."))
        elif state.held < state.meetings:  # every one held: the cover counts none, nor does this
            lines.append(counted(state.meetings, tr("{held} of 1 meeting held."), tr("{held} of {n} meetings held."),
                                 held=state.held))
            if state.running:  # neither held nor planned, as the report's cover says it
                lines.append(counted(state.running, tr("1 meeting under way."), tr("{n} meetings under way.")))
        if not state.assessed:  # as the cover says it: none at all is not "not every"
            lines.append(tr("Not every organisation has assessed the potential of every area yet.")
                         if state.some_assessed else tr("No organisation has assessed the potential yet."))
        if not state.scored:
            lines.append(tr("Not every alternative is scored on every criterion yet.") if state.some_scored
                         else tr("No alternative has scores yet."))
        if not state.recommended:
            lines.append(tr("No recommendation written yet."))
        label.setText(" ".join(lines))
