"""Item models of the People view: the people with their counts, and one person's places."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop.domain.messages import words
from workshop.domain.people import Place, PersonPlaces
from workshop.domain.vocabulary import PlaceKind
from workshop.ui.widgets.i18n import isolate, tr
from workshop.charts.rich_text import tooltip as literal_tooltip

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole


def place_labels() -> dict[str, str]:
    """How a person appears, in the facilitator's words."""
    return {PlaceKind.ATTENDED: tr("Attended"), PlaceKind.OWNS_ACTION: tr("Owns action item"),
            PlaceKind.MENTIONED: tr("Mentioned")}


FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # a place's whole text, as typed


class PeopleModel(QAbstractTableModel):
    """Every person: name, organisation, and how many meetings, action items and mentions (the role is shown
    beside the places, where there is room)."""

    COLUMNS = ("name", "organisation", "meetings", "actions", "mentions")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PersonPlaces] = []

    def set_rows(self, rows: list[PersonPlaces]) -> None:
        """Show these people."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person(self, row: int) -> PersonPlaces:
        """The person of a row."""
        return self._rows[row]

    def row_of(self, uid: str | None) -> int:
        """The row of a person, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.person.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (tr("Name"), tr("Organisation"), tr("Meetings"), tr("Actions"), tr("Mentions"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == UID_ROLE:
            return r.person.uid
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < 2:  # a name cut with "…": whole here
            return literal_tooltip(self.data(index))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": r.person.name, "organisation": r.organisation or "–",
            "meetings": r.count(PlaceKind.ATTENDED), "actions": r.count(PlaceKind.OWNS_ACTION),
            "mentions": r.count(PlaceKind.MENTIONED),
        }[column]


class PlacesModel(QAbstractTableModel):
    """One person's places: how, where, and the text there (the meeting's date for a meeting attended)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Place] = []

    def set_rows(self, rows: list[Place]) -> None:
        """Show these places."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        # The third column holds the meeting's date where the person attended, the text itself where they own
        # an action item or are mentioned: headed "Text", it showed dates under it.
        return (tr("How"), tr("Where"), tr("Date / text"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == FULL_TEXT_ROLE and index.column() == 2:
            return p.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 1:  # where and what, whole
            return literal_tooltip(p.text if index.column() == 2 else self.data(index))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        text = " ".join(p.text.split())
        field = words(p.field, tr)
        where = " · ".join(isolate(x) for x in (p.meeting_title, field) if x)
        return (place_labels().get(p.kind, p.kind), where, text if len(text) <= 160 else text[:159] + "…")[index.column()]
