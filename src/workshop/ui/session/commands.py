"""Undo commands. Every user edit goes through the session's one undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.domain.errors import DomainError
from workshop.ui.widgets.i18n import describe


class FunctionCommand(QUndoCommand):
    """An edit described by two functions: `do` and `undo`."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._already_done = False

    def redo(self) -> None:
        if self._already_done:  # push() after a checked first run: the work is done
            self._already_done = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()


def set_value_command(text: str, apply: Callable[[Any], None], old: Any, new: Any) -> FunctionCommand:
    """An edit that sets something from `old` to `new` through one function."""
    return FunctionCommand(text, lambda: apply(new), lambda: apply(old))


def push_checked(stack: QUndoStack, command: FunctionCommand) -> None:
    """Run the command once, and put it on the stack only if it succeeded.

    A refused edit (the first run raises, e.g. a DomainError) changes nothing,
    leaves nothing to undo, and the error reaches the caller to show.
    """
    command.redo()
    command._already_done = True
    stack.push(command)


def push_or_report(stack: QUndoStack, command: FunctionCommand, report: Callable[[str], None]) -> bool:
    """push_checked, with a refusal reported (in the interface language) instead of raised."""
    try:
        push_checked(stack, command)
    except DomainError as exc:
        report(describe(exc))
        return False
    report("")
    return True
