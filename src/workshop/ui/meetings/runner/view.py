"""RunnerView: runs a meeting from the keyboard while the room watches the presenter window.

The facilitator sees the question, its hint and the notes; the room sees
only what the runner publishes on the presenter channel (the question, the
theme and where we are). Notes are saved within half a second of typing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from workshop.domain.agenda import format_clock, position_label, with_item, with_meeting
from workshop.domain.meetings import AgendaItem, Meeting
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.common import shortcuts_before_fields, undo_goes_to_window
from workshop.ui.widgets.i18n import key_text, isolate, tr
from workshop.ui.session.presenter_channel import PresenterChannel, PresenterContent
from workshop.ui.meetings.runner.clock import MeetingClock
from workshop.ui.meetings.runner.internal import InternalNotesPanel
from workshop.ui.meetings.runner.notes import NotesAutosaver
from workshop.ui.meetings.runner.panels import RunnerPanels
from workshop.ui.session.session import CATALOGUE, MEETINGS, EngagementSession
from workshop.ui.widgets.ordered_list import OrderedListModel
from workshop.ui.widgets.common import NOTE_STYLE, MessageLabel, plain_label, select_row
from workshop.ui.widgets.lines_label import LinesDelegate, LinesLabel
from workshop.ui.meetings.model import agenda_rows, item_status_labels, kind_labels
from workshop.domain.vocabulary import ItemKind, ItemStatus, MeetingStatus


AGENDA_LINES = 2
QUESTION_LINES = 4  # the question on screen, at most (one less while the internal notes are open)


class RunnerView(QWidget):
    """Step through an agenda: notes, statuses, follow-ups, decisions, actions and clocks."""

    left = Signal()
    # A meeting was ended (closed) here: the window offers to export its minutes.
    ended = Signal(str)

    def __init__(self, session: EngagementSession, presenter: PresenterChannel, parent=None):
        super().__init__(parent)
        self._session = session
        self._presenter = presenter
        presenter.step_requested.connect(self._step_from_projector)
        session.on_flush(self.flush)
        self._edits = None
        self.meeting_uid: str | None = None
        self.active = False  # True from start() until leave()
        self._index = 0
        self._seconds: dict[str, int] = {}
        self.clock = MeetingClock(self)
        self.clock.ticked.connect(self._show_clocks)
        # The meeting's title on up to two lines; what kind of meeting and who takes part on one line beneath
        # (the rest of each in its tooltip), so a long title never pushes the notes down.
        self.title = LinesLabel(2, self, "font-size: 15pt; font-weight: bold;")
        self.title.setObjectName("runnerTitle")
        self.subtitle = LinesLabel(1, self, "font-size: 11pt; color: #555;")
        self.subtitle.setObjectName("runnerSubtitle")
        self.clocks = plain_label("", self, "font-size: 15pt; font-family: monospace;")
        self.clocks.setObjectName("runnerClocks")
        self.agenda_model = OrderedListModel(parent=self)
        self.agenda = self._agenda_list()
        self.theme = plain_label("", self, "font-size: 12pt; color: #555;")
        self.theme.setObjectName("runnerTheme")
        self.theme.setWordWrap(True)
        self.question = LinesLabel(QUESTION_LINES, self, "font-size: 20pt; font-weight: bold;")
        self.question.setObjectName("runnerQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = plain_label("", self, "font-size: 12pt; background: #FFF4D6; color: #5C3B00; padding: 6px;"
                                          " border-left: 4px solid #E0A100;")
        self.hint.setObjectName("runnerHint")
        self.hint.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("runnerNotes")
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every field: it had typed a tab into the minutes
        self.notes.setPlaceholderText(tr("Notes for this item — saved as you type (Alt+N)"))
        self.notes.setStyleSheet("QPlainTextEdit { font-size: 13pt; }")
        self.autosaver = NotesAutosaver(self.notes, self._save_notes, self)
        self.autosaver.failed.connect(lambda why: self.message.setText(tr("Notes not saved: {why}").format(why=why)))
        self.internal = InternalNotesPanel(session, self)
        # Open, the panel takes a line of the question's room (the whole question is in its tooltip and on the
        # projector): with four, a long question made the runner higher than a 1366×768 screen.
        self.internal.opened.connect(
            lambda open_: self.question.set_lines(QUESTION_LINES - 1 if open_ else QUESTION_LINES))
        self.follow_up = QLineEdit(self)
        self.follow_up.setObjectName("followUpText")
        self.follow_up.setPlaceholderText(tr("Follow-up question, then Enter (Alt+U)"))
        self.to_catalogue = QCheckBox(tr("Also save in the catalogue"), self)
        self.to_catalogue.setObjectName("followUpToCatalogue")
        self.message = MessageLabel(self)
        self.message.setObjectName("runnerMessage")
        self.panels = RunnerPanels(lambda: self._edits, self._report, self)
        self._build()
        self._shortcuts()
        self.follow_up.returnPressed.connect(self.add_follow_up)
        self.agenda.clicked.connect(lambda index: self.go_to(index.row()))
        session.changed.connect(self._on_changed)

    def set_edits(self, edits) -> None:
        """The undoable meeting edits this runner records through."""
        self._edits = edits

    def _agenda_list(self):
        from PySide6.QtWidgets import QListView

        view = QListView(self)
        view.setObjectName("runnerAgenda")
        view.setModel(self.agenda_model)
        # Two lines an item: "Hur ser er datacen…" did not say what comes next; the whole in the tooltip.
        view.setWordWrap(True)
        view.setItemDelegate(LinesDelegate(AGENDA_LINES, view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMinimumWidth(200)
        view.setStyleSheet("QListView { font-size: 11pt; } QListView::item { padding: 6px 4px; }"
                           " QListView::item:selected { background: #1F4E79; color: white; }")
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def _button(self, text: str, slot, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the notes
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.clocks)
        top.addWidget(self._button(tr("Leave"), self.leave, "runnerLeave", tr("Back to preparation; the meeting "
                                                                                "stays open ({key})").format(
            key=key_text("Alt+L"))))
        top.addWidget(self._button(tr("End meeting"), self.end_meeting, "runnerEnd", key_text("Ctrl+E")))
        centre = QWidget(self)
        col = QVBoxLayout(centre)
        col.addWidget(self.theme)
        col.addWidget(self.question)
        col.addWidget(self.hint)
        col.addWidget(self.notes, 1)
        col.addWidget(self.internal)
        status = QGridLayout()
        for row, column, text, slot, name, tip in (
            (0, 0, tr("◀ Previous"), self.previous, "runnerPrevious", key_text("Alt+Left")),
            (0, 1, tr("Go to…"), self.ask_go_to, "runnerGoTo", key_text("Ctrl+G")),  # shown nowhere before
            (0, 2, tr("Next ▶"), self.next, "runnerNext", key_text("Alt+Right")),
            (1, 0, tr("✔ Answered"), lambda: self.mark("answered"), "runnerAnswered", key_text("Alt+A")),
            (1, 1, tr("Skip"), lambda: self.mark("skipped"), "runnerSkip", key_text("Alt+S")),
            (1, 2, tr("Park for later"), lambda: self.mark(ItemStatus.PARKED), "runnerPark", key_text("Alt+P")),
        ):
            # The key under the name, on its own line: three buttons side by side fit a laptop's screen.
            status.addWidget(self._button(f"{text}\n{tip}", slot, name, tip), row, column)
        col.addLayout(status)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up, 1)
        follow.addWidget(self.to_catalogue)
        col.addLayout(follow)
        col.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.agenda)
        splitter.addWidget(centre)
        splitter.addWidget(self.panels)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([320, 900, 480])
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)

    def _shortcuts(self) -> None:
        for sequences, slot in (
            (("Alt+Right", "Ctrl+PgDown"), self.next),
            (("Alt+Left", "Ctrl+PgUp"), self.previous),
            (("Ctrl+G",), self.ask_go_to),
            (("Alt+A",), lambda: self.mark("answered")),
            (("Alt+S",), lambda: self.mark("skipped")),
            (("Alt+P",), lambda: self.mark(ItemStatus.PARKED)),
            (("Alt+O",), lambda: self.mark("open")),
            (("Alt+N",), self.notes.setFocus),
            (("Alt+I",), self.internal.focus_item),
            (("Alt+M",), self.internal.focus_meeting),
            (("Alt+U",), self.follow_up.setFocus),
            (("Alt+D",), self.panels.decision_text.setFocus),
            (("Alt+T",), self.panels.action_text.setFocus),
            (("Alt+K",), self._to_earlier_actions),
            (("Alt+L",), self.leave),
            (("Ctrl+E",), self.end_meeting),
        ):
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        shortcuts_before_fields(self)  # Ctrl+E ends the meeting from any field (a line edit's "end of line")
        for field in (self.notes, self.follow_up, self.panels.decision_text, self.panels.action_text,
                      self.panels.action_owner, self.panels.action_due):
            undo_goes_to_window(field, self._session.undo_stack)

    def _to_earlier_actions(self) -> None:
        if self.panels.earlier.isVisible():
            self.panels.earlier.setFocus()
        else:  # the list is hidden when there is none: focus had gone into it, and keys did nothing
            self.message.setText(tr("No action item from an earlier meeting is open."))

    # --- state ------------------------------------------------------------
    def meeting(self) -> Meeting | None:
        """The meeting being run, as stored."""
        return next((m for m in self._session.engagement.meetings if m.uid == self.meeting_uid), None)

    def current_item(self) -> AgendaItem | None:
        """The agenda item on screen."""
        m = self.meeting()
        return m.agenda[self._index] if m and 0 <= self._index < len(m.agenda) else None

    def start(self, meeting_uid: str) -> None:
        """Run this meeting from its first item not yet dealt with, each item's clock as the file holds it."""
        self.flush()  # a meeting running here: its notes and the time on its item first
        self.meeting_uid = meeting_uid
        self.active = True
        m = self.meeting()
        # The clocks as saved while they ran (save_typed keeps the session's value in step with the file).
        self._seconds = {a.uid: a.seconds_spent for a in m.agenda}
        first = next((i for i, a in enumerate(m.agenda) if a.status == "open"), 0)
        self._index = -1
        self.clock.reset()
        self.clock.start()
        self._show(first)
        self.notes.setFocus()

    def _save_notes(self, item_uid: str, text: str) -> None:
        meeting_uid, store = self.meeting_uid, self._session.store
        approved = self.meeting().approval is not None

        def update(e):
            e = with_item(e, item_uid, notes=text)
            # In approved minutes the file's triggers have made the change an addendum: the value takes it
            # too, so minutes exported while the meeting runs print it.
            return with_meeting(e, meeting_uid, addenda=store.records.addenda(meeting_uid)) if approved else e

        self._session.save_typed(lambda store: store.meetings.set_item_notes(item_uid, text), update)

    def _save_seconds(self) -> None:
        uid = self.autosaver.item_uid
        taken = self.clock.take()
        if uid and taken:
            seconds = self._seconds[uid] = self._seconds.get(uid, 0) + taken
            self._session.save_typed(lambda store: store.meetings.set_item_seconds(uid, seconds),
                                     lambda e: with_item(e, uid, seconds_spent=seconds))

    def flush(self) -> None:
        """Write the notes and the item's clock now (before any other edit, on leaving, on closing)."""
        if not self.active:
            return
        self.autosaver.flush()
        self.internal.flush()
        self._save_seconds()

    # --- showing ----------------------------------------------------------
    def _on_changed(self, part: str) -> None:
        if part in (MEETINGS, CATALOGUE) and self.active:
            m = self.meeting()
            if m is None:  # deleted (e.g. undo of its creation): nothing left to run
                self.active = False
                self.autosaver.show_item(None, "")
                self.internal.show_item(None, None)
                self.left.emit()
                return
            uid = self.autosaver.item_uid
            index = next((i for i, a in enumerate(m.agenda) if a.uid == uid), min(self._index, len(m.agenda) - 1))
            same = uid is not None and index >= 0 and m.agenda[index].uid == uid
            # A merge (or its undo) replaced the file underneath: the notes and clocks shown are the file's
            # again, or the next keystroke (the next tick) would write the old ones over what came in.
            replaced = same and (self.autosaver.stale(self._session.store.meetings.item_notes(uid))
                                 or m.agenda[index].seconds_spent != self._seconds.get(uid, m.agenda[index].seconds_spent))
            if replaced:
                self._seconds.clear()
            # A decision added or an item parked leaves a chart on the projector where it is (it had put the
            # question back up over the votes); a question shown follows a rewording.
            self._show(index, keep_notes=same and not replaced,
                       to_projector=self._presenter.current.kind == "question")

    def _show(self, index: int, keep_notes: bool = False, to_projector: bool = True) -> None:
        m = self.meeting()
        if m is None or not m.agenda:
            return
        index = max(0, min(index, len(m.agenda) - 1))
        item = m.agenda[index]
        if item.uid != self.autosaver.item_uid:
            self.flush()
        self._index = index
        for a in m.agenda:
            self._seconds.setdefault(a.uid, a.seconds_spent)
        orgs = {o.uid: o.short_code for o in self._session.engagement.organisations}
        self.title.setText(m.title)
        self.subtitle.setText(kind_labels().get(m.kind, m.kind)
                              + (f" — {', '.join(isolate(orgs.get(o, '?')) for o in m.organisation_uids)}"
                                 if m.organisation_uids else "")
                              + (" — " + tr("approved: changes become addenda") if m.approval else ""))
        self.agenda_model.set_rows(agenda_rows(m.agenda, with_status=True))
        select_row(self.agenda, index)
        origin = {ItemKind.FREE: tr("Free item"), ItemKind.FOLLOW_UP: tr("Follow-up")}.get(item.kind, "")
        self.theme.setText(" · ".join(isolate(x) for x in (position_label(index, len(m.agenda)), item.theme_title, origin,
                                                   item_status_labels().get(item.status, "")) if x))
        self.question.setText(item.text)
        hint = next((q.hint for q in self._session.engagement.questions if q.uid == item.question_uid), "")
        self.hint.setText(tr("Hint (only you see this): {hint}").format(hint=hint) if hint else "")
        self.hint.setVisible(bool(hint))
        if not keep_notes:
            self.autosaver.show_item(item.uid, item.notes)
            self.internal.show_item(m, item)
        self.panels.show_meeting(self._session.engagement.meetings, m)
        self._show_clocks()
        if not to_projector:
            return
        self._presenter.publish(PresenterContent(
            # The room sees the theme, or for items outside the catalogue the meeting's title.
            kind="question", title=item.theme_title or m.title, body=item.text,
            position=position_label(index, len(m.agenda)),
        ))

    def _show_clocks(self) -> None:
        current = self.autosaver.item_uid
        pending = self.clock.pending_seconds()
        item = self._seconds.get(current, 0) + pending
        total = sum(self._seconds.values()) + pending
        self.clocks.setText(tr("Item {item}   Meeting {total}").format(item=format_clock(item),
                                                                       total=format_clock(total)))

    def _report(self, text: str) -> None:
        self.message.setText(text)

    # --- stepping ---------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show agenda item `index` (0-based); past either end, say so (it had stayed put without a word)."""
        m = self.meeting()
        if m is not None and m.agenda and not 0 <= index < len(m.agenda):
            self.message.note(tr("That was the last item: End meeting (Ctrl+E) when you are done.") if index > 0
                              else tr("This is the first item."), style=NOTE_STYLE)
        elif self.message.noted:
            self.message.clear()
        self._show(index)
        self.notes.setFocus()

    def next(self) -> None:
        """The next agenda item."""
        self.go_to(self._index + 1)

    def previous(self) -> None:
        """The previous agenda item."""
        self.go_to(self._index - 1)

    def _step_from_projector(self, step: int) -> None:
        """Next or previous pressed on the presenter window: the meeting being run steps (none: nothing)."""
        if self.active and self.meeting() is not None:
            self.go_to(self._index + step)

    def ask_go_to(self) -> None:
        """Jump to an item picked from the agenda."""
        m = self.meeting()
        if m is None:
            return
        labels = [r.text for r in agenda_rows(m.agenda, with_status=True)]
        current = labels[self._index] if 0 <= self._index < len(labels) else ""
        choice = dialogs.ask_choice(self, tr("Go to item"), tr("Agenda item:"), labels, current)
        if choice in labels:
            self.go_to(labels.index(choice))

    def _try(self, edit) -> bool:
        return self.message.attempt(edit)

    def mark(self, status: str) -> None:
        """Mark the current item; answered and skipped move on, a parked item goes to the end."""
        item = self.current_item()
        if item is None or self._edits is None:
            return
        index = self._index
        if not self._try(lambda: self._edits.set_item_status(self.meeting_uid, item.uid, status)):
            return
        if status in ("answered", "skipped"):
            self.go_to(index + 1)
        elif status == ItemStatus.PARKED:
            m = self.meeting()
            self.go_to(index if index < len(m.agenda) - 1 else index)

    def add_follow_up(self) -> None:
        """Add the typed follow-up question after the current item (and to the catalogue if ticked)."""
        item = self.current_item()
        if item is None or self._edits is None:
            return
        text = self.follow_up.text()
        theme = self._catalogue_theme(item) if self.to_catalogue.isChecked() else None
        if self._try(lambda: self._edits.add_follow_up(self.meeting_uid, text, self._index + 1,
                                                       theme.uid if theme else None)):
            self.follow_up.clear()
            self.notes.setFocus()
            if theme is not None:  # said: from a free item it goes to the last theme, which had been a surprise
                self.message.note(tr("Also saved in the catalogue, under “{theme}”.").format(theme=theme.title),
                                  style=NOTE_STYLE)

    def _catalogue_theme(self, item: AgendaItem):
        """The theme a follow-up to `item` is saved under: its question's (the theme's title on the agenda is
        as it was when the agenda was made: a theme renamed since had sent it to the last), else the theme of
        that title, else the last."""
        e = self._session.engagement
        question = next((q for q in e.questions if q.uid == item.question_uid), None)
        return (next((t for t in e.themes if question and t.uid == question.theme_uid), None)
                or next((t for t in e.themes if t.title == item.theme_title), None)
                or (e.themes[-1] if e.themes else None))

    # --- leaving ----------------------------------------------------------
    def store_entries(self) -> None:
        """What is typed in the decision, action item and follow-up fields and not yet entered is entered
        (they are lists added to with Enter; moving on had lost what was typed there)."""
        if not self.active or self._edits is None:
            return
        self.panels.store_typed()
        if self.follow_up.text().strip():
            self.add_follow_up()

    def leave(self) -> None:
        """Back to preparation; the meeting stays open and its notes are saved."""
        self.store_entries()
        self.flush()
        self.clock.stop()
        self.active = False
        self._presenter.publish(PresenterContent(kind="blank"))
        self._session.announce(MEETINGS)  # the notes and clocks saved while typing (the value holds them)
        self.left.emit()

    def end_meeting(self) -> None:
        """Close the meeting (after confirming): notes saved, status held."""
        if not self.active or self._edits is None:
            return
        m = self.meeting()
        # Questions only: a free item ("Fika", "Välkommen") is not answered, and had been counted as open.
        open_items = sum(1 for a in m.agenda if a.kind != ItemKind.FREE
                         and a.status in (ItemStatus.OPEN, ItemStatus.PARKED))
        question = tr("End “{title}”?").format(title=m.title)
        if open_items:
            question += "\n" + tr("Questions still open or parked: {n}.").format(n=open_items)
        if not dialogs.ask_yes_no(self, tr("End meeting"), question):
            return
        self.store_entries()
        self.flush()
        uid = self.meeting_uid
        self._edits.end(uid, datetime.now())  # its length as held
        self.leave()
        self.ended.emit(uid)

    def hideEvent(self, event) -> None:
        self.store_entries()
        self.flush()  # switching views or closing the file must not lose the last keystrokes
        super().hideEvent(event)
