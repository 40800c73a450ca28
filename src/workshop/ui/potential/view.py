"""The Potential view: the organisations × areas grid (grouped as in the report) beside live charts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.charts.palette import DARK
from workshop.ui.widgets import dialogs
from workshop.ui.session.presenter_channel import SEAL_POTENTIAL, PresenterChannel, PresenterContent
from workshop.ui.session.session import FRAMEWORK, ORGANISATIONS, POTENTIALS, EngagementSession
from workshop.ui.widgets.layout import (
    PRESENTER_FONT, SplitOrTabs, cap_row_names, cell_font, fit_rows, focus_order, publish_action, side_by_side,
    tab_chain,
)
from workshop.ui.potential.charts import ALL, PotentialRadar, PotentialShareBars
from workshop.ui.potential.data import potential_data
from workshop.ui.widgets.axis_key import AxisKey
from workshop.ui.widgets.common import NOTE_STYLE, MessageLabel, delete_clears
from workshop.ui.widgets.entry import enter_moves_on, tab_leaves
from workshop.ui.potential.details import RationaleEditor, ScoringSettings
from workshop.ui.widgets.grouped_header import GroupedHeader
from workshop.ui.potential.model import PotentialTableModel
from workshop.ui.potential.shares import GroupSharesTable
from workshop.ui.widgets.i18n import isolate, joined, tr
from workshop.ui.widgets.accessible import labelled

MISSING_SHOWN = 8



class PotentialView(QWidget):
    """Scores typed into the grid are saved at once and redraw the radar and the share bars."""

    def __init__(self, session: EngagementSession, presenter: PresenterChannel | None = None, parent=None):
        super().__init__(parent)
        self._session = session
        self._presenter = presenter
        self._missing_shown: tuple | None = None
        self.model = PotentialTableModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("potentialTable")
        self.table.setHorizontalHeader(GroupedHeader(self._group_name, self.table))
        self.table.setModel(self.model)
        tab_leaves(self.table, typed_into=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Fixed row heights: ResizeToContents would measure every row on every edit (290 rows: ~150 ms).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        cap_row_names(self.table)
        cell_font(self.table, 13)
        delete_clears(self.table)
        self.message = MessageLabel(self, name="potentialMessage", collapse=True)
        self.missing = MessageLabel(self, name="potentialMissing", style=NOTE_STYLE, collapse=True)
        self.settings = ScoringSettings(session, self)
        self.shares = GroupSharesTable(session, self)
        self.rationale = RationaleEditor(session, self.model, self)

        self.radar = PotentialRadar(session, ALL, self)
        self.radar.setObjectName("potentialRadar")
        self.radar.setMinimumSize(340, 402)  # a 300 px radar with its legend below it
        self.bars = PotentialShareBars(session, self)
        self.bars.setObjectName("potentialShareBars")
        self.bars.setMinimumHeight(260)
        for chart, publish in ((self.radar, self.show_radar_on_projector), (self.bars, self.show_shares_on_projector)):
            menu = chart.install_export_menu(dialogs, chart.caption)
            menu.extra_actions.append(publish_action(chart, tr("Show on projector"), publish))
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("radarOrganisation")
        project = QPushButton(tr("Show on projector"), self)
        project.setObjectName("potentialToProjector")
        project.setToolTip(tr("Show the chart in view on the presenter screen (the radar, or the shares on their "
                              "tab); it follows every edit."))
        project.clicked.connect(self.show_chart_on_projector)
        project.setEnabled(presenter is not None)

        self._layout(project)
        # As they read: "Scores:" above the grid, the grid, what is under it; then the radar's choice and button
        # above the charts, and the charts (the choice and the button had come after the charts).
        tab_chain(self.settings.mode, self.settings.scale, self.table, *focus_order(self.shares),
                  *focus_order(self.rationale), self.organisation, project, self.charts.tabs, self.radar,
                  self.bars)
        self.model.refused.connect(self.message.setText)
        enter_moves_on(self.table, self.model.refused)
        self.settings.refused.connect(self.message.setText)
        self.organisation.currentIndexChanged.connect(lambda _i: self.radar.show_organisation(
            self.organisation.currentData()))
        self.table.selectionModel().currentChanged.connect(lambda current, _prev: self.rationale.set_cell(current))
        session.changed.connect(self._on_changed)
        self._fill_organisations()
        self.refresh()

    def _layout(self, project: QPushButton) -> None:
        left = QWidget(self)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Potential per organisation and area (0–100, 3–5 years ahead)"), left)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.table.setAccessibleName(heading.text())  # the settings stand between the heading and the grid
        col.addWidget(heading)
        col.addWidget(self.settings)
        col.addWidget(self.table, 1)
        col.addWidget(self.message)
        col.addWidget(self.missing)
        col.addWidget(self.shares)
        col.addWidget(self.rationale)
        col.addStretch(1)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(labelled(tr("&Radar:"), self.organisation, right))
        pick.addWidget(self.organisation, 1)
        pick.addWidget(project)
        rcol.addLayout(pick)
        # One above the other where the screen is tall enough, else tabs (the user may drag the split).
        charts = SplitOrTabs([(tr("Radar"), self.radar), (tr("Shares"), self.bars)], (0.62, 0.38), "potentialCharts",
                             right)
        self.charts = charts
        rcol.addWidget(charts, 1)
        side_by_side(self, left, right, (0.52, 0.48))

    def _fill_organisations(self) -> None:
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        # Who is drawn; the median of all is always beside them, and the legend says so (", with the median"
        # had been cut to "Alla organisationer, ı" at 1366 px).
        self.organisation.addItem(tr("All organisations"), ALL)
        for o in self._session.engagement.organisations:
            self.organisation.addItem(o.name, o.uid)
        found = self.organisation.findData(current)
        self.organisation.setCurrentIndex(max(found, 0))
        self.organisation.blockSignals(False)
        if self.radar.organisation_uid != self.organisation.currentData():
            self.radar.show_organisation(self.organisation.currentData())

    def _group_name(self, code: str) -> str:
        return next((g.name for g in self._session.engagement.groups if g.code == code), code)

    def _on_changed(self, part: str) -> None:
        if part == ORGANISATIONS:
            self._fill_organisations()
        if part in (POTENTIALS, ORGANISATIONS, FRAMEWORK):
            if self.message.text():  # most edits follow an accepted one: nothing to take away
                self.message.clear()
            if part == POTENTIALS:  # a score changes no row or column: only the gaps can change
                self._say_missing()
            else:
                self.refresh()

    def refresh(self) -> None:
        """Say which cells have no score yet (the charts and shares redraw themselves)."""
        self._say_missing()
        self.shares.fit_height()
        fit_rows(self.table)

    def _say_missing(self) -> None:
        e = self._session.engagement
        if not e.organisations or not e.areas:  # an empty grid and radar: say where to begin, naming what is missing
            self._missing_shown = None  # (a template's areas are there: it had asked for them too)
            if not e.areas and not e.organisations:
                text = tr("Add the organisations taking part and the areas of concern in the Engagement view first: "
                          "each organisation gets a row here, each area a column.")
            elif not e.organisations:
                text = tr("Add the organisations taking part in the Engagement view first: each gets a row here.")
            else:
                text = tr("Add the areas of concern in the Engagement view first: each gets a column here.")
            self.missing.setText(text)
            return
        count, first = potential_data(self._session).missing(MISSING_SHOWN)
        if (count, first) == self._missing_shown:  # most edits fill no gap: the label stays as it is
            return
        self._missing_shown = (count, first)
        if not count:
            self.missing.clear()
        else:
            # Each organisation named once with its areas ("Hylte A, B, C"): a long name had come once per
            # area, and the note filled eleven lines at 1366×768, pushing the grid's foot out of view.
            areas_of: dict[str, list[str]] = {}
            for org, area in first:
                areas_of.setdefault(org, []).append(area)
            shown = joined("; ", (f"{isolate(org)} {joined(', ', areas)}" for org, areas in areas_of.items()))
            more = tr(" and {n} more").format(n=count - MISSING_SHOWN) if count > MISSING_SHOWN else ""
            self.missing.setText(tr("No score yet ({n}): {cells}{more}. Sums count them as nothing.").format(
                n=count, cells=shown, more=more))

    # --- the projector ------------------------------------------------------
    def show_chart_on_projector(self) -> None:
        """The chart the facilitator sees: the shares when their tab is in front, else the radar (the button
        had put the radar up from the Shares tab)."""
        if self.charts.tabbed() and self.charts.tabs.currentWidget() is self.bars:
            self.show_shares_on_projector()
        else:
            self.show_radar_on_projector()

    def show_radar_on_projector(self) -> None:
        """Put the radar as now selected on the presenter screen (it keeps following edits)."""
        if self._presenter is None:
            return
        session, uid, presenter = self._session, self.radar.organisation_uid, self._presenter
        self._presenter.publish(PresenterContent(
            kind="chart", title=self.radar.caption(presenter.translate), seal=SEAL_POTENTIAL,
            chart_factory=lambda: PotentialRadar(session, uid, theme=DARK, translate=presenter.translate,
                                                 font_size=presenter.chart_points(PRESENTER_FONT)),
            key_factory=lambda: AxisKey(session, lambda: [(a.code, a.name) for a in session.engagement.areas])))

    def show_shares_on_projector(self) -> None:
        """Put the potential-vs-today bars on the presenter screen."""
        if self._presenter is None:
            return
        session, presenter = self._session, self._presenter
        self._presenter.publish(PresenterContent(
            kind="chart", title=self.bars.caption(presenter.translate), seal=SEAL_POTENTIAL,
            chart_factory=lambda: PotentialShareBars(session, theme=DARK, translate=presenter.translate,
                                                     font_size=presenter.chart_points(PRESENTER_FONT))))
