"""Small widgets shared by the catalogue, meetings and runner views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QListView, QPlainTextEdit, QSizePolicy, QWidget,
)

from workshop.charts.rich_text import breakable
from workshop.domain.errors import DomainError
from workshop.ui.widgets.i18n import describe
from workshop.ui.widgets.entry import tab_leaves
from workshop.ui.widgets.accessible import MESSAGE
from workshop.ui.widgets.lines_label import LinesDelegate

ERROR_STYLE = "color: #B00020; font-weight: bold;"
NOTE_STYLE = "color: #7A5B00;"
DONE_STYLE = "color: #1B5E20;"  # something done, said in green (MessageLabel.note)
# A field whose text reaches the file as it is typed (the runner's notes) sets this property: what is typed
# there needs no journal (ui.filesafety.typing).
SAVED_AS_TYPED = "workshopSavedAsTyped"


class _CommitOnLeave(QObject):
    def __init__(self, widget: QWidget, commit: Callable[[], object]):
        super().__init__(widget)
        self._commit = commit
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self._commit()
        return False


def commit_on_leave(widget: QWidget, commit: Callable[[], object]) -> None:
    """Store what was typed in `widget` when focus leaves it or it is hidden (another view or item shown,
    the file or the app closed): a description kept only by a "Save" button was lost without a word when
    the facilitator moved on. `commit` must do nothing when the text is what is stored."""
    _CommitOnLeave(widget, commit)


class PlainTextField(QPlainTextEdit):
    """Plain text (never markup) that reports `committed` when focus leaves it, or it is hidden, after a change.

    Tab moves focus on, so a form can be walked with the keyboard.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._baseline = ""
        commit_on_leave(self, self.commit)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)
        # It asks for its lines, no more: the list beside or above it takes the room a window has to spare
        # (the catalogue's question and hint had each kept 135 px mostly empty while the questions scrolled).
        self._hint_height = height
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self._hint_height)

    def set_text(self, text: str) -> None:
        """Show text without reporting it as an edit."""
        self._baseline = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def commit(self) -> None:
        """Report the text if it differs from what was shown."""
        text = self.toPlainText()
        if text != self._baseline:
            self._baseline = text
            self.committed.emit(text)


class MessageLabel(QLabel):
    """A plain-text message line: why an entry was refused (red), or a note in `style`.

    A long run without spaces wraps (see `breakable`); `text()` is the message as given.

    With `collapse` it takes no room while it is empty (below a grid, where an empty
    line would leave a gap); otherwise the layout keeps its line.
    """

    said = Signal()  # a message (not an empty one) was set: what it is about may be noted

    def __init__(self, parent: QWidget | None = None, *, name: str = "", style: str = ERROR_STYLE,
                 collapse: bool = False):
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(style)
        self.setProperty(MESSAGE, True)  # it names no field (accessible.name_fields looks past it)
        self._text = ""
        self._style, self._noted = style, False
        self._collapse = collapse
        if collapse:
            self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if self._noted:  # a refusal after a note is said in the label's own style again, not the note's
            self.setStyleSheet(self._style)
            self._noted = False
        self._text = text
        super().setText(breakable(text))
        if self._collapse:
            self.setVisible(bool(text))
        if text:
            self.said.emit()

    def text(self) -> str:
        """The message as given (without the wrapping points `breakable` adds for display)."""
        return self._text

    @property
    def noted(self) -> bool:
        """Whether it shows a note (not a refusal)."""
        return self._noted

    def note(self, text: str, style: str = DONE_STYLE) -> None:
        """Say something that went well (green), not as a refusal; the next setText is a refusal again."""
        self.setText(text)
        self.setStyleSheet(style)
        self._noted = True

    def clear(self) -> None:
        self.setText("")

    def attempt(self, edit: Callable[[], object]) -> bool:
        """Run an edit; show why it was refused (and return False), or clear the message."""
        try:
            edit()
        except DomainError as exc:
            self.setText(describe(exc))
            return False
        self.clear()
        return True


