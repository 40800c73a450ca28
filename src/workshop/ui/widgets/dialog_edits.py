"""Edits that start with a dialog: renaming something, or removing it with what refers to it, each as one
undoable edit (criteria, areas, alternatives, …)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import FunctionCommand, push_or_report, set_value_command


def rename_via_dialog(parent: QWidget, title: str, label: str, old: str, apply: Callable[[str], None],
                      command_text: str, stack: QUndoStack, report: Callable[[str], None]) -> bool:
    """Ask for a new text (the old one filled in); store it through `apply` as one undoable edit.

    Cancelling or keeping the text changes nothing; a refusal (e.g. an empty name) is reported.
    """
    text = dialogs.ask_text(parent, title, label, old)
    if text is None or text.strip() == old:
        return False
    return push_or_report(stack, set_value_command(command_text, apply, old, text), report)


def remove_via_dialog(parent: QWidget, title: str, question: str, remove: Callable[[], dict],
                      restore: Callable[[dict], None], command_text: str, stack: QUndoStack,
                      report: Callable[[str], None]) -> bool:
    """Ask `question` (yes/no); then remove as one undoable edit. `remove` returns the rows it took, which
    Undo hands to `restore`. A refusal is reported."""
    if not dialogs.ask_yes_no(parent, title, question):
        return False
    taken: dict = {}

    def do() -> None:
        taken.clear()
        taken.update(remove())

    return push_or_report(stack, FunctionCommand(command_text, do, lambda: restore(dict(taken))), report)
