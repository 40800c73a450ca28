"""Every modal dialog the app opens, as a small function tests can replace."""

from __future__ import annotations

from collections.abc import Callable, Sequence
import os
import re
from typing import TypeVar

from PySide6.QtCore import QFileInfo, QMimeDatabase, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFileIconProvider, QFormLayout, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QWidget,
)

from workshop.charts.rich_text import tooltip as literal_tooltip
from workshop.ui.widgets.common import breakable
from workshop.ui.widgets.i18n import tr

T = TypeVar("T")


def engagement_filter() -> str:
    return tr("Workshop engagements (*.workshop);;All files (*)")


class _ByName(QFileIconProvider):
    """A file's kind told by its name alone. Qt's own provider reads the first bytes of every file a dialog lists
    to tell its type; reading the engagement file open in this window, then closing it, drops the window's
    POSIX locks on it (SQLite's), and a reader in another process could then delete its journal
    (storage.connection.connect)."""

    def type(self, info: QFileInfo) -> str:  # noqa: A003 (Qt's name)
        if info.isDir():
            return super().type(info)
        if info.suffix().lower() == "workshop":  # the files the dialog asks for: "unknown" to the system
            return tr("Workshop engagement")
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


_BY_NAME = _ByName()  # (a dialog keeps no reference of its own to its icon provider)


