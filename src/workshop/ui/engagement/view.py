"""The Engagement view: what the investigation is, and who takes part. Every field is editable and undoable."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import DomainError
from workshop.domain.model import Organisation
from workshop.domain.validation import check_name, clean_text, suggested_short_code
from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import REFUSALS, push, push_or_report
from workshop.ui.session.edits import AddOrganisation, EditInfo, RemoveOrganisation
from workshop.ui.widgets.accessible import words_of
from workshop.ui.widgets.i18n import describe, isolate, tr
from workshop.ui.session.session import INFO, ORGANISATIONS, EngagementSession
from workshop.domain.agenda import check_period, parse_due_date
from workshop.ui.widgets.dates import DateField
from workshop.ui.widgets.layout import button_row, side_by_side
from workshop.ui.widgets.lines_label import LinesLabel
from workshop.ui.widgets.common import commit_on_leave, heading, plain_label, show_text
from workshop.ui.engagement.today_shares import TodayShares

FIELDS = ("title", "client", "facilitator", "contact", "start_date", "end_date")
DATES = ("start_date", "end_date")  # picked in a calendar, stored as YYYY-MM-DD


def _labels() -> dict[str, str]:
    """Each field's label, with its Alt key (none shared with another field or the menus, in either language)."""
    return {
        "title": tr("&Title"),
        "client": tr("&Client"),
        "facilitator": tr("F&acilitator"),
        "contact": tr("Client's c&ontact"),
        "start_date": tr("&Start date"),
        "end_date": tr("Final &meeting"),
        "description": tr("&Description"),
    }


