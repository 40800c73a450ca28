"""The merge dialog: what comes in from the other copy, what was renamed, and each conflict side by side
for the facilitator to decide. `ask_decisions` is the one call; tests replace it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QStyle, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from workshop.charts.rich_text import tooltip as literal_tooltip
from workshop.domain.merging import MergeReport, Side
from workshop.domain.messages import words
from workshop.ui.merge.model import SIDE_OF_COLUMN, ConflictModel
from workshop.ui.widgets.common import MessageLabel, breakable
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.lines_label import LinesDelegate, LinesLabel, elide_lines
from workshop.ui.widgets.entry import tab_leaves

RENAMES_SHOWN = 8  # lines of renames before "…" (the tooltip lists them all)
VERSION_LINES = 6  # lines of a version's text in the table ("…" then; the cell's tooltip has it whole)


class _VersionDelegate(LinesDelegate):
    """A version's cell: its text cut to a few lines beside the check box that chooses it (the whole of a
    question's notes can be a page)."""

    def __init__(self, lines: int, parent: QTableView):
        super().__init__(lines, parent)
        style = parent.style()
        self.MARGIN = (LinesDelegate.MARGIN + style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
                       + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        # A long word wraps (the style measured a 300-letter name as one line: two of six were shown).
        QStyledItemDelegate.initStyleOption(self, option, index)
        option.text = breakable(option.text)
        width = option.rect.width() - self.MARGIN
        if option.text and width > 0:
            option.text = elide_lines(option.text, option.font, width, self._lines)


def kept_before_heading() -> str:
    """Over the conflicts kept here without a question (MergeReport.as_before)."""
    return tr("Kept here as in an earlier merge from this copy (neither laptop has changed them since):")


def _listed(heading: str, lines: list[str], parent: QWidget) -> LinesLabel:
    """A heading over a bulleted list, at most RENAMES_SHOWN items of two lines each (all in the tooltip): at
    one line each, a conflict kept as before that wrapped hid the next one behind "…"."""
    label = LinesLabel(min(len(lines), RENAMES_SHOWN) * 2 + 1, parent)
    label.setText(heading + "\n" + "\n".join(f"• {line}" for line in lines))
    return label


class MergeDialog(QDialog):
    """One merge, before anything is written: the facilitator picks a side for every conflict."""

    def __init__(self, report: MergeReport, mine: str, theirs: str, parent: QWidget | None = None,
                 chosen: dict[str, Side] | None = None, problem: str = ""):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge from {name}").format(name=theirs))
        layout = QVBoxLayout(self)
        summary = tr("Changes made in “{theirs}” that come into “{mine}” as they are: {count}.").format(
            count=report.incoming_count, theirs=theirs, mine=mine)  # as listed below
        if report.conflicts:  # on a line of its own: "…as they are: 1. Changed differently…: 1." had run together
            summary += "\n" + tr("Changed differently on the two laptops: {count}. For each, choose the version to "
                                 "keep: click it, or go to it with the arrow keys and press Space.").format(
                count=len(report.conflicts))
        # At most a few lines each, cut with "…" (whole in the tooltip): a name without spaces had widened
        # the dialog to 25,000 px, its buttons off screen.
        self.summary = LinesLabel(4, self)
        self.summary.setText(summary)
        layout.addWidget(self.summary)
        # What those changes are, one line each ("Hylte's vote on S, criterion 1: 3"): only their number had been
        # said, and a vote, a meeting's new place or a new alternative came in unseen.
        self.incoming = QListWidget(self)
        self.incoming.setObjectName("mergeIncoming")
        self.incoming.setItemDelegate(LinesDelegate(2, self.incoming))
        self.incoming.setWordWrap(True)
        self.incoming.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.incoming.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read: Tab goes on to the choices
        for change in report.incoming:
            text = words(change, tr)
            item = QListWidgetItem(text)
            item.setToolTip(literal_tooltip(text))
            self.incoming.addItem(item)
        if report.incoming_more:
            self.incoming.addItem(tr("and {n} more").format(n=report.incoming_more))
        self.incoming.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 8)
        self.incoming.setVisible(bool(report.incoming))
        layout.addWidget(self.incoming)
        if report.renames:
            self.renames = _listed(tr("Renamed, so that both are kept:"), [r.text(tr) for r in report.renames], self)
            layout.addWidget(self.renames)
        if report.as_before:
            self.as_before = _listed(kept_before_heading(), [c.text(tr) for c in report.as_before], self)
            layout.addWidget(self.as_before)
        self.model = ConflictModel(self)
        self.model.set_rows(report.conflicts)
        self.table = QTableView(self)
        self.table.setObjectName("conflicts")
        self.table.setModel(self.model)
        tab_leaves(self.table, typed_into=False)
        for column in SIDE_OF_COLUMN:
            self.table.setItemDelegateForColumn(column, _VersionDelegate(VERSION_LINES, self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped text fits its width
        self.table.clicked.connect(self._clicked)
        self.table.setVisible(bool(report.conflicts))
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        self.all_here = QPushButton(tr("Keep All Here"), self)
        self.all_there = QPushButton(tr("Keep All There"), self)
        self.merge_button = QPushButton(tr("Merge"), self)
        self.merge_button.setDefault(True)
        for button in (self.all_here, self.all_there):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setVisible(bool(report.conflicts))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.all_here.clicked.connect(lambda: self.model.choose_all(Side.MINE))
        self.all_there.clicked.connect(lambda: self.model.choose_all(Side.THEIRS))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.state = _label("", self)
        layout.addWidget(self.state)
        # The facilitator's choices come back with why they could not be merged, to be changed, not lost.
        self.problem = MessageLabel(self, name="mergeProblem", collapse=True)
        self.problem.setText(problem)
        layout.addWidget(self.problem)
        for row, conflict in enumerate(report.conflicts):
            if conflict.key in (chosen or {}):
                self.model.choose(row, chosen[conflict.key])
        layout.addWidget(self.buttons)
        self.model.choices_changed.connect(self._sync)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.model.dataChanged.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()
        self._fit_screen(parent, len(report.conflicts))
        self._sync()

    def _fit_screen(self, parent: QWidget | None, conflicts: int) -> None:
        """As high as its conflicts need, up to most of the screen it opens on (it was 1100 × 620 everywhere:
        larger than a 1366 × 768 screen at 125 %, and a small box with a scrolling table at 1920 × 1080)."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(int(room.width() * 0.9), 1500)
        rows = sum(self.table.rowHeight(r) for r in range(conflicts)) + self.table.horizontalHeader().sizeHint().height()
        height = self.sizeHint().height() + (rows + 4 * self.fontMetrics().height() if conflicts else 0)
        self.resize(width, min(height, int(room.height() * 0.85)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() in SIDE_OF_COLUMN:
            self.model.choose(index.row(), SIDE_OF_COLUMN[index.column()])

    def _sync(self) -> None:
        left = self.model.undecided()
        self.merge_button.setEnabled(left == 0)
        self.state.setText(tr("{count} still to decide.").format(count=left) if left else
                           tr("A backup of this file is taken first; Edit → Undo takes the whole merge back."))

    def choose(self, row: int, side: Side) -> None:
        """Pick a side for one conflict (what a click in its Here or There cell does)."""
        self.model.choose(row, side)

def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are text a person typed
    label.setWordWrap(True)
    return label


def ask_decisions(parent: QWidget, report: MergeReport, mine: str, theirs: str, **again) -> dict[str, Side] | None:
    """The side to keep for every conflict, or None when the facilitator cancels the merge. Asked again
    after choices that could not be merged: `chosen` (those choices) and `problem` (why)."""
    dialog = MergeDialog(report, mine, theirs, parent, **again)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.model.choices()
