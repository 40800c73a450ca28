"""The potential grid's item model: organisations (rows) × areas (columns), 0–100 each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from workshop.domain.errors import DomainError
from workshop.domain.ids import new_uid
from workshop.domain.model import Area, Organisation, PotentialScore
from workshop.domain.validation import check_potential, parse_int
from workshop.ui.commands import push_checked, set_value_command
from workshop.ui.session import ORGANISATIONS, POTENTIALS, EngagementSession

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PotentialModel", text)


class PotentialTableModel(QAbstractTableModel):
    """A thin adapter over the session's potential scores; edits go through the undo stack."""

    refused = Signal(str)

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._organisations: list[Organisation] = []
        self._areas: list[Area] = []
        self.set_rows()
        session.changed.connect(self._on_changed)

    def set_rows(self) -> None:
        """Take the organisations and areas from the session."""
        self.beginResetModel()
        e = self._session.engagement
        self._organisations = list(e.organisations)
        self._areas = list(e.areas)
        self.endResetModel()

    def _on_changed(self, part: str) -> None:
        if part == POTENTIALS and self._organisations and self._areas:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._organisations) - 1, len(self._areas) - 1))
        elif part == ORGANISATIONS:
            self.set_rows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._organisations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._areas)

    def organisation(self, row: int) -> Organisation:
        return self._organisations[row]

    def area(self, column: int) -> Area:
        return self._areas[column]

    def score(self, index: Index) -> PotentialScore | None:
        return self._session.potential(self._organisations[index.row()].uid, self._areas[index.column()].code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        score = self.score(index)
        value = score.value if score else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == RAW_VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            org, area = self._organisations[index.row()], self._areas[index.column()]
            tip = f"{org.name} – {area.code}. {area.name}"
            if score and score.rationale:
                tip += "\n" + score.rationale
            return tip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._areas):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._areas[section].code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._areas[section].name
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._organisations):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._organisations[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        org, area = self._organisations[index.row()], self._areas[index.column()]
        try:
            new_value = check_potential(parse_int(value, tr("Potential")))
        except DomainError as exc:
            self.refused.emit(tr("{org}, area {area}: {problem}").format(org=org.name, area=area.code, problem=exc))
            return False
        old = self._session.potential(org.uid, area.code)
        if (old.value if old else None) == new_value:
            return True
        new = None
        if new_value is not None:
            new = PotentialScore(
                organisation_uid=org.uid, area_code=area.code, value=new_value,
                rationale=old.rationale if old else "", uid=old.uid if old else new_uid(),
            )

        def apply(score: PotentialScore | None) -> None:
            self._session.set_potential(org.uid, area.code, score)

        text = tr("Set potential of {org} for {area}").format(org=org.name, area=area.code)
        try:
            push_checked(self._session.undo_stack, set_value_command(text, apply, old, new))
        except DomainError as exc:
            self.refused.emit(str(exc))
            return False
        return True
