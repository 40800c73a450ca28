"""Which meeting is running, in the window's status bar, whenever its runner is not in front.

Leaving the runner keeps the meeting running, so scores, votes and preferences entered anywhere name it and
its minutes list them (README, "One meeting runs at a time"). Nothing on the Potential or Alternatives
screens said so: numbers for organisations that were not in the meeting went into its minutes unseen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QWidget

from workshop.domain.vocabulary import MeetingStatus
from workshop.ui.session.session import MEETINGS, EngagementSession
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.lines_label import LinesLabel

NOTICE_LETTERS = 40  # the note asks for this much of the bar (a longer meeting title ends in "…"), leaving
# the rest to passing messages: at 90 they were cut mid-word at 1366 px
NOTICE_STYLE = "#runningMeetingNotice { background: #FFF4D6; border-radius: 3px; }"


class RunningMeetingNotice(QObject):
    """A permanent status-bar note naming the running meeting, with a button back to its runner; hidden
    while no meeting runs or while the runner is the view in front."""

    def __init__(self, window: QMainWindow, files):
        super().__init__(window)
        self.window = window
        self.box = QWidget(window)
        self.box.setObjectName("runningMeetingNotice")
        self.box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.box.setStyleSheet(NOTICE_STYLE)
        self.label = LinesLabel(1, self.box, "color: #5C3B00;", hint_letters=NOTICE_LETTERS)
        self.label.setObjectName("runningMeetingText")
        self.label.setMaximumWidth(self.label.fontMetrics().averageCharWidth() * NOTICE_LETTERS)
        self.back = QPushButton(tr("Back to the meeting"), self.box)
        self.back.setObjectName("backToRunningMeeting")
        self.back.clicked.connect(self.back_to_meeting)
        # About a line of the bar high: a full-height button made the bar, and the window's least height,
        # 8 px taller (over 614 px at 1366×768 and 125 %).
        self.back.setStyleSheet("QPushButton { padding: 0px 8px; }")
        self.back.setFixedHeight(self.back.fontMetrics().height() + 2)
        row = QHBoxLayout(self.box)
        row.setContentsMargins(6, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.back)
        # No wider than its letters and button: the status bar had given it the room of passing messages.
        self.box.setMaximumWidth(self.label.maximumWidth() + self.back.sizeHint().width() + 6 + 2 * row.spacing())
        self._in_bar = False  # the bar counts a hidden widget's height too: the note is in it only when shown
        window.stack.currentChanged.connect(lambda _index: self.refresh())
        self._watched: set[int] = set()
        self._session: EngagementSession | None = None
        files.opened.connect(self.session_opened)
        self.session_opened(window.session)

    def session_opened(self, session: EngagementSession | None) -> None:
        self._session = session
        self._watched.clear()
        if session is not None:
            session.changed.connect(lambda part: part == MEETINGS and self.refresh())
        self.refresh()

    def running(self):
        """The meeting running now, or None."""
        if self._session is None:
            return None
        return next((m for m in self._session.engagement.meetings if m.status == MeetingStatus.RUNNING), None)

    def _meetings_view(self):
        view = self.window.views.get("meetings")  # built only once shown: never built here
        if view is not None and id(view) not in self._watched:
            self._watched.add(id(view))
            view.pages.currentChanged.connect(lambda _index: self.refresh())
        return view

    def refresh(self) -> None:
        meeting = self.running()
        view = self._meetings_view()
        in_runner = (view is not None and self.window.stack.currentWidget() is view
                     and view.pages.currentWidget() is view.runner)
        shown = meeting is not None and not in_runner
        bar = self.window.statusBar()
        if shown and not self._in_bar:
            bar.addPermanentWidget(self.box)  # on the right: passing messages keep the left
        elif not shown and self._in_bar:
            bar.removeWidget(self.box)
        self._in_bar = shown
        self.box.setVisible(shown)
        if meeting is not None:
            # One line, cut with "…" where the bar is short (the whole in its tooltip).
            self.label.setText(tr("Running: {title} — scores and votes go to its minutes.")
                               .format(title=meeting.title))

    def back_to_meeting(self) -> None:
        """Show the running meeting's runner where the facilitator left it."""
        meeting = self.running()
        if meeting is None:
            return
        self.window.show_view("meetings")
        self.window.views["meetings"].resume(meeting.uid)
