"""Child process for the crash test: run a meeting, type notes, say so, then wait to be killed.

Usage: python notes_crash_child.py ENGAGEMENT_FILE TEXT_FILE
Prints "TYPED <item uid>" once the typed text is older than the autosave delay.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop.app import build  # noqa: E402


def main() -> None:
    path, text_file = sys.argv[1], sys.argv[2]
    text = Path(text_file).read_text(encoding="utf-8")
    app, window, _controller = build(["workshop", path])
    window.show()
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(view.model.rowCount() - 1)
    view.run_current()
    app.processEvents()
    notes = view.runner.notes
    notes.setFocus()
    for ch in text:  # typed as key events, like a keyboard would
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(notes, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    deadline = time.monotonic() + 0.55  # just past the promised half second, no flush by hand
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("TYPED", view.runner.autosaver.item_uid, flush=True)
    while True:  # wait for SIGKILL, still running the event loop like a live app
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
