"""RecordEditor: a list of records (a table) beside a form that adds, changes, moves and removes them.

Used for the hand-built lists: paths, organisation forms, scoped-out items, sub-items, the steering group,
organisations, the pre-study and the plan. The editor never changes a record itself: each button hands the
edit to a callback that pushes an undo command and returns the refusal text ("" when it was done); a refusal
is shown beside the form and the form keeps what was typed. The view gives the editor new records when the
session says the part changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.widgets.common import MessageLabel, commit_on_leave, rows_to_pick, show_text
from workshop.ui.widgets.fitted_columns import FittedColumns
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.layout import Proportions
from workshop.charts.rich_text import tooltip as literal_tooltip

LINE, TEXT, LINES, CHOICE, CHECK = "line", "text", "lines", "choice", "check"


@dataclass
class FieldSpec:
    """One field of the form: its key, label, kind, and (for a choice) the (label, value) options."""

    key: str
    label: str  # with its Alt key ("&Name"): none shared within the form, its tab bar or the menus
    kind: str = LINE
    options: Callable[[], Sequence[tuple[str, Any]]] = field(default=lambda: ())
    placeholder: str = ""


@dataclass
class Handlers:
    """What the editor's buttons do; each returns "" when done, else why it was refused. None: no such button."""

    add: Callable[[dict], str] | None = None
    update: Callable[[Any, dict], str] | None = None
    remove: Callable[[Any], str] | None = None
    move: Callable[[Any, int], str] | None = None


def _identity(record: Any) -> Any:
    """What a record is across edits: its uid (a plain string record is itself)."""
    return getattr(record, "uid", record)


