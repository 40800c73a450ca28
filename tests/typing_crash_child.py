"""Child process for the typing journal's crash test: type into a form field, say so, then wait to be killed.

Usage: python typing_crash_child.py ENGAGEMENT_FILE VIEW FIELD_OBJECT_NAME TEXT_FILE
Types the text as key events at the end of the field (focus stays there: nothing stores it), runs the event loop just
past the journal's delay, prints "TYPED", then keeps running like a live app until SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from workshop.app import build  # noqa: E402


def main() -> None:
    path, view, field_name, text_file = sys.argv[1:5]
    text = Path(text_file).read_text(encoding="utf-8")
    app, window, _controller = build(["workshop", path])
    window.resize(1366, 768)
    window.show()
    window.show_view(view)
    app.processEvents()
    field = window.views[view].findChild(QWidget, field_name)
    field.setFocus()
    app.processEvents()
    if hasattr(field, "moveCursor"):
        field.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after what the field holds
    else:
        field.end(False)
    for ch in text:  # typed as key events, like a keyboard would
        key = Qt.Key.Key_Return if ch == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    deadline = time.monotonic() + 0.5  # past the journal's 0.4 s, no flush by hand
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("TYPED", flush=True)
    while True:  # wait for SIGKILL, still running the event loop like a live app
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
