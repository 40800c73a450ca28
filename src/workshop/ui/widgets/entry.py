"""Typing a grid as the room speaks: Enter takes the value and moves on to the next cell."""

from __future__ import annotations

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget

_SUBMIT = QAbstractItemDelegate.EndEditHint.SubmitModelCache  # what Enter in a cell's editor sends


class _EnterMovesOn(QObject):
    def __init__(self, view: QAbstractItemView, refused: SignalInstance):
        super().__init__(view)
        self._view = view
        self._refused = False
        refused.connect(self._was_refused)
        # Connected after the view's own slot (made when the delegate was set), so the value is in.
        view.itemDelegate().closeEditor.connect(self._closed)

    def _was_refused(self, *_args) -> None:
        self._refused = True

    def _closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        refused, self._refused = self._refused, False
        if hint != _SUBMIT or refused:
            return
        view, current = self._view, self._view.currentIndex()
        model = view.model()
        if current.column() + 1 < model.columnCount():
            view.setCurrentIndex(current.siblingAtColumn(current.column() + 1))
        elif current.row() + 1 < model.rowCount():
            view.setCurrentIndex(model.index(current.row() + 1, 0))


def enter_moves_on(view: QAbstractItemView, refused: SignalInstance) -> None:
    """Enter after typing into a cell stores the value and moves to the next cell in reading order (along
    the row, then the next row's first cell), so a row of scores is typed without touching the mouse or
    the arrows. A value the model `refused` keeps the cell current, to be typed again. Tab still moves on
    with the next cell's editor open; Escape leaves the cell as it was."""
    _EnterMovesOn(view, refused)
