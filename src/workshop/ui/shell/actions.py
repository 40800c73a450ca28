"""The window's actions, declared as data: id, text, shortcut, menu.

Texts are marked with QT_TRANSLATE_NOOP so lupdate finds them, and
translated when the action is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

K = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window."""

    id: str
    text: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    separator_before: bool = False


MENUS = {
    "file": QT_TRANSLATE_NOOP("Menus", "&File"),
    "edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Menus", "&View"),
    "help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}

ACTIONS = [
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New from Template…"), "file", K.New),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "file", K.Open),
    ActionSpec("save_copy", QT_TRANSLATE_NOOP("Actions", "Save a Copy &As…"), "file", K.SaveAs, True),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"), "file"),
    ActionSpec("handout", QT_TRANSLATE_NOOP("Actions", "&Hand Out a Copy…"), "file", separator_before=True),
    ActionSpec("merge_from", QT_TRANSLATE_NOOP("Actions", "&Merge From…"), "file"),
    ActionSpec("close", QT_TRANSLATE_NOOP("Actions", "&Close"), "file", K.Close),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", K.Quit, True),
    ActionSpec("presenter", QT_TRANSLATE_NOOP("Actions", "Start &Presenter View"), "view", "F5"),
    ActionSpec("presenter_stop", QT_TRANSLATE_NOOP("Actions", "S&top Presenter View"), "view", "Shift+F5"),
    ActionSpec("presenter_screen", QT_TRANSLATE_NOOP("Actions", "Choose Presenter &Screen…"), "view"),
    ActionSpec("presenter_blank", QT_TRANSLATE_NOOP("Actions", "&Blank the Projector"), "view", "Ctrl+B"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Workshop"), "help"),
]


def build_action(spec: ActionSpec, parent: QWidget) -> QAction:
    """A QAction for the spec, translated, with its shortcut."""
    action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
    action.setObjectName(f"action_{spec.id}")
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        action.setShortcuts(spec.shortcut)
    elif spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    return action
