"""Preferences: each organisation's preferred alternative with its comment, as a table and a chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.charts.bars import BarChart, BarSeries
from workshop.charts.palette import DARK, LIGHT, Theme
from workshop.domain.ids import new_uid
from workshop.domain.messages import msg
from workshop.domain.model import Preference
from workshop.domain.summary import NAMED_AT_MOST, preference_counts, without_preference
from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import REFUSALS, push
from workshop.ui.session.edits import SetPreference
from workshop.ui.widgets.i18n import counted, describe, joined, tr
from workshop.ui.widgets.robustness_text import join
from workshop.ui.session.presenter_channel import SEAL_PREFERENCES, PresenterChannel, PresenterContent
from workshop.ui.session.session import ALTERNATIVES, ORGANISATIONS, PREFERENCES, EngagementSession
from workshop.ui.widgets.live_chart import NO_ALTERNATIVES, NO_PREFERENCES, LiveChartMixin, first_missing
from workshop.ui.widgets.common import NOTE_STYLE, MessageLabel
from workshop.ui.widgets.common import NAME_COLUMN_MAX
from workshop.ui.widgets.axis_key import alternatives_key
from workshop.ui.widgets.layout import Proportions, cap_cells, cell_font, chart_pane, publish_action
from workshop.ui.widgets.layout import PRESENTER_FONT
from workshop.charts.rich_text import tooltip
from workshop.ui.widgets.entry import tab_leaves

ORG, ALTERNATIVE, COMMENT = range(3)
Index = QModelIndex | QPersistentModelIndex


class PreferencesModel(QAbstractTableModel):
    """One row per organisation: preferred alternative (or none) and comment; edits are undoable."""

    refused = Signal(str)

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._orgs = list(session.engagement.organisations)
        self._indexed: tuple[object, dict[str, Preference]] = (None, {})  # the preferences by organisation
        session.changed.connect(self._on_changed)

    def _on_changed(self, part: str) -> None:
        if part == ORGANISATIONS:
            self.beginResetModel()
            self._orgs = list(self._session.engagement.organisations)
            self.endResetModel()
        elif part == PREFERENCES and self._orgs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._orgs) - 1, COMMENT))

    def preference(self, row: int) -> Preference | None:
        e = self._session.engagement
        if e is not self._indexed[0]:  # the session replaces its value at every edit: never stale
            self._indexed = (e, {p.organisation_uid: p for p in reversed(e.preferences)})
        return self._indexed[1].get(self._orgs[row].uid)  # (a search per cell: 1.2 s for 290 organisations)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._orgs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pref = self.preference(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == ORG:
                return self._orgs[index.row()].name
            if index.column() == ALTERNATIVE:
                return pref.alternative_code if pref else ("" if role == Qt.ItemDataRole.EditRole else "–")
            return pref.comment if pref else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COMMENT and pref and pref.comment:
            return tooltip(pref.comment)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ORG:
            return tooltip(self._orgs[index.row()].name)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (tr("Organisation"), tr("Preferred alternative"), tr("Comment"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() != ORG else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == ORG:
            return False
        org = self._orgs[index.row()]
        old = self.preference(index.row())
        codes = [a.code for a in self._session.engagement.alternatives]
        text = str(value or "").strip()
        if index.column() == ALTERNATIVE:
            if text and text not in codes:
                self.refused.emit(tr("{org}: “{text}” is not an alternative ({codes}).").format(
                    org=org.name, text=text, codes=joined(", ", codes)))
                return False
            new = None if not text else Preference(organisation_uid=org.uid, alternative_code=text,
                                                   comment=old.comment if old else "",
                                                   uid=old.uid if old else new_uid())
        else:
            if old is None:
                self.refused.emit(tr("{org}: choose the preferred alternative before its comment.").format(org=org.name))
                return False
            new = Preference(organisation_uid=org.uid, alternative_code=old.alternative_code, comment=text, uid=old.uid)
        if new == old:
            return True
        new = self._session.given_now(new, old)  # names the running meeting
        try:
            push(self._session.undo_stack,
                 SetPreference(self._session, org.uid, new, tr("Preference of {org}").format(org=org.name)))
        except REFUSALS as exc:
            self.refused.emit(describe(exc))
            return False
        return True


class AlternativeDelegate(QStyledItemDelegate):
    """A drop-down of the alternatives (and “none”) for the preferred-alternative column."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.addItem(tr("(none)"), "")
        for a in self._session.engagement.alternatives:
            box.addItem(joined(" — ", (a.code, a.name)), a.code)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class PreferenceBars(LiveChartMixin, BarChart):
    """How many organisations prefer each alternative, labelled with their short codes."""

    PARTS = (PREFERENCES, ORGANISATIONS, ALTERNATIVES)

    def __init__(self, session: EngagementSession, parent=None, theme: Theme = LIGHT, font_size: int = 12,
                 translate: Callable[[str], str] = tr):
        self._t = translate  # the projector's charts speak the document language
        BarChart.__init__(self, parent, font_size=font_size, theme=theme, y_label=translate(msg("Organisations")),
                          counts=True)
        self.bind(session)
        self.redraw()

    def caption(self, translate: Callable[[str], str] | None = None) -> str:
        return (translate or self._t)(msg("Preferred alternative per organisation"))

    def missing(self) -> str:
        e = self._session.engagement
        return first_missing((e.alternatives, NO_ALTERNATIVES), (e.preferences, NO_PREFERENCES))

    def draw(self) -> None:
        e = self._session.engagement
        counts = preference_counts(e.alternatives, e.preferences)
        names = e.organisation_by_uid()
        who = {a.code: [names[p.organisation_uid].short_code for p in e.preferences
                        if p.alternative_code == a.code and p.organisation_uid in names] for a in e.alternatives}
        codes = [a.code for a in e.alternatives]
        # Who, by short code, while the names fit on a bar; more only counted (290 codes had run off the plot).
        texts = [f"{counts[c]}: {', '.join(who[c])}" if 0 < len(who[c]) <= NAMED_AT_MOST else str(counts[c])
                 for c in codes]
        values: list[float | None] = [counts[c] for c in codes]
        if not e.preferences:  # nothing counted yet: the notice says so (a bold 0 had stood over every alternative)
            values, texts = [None] * len(codes), [""] * len(codes)
        self.set_bars(codes, [BarSeries(self._t(msg("Organisations")), values, texts=texts)],
                      y_max=max([1, *counts.values()]) * 1.3)


