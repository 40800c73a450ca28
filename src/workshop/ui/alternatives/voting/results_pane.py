"""The voting tab's result table wired in: the table (Sum, Weighted and Rank as wide as their headings, every
row in view), its heading, and beside it the vote's rationale, the weights' note and "Equal weights"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from workshop.ui.alternatives.voting.results import ResultsModel, equal_weights
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.entry import tab_leaves
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.layout import cell_font
from workshop.ui.widgets.measured import MeasuredColumns

# The buttons and the weights' note beside the results take a column this many letters wide (the wider
# button's width if more): at 1366 px the note's four lines and the two buttons are as high as the example's
# results (four alternatives). A fixed width: a column sharing the row's width had the note's height found a
# layout pass late.
BESIDE_LETTERS = 22
HEADING_GAP = 2  # px between the results' heading and its table


def small_table(model, name: str, parent: QWidget, fitted=lambda: ()) -> QTableView:
    """A small table: columns share the width, those `fitted()` names as wide as their contents, rows as tall
    as theirs (measured, not ResizeToContents, which re-measures every cell at each vote)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    cell_font(table, 12)
    table.measured = MeasuredColumns(table, fitted)
    table.measured.measure()
    return table


def results_table(model: ResultsModel, parent: QWidget) -> QTableView:
    """The result table: Sum, Weighted and Rank as wide as their headings ("Viktad", "Weighted" whole), the
    criteria sharing the rest. The weights are its last row, each under its criterion's number (a table of
    their own, below, had put them under the fold at 1366×768)."""
    table = small_table(model, "resultsTable", parent, fitted=lambda: range(model.columnCount() - 3,
                                                                             model.columnCount()))
    tab_leaves(table, typed_into=False)
    return table


def fit_height(table: QTableView) -> None:
    """Tall enough for every row, no scroll bar."""
    model = table.model()
    rows = sum(table.rowHeight(r) for r in range(model.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)


def weights_note(parent: QWidget) -> QLabel:
    """The label saying how the rank follows the weights (its text from `weights_note_text`)."""
    note = QLabel(parent)
    note.setObjectName("weightsNote")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    return note


def weights_note_text(session: EngagementSession) -> str:
    """Whether the rank follows the plain sum (equal weights) or the weighted one. (It had said "as in the report":
    the example's published report, which a new engagement has not got.)"""
    if equal_weights(session):
        return tr("All criteria weigh the same: the rank follows the plain sum.")
    return tr("Criteria are weighted: the rank follows the weighted sum.")


def set_weights_note(note: QLabel, text: str) -> None:
    """The note's text, and the height of all its lines at its fixed width, known before it is laid out."""
    note.setText(text)
    note.setMinimumHeight(note.heightForWidth(note.width()))


def add_results(column: QVBoxLayout, parent: QWidget, results: QTableView, rationale: QPushButton,
                note: QLabel, reset: QPushButton) -> None:
    """The results' heading, then the table with the buttons and the note beside it, at the end of `column`."""
    heading = QLabel(tr("Result: agreed score per criterion, sum and rank"), parent)
    heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
    heading.setWordWrap(True)
    section = QVBoxLayout()
    section.setSpacing(HEADING_GAP)  # the heading close to the table it heads
    section.addWidget(heading)
    # The buttons and the weights' note beside the results, not under them (a row of their own with the
    # note under it lay 27–50 px under the fold in Swedish at 1366×768): the vote's rationale at the top,
    # nearest the grid, "Equal weights" at the bottom, level with the weights row, the note just above it.
    row = QHBoxLayout()
    row.addWidget(results, 1, Qt.AlignmentFlag.AlignTop)
    width = max(rationale.sizeHint().width(), reset.sizeHint().width(),
                note.fontMetrics().averageCharWidth() * BESIDE_LETTERS)
    beside = QVBoxLayout()
    for widget in (rationale, note, reset):
        widget.setFixedWidth(width)
    beside.addWidget(rationale)
    beside.addStretch(1)
    beside.addWidget(note)
    beside.addWidget(reset)
    row.addLayout(beside)
    section.addLayout(row)
    column.addLayout(section)
