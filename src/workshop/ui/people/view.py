"""The People view: every person with every place they appear; their data exported, or them forgotten.

Forgetting cannot be undone (that is its point): the view asks first, and afterwards the undo history is
emptied, since an undo could otherwise write the name back.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from workshop.domain.errors import DomainError
from workshop.domain.people import everyone, is_forgotten, person_data
from workshop.export.errors import ExportError
from workshop.storage import StorageError
from workshop.ui.people.model import FULL_TEXT_ROLE, UID_ROLE, PeopleModel, PlacesModel
from workshop.ui.session.commands import SetValue, push_or_report
from workshop.ui.session.session import INFO, MEETINGS, ORGANISATIONS, SCOPE, EngagementSession
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.common import NAME_COLUMN_MAX, MessageLabel, heading, plain_label, rows_to_pick, show_text
from workshop.ui.widgets.i18n import counted, describe, isolate, joined, tr
from workshop.ui.widgets.layout import cap_cells, tab_chain
from workshop.ui.widgets.lines_label import LinesLabel
from workshop.ui.widgets.when_shown import RefreshWhenShown

PLACE_TEXT_LINES = 5  # the chosen place's text: longer texts scroll


def _table(model, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    rows_to_pick(table)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class PeopleView(RefreshWhenShown, QWidget):
    """People on the left; the chosen person's facts, contact details and places on the right."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.model = PeopleModel(self)
        self.table = _table(self.model, "peopleList", self)
        self.table.setAccessibleName(tr("People"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cap_cells(self.table, width=NAME_COLUMN_MAX)
        self.places = PlacesModel(self)
        self.places_table = _table(self.places, "personPlaces", self)
        places_header = self.places_table.horizontalHeader()
        places_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        places_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        places_header.resizeSection(1, 240)  # the meeting and field; the text gets the rest (tooltip: all of it)
        places_header.setStretchLastSection(True)
        self.place_text = QPlainTextEdit(self)  # the text there, whole: read and selected, scrolled when long
        self.place_text.setObjectName("placeText")
        self.place_text.setAccessibleName(tr("The text there"))
        self.place_text.setReadOnly(True)
        self.place_text.setFixedHeight(self.place_text.fontMetrics().lineSpacing() * PLACE_TEXT_LINES
                                       + 2 * self.place_text.frameWidth() + 8)
        self.places_table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.place_text.setPlainText(self.places.data(self.places.index(current.row(), 2),
                                                                               FULL_TEXT_ROLE) or ""))
        self.facts = LinesLabel(3, self, "font-size: 12pt;")  # a long name: the rest is in its tooltip
        self.facts.setObjectName("personFacts")
        self.email = QLineEdit(self)
        self.email.setObjectName("personEmail")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("personPhone")
        for field in (self.email, self.phone):
            field.editingFinished.connect(self._contact_edited)
        self.message = MessageLabel(self)
        self.message.setObjectName("peopleMessage")
        self.export_button = self._button(tr("Export this person's data…"), self.export_person, "exportPerson")
        self.forget_button = self._button(tr("Forget this person…"), self.forget_person, "forgetPerson")
        self.forget_button.setStyleSheet("QPushButton:enabled { color: #8E1B1B; }")  # greyed when disabled
        self._build()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        session.changed.connect(self._on_changed)

    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        right = QWidget(self)
        col = QVBoxLayout(right)
        col.addWidget(self.facts)
        form = QFormLayout()
        form.addRow(tr("E-&mail"), self.email)
        form.addRow(tr("Pho&ne"), self.phone)
        col.addLayout(form)
        col.addWidget(plain_label(tr("Where they appear"), right, "font-weight: bold;"))
        col.addWidget(self.places_table, 1)
        col.addWidget(self.place_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        col.addLayout(buttons)
        tab_chain(self.table, self.email, self.phone, self.places_table, self.place_text, self.export_button,
                  self.forget_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter, self._list_dragged = splitter, False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_list_dragged", True))
        layout = QVBoxLayout(self)
        intro = plain_label(tr("Everyone the engagement holds, and where: meetings attended, action items owned, "
                               "texts that name them. Export a person's data when they ask for it; forget them "
                               "when they ask to be erased."), self, "color: #5A6B7B;")
        intro.setWordWrap(True)
        # A new engagement's list is empty: where people come from (it had been a table of headers only).
        self.empty_hint = plain_label(tr("No one yet: people come in as attendees of a meeting (Meetings → Details "
                                         "and attendees) and as the steering group (Framework → Steering group)."),
                                      self, "color: #555;", wrap=True)
        self.empty_hint.setObjectName("peopleEmpty")
        layout.addWidget(heading(tr("People"), self))
        layout.addWidget(intro)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # --- showing ----------------------------------------------------------
    def _on_changed(self, part: str) -> None:
        # SCOPE: the people edited in Framework (a steering-group member added there had not shown here)
        if part in (MEETINGS, ORGANISATIONS, INFO, SCOPE):
            self.refresh_when_shown()

    def refresh(self) -> None:
        """Show everyone as stored, keeping the current person."""
        self._stale = False
        uid = self.current_uid()
        self.model.set_rows(everyone(self._session.engagement))
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self._fit_list()
        row = self.model.row_of(uid)
        self.table.selectRow(row if row >= 0 else 0)
        self._show_current()

    def _fit_list(self) -> None:
        """The list wide enough for every column where the window has room (up to half of it: 551 px in Swedish
        fits at 1366 px), at least 320 px (it then scrolls sideways); the person's places get the rest. A drag
        of the handle is kept."""
        scroll = self.table.verticalScrollBar().sizeHint().width()
        wanted = self.table.horizontalHeader().length() + scroll + 2 * self.table.frameWidth()
        self.table.setMinimumWidth(min(320, wanted))
        if not self._list_dragged and self.splitter.width() > 0:
            width = min(wanted, self.splitter.width() // 2)
            if width > self.table.width():
                self.splitter.setSizes([width, self.splitter.width() - width - self.splitter.handleWidth()])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_list()  # a window maximised after opening has room for the whole list

    def current_uid(self) -> str | None:
        """The chosen person's ID."""
        index = self.table.currentIndex()
        return index.data(UID_ROLE) if index.isValid() else None

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        found = self.model.person(row) if 0 <= row < self.model.rowCount() else None
        self.places.set_rows(list(found.places) if found else [])
        self.place_text.setPlainText("")
        if found and found.places:
            self.places_table.selectRow(0)
        for field in (self.email, self.phone):
            field.blockSignals(True)
        show_text(self.email, found.person.email if found else "")
        show_text(self.phone, found.person.phone if found else "")
        for field in (self.email, self.phone):
            field.blockSignals(False)
        if found is None:
            self.facts.setText("")
        else:
            p = found.person
            facts = " · ".join(isolate(x) for x in (p.name, p.role, found.organisation) if x)
            self.facts.setText(facts + ("\n" + tr("Forgotten: no personal data is held.") if is_forgotten(p) else ""))
        for w in (self.email, self.phone, self.export_button, self.forget_button):
            w.setEnabled(found is not None and not is_forgotten(found.person))

    # --- editing ----------------------------------------------------------
    def _contact_edited(self) -> None:
        uid = self.current_uid()
        person = next((p for p in self._session.engagement.people if p.uid == uid), None)
        if person is None:
            return
        old, new = (person.email, person.phone), (self.email.text().strip(), self.phone.text().strip())
        if old == new:
            return

        def apply(value: tuple[str, str]) -> None:
            self._session.write(MEETINGS, lambda store: store.records.set_contact(uid, *value))

        push_or_report(self._session.undo_stack, SetValue(tr("Contact details of {name}").format(name=person.name),
                                                          apply, old, new), self.message.setText)

    def export_person(self) -> None:
        """Write everything held about the chosen person as JSON (a subject access request)."""
        uid = self.current_uid()
        if uid is None:
            return
        try:
            data = person_data(self._session.engagement, uid, tr)  # its places in the window's language
        except DomainError as exc:
            self.message.setText(describe(exc))
            return
        name = dialogs.safe_file_name(data["person"]["name"]) + ".json"  # "Anna/Bertil" had proposed a folder
        path = dialogs.ask_file_to_write(self, tr("Export person's data"), str(Path.home() / name), ".json",
                                         tr("JSON files (*.json)"))
        if not path:
            return
        from workshop.export.safe_write import write_bytes_atomically

        try:
            write_bytes_atomically(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        except (ExportError, OSError, DomainError, StorageError) as exc:  # ExportError: a missing folder, an
            self.message.setText(describe(exc))  # engagement file named had raised a traceback
            return
        self.message.setText(tr("Saved {path}").format(path=path))

    def forget_person(self) -> None:
        """After asking: pseudonym, no contact details, the name gone from every text and backup. No undo."""
        uid = self.current_uid()
        person = next((p for p in self._session.engagement.people if p.uid == uid), None)
        if person is None or is_forgotten(person):
            return
        question = tr("Forget {name}?\n\nTheir name is replaced by a pseudonym in every note, decision and "
                      "action item, their contact details are removed, and every backup of this file is "
                      "rewritten the same way. This cannot be undone; the undo history is cleared.").format(
            name=person.name)
        if not dialogs.ask_yes_no(self, tr("Forget person"), question, undoable=False):
            return
        from workshop.storage.forget import forget_person

        try:
            report = forget_person(self._session.store, uid)
        except (DomainError, StorageError) as exc:
            self.message.setText(describe(exc))
            return
        self._session.undo_stack.clear()
        self._session.reload_all()  # the name was in notes, decisions, the plan, the recommendation…
        text = counted(len(report.copies), tr("{name} is now “{pseudonym}” in this file, which has no backups."),
                       tr("{name} is now “{pseudonym}” in this file and its backup."),
                       tr("{name} is now “{pseudonym}” in this file and its {n} backups."),
                       name=person.name, pseudonym=report.pseudonym)
        if report.notes:  # what the backup list says of a backup taken before a merge: the copy's name
            text += " " + counted(len(report.notes), tr("The note “before merging …” beside one of them says "
                                                        "“{pseudonym}” too."),
                                  tr("The notes “before merging …” beside {n} of them say “{pseudonym}” too."),
                                  pseudonym=report.pseudonym)
        text += " " + tr("Documents and data exported earlier, and copies saved elsewhere (a copy handed out to "
                         "another laptop, say), are not reached: delete or redact them yourself.")
        if report.compact_error:
            text += " " + tr("The file could not be rebuilt ({error}): old pages in it may still hold the name.").format(
                error=report.compact_error)
        elif not report.file_compacted:
            text += " " + tr("Another program has the file open: old pages may hold the name until it closes.")
        if report.unreachable:
            text += " " + tr("Not rewritten: {files}").format(files=joined(", ", (p.name for p in report.unreachable)))
        self.message.note(text)