def not_stated(organisations, preferences) -> str:
    """Who has not stated a preference yet ("Eksjö has not stated a preference yet."), the first NAMED_AT_MOST
    named and the rest counted; "" once every organisation has."""
    missing = [o.name for o in without_preference(organisations, preferences)]
    if not missing:
        return ""
    names = missing[:NAMED_AT_MOST]
    if len(missing) > NAMED_AT_MOST:
        names.append(tr("{n} more").format(n=len(missing) - NAMED_AT_MOST))
    return counted(len(missing), tr("{orgs} has not stated a preference yet."),
                   tr("{orgs} have not stated a preference yet."), orgs=join(names))


class PreferencesPanel(QWidget):
    """The table to fill in beside the chart, with a button to show the chart to the room."""

    def __init__(self, session: EngagementSession, presenter: PresenterChannel | None = None, parent=None):
        super().__init__(parent)
        self._session, self._presenter = session, presenter
        self.model = PreferencesModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("preferencesTable")
        self.table.setModel(self.model)
        tab_leaves(self.table, typed_into=True)
        self.table.setItemDelegateForColumn(ALTERNATIVE, AlternativeDelegate(session, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cell_font(self.table, 12)
        cap_cells(self.table, width=NAME_COLUMN_MAX, lines=4)  # in the cells' font; whole in the tooltip
        self.message = MessageLabel(self, name="preferencesMessage", collapse=True)
        self.missing = MessageLabel(self, name="preferencesMissing", style=NOTE_STYLE, collapse=True)
        self.chart = PreferenceBars(session, self)
        self.chart.setObjectName("preferenceChart")
        self.chart.setMinimumSize(360, 300)
        menu = self.chart.install_export_menu(dialogs, self.chart.caption)
        menu.extra_actions.append(publish_action(self.chart, tr("Show on projector"), self.show_on_projector))
        project = QPushButton(tr("Show on projector"), self)
        project.setObjectName("preferencesToProjector")
        project.setEnabled(presenter is not None)
        project.clicked.connect(self.show_on_projector)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(QLabel(tr("Each organisation's preferred alternative, with its reasons"), left))
        col.addWidget(self.missing)
        col.addWidget(self.table, 1)
        col.addWidget(self.message)
        right = chart_pane(project, self.chart)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        Proportions(splitter, (0.55, 0.45))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.model.refused.connect(self.message.setText)
        session.changed.connect(self._on_changed)
        self._show_missing()

    def _on_changed(self, part: str) -> None:
        if part == PREFERENCES:
            self.message.clear()
        if part in (ALTERNATIVES, ORGANISATIONS, PREFERENCES):
            self._show_missing()

    def _show_missing(self) -> None:
        """An empty table and chart said nothing: where to begin (as the vote grid says); then who has not
        stated a preference (the chart had counted two of three organisations without a word of the third)."""
        e = self._session.engagement
        if not e.organisations:
            text = tr("Add the organisations taking part first, in the Engagement view: each states its "
                      "preference here.")
        elif not e.alternatives:
            text = tr("Add the alternatives first, in the Alternatives tab: each organisation chooses one of "
                      "them here.")
        else:
            text = not_stated(e.organisations, e.preferences)
        self.missing.setText(text)

    def show_on_projector(self) -> None:
        """The preferences chart on the presenter screen."""
        if self._presenter is None:
            return
        session, presenter = self._session, self._presenter
        self._presenter.publish(PresenterContent(
            kind="chart", title=self.chart.caption(presenter.translate), seal=SEAL_PREFERENCES,
            chart_factory=lambda: PreferenceBars(session, theme=DARK, translate=presenter.translate,
                                                 font_size=presenter.chart_points(PRESENTER_FONT)),
            key_factory=lambda: alternatives_key(session)))
