"""Settings, declared once (key, type, default, what it is for), over QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QWidget

MAX_RECENT = 8


SMALL_SCREEN = (1600, 900)  # available room below which a first start fills the screen


def fills_screen(width: int, height: int) -> bool:
    """Whether a first start opens maximized: on a screen with less room than SMALL_SCREEN (a 1366×768 laptop)."""
    return width < SMALL_SCREEN[0] or height < SMALL_SCREEN[1]


@dataclass(frozen=True)
class Setting:
    """One persistent setting."""

    key: str
    type: type
    default: Any
    doc: str


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window size and place")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Main window docks and toolbars")
RECENT_FILES = Setting("files/recent", list, [], "Engagement files opened lately, newest first")
LAST_FOLDER = Setting("files/last_folder", str, "", "Folder of the last file opened or saved")
PRESENTER_SCREEN = Setting("presenter/screen", str, "", "Name of the screen the presenter view goes to")
LAST_VIEW = Setting("window/view", str, "", "The view shown when the app was last closed")
LANGUAGE = Setting("ui/language", str, "", "Interface language (sv, en; empty = system)")
DOCUMENT_LANGUAGE = Setting("documents/language", str, "sv",
                            "Language of what the room and readers see: the projector and the PDFs (sv, en)")


def splitter_setting(name: str) -> Setting:
    """Where the user left one splitter's handles: its panes' fractions, e.g. "0.4,0.6" (empty = default)."""
    return Setting(f"splitters/{name}", str, "", "The panes' shares of a splitter the user dragged")


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings()

    def get(self, setting: Setting) -> Any:
        value = self._q.value(setting.key, setting.default)
        if setting.type is list:
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        return setting.type(value) if value is not None else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._q.setValue(setting.key, value)

    def recent_files(self) -> list[str]:
        """Recently opened files, newest first."""
        return self.get(RECENT_FILES)

    def add_recent_file(self, path: str) -> list[str]:
        """Put a file first in the recent list and return the new list."""
        files = [path] + [f for f in self.recent_files() if f != path]
        files = files[:MAX_RECENT]
        self.set(RECENT_FILES, files)
        return files

    def remove_recent_file(self, path: str) -> None:
        """Drop a file from the recent list (e.g. it no longer exists)."""
        self.set(RECENT_FILES, [f for f in self.recent_files() if f != path])

    def restore_geometry(self, window: QWidget) -> None:
        """Give the window its last size and place; on a first start, most of the screen, centred, and the whole
        screen (maximized) on a laptop's: at 90 % of 1366×768 every view had 140 px less than the screen has."""
        geometry = self.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty() and window.restoreGeometry(geometry):
            return
        screen = window.screen().availableGeometry()
        width, height = int(screen.width() * 0.9), int(screen.height() * 0.9)
        window.setGeometry(screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2,
                           width, height)
        if fills_screen(screen.width(), screen.height()):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save_geometry(self, window: QWidget) -> None:
        """Remember the window's size and place."""
        self.set(WINDOW_GEOMETRY, window.saveGeometry())
