"""The bar above the views that says what the window cannot do with its file, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from workshop.storage.guard import ReadOnly, ReadOnlyReason
from workshop.ui.widgets.i18n import tr

_READ_ONLY_STYLE = "background: #FFF4CE; color: #3B2F00; border-bottom: 1px solid #E0C560;"
_FAILED_STYLE = "background: #FDE7E9; color: #7A0010; border-bottom: 1px solid #E8A0A8;"


def read_only_text(read_only: ReadOnly) -> str:
    """The banner's sentence for a file open read-only."""
    if read_only.reason is ReadOnlyReason.LOCKED and read_only.holder is not None:
        h = read_only.holder
        return tr("Read-only: {user} on {host} has had this engagement open since {since}. "
                  "Your changes cannot be saved here; save a copy to keep working.").format(
            user=h.user, host=h.host, since=h.since_text)
    if read_only.reason is ReadOnlyReason.LOCKED:
        return tr("Read-only: another program has this engagement open. Your changes cannot be saved here.")
    if read_only.reason is ReadOnlyReason.FILE:
        return tr("Read-only: you may not write this file. Save a copy to keep working.")
    if read_only.reason is ReadOnlyReason.LINKED:
        return tr("Read-only: this file has other names (hard links), through which it could be open elsewhere. "
                  "Save a copy to keep working.")
    return tr("Read-only: you may not write in this file's folder. Save a copy to keep working.")


class FileBanner(QWidget):
    """One line of text, a Save a Copy button and a close button; `active` while there is something to say."""

    save_copy = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fileBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file, user and host names are only ever text
        self.label.setWordWrap(True)
        self.copy_button = QPushButton(tr("Save a Copy…"), self)
        self.copy_button.clicked.connect(self.save_copy)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(tr("Hide this message"))
        self.close_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        self._read_only = ""
        self.active = False  # something to say (the controller shows or hides the bar that holds it)
        self.clear()

    def show_read_only(self, text: str) -> None:
        """Say the file is open read-only (stays until another file is open)."""
        self._read_only = text
        self._show(text, _READ_ONLY_STYLE, closable=False)

    def show_failure(self, text: str, *, offer_copy: bool = False) -> None:
        """Say a change was not saved, and why (the user may hide it)."""
        self._show(text, _FAILED_STYLE, closable=True, offer_copy=offer_copy)

    def clear(self) -> None:
        """Back to the read-only sentence, if any; otherwise hidden."""
        if self._read_only:
            self._show(self._read_only, _READ_ONLY_STYLE, closable=False)
        else:
            self.label.clear()
            self.active = False

    def reset(self) -> None:
        """Nothing to say (another file was opened)."""
        self._read_only = ""
        self.active = False  # something to say (the controller shows or hides the bar that holds it)
        self.clear()

    def _show(self, text: str, style: str, *, closable: bool, offer_copy: bool = True) -> None:
        self.setStyleSheet(f"#fileBanner {{ {style} }}")
        self.label.setText(text)
        self.copy_button.setVisible(offer_copy)
        self.close_button.setVisible(closable)
        self.active = True
