"""The meeting details form: kind, title, start, length, place, organisations and attendees."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDateTimeEdit, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from workshop.charts.rich_text import tooltip
from workshop.domain.errors import DomainError
from workshop.domain.meetings import Meeting
from workshop.ui.widgets.i18n import describe, isolate, tr
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.common import MessageLabel, key, plain_label, show_text, undo_goes_to_window
from workshop.ui.widgets.layout import fit_list_rows, tab_chain
from workshop.ui.widgets.fitted_columns import FittedColumns
from workshop.ui.meetings.edits import MeetingEdits
from workshop.ui.meetings.model import kind_labels

QT_FORMAT = "yyyy-MM-dd'T'HH:mm"  # as stored: 2024-06-10T13:00


ORGANISATION = Qt.ItemDataRole.UserRole + 1  # an attendee's organisation uid (None: the facilitator's side)


class _OrganisationChoice(QStyledItemDelegate):
    """An attendee's organisation chosen from a list made when the cell is edited (or none)."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session

    def createEditor(self, parent, _option, _index) -> QComboBox:  # noqa: N802 (Qt's name)
        choice = QComboBox(parent)
        choice.setObjectName("attendeeOrganisationChoice")
        choice.addItem(tr("(none)"), None)
        for o in self._session.engagement.organisations:
            choice.addItem(o.name, o.uid)
        return choice

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802 (Qt's name)
        editor.setCurrentIndex(max(0, editor.findData(index.data(ORGANISATION))))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802 (Qt's name)
        if editor.currentData() != index.data(ORGANISATION):
            model.setData(index, editor.currentData(), ORGANISATION)


class _StartField(QDateTimeEdit):
    """The meeting's start, where Tab leaves for the next field. Qt's went through its five parts first (year,
    month, day, hour, minute): five Tabs to reach the length. Typed digits move on from part to part by
    themselves, as before."""

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, next_)


class MeetingDetails(QWidget):
    """Edits one meeting's details; each change is one undoable edit, saved at once."""

    def __init__(self, session: EngagementSession, edits: MeetingEdits, message: MessageLabel, parent=None):
        super().__init__(parent)
        self._session = session
        self._edits = edits
        self._message = message
        self.meeting_uid: str | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("meetingKind")
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitle")
        self.starts = _StartField(self)
        self.starts.setObjectName("meetingStarts")
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setCalendarPopup(True)
        self.starts.setSpecialValueText(" ")  # its least value: no meeting shown
        self.duration = QSpinBox(self)
        self.duration.setObjectName("meetingDuration")
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(tr(" min"))
        self.place = QLineEdit(self)
        self.place.setObjectName("meetingPlace")
        self.organisations = QListWidget(self)
        self.organisations.setObjectName("meetingOrganisations")
        self.organisations.setMaximumHeight(150)  # until filled: then as high as its rows (fit_list_rows)
        self.attendees = QTableWidget(0, 3, self)
        self.attendees.setObjectName("meetingAttendees")
        self.attendees.setHorizontalHeaderLabels([tr("Name"), tr("Role"), tr("Organisation")])
        self.attendees.verticalHeader().hide()
        # Name and role as wide as they need, within reason; the organisation takes the rest (a long role
        # had pushed it behind a scroll bar).
        self._attendee_columns = FittedColumns(self.attendees, 2, share=0.7)  # the organisation: a short list
        # Name, role and organisation are edited in place (F2 or double-click; the organisation from a list
        # made then: a list in every row had cost 580 lists of 291 names at each meeting shown, and arrow
        # keys on one had moved the person); a change applies to the person wherever they attend.
        self.attendees.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                       | QTableWidget.EditTrigger.EditKeyPressed)
        self.attendees.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.attendees.setTabKeyNavigation(False)  # Tab leaves the list, to the fields that add one
        self.attendees.setItemDelegateForColumn(2, _OrganisationChoice(session, self.attendees))
        self.attendees.setToolTip(tr("F2 edits a name, role or organisation; the change applies wherever the "
                                     "person attends."))
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("attendeeName")
        # A short hint that shows whole in the narrow field (the longer one was cut to "Namn (perso…");
        # the rest in its tooltip.
        self.new_name.setPlaceholderText(tr("Name"))
        self.new_name.setToolTip(tr("People met before are offered as you type."))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_name.setCompleter(self.completer)
        self.new_role = QLineEdit(self)
        self.new_role.setObjectName("attendeeRole")
        self.new_role.setPlaceholderText(tr("Role"))
        self.new_org = QComboBox(self)
        self.new_org.setObjectName("attendeeOrganisation")
        add = QPushButton(tr("Add attendee"), self)
        add.setObjectName("addAttendee")
        add.clicked.connect(self.add_attendee)
        self._build(add)
        tab_chain(self.attendees, self.new_name, self.new_role, self.new_org, add)
        self.title.editingFinished.connect(lambda: self._update(title=self.title.text()))
        self.place.editingFinished.connect(lambda: self._update(place=self.place.text()))
        self.kind.activated.connect(lambda _i: self._update(kind=self.kind.currentData()))
        self.starts.editingFinished.connect(
            lambda: self._update(starts_at=self.starts.dateTime().toString(QT_FORMAT)))
        self.duration.editingFinished.connect(lambda: self._update(duration_minutes=self.duration.value()))
        self.organisations.itemChanged.connect(lambda _item: self._organisations_changed())
        self.new_name.returnPressed.connect(self._name_entered)
        self.new_role.returnPressed.connect(self.add_attendee)
        for field in (self.new_name, self.new_role):  # after Enter added the attendee, Ctrl+Z takes them back
            undo_goes_to_window(field, session.undo_stack)
        key(self.attendees, "Del", self.remove_attendee)
        self.attendees.itemChanged.connect(self._attendee_edited)

    def _build(self, add: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&Title"), self.title)
        form.addRow(tr("&Starts"), self.starts)
        form.addRow(tr("&Length"), self.duration)
        form.addRow(tr("&Place"), self.place)
        form.addRow(tr("&Organisations taking part"), self.organisations)  # Alt+O, as the fields above
        new = QHBoxLayout()
        new.addWidget(self.new_name, 3)
        new.addWidget(self.new_role, 2)
        new.addWidget(self.new_org, 1)
        new.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(tr("Attendees"), self, "font-weight: bold;"))
        layout.addWidget(self.attendees, 1)
        layout.addLayout(new)

    def _try(self, edit) -> bool:
        try:
            edit()
        except DomainError as exc:
            self._message.setText(describe(exc))
            self.show_meeting(self.meeting_uid)
            return False
        self._message.clear()
        return True

    def _update(self, **changes) -> None:
        if self.meeting_uid:
            self._try(lambda: self._edits.update_details(self.meeting_uid, **changes))

    def _organisations_changed(self) -> None:
        if not self.meeting_uid:
            return
        checked = [self.organisations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.organisations.count())
                   if self.organisations.item(i).checkState() == Qt.CheckState.Checked]
        self._try(lambda: self._edits.set_organisations(self.meeting_uid, checked))

    def typing_subject(self) -> str:
        """The meeting the form shows, by its title (where typed text is kept, see ui.filesafety.typing)."""
        meeting = next((m for m in self._session.engagement.meetings if m.uid == self.meeting_uid), None)
        return meeting.title if meeting is not None else ""

    def enter_typed(self) -> str:
        """An attendee typed and not added belongs to the meeting they were typed for: added there when another
        meeting is chosen or the file closes (the fields had kept them, and Enter later added them to the
        meeting shown then; closing had lost them). Returns why they could not be added ("" when added or
        nothing was typed); the fields then keep them."""
        name, role, org = self.new_name.text(), self.new_role.text(), self.new_org.currentData()
        if not self.meeting_uid or not name.strip():
            return ""
        meeting_uid = self.meeting_uid
        self.new_name.clear()
        self.new_role.clear()
        if self._try(lambda: self._edits.add_attendee(meeting_uid, name, role, org)):
            return ""
        self.new_name.setText(name)
        self.new_role.setText(role)
        return self._message.text()

    def show_meeting(self, uid: str | None) -> None:
        """Fill the form from the stored meeting (or empty it)."""
        if uid != self.meeting_uid:
            self.enter_typed()
        self.meeting_uid = uid
        e = self._session.engagement
        meeting: Meeting | None = next((m for m in e.meetings if m.uid == uid), None)
        self.setEnabled(meeting is not None)
        widgets = (self.kind, self.title, self.starts, self.duration, self.place, self.organisations, self.new_org)
        for w in widgets:
            w.blockSignals(True)
        self.new_org.clear()
        self.new_org.addItem(tr("(none)"), None)
        for o in e.organisations:
            self.new_org.addItem(o.short_code, o.uid)
        self.completer.model().setStringList([p.name for p in e.people])
        self.organisations.clear()
        if meeting is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
            show_text(self.title, meeting.title)
            start = QDateTime.fromString(meeting.starts_at, QT_FORMAT)
            self.starts.setDateTime(start if start.isValid() else QDateTime.currentDateTime())
            self.duration.setSuffix(tr(" min"))
            self.duration.setValue(meeting.duration_minutes)
            show_text(self.place, meeting.place)
            for o in e.organisations:
                item = QListWidgetItem(f"{isolate(o.name)} ({isolate(o.short_code)})", self.organisations)
                item.setData(Qt.ItemDataRole.UserRole, o.uid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if o.uid in meeting.organisation_uids
                                   else Qt.CheckState.Unchecked)
            fit_list_rows(self.organisations, most=8)
            if len(meeting.organisation_uids) == 1:
                self.new_org.setCurrentIndex(max(0, self.new_org.findData(meeting.organisation_uids[0])))
        else:  # no meeting: an empty form, not the last one's title or "2000-01-01 00:00" and "5 min"
            self.title.clear()
            self.place.clear()
            self.starts.setDateTime(self.starts.minimumDateTime())  # shown as its blank special value
            self.duration.setSuffix("")
            self.duration.clear()
        for w in widgets:
            w.blockSignals(False)
        self._fill_attendees(meeting)

    def _fill_attendees(self, meeting: Meeting | None) -> None:
        e = self._session.engagement
        people = {p.uid: p for p in e.people}
        orgs = {o.uid: o.name for o in e.organisations}
        uids = meeting.attendee_uids if meeting else ()
        self.attendees.blockSignals(True)
        self.attendees.setRowCount(len(uids))
        for row, uid in enumerate(uids):
            person = people.get(uid)
            cells = (person.name, person.role) if person else ("?", "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))  # a long name or role is cut in its cell: whole, literally, here
                item.setData(Qt.ItemDataRole.UserRole, uid)
                if person is None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.attendees.setItem(row, column, item)
            org = QTableWidgetItem(orgs.get(person.organisation_uid, "") if person else "")
            org.setToolTip(tooltip(org.text()))
            org.setData(Qt.ItemDataRole.UserRole, uid)
            org.setData(ORGANISATION, person.organisation_uid if person else None)
            if person is None:
                org.setFlags(org.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.attendees.setItem(row, 2, org)
        self.attendees.blockSignals(False)
        self._attendee_columns.fit()

    def _attendee_edited(self, item: QTableWidgetItem) -> None:
        """A name or role typed into the table, or another organisation chosen."""
        uid = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 2:
            self._edit_person(uid, organisation_uid=item.data(ORGANISATION))
        elif item.column() in (0, 1):
            self._edit_person(uid, **{("name", "role")[item.column()]: item.text().strip()})

    def _edit_person(self, uid: str, **changes) -> None:
        person = next((p for p in self._session.engagement.people if p.uid == uid), None)
        if person is None:
            return
        # A refusal (an empty name) shows the message and the stored values again.
        self._try(lambda: self._edits.update_person(dataclasses.replace(person, **changes)))

    def _name_entered(self) -> None:
        """A known name fills in role and organisation; a new one moves on to the role."""
        person = self._edits.known_person(self.new_name.text())
        if person is not None:
            self.add_attendee()
        else:
            self.new_role.setFocus()

    def add_attendee(self) -> None:
        """Add the typed person to the meeting (refused when the name is empty)."""
        if not self.meeting_uid:
            return
        name, role, org = self.new_name.text(), self.new_role.text(), self.new_org.currentData()
        if self._try(lambda: self._edits.add_attendee(self.meeting_uid, name, role, org)):
            self.new_name.clear()
            self.new_role.clear()
            self.new_name.setFocus()
            # A name picked from the completer's list (Down, Enter) is written back into the field once the
            # list closes, after this: it had stayed there, and the next Enter said "already attends".
            QTimer.singleShot(0, self.new_name, lambda: self.new_name.text() == name and self.new_name.clear())

    def remove_attendee(self) -> None:
        """Take the selected person off this meeting."""
        row = self.attendees.currentRow()
        if self.meeting_uid and row >= 0:
            uid = self.attendees.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self._try(lambda: self._edits.remove_attendee(self.meeting_uid, uid))

