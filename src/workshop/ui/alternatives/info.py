"""The alternatives as drafted: description, pros and cons, and the area-coverage matrix (the report's figure)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QListWidget,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.summary import coverage_shares
from workshop.domain.model import Alternative
from workshop.domain.validation import next_alternative_code
from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import push
from workshop.ui.session.edits import AddAlternative, RemoveAlternative, RenameArea
from workshop.ui.widgets.i18n import counted, joined, tr
from workshop.ui.session.session import ALTERNATIVES, FRAMEWORK, INFO, POTENTIALS, EngagementSession
from workshop.ui.alternatives.edit import AlternativeEditor, replace_alternative
from workshop.ui.widgets.common import LIST_ITEM_LINES, MessageLabel, key
from workshop.ui.widgets.accessible import labelled
from workshop.ui.widgets.lines_label import LinesDelegate
from workshop.ui.widgets.dialog_edits import remove_via_dialog, rename_via_dialog
from workshop.ui.widgets.tints import GROUP_TINTS
from workshop.ui.widgets.layout import Proportions, button_row, cap_cells, cap_row_names, cell_font, fit_rows, refill_list
from workshop.charts.locale import percent
from workshop.charts.rich_text import tooltip
from workshop.ui.widgets.entry import tab_leaves

COVERED_TINT = "#0072B2"
Index = QModelIndex | QPersistentModelIndex


def plain_label(parent: QWidget, name: str = "", style: str = "") -> QLabel:
    """A word-wrapping label for user text (never interpreted as markup)."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class CoverageModel(QAbstractTableModel):
    """Areas (rows, with their group) × alternatives: which areas each alternative covers, and the
    share of the total potential that makes (the last row)."""

    def __init__(self, session: EngagementSession, parent=None, is_shown: Callable[[], bool] = lambda: True):
        super().__init__(parent)
        self._session = session
        self._is_shown = is_shown  # a hidden table reads every cell afresh when shown again
        session.changed.connect(self._on_changed)

    def _on_changed(self, part: str) -> None:
        if part in (ALTERNATIVES, FRAMEWORK):  # coverage, names, new alternatives or areas: all may differ
            self.beginResetModel()
            self.endResetModel()
        elif part in (POTENTIALS, INFO) and self.rowCount() and self._is_shown():
            self.dataChanged.emit(self.index(self.rowCount() - 1, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._session.engagement.areas) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._session.engagement.alternatives) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._session.engagement
        row, col = index.row(), index.column()
        last = row == len(e.areas)
        if last:
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return tr("Share of total potential")
                shares = coverage_shares(e.alternatives, e.areas, e.potentials)
                return percent(shares[e.alternatives[col - 1].code])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole and col:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        area = e.areas[row]
        groups = {g.code: (i, g.name) for i, g in enumerate(e.groups)}
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                name = groups.get(area.group_code, (0, area.group_code))[1]
                return name if role == Qt.ItemDataRole.DisplayRole else tooltip(name)
            if role == Qt.ItemDataRole.BackgroundRole:
                tint = groups.get(area.group_code, (0, ""))[0] % len(GROUP_TINTS)
                return QBrush(QColor(GROUP_TINTS[tint]))
            return None
        covered = area.code in e.alternatives[col - 1].area_codes
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if covered else ""
        if role == Qt.ItemDataRole.BackgroundRole and covered:
            return QBrush(QColor(COVERED_TINT))
        if role == Qt.ItemDataRole.ForegroundRole and covered:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            alt = e.alternatives[col - 1]
            return tooltip((tr("{alt} covers {area}") if covered else tr("{alt} does not cover {area}")).format(
                alt=alt.code, area=joined(". ", (area.code, area.name))))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        e = self._session.engagement
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Group") if section == 0 else e.alternatives[section - 1].code
            if role == Qt.ItemDataRole.ToolTipRole and section:
                return tooltip(e.alternatives[section - 1].name)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if section == len(e.areas):
                return None
            area = e.areas[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return joined(". ", (area.code, area.name))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip("\n".join((area.name, *area.sub_items)))
        return None


class AlternativesInfo(QWidget):
    """Pick an alternative to read and edit its description, pros and cons; the coverage matrix below
    is always shown, and a click (or Space) on a cell toggles whether the alternative covers the area."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.message = MessageLabel(self)
        self.message.setObjectName("alternativesMessage")
        self.list = QListWidget(self)
        self.list.setObjectName("alternativesList")
        self.list.setStyleSheet("QListWidget { font-size: 13pt; }")
        self.list.setWordWrap(True)  # long names wrap instead of running out of the list
        self.list.setItemDelegate(LinesDelegate(LIST_ITEM_LINES, self.list))
        self.coverage_model = CoverageModel(session, self, is_shown=lambda: self.coverage.isVisible())
        self.coverage = QTableView(self)
        self.coverage.setObjectName("coverageTable")
        self.coverage.setModel(self.coverage_model)
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(self.coverage, typed_into=False)
        cap_row_names(self.coverage, share=0.38)  # a long area name ends in "…" (whole in its tooltip)
        cell_font(self.coverage, 12)
        # Rows as high as their text (30 px rows showed seven of the nine areas at 1366×768).
        self.coverage.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.coverage.verticalHeader().setDefaultSectionSize(self.coverage.fontMetrics().height() + 4)
        self.coverage.setToolTip(tr("A click or Space toggles whether the alternative covers the area."))
        self.coverage.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.coverage.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        cap_cells(self.coverage)  # a long group name: whole in its tooltip
        self.coverage.clicked.connect(self.toggle_coverage)
        self.coverage.verticalHeader().sectionDoubleClicked.connect(self.rename_area)
        self.coverage.verticalHeader().setToolTip(tr("Double-click an area to rename it."))
        key(self.coverage, "Space", lambda: self.toggle_coverage(self.coverage.currentIndex()))
        # No taller than its rows: on a large screen the rest goes to the description and the points above.
        fit_rows(self.coverage, squeeze=True)
        self.coverage_model.modelReset.connect(lambda: fit_rows(self.coverage, squeeze=True))
        self.editor = AlternativeEditor(session, self.message, self)
        pick = QWidget()
        lcol = QVBoxLayout(pick)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(labelled(tr("&Alternatives"), self.list, pick))
        lcol.addWidget(self.list, 1)
        lcol.addLayout(button_row(pick, (tr("Add alternative…"), "addAlternative", self.add_alternative),
                                  (tr("Remove alternative…"), "removeAlternative", self.remove_alternative)))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(pick)
        top.addWidget(self.editor)
        Proportions(top, (0.3, 0.7))
        matrix = QWidget()
        mcol = QVBoxLayout(matrix)
        mcol.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(tr("Areas covered by each alternative (as in the report's figure)"), matrix)
        caption.setSizePolicy(caption.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        mcol.addWidget(caption)
        mcol.addWidget(self.coverage, 1)
        mcol.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMaximumSize)  # its caption and rows, no higher
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(matrix)
        Proportions(splitter, (0.5, 0.5))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self.show_alternative)
        session.changed.connect(self._on_changed)
        self._fill_list()
        self.show_alternative(self.list.currentRow())

    def _fill_list(self) -> None:
        refill_list(self.list, [joined(" — ", (a.code, a.name)) for a in self._session.engagement.alternatives])

    def _on_changed(self, part: str) -> None:
        if part == ALTERNATIVES:
            self._fill_list()
            codes = [a.code for a in self._session.engagement.alternatives]
            if self.editor.code in codes:
                self.editor.show_alternative(self.editor.code)
            else:  # the one shown is gone (or there was none): the list's current one, if any
                self.show_alternative(self.list.currentRow())

    def show_alternative(self, row: int) -> None:
        """Show one alternative's name, description, pros and cons for editing."""
        alternatives = self._session.engagement.alternatives
        shown = 0 <= row < len(alternatives)
        self.editor.show_alternative(alternatives[row].code if shown else None)  # none: the editor is off
        self.findChild(QPushButton, "removeAlternative").setEnabled(shown)

    def toggle_coverage(self, index: QModelIndex) -> None:
        """Cover the area with the alternative, or stop covering it (one undoable edit)."""
        e = self._session.engagement
        if not index.isValid() or index.column() == 0 or index.row() >= len(e.areas):
            return
        alternative = e.alternatives[index.column() - 1]
        area = e.areas[index.row()].code
        covered = area in alternative.area_codes
        codes = [a.code for a in e.areas if (a.code in alternative.area_codes) != (a.code == area)]
        text = tr("{alt} no longer covers {area}") if covered else tr("{alt} covers {area}")
        replace_alternative(self._session, self.message, alternative,
                            dataclasses.replace(alternative, area_codes=tuple(codes)),
                            text.format(alt=alternative.code, area=area))

    def add_alternative(self) -> None:
        """Ask for a code and a name, then add the alternative at the end (undoable; no votes yet)."""
        # The next number is offered, filled in (the field had been empty: "e.g. 3" for a first alternative).
        code = dialogs.ask_text(self, tr("Add alternative"), tr("Code:"),
                                next_alternative_code([a.code for a in self._session.engagement.alternatives]))
        if code is None:
            return
        name = dialogs.ask_text(self, tr("Add alternative"), tr("Name:"))
        if name is None:
            return
        alternative = Alternative(code=code.strip(), name=name.strip())
        session = self._session
        if self.message.attempt(lambda: push(session.undo_stack, AddAlternative(session, alternative))):
            self.list.setCurrentRow(self.list.count() - 1)

    def remove_alternative(self) -> None:
        """Remove the chosen alternative with its votes (after asking); Undo puts everything back."""
        e = self._session.engagement
        row = self.list.currentRow()
        if not 0 <= row < len(e.alternatives):
            return
        alternative = e.alternatives[row]
        votes = sum(1 for v in e.votes if v.alternative_code == alternative.code)
        session = self._session
        question = counted(votes, tr("Remove {code} — {name}? It has no votes yet. Undo puts it back."),
                           tr("Remove {code} — {name} with its vote? Undo puts it back."),
                           tr("Remove {code} — {name} with its {n} votes? Undo puts it back."),
                           code=alternative.code, name=alternative.name)
        remove_via_dialog(self, tr("Remove alternative"), question,
            RemoveAlternative(session, alternative), session.undo_stack, self.message.setText)

    def rename_area(self, row: int) -> None:
        """Ask for an area's new name and store it (one undoable edit)."""
        areas = self._session.engagement.areas
        if not 0 <= row < len(areas):
            return
        area = areas[row]
        session = self._session
        rename_via_dialog(self, tr("Area {code}").format(code=area.code), tr("Name:"), area.name,
                          lambda value: RenameArea(session, area, value), session.undo_stack, self.message.setText)