# Widths (px) that user text may widen a list or a column to: beyond them a long name is cut at the edge
# (a list's popup still shows names whole) instead of pushing the window off screen.
COMBO_MAX = 480
COLUMN_MAX = 360
LIST_ITEM_LINES = 4  # lines of a long theme, question, alternative or point shown in a list
NAME_COLUMN_MAX = 240  # a name beside other columns (an organisation, a person): some 30 letters whole


def show_text(field: QLineEdit, text: str) -> None:
    """Put a stored value into a one-line field showing its beginning: QLineEdit leaves the cursor at the
    end, so a value longer than the field read from its middle ("nosjö, Värnamo…"), like damaged data."""
    field.setText(text)
    field.setCursorPosition(0)


def plain_label(text: str = "", parent: QWidget | None = None, style: str = "", *, wrap: bool = False) -> QLabel:
    """A QLabel that shows text exactly as given (never as markup); with `wrap` it takes more lines where the
    view is too narrow for one (a Swedish caption had widened the window past a 1093-px screen)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setMinimumWidth(1)  # a 1,000-character name is cut at the edge rather than widening the window off screen
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


def heading(text: str, parent: QWidget | None = None, *, whole: bool = False) -> QLabel:
    """A bold section heading, on two lines where the view is too narrow for one (never cut). With `whole`
    (a caption of ours, not a name typed by the user) never narrower than its one line: a long status beside
    "Meetings" had squeezed it to nothing."""
    label = plain_label(text, parent, "font-size: 14pt; font-weight: bold;", wrap=True)
    if whole:
        label.ensurePolished()  # the style sheet's font decides the width
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text) + 2 * label.margin() + 2)
    return label


def ordered_list_view(model: QAbstractItemModel, name: str, parent: QWidget | None = None) -> QListView:
    """A list whose rows can be dragged to a new place and edited with F2."""
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
    view.setWordWrap(True)
    view.setItemDelegate(LinesDelegate(LIST_ITEM_LINES, view))  # a longer text: "…", whole in its tooltip
    view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap long questions when the list is resized
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setUniformItemSizes(False)
    view.setAlternatingRowColors(True)
    view.setStyleSheet("QListView { font-size: 12pt; } QListView::item { padding: 4px; }")
    return view


class _ShortcutsFirst(QObject):
    """Declines, for the fields it watches, a key that is one of the container's shortcuts: the field does
    not claim it (Qt's ShortcutOverride), so the shortcut runs."""

    def __init__(self, container: QWidget):
        super().__init__(container)
        self._keys = {s.key()[0].toCombined() for s in container.findChildren(QShortcut) if not s.key().isEmpty()}

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination().toCombined() in self._keys:
            event.ignore()
            return True
        return False


def shortcuts_before_fields(container: QWidget) -> None:
    """In the container's text fields its own shortcuts win over the field's keys: where the platform has
    Emacs keys a line edit keeps Ctrl+E ("end of line"), and the meeting runner's Ctrl+E did nothing there.
    Call once the container's shortcuts and fields exist."""
    first = _ShortcutsFirst(container)
    for field in container.findChildren(QLineEdit) + container.findChildren(QPlainTextEdit):
        field.installEventFilter(first)


class _Moves(QObject):
    """How often the undo stack has moved by the facilitator's hand (`stack.moved_by_hand`): one connection for
    all the fields of a view, which compare it with the count when they were typed into (a slot per field had
    run on every phone vote)."""

    def __init__(self, parent: QObject, stack):
        super().__init__(parent)
        self.count = 0
        self.stack = stack
        stack.moved_by_hand.connect(self._moved)

    def _moved(self, *_args) -> None:
        self.count += 1


class _UndoToWindow(QObject):
    def __init__(self, field: QLineEdit | QPlainTextEdit, moves: _Moves, watched: QWidget | None = None):
        super().__init__(field)
        self._field = field
        self._moves = moves
        self._typed_at: int | None = None  # the stack's move count when last typed into
        (field.textEdited if isinstance(field, QLineEdit) else field.textChanged).connect(self._type)
        # A spin box, date field or editable combo box has the focus and hands keys to its line edit past
        # any filter on it: the filter sits on the box itself.
        (watched or field).installEventFilter(self)

    def _type(self, *_args) -> None:
        self._typed_at = self._moves.count

    @property
    def _typed(self) -> bool:
        return self._typed_at == self._moves.count  # typed into since the last edit

    def _own_undo(self) -> bool:
        field = self._field
        return self._typed and (field.isUndoAvailable() if isinstance(field, QLineEdit)
                                else field.document().isUndoAvailable())

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent) or self._own_undo():
            return False
        if event.matches(QKeySequence.StandardKey.Undo) and self._moves.stack.latest_from_elsewhere():
            # The latest edit is a participant's phone vote: Ctrl+Z pressed once more than the typing needed
            # had taken it back. The field keeps the key (nothing of its own to undo); Edit → Undo still can.
            event.accept()
            return True
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            event.ignore()  # not taken here: the window's Undo shortcut runs
            return True
        return False