class RecordEditor(QWidget):
    """A table of records and a form for the selected one."""

    def __init__(self, columns: Sequence[str], cells: Callable[[Any], Sequence[str]], fields: Sequence[FieldSpec],
                 values: Callable[[Any], dict], handlers: Handlers, parent: QWidget | None = None,
                 name: str = "records", stretch: int | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._cells, self._values, self._handlers = cells, values, handlers
        self._records: list = []
        self._shown: Any = None  # the record the form was last filled from
        self._filled: dict = {}  # what the form held when filled (set once the inputs exist)
        self._specs = list(fields)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(", ".join(columns))  # what it lists, as its columns say
        self.table.setHorizontalHeaderLabels(list(columns))
        rows_to_pick(self.table)
        self.table.setWordWrap(False)  # one line per record; the whole text is in the tooltip and the form
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for i in range(len(columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(140)
        # The column of long text takes what is left (the last unless said); the others are fitted to what
        # they hold ("No." had 140 px beside a criterion cut to "Förmåga att le…").
        self._columns = FittedColumns(self.table, len(columns) - 1 if stretch is None else stretch)
        self.table.currentCellChanged.connect(lambda row, _col, previous, _pcol: self._row_changed(row, previous))
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        self.inputs: dict[str, QWidget] = {}
        for spec in self._specs:
            widget = self._input(spec, form_box)
            widget.setObjectName(f"{name}_{spec.key}")
            self.inputs[spec.key] = widget
            form.addRow(spec.label, widget)
        self._filled = self.form_values()  # the empty form
        self.message = MessageLabel(form_box)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("clear", tr("Clear form"), self.clear_form), ("add", tr("Add"), self.add), ("update", tr("Save changes"), self.update),
                                ("remove", tr("Remove"), self.remove), ("up", tr("Move up"), lambda: self.move(-1)),
                                ("down", tr("Move down"), lambda: self.move(1))):
            needed = {"up": "move", "down": "move", "clear": "add"}.get(key, key)
            if getattr(handlers, needed) is None:
                continue
            button = QPushButton(text, form_box)
            button.setObjectName(f"{name}_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        form.addRow(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(form_box)
        self._proportions = Proportions(splitter, (0.55, 0.45))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        commit_on_leave(self, self.leave_record)  # hidden: another tab or view shown, or the file closed

    # --- the form ---------------------------------------------------------------
    def _input(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        if spec.kind in (TEXT, LINES):
            widget = QPlainTextEdit(parent)
            widget.setTabChangesFocus(True)
            widget.setPlaceholderText(spec.placeholder or (tr("One per line") if spec.kind == LINES else ""))
            widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
            return widget
        if spec.kind == CHOICE:
            return QComboBox(parent)
        if spec.kind == CHECK:
            return QCheckBox(parent)
        widget = QLineEdit(parent)
        widget.setPlaceholderText(spec.placeholder)
        widget.returnPressed.connect(self._entered)
        return widget

    def _entered(self) -> None:
        """Enter in a field of the form stores it (as leaving it does): a new record is added and the form
        cleared for the next, a record shown is saved. Enter had done nothing; only leaving the form stored."""
        new = self._shown is None
        if self.leave_record() and new:
            self.clear_form()

    def form_values(self) -> dict:
        """What the form holds: text, lists of lines (empty lines dropped), chosen values, ticks."""
        out: dict[str, Any] = {}
        for spec in self._specs:
            widget = self.inputs[spec.key]
            if spec.kind == TEXT:
                out[spec.key] = widget.toPlainText()
            elif spec.kind == LINES:
                out[spec.key] = tuple(line for line in widget.toPlainText().splitlines() if line.strip())
            elif spec.kind == CHOICE:
                out[spec.key] = widget.currentData()
            elif spec.kind == CHECK:
                out[spec.key] = widget.isChecked()
            else:
                out[spec.key] = widget.text()
        return out

    def set_form(self, values: dict) -> None:
        """Fill the form (a choice's options are read afresh)."""
        for spec in self._specs:
            widget = self.inputs[spec.key]
            value = values.get(spec.key)
            if spec.kind == TEXT:
                widget.setPlainText(value or "")
            elif spec.kind == LINES:
                widget.setPlainText("\n".join(value or ()))
            elif spec.kind == CHOICE:
                self._fill_choice(spec, value)
            elif spec.kind == CHECK:
                widget.setChecked(bool(value))
            else:
                show_text(widget, value or "")

    def _fill_choice(self, spec: FieldSpec, value: Any) -> None:
        widget = self.inputs[spec.key]
        widget.blockSignals(True)
        widget.clear()
        for label, data in spec.options():
            widget.addItem(label, data)
        widget.setCurrentIndex(max(0, widget.findData(value)))
        widget.blockSignals(False)

    def _refresh_choices(self) -> None:
        for spec in self._specs:
            if spec.kind == CHOICE:
                self._fill_choice(spec, self.inputs[spec.key].currentData())

    # --- the records ------------------------------------------------------------
    def set_records(self, records: Sequence, keep: Any = None) -> None:
        """Show these records; the selection stays on the same record (by `keep`, or the current row)."""
        row = self.table.currentRow()
        current = self._records[row] if 0 <= row < len(self._records) else None
        self._records = list(records)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._records))
        for r, record in enumerate(self._records):
            for c, text in enumerate(self._cells(record)):
                item = QTableWidgetItem(text)
                item.setToolTip(literal_tooltip(text))
                self.table.setItem(r, c, item)
        self._columns.fit()
        target = keep if keep is not None else current
        found = self._row_of(target)
        new_row = found if found >= 0 else min(max(row, 0), len(self._records) - 1)
        self.table.setCurrentCell(new_row, 0) if new_row >= 0 else self.table.clearSelection()
        self.table.blockSignals(False)
        shown = self._records[new_row] if new_row >= 0 else None
        if shown is None or shown != self._shown or self.form_values() == self._filled:
            # Another record, or the form holds nothing typed since it was filled or stored: it shows the record
            # as stored now. A form stored as its view hid (and not shown again since) had kept the stored text
            # after an undo from another view brought the record back, and stored it again on the next row.
            self._show(new_row)
        else:  # the same record as before: what is typed in the form stays; a choice's options are read afresh
            self._refresh_choices()

    def _row_of(self, record: Any) -> int:
        """The row of this record (by its uid, the same record after an edit), or -1."""
        wanted = _identity(record)
        return next((r for r, x in enumerate(self._records) if _identity(x) == wanted), -1)

    def records(self) -> list:
        """The records shown."""
        return list(self._records)

    def current(self) -> Any:
        """The selected record, or None."""
        row = self.table.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    def typing_subject(self) -> str:
        """What the form is about, as the list names it: the first cell of the record it shows, or "(new)"
        (said where text typed into it is kept, see ui.filesafety.typing)."""
        cells = self._cells(self._shown) if self._shown is not None else ()
        return cells[0] if cells else tr("(new)")

    def leave_record(self) -> bool:
        """Store what the form holds before the facilitator moves on (another row, "Clear form", another tab
        or view, closing), as "Save changes" does for the record it shows and "Add" for a new one typed into
        the cleared form: either had been dropped without a word. False when refused: the form keeps what
        was typed, with the reason."""
        if self._shown is None:
            if self._handlers.add is None or self.form_values() == self._filled:
                return True
            return self.add()
        if self._shown not in self._records or self._handlers.update is None or self.form_values() == self._filled:
            return True  # nothing typed since the form was filled or stored (an undo since is not undone again)
        return self._store(self._shown)

    def _row_changed(self, row: int, previous: int) -> None:
        target = self._records[row] if 0 <= row < len(self._records) else None
        if not self.leave_record():  # back to the record whose changes were refused, with the reason shown
            self.table.blockSignals(True)
            self.table.setCurrentCell(previous, 0)
            self.table.blockSignals(False)
            return
        # Storing may have changed the list (a new record added): the row chosen is found again.
        if target is not None and self._row_of(target) >= 0:
            row = self._row_of(target)
        if self.table.currentRow() != row:
            self.table.blockSignals(True)
            self.table.setCurrentCell(row, 0)
            self.table.blockSignals(False)
        self._show(row)

    def _show(self, row: int) -> None:
        self.message.clear()
        if 0 <= row < len(self._records):
            self._shown = self._records[row]
            self.set_form(self._values(self._shown))
        else:
            self._shown = None
            self.set_form({})
        self._filled = self.form_values()  # what "changed" is measured from

    def clear_form(self) -> None:
        """An empty form (and no row selected), to type a new record. What is typed there is added first; a new
        record the add refuses is thrown away, since clearing it was asked for (the form had kept it with the
        refusal, and every export or closing asked about it again). Changes to a record shown are stored
        first, and a refusal keeps them with the reason."""
        if not self.leave_record() and self._shown is not None:
            return
        self.table.blockSignals(True)
        self.table.setCurrentCell(-1, -1)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._show(-1)
        first = self.inputs[self._specs[0].key] if self._specs else None
        if first is not None:
            first.setFocus()

    def select(self, row: int) -> None:
        """Select a row (and show it in the form)."""
        self.table.setCurrentCell(row, 0)

    # --- the buttons ------------------------------------------------------------
    def _report(self, refusal: str) -> bool:
        self.message.setText(refusal)
        return not refusal

    def add(self) -> bool:
        """Add what the form holds as a new record, which is then the one selected (the form had stayed on
        the record it was filled from, whose changes would be stored on moving on)."""
        before = {_identity(x) for x in self._records}
        if not self._report(self._handlers.add(self.form_values())):
            return False
        self._shown = None  # what the form holds is the new record now, not the one selected before
        self._filled = self.form_values()  # and it is stored: moving on adds it no second time
        added = [r for r, x in enumerate(self._records) if _identity(x) not in before]
        if added:
            self.table.setCurrentCell(added[0], 0)
        return True

    def update(self) -> bool:
        """Replace the selected record by what the form holds."""
        record = self.current()
        if record is None:
            return self._report(tr("Choose a row first."))
        return self._store(record)

    def _store(self, record: Any) -> bool:
        """Replace `record` by what the form holds (nothing when unchanged). Stored while the view is hidden, the
        records shown are given afresh only once it is shown again: until then the form holds what is stored."""
        shown, values = self._shown, self.form_values()
        if not self._report(self._handlers.update(record, values)):
            return False
        if self._shown is shown:  # not filled again from the stored record meanwhile
            self._filled = values
        return True

    def remove(self) -> bool:
        """Remove the selected record."""
        record = self.current()
        if record is None:
            return self._report(tr("Choose a row first."))
        return self._report(self._handlers.remove(record))

    def move(self, step: int) -> bool:
        """Move the selected record up (-1) or down (+1)."""
        if not self.leave_record():
            return False
        record = self.current()
        if record is None:
            return self._report(tr("Choose a row first."))
        to = self._records.index(record) + step
        if not 0 <= to < len(self._records):
            return True
        return self._report(self._handlers.move(record, to))


def whole_list(records: Callable[[], Sequence], build: Callable[[dict, Any], Any],
               commit: Callable[[tuple, str], str], name: Callable[[Any], str]) -> Handlers:
    """Handlers for a list written whole: each edit builds the new list and hands it to `commit` with the
    undo text; `build(values, old)` makes a record from the form (old: the record it replaces, or None) and
    may raise ValueError with the refusal."""

    def add(values: dict) -> str:
        try:
            new = build(values, None)
        except ValueError as exc:
            return str(exc)
        return commit((*records(), new), tr("Add {name}").format(name=name(new)))

    def update(old: Any, values: dict) -> str:
        try:
            new = build(values, old)
        except ValueError as exc:
            return str(exc)
        if new == old:
            return ""
        return commit(tuple(new if x == old else x for x in records()), tr("Change {name}").format(name=name(new)))

    def remove(old: Any) -> str:
        return commit(tuple(x for x in records() if x != old), tr("Remove {name}").format(name=name(old)))

    def move(old: Any, to: int) -> str:
        items = [x for x in records() if x != old]
        items.insert(to, old)
        return commit(tuple(items), tr("Move {name}").format(name=name(old)))

    return Handlers(add=add, update=update, remove=remove, move=move)