class EngagementView(QWidget):
    """Title, client, facilitator, dates and description; the organisations taking part."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.heading = LinesLabel(2, self, "font-size: 20pt; font-weight: bold;")  # the whole title is in the form
        self.heading.setObjectName("engagementTitle")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = _labels()
        for key in FIELDS:
            label = labels[key]
            field = DateField(self) if key in DATES else QLineEdit(self)
            field.editingFinished.connect(lambda key=key: self._commit(key))
            self.edits[key] = field
            field.setObjectName(f"info_{key}")
            form.addRow(label, field)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("info_description")
        self.description.setMinimumHeight(160)
        self.description.setMaximumHeight(260)
        self.description.setTabChangesFocus(True)
        commit_on_leave(self.description, lambda: self._commit("description"))  # kept as the other fields are
        form.addRow(labels["description"], self.description)

        self.organisations = QListWidget(self)
        self.organisations.setObjectName("engagementOrganisations")
        # A new engagement's list is empty: what to do first, in its place (it had been a blank white box).
        self.organisations_hint = plain_label(tr(
            "No organisation yet. Add organisation… adds each one taking part, with a short code; each becomes a "
            "row of the potential grid and a column of the vote grid."), self, "color: #555;", wrap=True)
        self.organisations_hint.setObjectName("engagementOrganisationsHint")
        buttons = button_row(self, (tr("Add organisation…"), "addOrganisation", self.add_organisation),
                             (tr("Remove organisation"), "removeOrganisation", self.remove_selected_organisation))

        right = QVBoxLayout()
        right.addWidget(heading(tr("Organisations taking part"), self))
        right.addWidget(self.organisations_hint)
        right.addWidget(self.organisations, 1)
        right.addLayout(buttons)
        right.addSpacing(18)
        right.addWidget(heading(tr("Groups of areas and today's spend"), self))
        self.today_shares = TodayShares(session, self.message, self)
        right.addWidget(self.today_shares)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)  # the fields keep their natural height; the rest of the page stays free
        # Side by side where the screen is wide enough, the organisations and groups below the fields
        # where it is not (the page then scrolls down, never sideways).
        fields, lists = QWidget(self), QWidget(self)
        fields.setLayout(left)
        lists.setLayout(right)
        body = QWidget(self)
        side_by_side(body, fields, lists, (0.6, 0.4))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)
        self._refused: dict[str, str] = {}  # field → why what it holds could not be stored
        session.changed.connect(lambda part: part in (INFO, ORGANISATIONS) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the engagement as it stands."""
        e = self._session.engagement
        info = e.info
        self.heading.setText(info.title)
        for key, edit in self.edits.items():
            if edit.text() != getattr(info, key) and key not in self._refused:  # a refused text stays as typed
                show_text(edit, getattr(info, key))
        if self.description.toPlainText() != info.description and "description" not in self._refused:
            self.description.setPlainText(info.description)
        self.organisations.clear()
        for o in e.organisations:
            self.organisations.addItem(f"{isolate(o.name)} ({isolate(o.short_code)})")
        self.organisations_hint.setVisible(not e.organisations)

    def _commit(self, key: str) -> None:
        old = self._session.engagement.info
        if key == "description":
            value = self.description.toPlainText()
        else:
            value = clean_text(self.edits[key].text())  # " AB" had been stored with its space, unlike names
        if getattr(old, key) == value:
            if key in self.edits and self.edits[key].text() != value:
                show_text(self.edits[key], value)
            self._stored(key)
            return
        try:
            if key == "title":
                value = check_name(value, tr("The title"))
            elif key in DATES:
                value = parse_due_date(value)  # a real date or none
            new = dataclasses.replace(old, **{key: value})
            if key in DATES:
                check_period(new.start_date, new.end_date)  # the report's cover had read "2025-03-01 – 2025-02-01"
            push(self._session.undo_stack, EditInfo(
                self._session, old, new, tr("Edit {field}").format(field=words_of(_labels()[key]).lower())))
        except REFUSALS as exc:
            # What was typed stays, with the reason: a final meeting before the start (or an empty title) had
            # gone back to the stored value, the typing lost. One the rules refuse is tried again and asked
            # about on closing here; one the file could not take (a full disk) is kept by the typing journal.
            if isinstance(exc, DomainError):
                self._refused[key] = describe(exc)
            self.message.setText(describe(exc))
            return
        self._stored(key)

    def _stored(self, key: str) -> None:
        """The field holds what is stored. A field refused before is tried again (a final meeting refused may
        follow a start moved earlier); the message says why one still cannot be stored, or nothing."""
        if self._refused.pop(key, None) is None:
            for other in list(self._refused):
                self._commit(other)
        self.message.setText(next(iter(self._refused.values()), ""))

    def enter_typed(self) -> str:
        """Before the file closes (MainWindow._enter_typed): try again to store what the fields refused hold (the
        other field may have changed since); why it still cannot be, or "" (nothing typed is left behind)."""
        for key in list(self._refused):
            self._commit(key)
        return next(iter(self._refused.values()), "")

    def add_organisation(self) -> None:
        """Ask for a name and a short code, then add the organisation (undoable)."""
        name, code, suggested, refused = "", None, "", ""
        while True:  # a refusal asks again with what was typed and why (the name had been lost)
            label = tr("Name:") if not refused else f"{refused}\n\n{tr('Name:')}"
            name = dialogs.ask_text(self, tr("Add organisation"), label, name)
            if name is None:
                return
            # A code typed by hand is asked again as typed; one accepted as suggested is suggested afresh, from the
            # name as it is now ("Gnosjö", renamed from a refused "gislaved", had been saved as "GIS").
            taken = [o.short_code for o in self._session.engagement.organisations]
            typed = refused and code and code != suggested
            suggested = suggested_short_code(name, taken)
            # The code is offered, filled in; the prompt says where it shows (its "e.g. GIS" named the example's
            # Gislaved in every new engagement).
            code = dialogs.ask_text(self, tr("Add organisation"), tr("Short code (shown where the whole name "
                                                                     "does not fit):"),
                                    code if typed else suggested)
            if code is None:
                return
            organisation = Organisation(name=name.strip(), short_code=code.strip())
            try:
                push(self._session.undo_stack, AddOrganisation(self._session, organisation))
            except REFUSALS as exc:
                refused = describe(exc)
                self.message.setText(refused)
                continue
            self.message.clear()
            return

    def remove_selected_organisation(self) -> None:
        """Remove the selected organisation and its scores; Undo puts everything back."""
        row = self.organisations.currentRow()
        organisations = self._session.engagement.organisations
        if not 0 <= row < len(organisations):
            return
        push_or_report(self._session.undo_stack, RemoveOrganisation(self._session, organisations[row]),
                       self.message.setText)
