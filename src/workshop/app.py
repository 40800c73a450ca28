"""The composition root: build the application, the window and the file controller, and wire them."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# The non-Qt layers load before PySide6 on purpose: once PySide6 is imported it
# reads the source of every module imported after it (its __feature__ hook),
# which made start-up ~40 % slower when sqlite-utils, click and numpy came later.
import numpy  # noqa: F401,I001  (the charts need it; loading it here keeps it out of that hook)

import workshop.storage  # noqa: F401,I001
import workshop.templates  # noqa: F401,I001
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import workshop.charts  # noqa: F401  (PySide6 before pyqtgraph)
from workshop import __version__
from workshop.resources import resources_root
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.focus_ring import install_focus_ring
from workshop.ui.shell.export_controller import ExportController
from workshop.ui.filesafety.controller import FileSafetyController
from workshop.ui.meetings.running_notice import RunningMeetingNotice
from workshop.ui.shell.file_controller import FileController
from workshop.ui.shell.file_open_events import FileOpenEvents
from workshop.ui.shell.language_menu import install_document_language_menu, install_language_menu
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.merge.controller import MergeController
from workshop.ui.presenter.controller import PresenterController
from workshop.ui.widgets.settings import LANGUAGE, Settings


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's and our translations for the language, when they exist."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)  # numbers, dates and decimal marks follow the interface language too
    translators = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("workshop", str(resources_root() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def application_icon() -> QIcon:
    """Workshop's icon: the PNG sizes `make icons` renders (crisp at 16 px) and the SVG for any other size."""
    folder = resources_root() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("workshop-*.png")):
        icon.addFile(str(png))
    icon.addFile(str(folder / "workshop.svg"))
    return icon


def use_settings_folder(folder: str | None) -> None:
    """Keep settings as an INI file in this folder (WORKSHOP_SETTINGS_DIR), e.g. on a USB stick or in tests."""
    if folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def qt_environment() -> None:
    """Process-wide Qt settings; call before the QApplication exists.

    QT_NO_GUI_THREADPOOL: Qt hands fills and blends of more than a few thousand
    pixels to a thread pool. An edit repaints several such areas (the backing
    store, a chart's background, the many-polygon raster), and waking the pool
    for each cost more than it saved: edit latency p95 lower in five of six
    paired runs of `make bench`, most with 290 organisations. Qt disables the
    pool whenever the variable exists (even "0"), so WORKSHOP_QT_THREADPOOL=1
    is the way to keep it.
    """
    if os.environ.get("WORKSHOP_QT_THREADPOOL") != "1":
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


# Qt's own options that take a value ("-style fusion"): the value is not a file to open. Read from Python's
# argv, not QApplication.arguments(), which Windows may rebuild in its code page (Å in a file name lost).
_QT_OPTIONS_WITH_VALUE = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style", "-stylesheet",
                          "-session", "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-display", "-geometry",
                          "-title", "-icon", "-name", "-visual", "-ncols", "-cmap", "-fn", "-font", "-bg",
                          "-background", "-fg", "-foreground", "-btn", "-button", "-inputstyle", "-im"}


def file_arguments(argv: Sequence[str]) -> list[str]:
    """The files named on the command line, Qt's options and their values left out."""
    files, skip = [], False
    for arg in list(argv)[1:]:
        if skip:
            skip = False
        elif arg.startswith("-"):
            skip = arg in _QT_OPTIONS_WITH_VALUE
        else:
            files.append(arg)
    return files


def build(argv: Sequence[str]) -> tuple[QApplication, MainWindow, FileController]:
    """Create the app objects; opens the file named in argv, else the most recent one."""
    if QApplication.instance() is None:
        qt_environment()
    app = QApplication.instance() or QApplication(list(argv))
    app.setOrganizationName("Workshop")
    app.setApplicationName("Workshop")
    app.setWindowIcon(application_icon())  # every window: the main one, the presenter, dialogs
    app.setDesktopFileName("workshop")  # Wayland and the task bar match the window to workshop.desktop
    use_settings_folder(os.environ.get("WORKSHOP_SETTINGS_DIR"))
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 11.0))  # readable on a projector from the first row back
    app.setFont(font)
    install_focus_ring(app)  # the keyboard's place shows on a projector
    settings = Settings()
    install_translators(app, settings.get(LANGUAGE))
    window = MainWindow(settings=settings)
    controller = FileController(window, settings)
    window.file_safety = FileSafetyController(window, controller)
    window.running_notice = RunningMeetingNotice(window, controller)
    window.merge_controller = MergeController(window, controller, settings)
    window.presenter_controller = PresenterController(window, settings)
    window.export_controller = ExportController(window, settings, controller.open_path)
    controller.opened.connect(window.export_controller.session_opened)
    window.actions.update(window.export_controller.actions)  # views (Report) can offer them as buttons
    install_language_menu(window, settings)
    install_document_language_menu(window, settings)
    window.actions["about"].triggered.connect(lambda: dialogs.show_about(window, __version__))
    settings.restore_geometry(window)
    window.file_open_events = FileOpenEvents(app, window, controller.open_path)  # the macOS Finder's files
    paths = file_arguments(argv)
    if paths:
        controller.open_path(paths[0])
    return app, window, controller


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes."""
    app, window, _controller = build(sys.argv if argv is None else argv)
    window.show()
    return app.exec()
