"""OrderedListModel: a thin list model over (uid, text) rows, editable and reorderable by drag.

Used for themes, questions, agendas, decisions and attendees. The model
never changes itself: an edit or a drop calls back (`rename`, `move`), the
callback pushes an undo command, and the view gives the model new rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from workshop.charts.rich_text import tooltip as literal_tooltip

ROW_MIME = "application/x-workshop-row-uid"
UID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a list: what it shows, what editing starts from, and its uid."""

    uid: str
    text: str
    edit_text: str | None = None
    tooltip: str = ""
    kind: str = ""


class OrderedListModel(QAbstractListModel):
    """Rows in order; renames and moves are handed to callbacks that record undoable edits."""

    def __init__(self, rename: Callable[[str, str], bool] | None = None,
                 move: Callable[[str, int], bool] | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._rename = rename
        self._move = move

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows (a reset, so views keep no stale index)."""
        if list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        """The rows shown now."""
        return list(self._rows)

    def uid(self, row: int) -> str:
        """The uid of a row."""
        return self._rows[row].uid

    def row_of(self, uid: str | None) -> int:
        """The row holding this uid, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.EditRole:
            return row.text if row.edit_text is None else row.edit_text
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(row.tooltip) or None
        if role == UID_ROLE:
            return row.uid
        if role == KIND_ROLE:
            return row.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._move else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rename:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._move:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._rename is None:
            return False
        row = self._rows[index.row()]
        if value == (row.text if row.edit_text is None else row.edit_text):
            return True
        return bool(self._rename(row.uid, str(value)))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(ROW_MIME, self._rows[rows[0]].uid.encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """A drop that did not go through moveRows: move the dragged row to where it was dropped."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = self.row_of(bytes(data.data(ROW_MIME)).decode())
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), target)

    def moveRows(self, source_parent: Index, source_row: int, count: int, destination_parent: Index,
                 destination_child: int) -> bool:
        """A drag within the list: record the move as one undoable edit."""
        if self._move is None or source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self._rows):
            return False
        target = destination_child if destination_child <= source_row else destination_child - 1
        target = max(0, min(target, len(self._rows) - 1))
        if target == source_row:
            return False
        return bool(self._move(self._rows[source_row].uid, target))
