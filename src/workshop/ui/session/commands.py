"""Undo commands: every user edit is one of these on the session's one undo stack.

Each kind of edit is a small class saying what redo and undo do. `push` runs
the edit once through Qt's own QUndoStack.push: an edit that the domain or the
file refuses marks itself obsolete, so Qt drops it (nothing to undo) and `push`
raises the refusal for the view to show. A later undo or redo that fails is
dropped the same way and reported through the stack's `failed` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.domain.errors import DomainError
from workshop.storage import StorageError
from workshop.ui.widgets.i18n import describe

REFUSALS = (DomainError, StorageError)


class EditStack(QUndoStack):
    """The session's undo stack; `failed` carries why an undo or redo could not be done."""

    failed = Signal(str)
    took_away = Signal(str)  # the text of an edit that took something away, once it is done
    # The stack moved by the facilitator's hand: any move but an edit pushed with `from_elsewhere` (a phone's vote)
    moved_by_hand = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._elsewhere = 0
        self.indexChanged.connect(self._moved)

    def _moved(self, _index: int) -> None:
        if not self._elsewhere:
            self.moved_by_hand.emit()

    def push_from_elsewhere(self, command: EditCommand) -> None:
        """`push` for an edit the facilitator did not make (a phone's vote): the stack's move is not theirs, so
        Ctrl+Z in the field they are typing in still undoes their typing (see widgets.common.undo_goes_to_window).
        A phone vote arriving had made it the window's Undo, which stored the typing and took it all back."""
        command.from_elsewhere = True
        self._elsewhere += 1
        try:
            push(self, command)
        finally:
            self._elsewhere -= 1

    def latest_from_elsewhere(self) -> bool:
        """Whether the edit Undo would take back now is one the facilitator did not make (a phone's vote)."""
        return self.canUndo() and getattr(self.command(self.index() - 1), "from_elsewhere", False)


class EditCommand(QUndoCommand):
    """One edit; subclasses implement `apply` (redo) and `revert` (undo). `takes_away`: it deletes
    something, which the window then says can be undone (a deletion asks nothing first)."""

    takes_away = False
    from_elsewhere = False  # pushed with EditStack.push_from_elsewhere (a phone's vote)

    def __init__(self, text: str):
        super().__init__(text)
        self.refusal: Exception | None = None
        self._ran = False
        self._on_failure: Callable[[str], None] | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guard(self.apply)
        self._ran = True

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except REFUSALS as exc:
            self.refusal = exc
            self.setObsolete(True)  # Qt drops an obsolete command instead of keeping it on the stack
            if self._ran and self._on_failure is not None:
                self._on_failure(describe(exc))


class SetValue(EditCommand):
    """Something set from `old` to `new` through one function (a score, a name, a weight, a setting)."""

    def __init__(self, text: str, apply: Callable[[Any], None], old: Any, new: Any):
        super().__init__(text)
        self._set, self.old, self.new = apply, old, new

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class Add(EditCommand):
    """Something added; undo takes it back while nothing refers to it."""

    def __init__(self, text: str, add: Callable[[], None], take_back: Callable[[], None]):
        super().__init__(text)
        self._add, self._take_back = add, take_back

    def apply(self) -> None:
        self._add()

    def revert(self) -> None:
        self._take_back()


class Remove(EditCommand):
    """Something removed with what refers to it; undo puts every row taken back."""

    takes_away = True

    def __init__(self, text: str, remove: Callable[[], dict], restore: Callable[[dict], None]):
        super().__init__(text)
        self._remove, self._restore = remove, restore
        self._taken: dict | None = None

    def apply(self) -> None:
        self._taken = self._remove()

    def revert(self) -> None:
        self._restore(dict(self._taken or {}))


def push(stack: EditStack, command: EditCommand) -> None:
    """Run the edit and keep it on the stack; a refused edit changes nothing, leaves nothing to undo,
    and its refusal is raised for the caller to show."""
    command._on_failure = stack.failed.emit
    stack.push(command)
    if command.refusal is not None:
        raise command.refusal
    if command.takes_away:
        stack.took_away.emit(command.text())


@contextmanager
def one_step(stack: QUndoStack, text: str):
    """The edits pushed inside as one undo step called `text`; a refusal half-way takes back what was done and
    is raised."""
    stack.beginMacro(text)
    try:
        yield
    except Exception:
        stack.endMacro()
        stack.undo()
        raise
    stack.endMacro()


def push_or_report(stack: EditStack, command: EditCommand, report: Callable[[str], None]) -> bool:
    """`push`, with a refusal reported (in the interface language) instead of raised."""
    try:
        push(stack, command)
    except REFUSALS as exc:
        report(describe(exc))
        return False
    report("")
    return True
