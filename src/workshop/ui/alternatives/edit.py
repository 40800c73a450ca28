"""Editing alternatives and organisation forms as the investigation refines them: name, description,
pros and cons.

Every change replaces the alternative through one undoable edit, saved at
once (EngagementSession.update_alternative); its code stays, so votes and
scores keep pointing at it. Covered areas are toggled in the coverage
matrix beside it (alternatives_info.py), through the same edit.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from workshop.domain.model import Alternative, OrganisationForm
from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import push
from workshop.ui.session.edits import UpdateAlternative, UpdateOrganisationForm
from workshop.ui.widgets.i18n import joined, tr
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.common import LIST_ITEM_LINES, MessageLabel, commit_on_leave, key, show_text
from workshop.ui.widgets.accessible import labelled
from workshop.ui.widgets.layout import tab_chain
from workshop.charts.rich_text import tooltip as literal_tooltip
from workshop.ui.widgets.lines_label import LinesDelegate

KINDS = ("pros", "cons")


def replace_alternative(session: EngagementSession, message: MessageLabel, old: Alternative, new: Alternative,
                        text: str) -> bool:
    """Store the changed alternative as one undoable edit; a refusal is shown in the message line."""
    if new == old:
        return True
    return message.attempt(lambda: push(session.undo_stack, UpdateAlternative(session, old, new, text)))


class PointList(QWidget):
    """Pros (or cons): F2 edits a point in place, Insert or “Add…” adds one, Delete removes it."""

    def __init__(self, heading: str, name: str, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName(name)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(LinesDelegate(LIST_ITEM_LINES, self.list))
        self.list.setSpacing(3)  # points that wrap over several lines stay apart
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget { font-size: 12pt; }")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.add = QPushButton(tr("Add…"), self)
        self.remove = QPushButton(tr("Remove"), self)
        # The buttons beside the heading, not under the list: at 1366×768 the row they took was two more
        # lines of the points themselves.
        # On a narrow window (1366 px at 125 %) they give up the style's minimum width, down to their text.
        top = QHBoxLayout()
        top.addWidget(labelled(heading, self.list, self), 1)  # "&Pros": Alt+P goes to the list
        for button in (self.add, self.remove):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 12)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.add.setObjectName(f"{name}Add")
        self.remove.setObjectName(f"{name}Remove")
        tab_chain(self.add, self.remove, self.list)  # as they read: the buttons beside the heading, above the list

    def show_points(self, points) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in points:
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(literal_tooltip(text))  # the list shows four lines of it
        self.list.blockSignals(False)

    def points(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text().strip() for row in range(self.list.count()))


class ProsConsEditor(QWidget):
    """Something with a name, a description, pros and cons (an alternative, an organisation form), each
    part editable and every change one undoable edit. Subclasses say which item is shown and how it is stored."""

    def __init__(self, session: EngagementSession, message: MessageLabel, name: str, parent=None):
        super().__init__(parent)
        self._session = session
        self._message = message
        self.code_label = QLabel(self)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name = QLineEdit(self)
        self.name.setObjectName(f"{name}Name")
        self.name.setAccessibleName(tr("Name"))
        self.name.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName(f"{name}Description")
        self.description.setStyleSheet("font-size: 12pt;")
        # The description and the points share the height 2:3, the description at least three lines: a fixed
        # 140 px description left the pros and cons two lines each at 1366×768.
        self.description.setMinimumHeight(3 * self.description.fontMetrics().lineSpacing()
                                          + 2 * self.description.frameWidth() + 8)
        self.description.setPlaceholderText(tr("Description"))
        self.description.setTabChangesFocus(True)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.lists = {"pros": PointList(tr("&Pros"), f"{name}Pros", self),
                      "cons": PointList(tr("&Cons"), f"{name}Cons", self)}
        top = QHBoxLayout()
        top.addWidget(self.code_label)
        top.addWidget(self.name, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        lists = QHBoxLayout()
        for widget in self.lists.values():
            lists.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.description, 2)
        layout.addLayout(row)
        layout.addLayout(lists, 3)
        self.name.editingFinished.connect(lambda: self._change(tr("Rename {item}"), name=self.name.text().strip()))
        # Kept when focus leaves it or another item is shown, as the name is (a "Save" button alone lost it).
        commit_on_leave(self.description, lambda: self._change(
            tr("Edit the description of {item}"), description=self.description.toPlainText().strip()))
        for kind, widget in self.lists.items():
            widget.list.itemChanged.connect(lambda _item, kind=kind: self._points_edited(kind))
            widget.add.clicked.connect(lambda _checked=False, kind=kind: self.add_point(kind))
            widget.remove.clicked.connect(lambda _checked=False, kind=kind: self.remove_point(kind))
            key(widget.list, "Ins", lambda kind=kind: self.add_point(kind))
            key(widget.list, "Del", lambda kind=kind: self.remove_point(kind))

    def typing_subject(self) -> str:
        """The item the form shows, by its name (where typed text is kept, see ui.filesafety.typing)."""
        item = self.current()
        return item.name if item is not None else ""

    # --- what a subclass says ------------------------------------------------------------
    def current(self):
        """The item shown (a frozen dataclass with name, description, pros, cons), or None."""
        raise NotImplementedError

    def store(self, old, new, text: str) -> bool:
        """Replace `old` by `new` as one undoable edit called `text`; False when refused."""
        raise NotImplementedError

    def describe_item(self, item) -> tuple[str, str, str]:
        """The item's short label (beside the name), a note under the description, and its name in edits."""
        return "", "", item.name

    # --- shared -----------------------------------------------------------------------------
    def show_current(self) -> None:
        """Fill the fields from the stored item."""
        item = self.current()
        self.setEnabled(item is not None)
        if item is None:  # none (yet, or removed): empty, not the last one's text greyed out
            self.code_label.clear()
            self.name.clear()
            self.description.clear()
            self.note.clear()
            for widget in self.lists.values():
                widget.show_points(())
            return
        label, note, _ = self.describe_item(item)
        self.code_label.setText(label)
        self.code_label.setVisible(bool(label))
        if self.name.text() != item.name:
            show_text(self.name, item.name)  # its beginning, as every one-line field shows a stored value
        if self.description.toPlainText() != item.description:
            self.description.setPlainText(item.description)
        self.note.setText(note)
        for kind, widget in self.lists.items():
            widget.show_points(getattr(item, kind))

    def _change(self, text: str, **changes) -> bool:
        old = self.current()
        if old is None:
            return False
        done = self.store(old, dataclasses.replace(old, **changes), text.format(item=self.describe_item(old)[2]))
        if not done:
            self.show_current()  # the stored values again
        return done

    def _points_edited(self, kind: str) -> None:
        points = tuple(p for p in self.lists[kind].points() if p)  # a point typed empty is removed
        self._change(tr("Edit a point of {item}"), **{kind: points})

    def add_point(self, kind: str) -> None:
        """Ask for the text of a new pro or con and add it at the end."""
        item = self.current()
        if item is None:
            return
        text = dialogs.ask_text(self, tr("Add a pro") if kind == "pros" else tr("Add a con"), tr("Text:"))
        if text is not None:
            self._change(tr("Add a point to {item}"), **{kind: (*getattr(item, kind), text.strip())})

    def remove_point(self, kind: str) -> None:
        """Remove the selected pro or con."""
        item = self.current()
        row = self.lists[kind].list.currentRow()
        if item is not None and 0 <= row < len(getattr(item, kind)):
            points = getattr(item, kind)
            self._change(tr("Remove a point from {item}"), **{kind: points[:row] + points[row + 1:]})


