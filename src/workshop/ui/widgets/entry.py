"""Typing a grid as the room speaks: Enter takes the value and moves on to the next cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
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


class _TabLeavesAtEnds(QObject):
    """Tab on the grid's last cell (Shift+Tab on its first) goes on to the window's next (previous) field,
    whether the cell is only current or being typed into; a value typed there that the model `refused`
    keeps its cell open with the text, as Enter does, beside the reason the view shows."""

    def __init__(self, view: QAbstractItemView, refused: SignalInstance | None = None):
        super().__init__(view)
        self._view = view
        self._refused = False
        if refused is not None:
            refused.connect(self._was_refused)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)  # a cell's editor is made as the viewport's child

    def _was_refused(self, *_args) -> None:
        self._refused = True

    def _at_end(self, forward: bool) -> bool:
        view, current = self._view, self._view.currentIndex()
        model = view.model()
        at = (current.row(), current.column()) if current.isValid() else None
        return at == ((model.rowCount() - 1, model.columnCount() - 1) if forward else (0, 0))

    def _leave(self, forward: bool) -> None:
        view = self._view
        view.setTabKeyNavigation(False)  # the window's own Tab order, from the grid
        view.focusNextPrevChild(forward)
        view.setTabKeyNavigation(True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ChildPolished and obj is self._view.viewport():
            # A cell's editor being shown, made whole and given the delegate as its filter: the filter
            # installed last sees a key first, so Tab at an end is ours before the delegate goes on round
            # the grid. (Not on ChildAdded: the child is then half made.)
            event.child().installEventFilter(self)
            return False
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if not self._at_end(forward):
            return False
        if obj is not self._view:  # a cell being typed into: the value is taken as Enter would, then on
            delegate = self._view.itemDelegateForIndex(self._view.currentIndex())
            self._refused = False
            delegate.commitData.emit(obj)
            if self._refused:  # the editor stays, its text selected to be typed again
                if hasattr(obj, "selectAll"):
                    obj.selectAll()
                obj.installEventFilter(self)  # first again: the next Tab is ours too, not the delegate's
                return True
            delegate.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.NoHint)
        self._leave(forward)
        return True


def tab_leaves(view: QAbstractItemView, *, typed_into: bool, refused: SignalInstance | None = None) -> None:
    """Tab gets out of a table: a list to pick from (`typed_into` False) takes one Tab stop (Tab had gone
    round its cells for ever, and in Meetings it chose the next meeting at each press); a grid typed into
    keeps Tab from cell to cell and leaves after its last cell (Shift+Tab before its first), to the buttons and
    fields after it, also with the last cell's editor open (its value taken first; one the model refused, by
    its `refused` signal or the one given, keeps the cell open, as Enter does)."""
    if typed_into:
        _TabLeavesAtEnds(view, refused if refused is not None else getattr(view.model(), "refused", None))
    else:
        view.setTabKeyNavigation(False)
