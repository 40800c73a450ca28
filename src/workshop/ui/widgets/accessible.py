"""What a screen reader says for a field: its label's words, or the hint it shows while empty."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QHeaderView, QLabel, QLayout, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)


MESSAGE = "workshopMessage"  # the property of a message label (ui.widgets.common.MessageLabel)


def shown_text(text: str) -> str:
    """A label's text as it reads on screen: no mnemonic marks ("Paths && forms" is "Paths & forms")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def words_of(text: str) -> str:
    """A label's or hint's words as said: as shown (shown_text), without a trailing colon or full stop."""
    return shown_text(text).rstrip(".: ")


def alt_key(text: str) -> str:
    """The letter Alt goes with in a label, button or tab of this text, as Qt reads it (lower case): the one
    after the first single "&" ("E-&mail": "m"); "" for none ("&&" is an ampersand, and so is "&" before a
    space, as in "Recommendation & plan")."""
    at = text.find("&")
    while 0 <= at < len(text) - 1:
        following = text[at + 1]
        if following != "&":
            return "" if following.isspace() else following.lower()
        at = text.find("&", at + 2)
    return ""


def as_typed(text: str) -> str:
    """Typed text (a name, a title) for a label that has a buddy: each "&" doubled, so that it shows as typed
    and takes no Alt key ("R&D" had read "RD", Alt+D going to the field)."""
    return text.replace("&", "&&")


def spoken_name(field: QWidget) -> str:
    """What a screen reader says for a field: its accessible name, else its label's words, else the hint it
    shows while empty, else its tooltip's first sentence (as name_fields gives a field with none)."""
    if field.accessibleName():
        return field.accessibleName()
    label = _label_before(field)
    return words_of(label.text()) if label is not None else _hint_words(field)


def _hint_words(field: QWidget) -> str:
    """The hint a field shows while empty, else its tooltip's first sentence, as said."""
    words = field.placeholderText() if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)) else ""
    return words_of(words or re.split(r"\.\s+(?=[A-ZÅÄÖ])|\n", field.toolTip())[0])


def labelled(text: str, field: QWidget, parent: QWidget | None = None, style: str = "") -> QLabel:
    """A label for `field`: its buddy (Alt+its letter, "&Name", goes there: every field's label has one, none
    shared with another reachable at the same time or with the menus) and the field's name for a screen
    reader, which had said only the field's value ("Alternativ S", not "Voting on: Alternativ S"). Its text is
    shown as given, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if style:
        label.setStyleSheet(style)
    label.setBuddy(field)
    field.setAccessibleName(words_of(text))
    return label


def name_fields(container: QWidget) -> None:
    """Give each text field, list and table in `container` that has no accessible name the words that stand
    for it on screen: the label just before it (a heading over a list), else its placeholder ("Owner"), else
    its tooltip's first sentence. A screen reader had named fields after the box around them ("Action items"
    for the owner and the due date) and lists not at all."""
    for field in container.findChildren(QWidget):
        if field.accessibleName() or isinstance(field, QHeaderView) or field.objectName().startswith("qt_") \
                or not isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)):
            continue
        before = _label_before(field)
        if before is not None and before.buddy() is None:
            before.setBuddy(field)  # Qt names the field by its label as the label reads then (it may change)
        if before is not None and before.buddy() is field:
            continue
        words = _hint_words(field)
        if words:
            field.setAccessibleName(words)


def _label_before(field: QWidget) -> QLabel | None:
    """The label standing for `field` in its parent's layout: its row's label in a form, else a plain label
    laid out just before it."""
    parent = field.parentWidget()
    found = _place(parent.layout(), field) if parent is not None and parent.layout() is not None else None
    if found is None:
        return None
    layout, index, row_label = found
    if row_label is not None:
        return row_label
    while index > 0:
        index -= 1
        widget = layout.itemAt(index).widget()
        # A message or note between a heading and its table (who has not stated a preference) names nothing: as
        # the table's buddy its typed names had lost their "&" to an Alt key, and the table was named by them.
        if not (isinstance(widget, QLabel) and widget.property(MESSAGE)):
            return widget if isinstance(widget, QLabel) and widget.text() else None
    return None


def _place(layout: QLayout, field: QWidget, row_label: QLabel | None = None
           ) -> tuple[QLayout, int, QLabel | None] | None:
    """Where `field` is in the layout tree: its layout, its index there, and the label of the form row
    holding it (directly or in a row's own layout)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.widget() or item.layout()
        label = row_label
        if isinstance(layout, QFormLayout) and inner is not None:
            found = layout.labelForField(inner)
            label = found if isinstance(found, QLabel) and found.text() else row_label
        if item.widget() is field:
            return layout, index, label
        if item.layout() is not None and (found := _place(item.layout(), field, label)) is not None:
            return found
    return None