def undo_goes_to_window(field: QLineEdit | QPlainTextEdit, stack) -> None:
    """Ctrl+Z (and redo) in `field` undoes its typing only while the typing is the last thing done; after an
    edit by the facilitator's hand (`stack`, the session's EditStack, moved) it is the window's Undo, unless
    the latest edit is a phone's vote. A field had kept the key for itself: after Enter added a decision,
    Ctrl+Z put the words back into the emptied field while Edit → Undo offered to take the decision back."""
    if not field.property("undoGoesToWindow"):  # once per field: views install it on all their fields
        field.setProperty("undoGoesToWindow", True)
        _UndoToWindow(field, _Moves(field, stack))


def undo_goes_to_window_everywhere(view: QWidget, stack) -> None:
    """undo_goes_to_window for every text field of a view (spin boxes' and date fields' included). Installed
    field by field, it had missed the Engagement view's and a meeting's title and place: Ctrl+Z there emptied
    the field with its own typing from long ago, undid nothing, and leaving it stored the empty value."""
    moves = _Moves(view, stack)
    for box in view.findChildren(QAbstractSpinBox) + [c for c in view.findChildren(QComboBox) if c.isEditable()]:
        inner = box.findChild(QLineEdit)  # (a spin box's lineEdit() is protected)
        if inner is not None and not inner.property("undoGoesToWindow"):
            inner.setProperty("undoGoesToWindow", True)
            _UndoToWindow(inner, moves, watched=box)
    for field in view.findChildren(QLineEdit) + view.findChildren(QPlainTextEdit):
        if not field.property("undoGoesToWindow"):
            field.setProperty("undoGoesToWindow", True)
            _UndoToWindow(field, moves)


def key(widget: QWidget, sequence: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QShortcut:
    """A shortcut that works while this widget itself has focus."""
    shortcut = QShortcut(QKeySequence(sequence), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def delete_clears(view: QAbstractItemView) -> None:
    """Delete and Backspace empty the chosen cells that may be edited, as typing nothing into them does (the
    Potential grid's hint promised it, and nothing happened)."""
    def clear() -> None:
        chosen = view.selectionModel().selectedIndexes() if view.selectionModel() else []
        for index in chosen or [view.currentIndex()]:
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                view.model().setData(index, "", Qt.ItemDataRole.EditRole)

    for sequence in ("Del", "Backspace"):
        key(view, sequence, clear)


def current_row(view: QListView) -> int:
    """The current row of a list view, or -1."""
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


def rows_to_pick(view: QAbstractItemView) -> QAbstractItemView:
    """A read-only table or list where the facilitator picks one whole row (what the editors beside show)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tab_leaves(view, typed_into=False)
    return view


def select_row(view: QListView, row: int) -> None:
    """Make a row current (clamped to the list), or clear when the list is empty."""
    count = view.model().rowCount()
    if count == 0:
        return
    view.setCurrentIndex(view.model().index(max(0, min(row, count - 1)), 0))
