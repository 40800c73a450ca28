"""What the window shows while no engagement is open: what to do first, as buttons."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workshop.ui.widgets.common import plain_label
from workshop.ui.widgets.i18n import tr


class StartPage(QWidget):
    """"No engagement is open", with a button for each way to begin: a new engagement from a template (the
    first thing a consultant does) and an engagement file to open. The page had said only which menu to use,
    beside an empty list of views."""

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        title = plain_label(tr("No engagement is open."), self, "font-size: 16pt; color: #555;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = plain_label(tr("Start a new investigation from a template, or open an engagement file you "
                              "already have."), self, "color: #555;", wrap=True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, text in (("new", tr("New Engagement…")), ("open", tr("Open Engagement…"))):
            action = actions[key]
            button = QPushButton(text, self)
            button.setObjectName(f"start_{key}")
            button.setStyleSheet("QPushButton { font-size: 13pt; padding: 8px 20px; }")
            button.setToolTip(action.shortcut().toString(action.shortcut().SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["new"].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The keyboard starts on "New Engagement…": Enter begins one."""
        super().showEvent(event)
        self.buttons["new"].setFocus(Qt.FocusReason.OtherFocusReason)
