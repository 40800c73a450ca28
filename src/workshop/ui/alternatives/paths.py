"""The paths between alternatives (now → S, now → 1, S → 1/2/external, 1 → 2) and the organisation forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import AlternativePath
from workshop.ui.session.commands import push_or_report
from workshop.ui.session.edits import DescribePath
from workshop.ui.widgets.i18n import tr
from workshop.ui.session.session import ALTERNATIVES, EngagementSession
from workshop.ui.alternatives.edit import FormEditor
from workshop.ui.widgets.common import LIST_ITEM_LINES, MessageLabel, plain_label
from workshop.ui.widgets.accessible import labelled
from workshop.ui.widgets.lines_label import LinesDelegate
from workshop.ui.widgets.layout import Proportions, refill_list
from workshop.ui.widgets.entry import tab_leaves


def _added_in(text: str, tab: str) -> str:
    """`text` naming the Framework view's tab where what this tab lists is added."""
    return text.format(place=f"{QCoreApplication.translate('Views', 'Framework')} → {tab}")


def path_ends(path: AlternativePath) -> tuple[str, str]:
    """The two ends in words: None is today (from) or an external solution (to)."""
    start = path.from_code if path.from_code is not None else tr("Now")
    end = path.to_code if path.to_code is not None else tr("External solution")
    return start, end


class PathsAndForms(QWidget):
    """The ways from one alternative to another (what each means is edited in place, F2), and the legal
    forms with their pros and cons, edited as alternatives are."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.message = MessageLabel(self)
        # This tab edits what paths and forms there are, but adds none: where they are added, while there are
        # none (a new engagement's tab had been an empty table and an empty list, with no button to add).
        self.no_paths = plain_label(_added_in(tr("No path between the alternatives yet: paths are added in "
                                                 "{place}."), tr("Paths")), self, "color: #555;", wrap=True)
        self.no_forms = plain_label(_added_in(tr("No organisation form yet: forms are added in {place}."),
                                              tr("Organisation forms")), self, "color: #555;", wrap=True)
        self.paths = QTableWidget(0, 2, self)
        self.paths.setObjectName("pathsTable")
        self.paths.setHorizontalHeaderLabels([tr("Path"), tr("What it means")])
        self.paths.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.paths.setToolTip(tr("F2 or a double-click edits what a path means."))
        tab_leaves(self.paths, typed_into=False)
        self.paths.setWordWrap(True)
        self.paths.verticalHeader().hide()
        self.paths.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.paths.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.paths.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.paths.setStyleSheet("QTableWidget { font-size: 12pt; }")
        self._fill_paths()
        self.paths.itemChanged.connect(self._path_edited)
        session.changed.connect(self._on_changed)
        self.forms = QListWidget(self)
        self.forms.setObjectName("formsList")
        self.forms.setStyleSheet("QListWidget { font-size: 13pt; }")
        self.forms.setWordWrap(True)
        self.forms.setItemDelegate(LinesDelegate(LIST_ITEM_LINES, self.forms))
        self.form = FormEditor(session, self.message, self)
        top = QWidget()
        tcol = QVBoxLayout(top)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.addWidget(QLabel(tr("Paths between the alternatives"), top))
        tcol.addWidget(self.no_paths)
        tcol.addWidget(self.paths)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(labelled(tr("&Organisation forms"), self.forms, left))
        lcol.addWidget(self.no_forms)
        lcol.addWidget(self.forms)
        bottom.addWidget(left)
        bottom.addWidget(self.form)
        Proportions(bottom, (0.3, 0.7))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        Proportions(splitter, (0.5, 0.5))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter)
        self.forms.currentRowChanged.connect(self.show_form)
        self._fill_forms()
        self.show_form(self.forms.currentRow())

    def _fill_forms(self) -> None:
        refill_list(self.forms, [f.name for f in self._session.engagement.organisation_forms])
        self.no_forms.setVisible(not self._session.engagement.organisation_forms)

    def show_form(self, row: int) -> None:
        """Show one organisation form's name, description, pros and cons for editing."""
        forms = self._session.engagement.organisation_forms
        self.form.show_form(forms[row].uid if 0 <= row < len(forms) else None)

    def _fill_paths(self) -> None:
        paths = self._session.engagement.paths
        self.no_paths.setVisible(not paths)
        self.paths.blockSignals(True)
        self.paths.setRowCount(len(paths))
        for row, path in enumerate(paths):
            start, end = path_ends(path)
            item = QTableWidgetItem(f"{start} → {end}")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.paths.setItem(row, 0, item)
            meaning = QTableWidgetItem(path.description)
            meaning.setData(Qt.ItemDataRole.UserRole, path.uid)
            self.paths.setItem(row, 1, meaning)
        self.paths.blockSignals(False)

    def _path_edited(self, item: QTableWidgetItem) -> None:
        uid = item.data(Qt.ItemDataRole.UserRole)
        path = next((p for p in self._session.engagement.paths if p.uid == uid), None)
        if path is None or item.text().strip() == path.description:
            return
        start, end = path_ends(path)
        session = self._session
        if not push_or_report(session.undo_stack, DescribePath(
                session, uid, path.description, item.text(),
                tr("Describe the path {start} → {end}").format(start=start, end=end)), self.message.setText):
            self._fill_paths()  # the stored text again

    def _on_changed(self, part: str) -> None:
        if part == ALTERNATIVES:
            self._fill_paths()
            self._fill_forms()
            self.form.show_current()