class AlternativeEditor(ProsConsEditor):
    """The chosen alternative: code beside its name, the areas it covers under the description."""

    def __init__(self, session: EngagementSession, message: MessageLabel, parent=None):
        super().__init__(session, message, "alternative", parent)
        self.code: str | None = None

    def current(self) -> Alternative | None:
        return next((a for a in self._session.engagement.alternatives if a.code == self.code), None)

    def store(self, old: Alternative, new: Alternative, text: str) -> bool:
        return replace_alternative(self._session, self._message, old, new, text)

    def describe_item(self, item: Alternative) -> tuple[str, str, str]:
        return item.code, tr("Areas: {areas}").format(areas=joined(", ", item.area_codes) or "–"), item.code

    def show_alternative(self, code: str | None) -> None:
        """Show (and edit) the alternative with this code."""
        self.code = code
        self.show_current()


class FormEditor(ProsConsEditor):
    """The chosen organisation form (e.g. kommunalförbund): name, description, pros and cons."""

    def __init__(self, session: EngagementSession, message: MessageLabel, parent=None):
        super().__init__(session, message, "form", parent)
        self.uid: str | None = None

    def current(self) -> OrganisationForm | None:
        return next((f for f in self._session.engagement.organisation_forms if f.uid == self.uid), None)

    def store(self, old: OrganisationForm, new: OrganisationForm, text: str) -> bool:
        if new == old:
            return True
        session = self._session
        return self._message.attempt(lambda: push(session.undo_stack, UpdateOrganisationForm(session, old, new, text)))

    def show_form(self, uid: str | None) -> None:
        """Show (and edit) the organisation form with this uid."""
        self.uid = uid
        self.show_current()
