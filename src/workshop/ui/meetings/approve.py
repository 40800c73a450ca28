"""Approving (justering) a meeting's minutes from the Meetings view: who approves, and on which day.

Once approved, the minutes are frozen: later changes to the meeting's notes, decisions and action items
are kept by the file as dated addenda printed after the approved text, and any other change (its title,
attendees, agenda, numbers) is printed after them too (domain.amendments). Undo takes the approval back
(only once every later edit was undone, as the undo stack guarantees).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from workshop.domain.amendments import amendments
from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.meetings import Meeting
from workshop.domain.records import approval
from workshop.domain.vocabulary import MeetingStatus
from workshop.ui.meetings.commands import ApproveMinutes
from workshop.ui.session.commands import push
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.dates import DateField
from workshop.ui.widgets.common import ERROR_STYLE
from workshop.ui.widgets.i18n import describe, joined, tr
from workshop.ui.widgets.lines_label import LinesLabel


def ask_approval(parent: QWidget, engagement: Engagement, meeting: Meeting, suggested: str
                 ) -> tuple[list[str], str] | None:
    """Approvers (one or more names, separated by commas) and the date, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Approve minutes"))
    dialog.setMinimumWidth(460)
    form = QFormLayout(dialog)
    # Which meeting's minutes (the dialog had not said): its title as typed, on at most two lines.
    which = LinesLabel(2, dialog, "font-weight: 600;")
    which.setObjectName("approvedMeeting")
    which.setText(tr("Minutes of “{title}” ({date})").format(title=meeting.title, date=meeting.starts_at[:10] or "–"))
    form.addRow(which)
    intro = QLabel(tr("Approved minutes are frozen: later changes are printed after them, as addenda."), dialog)
    intro.setWordWrap(True)
    form.addRow(intro)
    names = QLineEdit(suggested, dialog)
    names.setObjectName("approvers")
    names.setPlaceholderText(tr("Names, separated by commas"))
    when = DateField(dialog)
    when.setText(date.today().isoformat())
    when.setObjectName("approvedOn")
    form.addRow(tr("Approved &by"), names)
    form.addRow(tr("&Date"), when)
    refusal = QLabel(dialog)
    refusal.setObjectName("approvalRefused")
    refusal.setWordWrap(True)
    refusal.setTextFormat(Qt.TextFormat.PlainText)
    refusal.setStyleSheet(ERROR_STYLE)
    refusal.hide()
    form.addRow(refusal)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)

    def check() -> None:
        """Refused here, the dialog stays open with what was typed (it had closed, the names lost, and the
        refusal was said in the list behind it)."""
        try:
            approval(engagement, meeting, names.text().split(","), when.text(), date.today())
        except DomainError as exc:
            refusal.setText(describe(exc))
            refusal.show()
            # As high as the wrapped lines need at its width: it had kept its height, the refusal and the
            # explanation drawn over each other and the fields squeezed.
            _fit_height(dialog)
            return
        dialog.accept()

    buttons.accepted.connect(check)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    # Opened as high as its wrapped lines need, too, once shown (the title's bold font applies then): Qt sized
    # it for one line of the meeting's title, and a title of two lines was drawn over the explanation.
    QTimer.singleShot(0, dialog, lambda: _fit_height(dialog))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [n for n in names.text().split(",")], when.text()


def _fit_height(dialog: QDialog) -> None:
    """The dialog as high as its wrapped labels need at its width (Qt's own size leaves them one line)."""
    dialog.layout().activate()
    dialog.resize(dialog.width(), max(dialog.height(), dialog.heightForWidth(dialog.width())))


def approve_minutes(session: EngagementSession, meeting_uid: str, approvers: list[str], on: str) -> None:
    """Record the approval as one undoable edit; a refusal (no name, a future date…) raises DomainError."""
    meeting = next(m for m in session.engagement.meetings if m.uid == meeting_uid)
    done = approval(session.engagement, meeting, approvers, on, date.today())
    push(session.undo_stack, ApproveMinutes(session, meeting, done))


def approval_text(engagement: Engagement, meeting: Meeting) -> str:
    """How the Meetings view states a meeting's minutes: none yet (planned), draft, or approved on a date by
    whom, with the changes since printed after them (dated addenda and the others, as the minutes count them)."""
    if meeting.approval is None:
        return "" if meeting.status == MeetingStatus.PLANNED else tr("Minutes: draft")
    text = tr("Minutes approved {date} by {names}").format(date=meeting.approval.approved_on,
                                                           names=joined(", ", meeting.approval.approvers))
    since = len(meeting.addenda) + len(amendments(engagement, meeting))
    if since:
        text += " " + (tr("(1 addendum since)") if since == 1 else tr("({n} addenda since)").format(n=since))
    return text
