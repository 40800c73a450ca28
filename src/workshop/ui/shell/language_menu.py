"""View → Language: the interface language, remembered; it applies at the next start. View → Documents and
Projector Language: what the room and the PDFs' readers see, applied at once (the next screen shown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from workshop.domain.numbers import decimal_mark_for
from workshop.resources import resources_root

from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import Template, tr
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.settings import DOCUMENT_LANGUAGE, LANGUAGE, Settings


def languages() -> list[tuple[str, str]]:
    """(code, name) of the interface languages offered; "" follows the computer's setting."""
    return [("", tr("Same as the computer")), ("sv", "Svenska"), ("en", "English")]


def _choices_menu(window: MainWindow, title: str, name: str, choices: list[tuple[str, str]],
                  current: str) -> QActionGroup:
    """A View submenu of exclusive choices (code, name), the current one checked; each action's data is its code."""
    menu = window.menus["view"].addMenu(title)
    menu.setObjectName(name)
    group = QActionGroup(menu)
    for code, label in choices:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    return group


def install_language_menu(window: MainWindow, settings: Settings) -> QActionGroup:
    """Add the Language submenu to the View menu."""
    group = _choices_menu(window, tr("&Language"), "languageMenu", languages(), settings.get(LANGUAGE))

    def chosen(action: QAction) -> None:
        if action.data() == settings.get(LANGUAGE):
            return
        settings.set(LANGUAGE, action.data())
        dialogs.show_info(window, tr("Language"), tr("The new language is used the next time Workshop starts."))

    group.triggered.connect(chosen)
    return group


class DocumentLanguage:
    """Texts in the document language, whatever the interface's (called like tr()), and its decimal mark:
    English is the source, Swedish comes from the bundled translation, loaded beside the interface's
    rather than installed in its place."""

    def __init__(self, language: str):
        self.language = language
        self.decimal_mark = decimal_mark_for(language)
        self._translator: QTranslator | None = None
        if language != "en":
            translator = QTranslator(QCoreApplication.instance())
            if translator.load(QLocale(language), "workshop", "_", str(resources_root() / "translations")):
                self._translator = translator

    def __call__(self, text: str) -> str:
        if self.language == "en":
            return text
        if self._translator is None:  # no translation file: the interface's language
            return QCoreApplication.translate("", text)
        return self._translator.translate("", text) or text


class ProjectorLanguage(DocumentLanguage):
    """The document language for the projector: its texts fill typed values in isolated, as the
    interface's do (i18n.Template); the PDFs keep plain texts."""

    def __call__(self, text: str) -> str:
        return Template(super().__call__(text))


def document_translate(language: str) -> Callable[[str], str]:
    """The document language's tr() (with its decimal mark), see DocumentLanguage."""
    return DocumentLanguage(language)


def install_document_language_menu(window: MainWindow, settings: Settings) -> QActionGroup:
    """View → Documents and Projector Language (Svenska by default, as the report's readers expect); the
    projector and the exported PDFs follow it even when the interface is in another language."""
    current = settings.get(DOCUMENT_LANGUAGE)
    group = _choices_menu(window, tr("&Documents and Projector Language"), "documentLanguageMenu",
                          [("sv", "Svenska"), ("en", "English")], current)
    window.presenter_channel.translate = ProjectorLanguage(current)

    def chosen(action: QAction) -> None:
        settings.set(DOCUMENT_LANGUAGE, action.data())
        window.presenter_channel.translate = ProjectorLanguage(action.data())

    group.triggered.connect(chosen)
    return group
