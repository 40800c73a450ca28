"""Item models and labels for meetings: the meeting list, kinds, statuses and agenda lines."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import AgendaItem, Meeting
from workshop.ui.widgets.i18n import joined, tr
from workshop.ui.widgets.ordered_list import UID_ROLE, Row
from workshop.domain.vocabulary import ItemKind, ItemStatus, MeetingKind, MeetingStatus
from workshop.charts.rich_text import tooltip

Index = QModelIndex | QPersistentModelIndex


def kind_labels() -> dict[str, str]:
    """The meeting kinds in the facilitator's words."""
    return {MeetingKind.WORK: tr("Work meeting"), MeetingKind.JOINT: tr("Joint meeting"),
            MeetingKind.STEERING: tr("Steering-group check-in")}


def short_kind_labels() -> dict[str, str]:
    """The meeting kinds as the meeting list names them in its narrow column (the tooltip has the whole)."""
    return {**kind_labels(), MeetingKind.STEERING: tr("Steering group")}


def status_labels() -> dict[str, str]:
    """Meeting statuses in words."""
    return {MeetingStatus.PLANNED: tr("Planned"), MeetingStatus.RUNNING: tr("Running"), MeetingStatus.CLOSED: tr("Held")}


ITEM_MARKS = {ItemStatus.OPEN: "○", ItemStatus.ANSWERED: "✔", ItemStatus.SKIPPED: "↷", ItemStatus.PARKED: "‖"}  # all in the bundled font


def item_status_labels() -> dict[str, str]:
    """Agenda item statuses in words."""
    return {ItemStatus.OPEN: tr("Open"), ItemStatus.ANSWERED: tr("Answered"), ItemStatus.SKIPPED: tr("Skipped"),
            ItemStatus.PARKED: tr("Parked")}


def agenda_rows(agenda: Sequence[AgendaItem], with_status: bool = False) -> list[Row]:
    """Agenda items as list rows: number, (status mark,) text, and where it came from."""
    kinds = {ItemKind.FREE: tr("free item"), ItemKind.FOLLOW_UP: tr("follow-up")}
    rows = []
    for n, item in enumerate(agenda, 1):
        mark = f"{ITEM_MARKS.get(item.status, '')} " if with_status else ""
        origin = kinds.get(item.kind) or item.theme_title
        line = f"{n}. {mark}{item.text}"
        tip = f"{origin}\n{item_status_labels().get(item.status, item.status)}" if origin else ""
        rows.append(Row(item.uid, line, item.text, tip, item.kind))
    return rows


def when(meeting: Meeting) -> str:
    """The start as shown in lists: 2024-06-10 13:00."""
    return meeting.starts_at.replace("T", " ")


class MeetingTableModel(QAbstractTableModel):
    """Meetings in date order: when, kind, title, organisations, status."""

    COLUMNS = ("when", "kind", "title", "organisations", "status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._meetings: list[Meeting] = []
        self._orgs: dict[str, str] = {}

    def set_rows(self, engagement: Engagement) -> None:
        """Show the engagement's meetings."""
        meetings = list(engagement.meetings)
        orgs = {o.uid: o.short_code for o in engagement.organisations}
        if meetings == self._meetings and orgs == self._orgs:
            return
        self.beginResetModel()
        self._meetings, self._orgs = meetings, orgs
        self.endResetModel()

    def meeting(self, row: int) -> Meeting:
        """The meeting of a row."""
        return self._meetings[row]

    def row_of(self, uid: str | None) -> int:
        """The row of a meeting, or -1."""
        return next((i for i, m in enumerate(self._meetings) if m.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._meetings[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return when(m)
            if column == "kind":
                return short_kind_labels().get(m.kind, m.kind)
            if column == "title":
                return m.title
            if column == "organisations":
                return self._organisations(m)
            return status_labels().get(m.status, m.status)
        if role == UID_ROLE:
            return m.uid
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return tooltip(m.title)
        if role == Qt.ItemDataRole.ToolTipRole and column == "kind":
            return tooltip(kind_labels().get(m.kind, m.kind))
        if role == Qt.ItemDataRole.ToolTipRole and column == "organisations":
            return tooltip(joined(", ", (self._orgs.get(o, "?") for o in m.organisation_uids)))
        return None

    def _organisations(self, m: Meeting) -> str:
        """The codes of the meeting's organisations, or "All (5)" when every organisation takes part: a
        joint meeting's codes do not fit the column ("GIS, …")."""
        if len(self._orgs) > 1 and set(m.organisation_uids) == set(self._orgs):
            return tr("All ({n})").format(n=len(self._orgs))
        return joined(", ", (self._orgs.get(o, "?") for o in m.organisation_uids))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # tooltip: a cut heading whole
        if orientation == Qt.Orientation.Horizontal and shown and 0 <= section < len(self.COLUMNS):
            return (tr("When"), tr("Kind"), tr("Title"), tr("Organisations"), tr("Status"))[section]
        return None