def file_dialog(parent: QWidget, title: str, folder: str, file_filter: str, *, save: bool = False) -> QFileDialog:
    """The dialog the ask_* functions below show: Qt's, or the system's where there is one; listing files by
    name only (_ByName)."""
    dialog = QFileDialog(parent, title, folder, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setIconProvider(_BY_NAME)
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    return (dialog.selectedFiles() or [None])[0] if dialog.exec() == QDialog.DialogCode.Accepted else None


NAME_BYTES = 150  # a proposed name, before its extension: disks take 255 bytes (å, ä and ö take two)


def safe_file_name(text: str) -> str:
    """A file name from a title: no path separators or characters file systems refuse, and one space where
    they stood ("Arbetsmöte Gnosjö: IT-drift" had become "Arbetsmöte Gnosjö  IT-drift", two spaces)."""
    spaced = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    name = re.sub(r" {2,}", " ", spaced).strip(" .")[:120]
    while len(name.encode("utf-8")) > NAME_BYTES:  # a title of emoji: 120 of them are 480 bytes, too many
        name = name[:-1]
    return name.rstrip(" .") or "export"


def ask_open_path(parent: QWidget, folder: str, title: str = "") -> str | None:
    """The engagement file the user picks (to open, unless the title says what for), or None."""
    return _chosen(file_dialog(parent, title or tr("Open engagement"), folder, engagement_filter())) or None


def ask_save_path(parent: QWidget, title: str, folder: str, file_filter: str | None = None) -> str | None:
    """A file name to write to, or None."""
    return _chosen(file_dialog(parent, title, folder, file_filter or engagement_filter(), save=True)) or None


def ask_file_to_write(parent: QWidget, title: str, folder: str, suffix: str, file_filter: str | None = None,
                      refusal: str | None = None) -> str | None:
    """The file the user names in a save dialog, ending in `suffix` (added when they left it out, then asking
    before an existing file of that name is replaced); None when they cancel, or after saying so (under `refusal`, the title of what cannot be done) when the name names
    no file: only spaces, or nothing before the suffix, would have written a hidden ".workshop" or "   .pdf"."""
    path = ask_save_path(parent, title, folder, file_filter)
    if not path:
        return None
    name = os.path.basename(path)  # "" for a path ending in a separator (Path would name the folder)
    has_suffix = bool(suffix) and name.lower().endswith(suffix.lower())
    if not (name[: -len(suffix)] if has_suffix else name).strip():
        show_error(parent, refusal or title, tr("“{name}” is no file name: give the file a name.").format(name=name))
        return None
    if has_suffix or not suffix:
        return path
    # The dialog asked about replacing the name as typed ("copy"), not the file written ("copy.workshop"):
    # a colleague's copy with unmerged work was replaced without a word.
    path += suffix
    if os.path.exists(path) and not ask_yes_no(parent, title, tr("“{name}” already exists. Replace it?").format(
            name=os.path.basename(path))):
        return None
    return path


PROMPT_LETTERS = 70  # a longer prompt wraps at about this many letters


def _plain_input(parent: QWidget, title: str, label: str) -> QInputDialog:
    """An input dialog whose label shows its text as typed (a QLabel would read "<b>" in a name as markup),
    wrapped: a question naming an organisation of 280 characters had made the dialog 2,629 px wide."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(breakable(label))
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
        width = child.fontMetrics().averageCharWidth() * PROMPT_LETTERS
        if child.sizeHint().width() > width:  # only a long prompt wraps (a short one wrapped got a blank line)
            child.setWordWrap(True)
            child.setMinimumWidth(width)
    return dialog


CHOICE_LETTERS = 64  # a choice's list is about this wide (a meeting's date, time and title); a longer item ends in "…"


def choice_dialog(parent: QWidget, title: str, label: str, items: list[str], current: str = "",
                  letters: int = CHOICE_LETTERS) -> QInputDialog:
    """The dialog ask_choice shows. Its list is no wider than `letters`: as wide as its longest item, an
    agenda item with a 300-letter word had made "Go to…" 2,871 px wide, OK and Cancel off the screen."""
    dialog = _plain_input(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)
        # The closed list draws its item cut at its edge, inside a word: an item longer than the list is shown
        # with "…" in its middle (the open list's lines too), so two meetings of one day whose titles differ
        # at their ends still read apart; whole in its tooltip; `chosen` gives the whole item back.
        room = combo.fontMetrics().horizontalAdvance("x") * letters
        for i, item in enumerate(items):
            combo.setItemText(i, combo.fontMetrics().elidedText(item, Qt.TextElideMode.ElideMiddle, room))
            combo.setItemData(i, literal_tooltip(item), Qt.ItemDataRole.ToolTipRole)
        if current in items:
            combo.setCurrentIndex(items.index(current))
    return dialog


def chosen(dialog: QInputDialog, items: list[str]) -> str:
    """The whole item chosen in a `choice_dialog` (the list may show it shortened)."""
    combo = dialog.findChild(QComboBox)
    return items[combo.currentIndex()] if combo is not None and 0 <= combo.currentIndex() < len(items) else ""


def ask_choice(parent: QWidget, title: str, label: str, items: list[str], current: str = "",
               letters: int = CHOICE_LETTERS) -> str | None:
    """One of the items (starting at `current`, else the first), or None when cancelled."""
    dialog = choice_dialog(parent, title, label, items, current, letters)
    return chosen(dialog, items) if dialog.exec() == QDialog.DialogCode.Accepted else None


class DescribedChoice(QDialog):
    """A choice among named items, the chosen one's description shown under it (plain text, wrapped)."""

    def __init__(self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._items = list(items)
        self.combo = QComboBox(self)
        self.combo.addItems([name for name, _ in self._items])
        self.description = QLabel(self)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setMinimumWidth(520)
        self.description.setStyleSheet("color: #444;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        caption = QLabel(label, self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(self.combo)  # its Alt key ("&Template:") goes to the choice; Qt's form sets none here
        form.addRow(caption, self.combo)
        form.addRow(self.description)
        form.addRow(buttons)
        self.combo.currentIndexChanged.connect(self._describe)
        self._describe(self.combo.currentIndex())

    def _describe(self, index: int) -> None:
        self.description.setText(self._items[index][1] if 0 <= index < len(self._items) else "")
        self.adjustSize()  # a shorter description: the buttons come up under it, not far below

    def chosen(self) -> str:
        return self.combo.currentText()


def ask_described(parent: QWidget, title: str, label: str, items: Sequence[tuple[str, str]]) -> str | None:
    """One of the (name, description) items by name, its description shown as it is chosen; None when
    cancelled."""
    dialog = DescribedChoice(parent, title, label, items)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_item(parent: QWidget, title: str, label: str, items: Sequence[T], describe: Callable[[T], str],
             current: T | None = None, letters: int = CHOICE_LETTERS) -> T | None:
    """One of the items, each shown as `describe(item)` (starting at `current`); None when cancelled or when
    there is none."""
    if not items:
        return None
    labels = [describe(item) for item in items]
    wider = {} if letters == CHOICE_LETTERS else {"letters": letters}
    chosen = ask_choice(parent, title, label, labels, *([describe(current)] if current is not None else []), **wider)
    return None if chosen is None else items[labels.index(chosen)]


TEXT_LETTERS = 50  # a line asked for (a title, a question, a criterion's wording) shows about this many letters


def text_dialog(parent: QWidget, title: str, label: str, text: str = "") -> QInputDialog:
    """The dialog ask_text shows. Its field shows about TEXT_LETTERS letters: Qt's own showed some 20, so a new
    engagement's title or a catalogue question was typed into a slit that showed its last words only."""
    dialog = _plain_input(parent, title, label)
    dialog.setTextValue(text)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMinimumWidth(field.fontMetrics().averageCharWidth() * TEXT_LETTERS)
    return dialog


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    dialog = text_dialog(parent, title, label, text)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _plain_box(parent: QWidget, icon: QMessageBox.Icon, title: str, message: str,
               buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box that shows its message as typed: messages quote names, which may look like markup. A long
    run without spaces (a path with a long file name) wraps: it had run past the box's edge, cut off."""
    box = QMessageBox(icon, title, breakable(message), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Tell the user something was refused or failed."""
    _plain_box(parent, QMessageBox.Icon.Warning, title, message).exec()


def show_info(parent: QWidget, title: str, message: str) -> None:
    """Tell the user something worth knowing."""
    _plain_box(parent, QMessageBox.Icon.Information, title, message).exec()


def show_about(parent: QWidget, version: str) -> None:
    """Help → About."""
    QMessageBox.about(
        parent,
        tr("About Workshop"),
        tr("Workshop {version}\n\nFacilitate multi-organisation investigations offline: question catalogues, "
           "meetings, potential scoring, criteria voting, live charts and PDF minutes.").format(version=version),
    )


def ask_open_file(parent: QWidget, title: str, folder: str, file_filter: str) -> str | None:
    """A file to read (e.g. a question catalogue), or None."""
    return _chosen(file_dialog(parent, title, folder, file_filter)) or None


def ask_yes_no(parent: QWidget, title: str, message: str, *, undoable: bool = True) -> bool:
    """True when the user confirms. What cannot be undone (`undoable` False) starts on No, so a hasty Enter
    does not do it."""
    box = _plain_box(parent, QMessageBox.Icon.Question, title, message,
                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if not undoable:
        box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_still_running(parent: QWidget, running: str, starting: str) -> str | None:
    """Another meeting is still running when one is started: "closed" (it was held), "planned" (it goes back
    to the plan, its notes kept) or None (start nothing). Scores and votes name the one running meeting."""
    box = _plain_box(parent, QMessageBox.Icon.Question, tr("Another meeting is running"),
                     tr("“{running}” is still running. Scores and votes given from now on are recorded in the "
                        "running meeting, so only one meeting runs at a time.\n\nWhat becomes of “{running}” "
                        "when “{starting}” starts?").format(running=running, starting=starting),
                     QMessageBox.StandardButton.Cancel)
    held = box.addButton(tr("It was held: close it"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(tr("Back to planned"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(held)
    box.exec()
    return {held: "closed", later: "planned"}.get(box.clickedButton())


def open_file(path: str) -> bool:
    """Open a written file (a PDF, a workbook) in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AreaDialog(QDialog):
    """A new area's code, name and group in one form, the code filled in with `code` and the group with
    `group`; groups are (code, name)."""

    def __init__(self, parent: QWidget | None, groups: Sequence[tuple[str, str]], code: str, group: str = ""):
        super().__init__(parent)
        self.setObjectName("addAreaDialog")
        self.setWindowTitle(tr("Add area"))
        form = QFormLayout(self)
        self.code_edit = QLineEdit(code, self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMinimumWidth(320)
        self.group_box = QComboBox(self)
        for group_code, name in groups:
            self.group_box.addItem(name, group_code)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(group)))
        form.addRow(tr("&Code:"), self.code_edit)
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("&Group:"), self.group_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name_edit.setFocus()

    def answer(self) -> tuple[str, str, str]:
        """(code, name, group code) as the form holds them."""
        return self.code_edit.text(), self.name_edit.text(), self.group_box.currentData()


def ask_area(parent: QWidget, groups: Sequence[tuple[str, str]], code: str, group: str = "") \
        -> tuple[str, str, str] | None:
    """A new area's (code, name, group code) in one dialog (AreaDialog); None when cancelled."""
    dialog = AreaDialog(parent, groups, code, group)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
