"""View → Language: the interface language, remembered; it applies at the next start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import tr
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.settings import LANGUAGE, Settings


def languages() -> list[tuple[str, str]]:
    """(code, name) of the interface languages offered; "" follows the computer's setting."""
    return [("", tr("Same as the computer")), ("sv", "Svenska"), ("en", "English")]


def install_language_menu(window: MainWindow, settings: Settings) -> QActionGroup:
    """Add the Language submenu to the View menu."""
    menu = window.menus["view"].addMenu(tr("&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = settings.get(LANGUAGE)
    for code, name in languages():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        if action.data() == settings.get(LANGUAGE):
            return
        settings.set(LANGUAGE, action.data())
        dialogs.show_info(window, tr("Language"), tr("The new language is used the next time Workshop starts."))

    group.triggered.connect(chosen)
    return group
