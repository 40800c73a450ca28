"""The paths between alternatives (now → S, now → 1, S → 1/2/external, 1 → 2) and the organisation forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from workshop.ui.i18n import tr
from workshop.ui.session import EngagementSession
from workshop.ui.views.alternatives_info import bullets, plain_label
from workshop.ui.views.layout import Proportions


def path_ends(path: AlternativePath) -> tuple[str, str]:
    """The two ends in words: None is today (from) or an external solution (to)."""
    start = path.from_code if path.from_code is not None else tr("Now")
    end = path.to_code if path.to_code is not None else tr("External solution")
    return start, end


class PathsAndForms(QWidget):
    """Read-only: the ways from one alternative to another, and the legal forms with their pros and cons."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        e = session.engagement
        self.paths = QTableWidget(len(e.paths), 2, self)
        self.paths.setObjectName("pathsTable")
        self.paths.setHorizontalHeaderLabels([tr("Path"), tr("What it means")])
        self.paths.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paths.setWordWrap(True)
        self.paths.verticalHeader().hide()
        self.paths.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.paths.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.paths.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.paths.setStyleSheet("QTableWidget { font-size: 12pt; }")
        for row, path in enumerate(e.paths):
            start, end = path_ends(path)
            item = QTableWidgetItem(f"{start} → {end}")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.paths.setItem(row, 0, item)
            self.paths.setItem(row, 1, QTableWidgetItem(path.description))
        self.forms = QListWidget(self)
        self.forms.setObjectName("formsList")
        self.forms.setStyleSheet("QListWidget { font-size: 13pt; }")
        self.forms.setWordWrap(True)
        self.forms.addItems([f.name for f in e.organisation_forms])
        self.form_description = plain_label(self, "formDescription", "font-size: 12pt;")
        self.form_pros = QListWidget(self)
        self.form_pros.setObjectName("formPros")
        self.form_cons = QListWidget(self)
        self.form_cons.setObjectName("formCons")
        for w in (self.form_pros, self.form_cons):
            w.setWordWrap(True)
            w.setStyleSheet("QListWidget { font-size: 12pt; }")
        top = QWidget()
        tcol = QVBoxLayout(top)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.addWidget(QLabel(tr("Paths between the alternatives"), top))
        tcol.addWidget(self.paths)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(QLabel(tr("Organisation forms"), left))
        lcol.addWidget(self.forms)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.form_description)
        rcol.addWidget(QLabel(tr("Pros"), right))
        rcol.addWidget(self.form_pros, 1)
        rcol.addWidget(QLabel(tr("Cons"), right))
        rcol.addWidget(self.form_cons, 1)
        bottom.addWidget(left)
        bottom.addWidget(right)
        Proportions(bottom, (0.3, 0.7))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        Proportions(splitter, (0.5, 0.5))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.forms.currentRowChanged.connect(self.show_form)
        if self.forms.count():
            self.forms.setCurrentRow(0)

    def show_form(self, row: int) -> None:
        """Show one organisation form's description, pros and cons."""
        forms = self._session.engagement.organisation_forms
        if not 0 <= row < len(forms):
            return
        f = forms[row]
        self.form_description.setText(f.description)
        for widget, items in ((self.form_pros, f.pros), (self.form_cons, f.cons)):
            widget.clear()
            widget.addItems(bullets(items))
