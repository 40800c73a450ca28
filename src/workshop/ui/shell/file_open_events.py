"""Files the system asks the app to open while it runs: a `.workshop` file double-clicked in the macOS Finder
(or dropped on the Dock icon) arrives as a QFileOpenEvent, not in argv, also the one the app was started for."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

RETRY_MS = 300  # while a dialog is open, look again this often


class FileOpenEvents(QObject):
    """Opens each local file the system hands the application through `open_path` (the File → Open path: its
    checks, its refusals, its questions), then brings the window to the front.

    The event is handled on the next pass of the event loop, not inside the system's call, and while a modal
    dialog is open (a question, a file dialog) the file waits until it closes: opening another engagement under
    a dialog about the present one would answer for it. Only the newest waiting file is opened, as the Finder
    would, since one window shows one engagement (the one already open only comes to the front). A URL that
    is not a local file is left to Qt."""

    def __init__(self, app: QApplication, window: QWidget, open_path: Callable[[str], bool]):
        super().__init__(window)
        self._window = window
        self._open_path = open_path
        self._waiting: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open_waiting)
        self._app = app
        if sys.platform == "darwin":  # the one system that sends them
            self.listen()

    def listen(self) -> None:
        """Take the file-open events the application is sent. A filter on the application sees every event
        of every object, so it is installed only where the system sends these; tests call this to send them
        on any system."""
        self._app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.FileOpen or obj is not self._app:
            return False
        assert isinstance(event, QFileOpenEvent)
        path = event.file() or (event.url().toLocalFile() if event.url().isLocalFile() else "")
        if not path:
            return False
        self._waiting = path
        self._timer.start(0)
        return True

    def _open_waiting(self) -> None:
        if self._waiting is None:
            return
        if QApplication.activeModalWidget() is not None:
            self._timer.start(RETRY_MS)
            return
        path, self._waiting = self._waiting, None
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        self._open_path(path)  # the file already open stays as it is (FileController.open_path)

    def waiting(self) -> str | None:
        """The file that will be opened once no dialog is open (None when nothing waits)."""
        return self._waiting
