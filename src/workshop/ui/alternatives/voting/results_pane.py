"""The voting tab's result table wired in: the table (Sum, Weighted and Rank as wide as their headings, every
row in view), its heading, and beside it the weights' note and "Equal weights"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from workshop.ui.alternatives.voting.results import ResultsModel, equal_weights
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.entry import tab_leaves
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.layout import cell_font
from workshop.ui.widgets.measured import MeasuredColumns

# "Equal weights" and the weights' note beside the results take a column this many letters wide (the
# button's width if more): at 1366 px the note's lines and the button are no higher than the example's results
# (four alternatives). A fixed width: a column sharing the row's width had the note's height found a layout
# pass late.
BESIDE_LETTERS = 22
HEADING_GAP = 2  # px between the results' heading and its table
CELL_MARGINS = 8  # px a cell keeps beside its text (measured: a 97 px "14 (5 av 7)" in bold takes 105)


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
    keep_criteria_readable(table, model)
    tab_leaves(table, typed_into=False)
    return table


def keep_criteria_readable(table: QTableView, model: ResultsModel) -> None:
    """The criteria's columns may narrow to their widest text (a score, a weight) when a partial sum ("14 (5 av
    7)") widens its column: at Qt's minimum width, 32 px at 1366, the rank had gone out of view behind a scroll
    bar. A wider text ("2,5", a weight "0,5") keeps its room; the table scrolls instead of cutting it. A vote
    looks at its row alone and only widens (~0.1 ms; the whole table took 0.6 ms)."""
    header = table.horizontalHeader()

    def widest(rows) -> int:
        texts = [table.fontMetrics().horizontalAdvance("0")]
        for row in rows:
            font = model.index(row, 0).data(Qt.ItemDataRole.FontRole)  # a row's scores share a font (bold: first)
            metrics = QFontMetrics(font.resolve(table.font())) if isinstance(font, QFont) else table.fontMetrics()
            texts += [metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
                      for column in range(max(0, model.columnCount() - 3))]
        return max(texts) + CELL_MARGINS

    def floor(*_args) -> None:
        header.setMinimumSectionSize(widest(range(model.rowCount())))

    def on_data_changed(top_left, bottom_right, *_args) -> None:
        if top_left.row() != bottom_right.row():
            floor()
        elif (need := widest([top_left.row()])) > header.minimumSectionSize():
            header.setMinimumSectionSize(need)

    for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
        signal.connect(floor)
    model.dataChanged.connect(on_data_changed)
    floor()


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


def add_results(column: QVBoxLayout, parent: QWidget, results: QTableView, note: QLabel, reset: QPushButton) -> None:
    """The results' heading, then the table with the weights' note and "Equal weights" beside it, at the end of
    `column`."""
    heading = QLabel(tr("Result: agreed score per criterion, sum and rank"), parent)
    heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
    heading.setWordWrap(True)
    section = QVBoxLayout()
    section.setSpacing(HEADING_GAP)  # the heading close to the table it heads
    section.addWidget(heading)
    # The button and the weights' note beside the results, not under them (a row of their own with the
    # note under it lay 27–50 px under the fold in Swedish at 1366×768): "Equal weights" at the bottom, level
    # with the weights row, the note just above it. Under them where the width does not hold both (Results
    # has a tab of its own at 1229 px, with the height): beside, the results scrolled sideways there.
    row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
    row.addWidget(results, 1, Qt.AlignmentFlag.AlignTop)
    width = max(reset.sizeHint().width(), note.fontMetrics().averageCharWidth() * BESIDE_LETTERS)
    beside = QVBoxLayout()
    for widget in (note, reset):
        widget.setFixedWidth(width)
    beside.addStretch(1)
    beside.addWidget(note)
    beside.addWidget(reset)
    row.addLayout(beside)
    section.addLayout(row)
    column.addLayout(section)
    _NoteUnder(parent, row, results, width)


class _NoteUnder(QObject):
    """Turns the results' row (the table, then the note and "Equal weights") to a column where `widget` is
    narrower than the table's columns at their least and the note beside them."""

    def __init__(self, widget: QWidget, row: QBoxLayout, table: QTableView, beside: int):
        super().__init__(widget)
        self._row, self._table, self._beside = row, table, beside
        widget.installEventFilter(self)

    def least_width(self) -> int:
        """The table's width with each column at its least: fitted ones as measured, shared ones at their minimum."""
        header = self._table.horizontalHeader()
        columns = sum(header.minimumSectionSize() if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
                      else header.sectionSize(c) for c in range(header.count()))
        return self._table.verticalHeader().sizeHint().width() + columns + 2 * self._table.frameWidth()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            wide = watched.width() >= self.least_width() + self._row.spacing() + self._beside
            self._row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        return False
