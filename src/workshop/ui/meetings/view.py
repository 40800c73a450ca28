"""The Meetings view: prepare meetings (details, attendees, agenda), then run them with the runner."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QMainWindow, QPushButton, QSplitter, QStackedWidget, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from workshop.domain.agenda import held_from, next_meeting_start
from workshop.domain.errors import DomainError
from workshop.domain.vocabulary import MeetingStatus
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import describe, joined, key_text, tr
from workshop.ui.session.presenter_channel import PresenterChannel
from workshop.ui.meetings.runner.view import RunnerView
from workshop.ui.session.session import CATALOGUE, MEETINGS, ORGANISATIONS, EngagementSession
from workshop.ui.widgets.common import MessageLabel, heading, key, plain_label, rows_to_pick
from workshop.ui.widgets.layout import focus_order, tab_chain
from workshop.ui.widgets.lines_label import LinesDelegate, LinesLabel
from workshop.ui.meetings.agenda import AgendaEditor
from workshop.ui.meetings import approve
from workshop.ui.meetings.details import MeetingDetails
from workshop.ui.meetings.edits import MeetingEdits
from workshop.ui.meetings.model import MeetingTableModel


class MeetingsView(QWidget):
    """The meeting list with an editor beside it; Run meeting switches to the runner."""

    def __init__(self, session: EngagementSession, presenter: PresenterChannel, parent=None):
        super().__init__(parent)
        self._session = session
        self.runner = RunnerView(session, presenter, self)
        self.runner.setObjectName("meetingRunner")
        self.edits = MeetingEdits(session, before_edit=self.runner.flush)
        self.runner.set_edits(self.edits)
        self.message = MessageLabel(self)
        self.message.setObjectName("meetingsMessage")
        self.model = MeetingTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("meetingList")
        self.table.setAccessibleName(tr("Meetings"))
        self.table.setModel(self.model)
        rows_to_pick(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Kind and title on up to two lines (the rest in the tooltip): at 1366×768 one line had cut most
        # titles ("Startmöte med …") while the list had room below for twice its rows.
        self.table.setWordWrap(True)
        for column, lines in ((1, 2), (2, 2), (3, 1)):  # the organisations stay one line: "All (5)", "GIS, …"
            self.table.setItemDelegateForColumn(column, LinesDelegate(lines, self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 10)  # as before
        # The title matters most: a list of some organisations' codes is cut after the first (the tooltip has
        # them all; all of them read "All (5)"), and the kinds have short names for the list.
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Organisat…", not a clipped middle
        for column, texts in ((3, ("GIS, …", tr("All ({n})").format(n=5))), (1, (tr("Work meeting"),))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, widest + 2 * metrics.averageCharWidth() + 8)
        self.details = MeetingDetails(session, self.edits, self.message, self)
        self.agenda = AgendaEditor(session, self.edits, self.message, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.details, tr("&Details and attendees"))
        self.tabs.addTab(self.agenda, tr("A&genda"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._prepare_page())
        self.pages.addWidget(self.runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._shown_uid: str | None = None  # the meeting the message below the list may be about
        self._message_tab = self.tabs.currentIndex()  # and the tab chosen when it was said
        # The tab bar has the new tab before the page left loses focus: a change refused as it does is said
        # on the new tab, and kept (the field shows what is stored again; only the message says why).
        self.message.said.connect(lambda: setattr(self, "_message_tab", self.tabs.currentIndex()))
        self.tabs.currentChanged.connect(self._tab_changed)
        key(self.table, "Ins", self.new_meeting)
        key(self.table, "Del", self.remove_meeting)
        key(self.table, "Return", self.run_current)
        run = QShortcut(QKeySequence("Ctrl+R"), self.pages.widget(0))
        run.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        run.activated.connect(self.run_current)
        self.runner.left.connect(self._runner_left)
        session.changed.connect(self._on_changed)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _button(self, text: str, slot, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _prepare_page(self) -> QWidget:
        page = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(heading(tr("Meetings"), page, whole=True))
        # One line, cut with "…" (whole in the tooltip) where several approvers' names do not fit beside it.
        self.approval_state = LinesLabel(1, page, "color: #5A6B7B;")
        self.approval_state.setObjectName("approvalState")
        top.addWidget(self.approval_state)
        top.addStretch(1)
        top.addWidget(self._button(tr("New meeting…"), self.new_meeting, "newMeeting", key_text("Insert")))
        self.delete_button = self._button(tr("Delete"), self.remove_meeting, "deleteMeeting", key_text("Delete"))
        top.addWidget(self.delete_button)
        self.approve_button = self._button(tr("Approve minutes…"), self.approve_current, "approveMinutes",
                                           tr("Record who approved the minutes, and when"))
        top.addWidget(self.approve_button)
        run = self._button(tr("Run meeting ▶"), self.run_current, "runMeeting", key_text("Ctrl+R"))
        run.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 16px; }")
        top.addWidget(run)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 700])  # at 1366 px still a work meeting's whole title (narrower cut it)
        # An engagement without meetings said nothing under the empty list: what to do first.
        self.empty_hint = plain_label(tr(
            "No meetings yet. New meeting… (Insert) adds one; give it its organisations and attendees here and "
            "its questions from the catalogue in the Agenda tab, then Run meeting."), page, "color: #555;")
        self.empty_hint.setObjectName("meetingsEmpty")
        self.empty_hint.setWordWrap(True)
        buttons = [self.findChild(QPushButton, n) for n in ("newMeeting", "deleteMeeting", "approveMinutes", "runMeeting")]
        # As they read: the buttons above the list, the list, the tabs beside it and the fields of each tab (the
        # fields had come first, the buttons above the list last).
        tab_chain(*buttons, self.table, self.tabs, *focus_order(self.details), *focus_order(self.agenda))
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        return page

    # --- showing ----------------------------------------------------------
    def current_uid(self) -> str | None:
        """The uid of the selected meeting, or None."""
        index = self.table.currentIndex()
        return self.model.meeting(index.row()).uid if index.isValid() else None

    def select(self, uid: str | None) -> None:
        """Make a meeting the current one."""
        row = self.model.row_of(uid)
        if row >= 0:
            self.table.selectRow(row)

    def refresh(self) -> None:
        """Show the meetings as stored, keeping the current one."""
        uid = self.current_uid()
        self.model.set_rows(self._session.engagement)
        self.select(uid)
        self._show_current()

    def _on_changed(self, part: str) -> None:
        if part in (MEETINGS, ORGANISATIONS, CATALOGUE):
            if self.message.noted:  # "Minutes approved … by …" had stayed after Undo took the approval back
                self.message.clear()
            self.refresh()

    def _tab_changed(self, index: int) -> None:
        """Another tab chosen: a message said on the tab left goes ("The attendee's name must not be empty."
        had stayed under the agenda)."""
        if index != self._message_tab:
            self.message.clear()

    def _show_current(self) -> None:
        uid = self.current_uid()
        if uid != self._shown_uid:  # another meeting: a message about the one before is not about it
            self._shown_uid = uid
            self.message.clear()
        meeting = next((m for m in self._session.engagement.meetings if m.uid == uid), None)
        self.approval_state.setText(approve.approval_text(self._session.engagement, meeting) if meeting else "")
        # A meeting still ahead has no minutes to approve (the dialog was filled in, then refused); one
        # planned for a day now past may have been held without Run, its notes typed in afterwards.
        self.approve_button.setEnabled(meeting is not None and meeting.approval is None and not _still_ahead(meeting))
        self.delete_button.setEnabled(meeting is not None)
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.details.show_meeting(uid)
        self.agenda.show_meeting(uid)

    # --- editing ----------------------------------------------------------
    def new_meeting(self) -> None:
        """Ask for a title; the new meeting starts at nine on the first weekday after the latest meeting (or
        today), its details are then edited in place."""
        title = dialogs.ask_text(self, tr("New meeting"), tr("Title of the meeting:"))
        if title is None:
            return
        start = next_meeting_start([m.starts_at for m in self._session.engagement.meetings], datetime.now())
        created = []
        try:
            created.append(self.edits.create(title, starts_at=start))
        except DomainError as exc:
            self.message.setText(describe(exc))
            return
        self.message.clear()
        self.refresh()
        self.select(created[0].uid)
        self.tabs.setCurrentWidget(self.details)
        self.details.kind.setFocus()

    def remove_meeting(self) -> None:
        """Delete the selected meeting (undo brings it back with everything in it)."""
        uid = self.current_uid()
        if uid is None:
            return
        row = self.table.currentIndex().row()
        self.edits.remove(uid)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def approve_current(self) -> None:
        """Approve the selected meeting's minutes (asks who and when; a refusal is shown below the list)."""
        uid = self.current_uid()
        if uid is None:
            return
        meeting = self.edits.meeting(uid)
        if meeting.approval is not None:
            self.message.note(approve.approval_text(self._session.engagement, meeting))
            return
        if _still_ahead(meeting):
            self.message.setText(tr("“{title}” has not been held yet: its minutes can be approved once it has.")
                                 .format(title=meeting.title))
            return
        answer = approve.ask_approval(self, self._session.engagement, meeting, "")
        if answer is None:
            return
        if self.message.attempt(lambda: approve.approve_minutes(self._session, uid, *answer)):
            self.message.note(approve.approval_text(self._session.engagement, self.edits.meeting(uid)))  # done: said as done, not in red

    def run_current(self) -> None:
        """Open the runner on the selected meeting (it is marked running)."""
        uid = self.current_uid()
        if uid is None:
            self.message.setText(tr("Choose the meeting to run in the list (or add one with “New meeting…”)."))
            return
        meeting = self.edits.meeting(uid)
        if not meeting.agenda:
            self.tabs.setCurrentWidget(self.agenda)  # first: choosing another tab clears the message
            self.message.setText(tr("The agenda is empty: add questions or free items first."))
            return
        running = self.edits.running_besides(uid)
        others = MeetingStatus.CLOSED
        if running:
            titles = joined(", ", (m.title for m in running))  # older files may have left several running
            others = dialogs.ask_still_running(self, titles, meeting.title)
            if others is None:
                return
        held = held_from(meeting.starts_at, datetime.now()) if meeting.status == MeetingStatus.PLANNED else None
        if (meeting.status != MeetingStatus.RUNNING or running) and \
                not self.message.attempt(lambda: self.edits.start(uid, others, held)):
            return
        self.message.clear()
        self.pages.setCurrentWidget(self.runner)
        self.runner.start(uid)
        if meeting.status == MeetingStatus.CLOSED:  # no question asked: one undo ends it again
            self._tell(tr("“{title}” was held and now runs again ({undo} undoes that).")
                       .format(title=meeting.title, undo=key_text("Ctrl+Z")))
        elif held:  # no question asked either: said, and the same undo puts the plan back
            self._tell(tr("“{title}” was planned for {planned} and is held now: it starts {now} ({undo} undoes "
                          "that).").format(title=meeting.title, planned=meeting.starts_at.replace("T", " "),
                                           now=held.replace("T", " "), undo=key_text("Ctrl+Z")))

    def resume(self, uid: str) -> None:
        """The running meeting's runner: on the item where the facilitator left it, its clocks running on, when
        it still runs here (it had started again from the first open item with its clocks at nought, and
        the next save wrote the time spent over what the file held); started afresh otherwise."""
        if self.runner.active and self.runner.meeting_uid == uid:
            self.pages.setCurrentWidget(self.runner)
            self.runner.notes.setFocus()
            return
        self.select(uid)
        self.run_current()

    def _tell(self, text: str) -> None:
        """A passing note in the window's status bar (plain text), where one is."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def _runner_left(self) -> None:
        uid = self.runner.meeting_uid
        self.pages.setCurrentIndex(0)
        self.refresh()
        self.select(uid)
        self.table.setFocus()


def _still_ahead(meeting) -> bool:
    """Planned, and its start has not come yet."""
    return meeting.status == MeetingStatus.PLANNED and meeting.starts_at > datetime.now().strftime("%Y-%m-%dT%H:%M")
