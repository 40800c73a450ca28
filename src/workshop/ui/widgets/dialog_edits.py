"""Edits that start with a dialog: renaming something, or removing it with what refers to it, each as one
undoable edit (criteria, areas, alternatives, …)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from workshop.ui.session.commands import EditCommand, EditStack, push_or_report
from workshop.ui.widgets import dialogs


def rename_via_dialog(parent: QWidget, title: str, label: str, old: str, command: Callable[[str], EditCommand],
                      stack: EditStack, report: Callable[[str], None]) -> bool:
    """Ask for a new text (the old one filled in); store it with the edit `command(text)` builds.

    Cancelling or keeping the text changes nothing; a refusal (e.g. an empty name) is reported.
    """
    text = dialogs.ask_text(parent, title, label, old)
    if text is None or text.strip() == old:
        return False
    return push_or_report(stack, command(text), report)


def remove_via_dialog(parent: QWidget, title: str, question: str, command: EditCommand, stack: EditStack,
                      report: Callable[[str], None]) -> bool:
    """Ask `question` (yes/no); then run the removal `command` (undo puts back what it took). A refusal
    is reported."""
    if not dialogs.ask_yes_no(parent, title, question):
        return False
    return push_or_report(stack, command, report)
