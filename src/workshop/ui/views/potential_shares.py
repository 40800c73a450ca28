"""Beside the potential grid: each group's sum and share of the total, next to its today-share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workshop.domain.potential import GroupPotential, group_potentials
from workshop.ui.session import INFO, ORGANISATIONS, POTENTIALS, EngagementSession

Index = QModelIndex | QPersistentModelIndex
GROUP, AREAS, SUM, SHARE, TODAY = range(5)


def tr(text: str) -> str:
    return QCoreApplication.translate("PotentialShares", text)


def pct(value: float | None) -> str:
    """A share as '60 %' (or '–' when unknown)."""
    return "–" if value is None else f"{value * 100:.0f} %"


class GroupShareModel(QAbstractTableModel):
    """One row per group, plus a total: potential sum, its share, and the share of today's spend."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self.HEADERS = (tr("Group"), tr("Areas"), tr("Potential sum"), tr("Share of potential"), tr("Share today"))
        self._session = session
        self._rows: list[GroupPotential] = []
        self._areas: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Recompute from the session's scores."""
        e = self._session.engagement
        rows = group_potentials(e.groups, e.areas, e.potentials)
        areas = {g.code: "".join(a.code for a in e.areas if a.group_code == g.code) for g in e.groups}
        if len(rows) == len(self._rows) and areas == self._areas:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, SUM), self.index(len(rows), TODAY))
            return
        self.beginResetModel()
        self._rows, self._areas = rows, areas
        self.endResetModel()

    def groups(self) -> list[GroupPotential]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._rows else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        total = index.row() == len(self._rows)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                grand = sum(g.potential_sum for g in self._rows)
                today = [g.today_share for g in self._rows]
                return {
                    GROUP: tr("Total"), AREAS: "", SUM: str(grand), SHARE: pct(1.0 if grand else None),
                    TODAY: pct(sum(today)) if None not in today else "–",
                }[col]
            g = self._rows[index.row()]
            return {
                GROUP: g.name, AREAS: self._areas.get(g.code, ""), SUM: str(g.potential_sum),
                SHARE: pct(g.potential_share), TODAY: pct(g.today_share),
            }[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != GROUP:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (total or col == SHARE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


class GroupSharesTable(QTableView):
    """The group shares as a small read-only table that follows every edit."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self.setObjectName("potentialShares")
        self.model_ = GroupShareModel(session, self)
        self.setModel(self.model_)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Sized once per reset, not on every edit (ResizeToContents re-measures every cell each time).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.model_.modelReset.connect(self._fit_columns)
        self._fit_columns()
        session.changed.connect(self._on_changed)

    def _fit_columns(self) -> None:
        for column in range(1, self.model_.columnCount()):
            self.setColumnWidth(column, max(self.sizeHintForColumn(column),
                                            self.horizontalHeader().sectionSizeHint(column)) + 12)

    def _on_changed(self, part: str) -> None:
        if part in (POTENTIALS, ORGANISATIONS, INFO):
            self.model_.refresh()

    def text(self) -> str:
        """The table as plain text, one row per line (tab-separated), e.g. for the clipboard."""
        m = self.model_
        lines = ["\t".join(m.HEADERS)]
        for r in range(m.rowCount()):
            lines.append("\t".join(str(m.index(r, c).data() or "") for c in range(m.columnCount())))
        return "\n".join(lines)

    def fit_height(self) -> None:
        """Tall enough for every row, no scroll bar."""
        self.setFixedHeight(self.verticalHeader().length() + self.horizontalHeader().height() + 2 * self.frameWidth() + 2)
