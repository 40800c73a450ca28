"""The runner's side panels: open actions from earlier meetings, decisions, and this meeting's actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workshop.charts.rich_text import tooltip
from workshop.domain.agenda import earlier_actions
from workshop.domain.errors import DomainError
from workshop.domain.meetings import ActionItem, Meeting
from workshop.ui.widgets.dates import DateField
from workshop.ui.widgets.i18n import describe, isolate, tr
from workshop.ui.widgets.common import key
from workshop.ui.meetings.edits import MeetingEdits
from workshop.domain.vocabulary import ActionStatus

UID = Qt.ItemDataRole.UserRole


def action_line(action: ActionItem) -> str:
    """An action item in one line: text — owner, due date."""
    extra = ", ".join(isolate(x) for x in (action.owner, action.due_date and tr("due {date}").format(date=action.due_date)) if x)
    return f"{isolate(action.text)} — {extra}" if extra else action.text


def _list(name: str, parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    # Lines as wide as the list: a word longer than the list breaks inside it rather than running off the
    # right behind a sideways scroll bar.
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setStyleSheet("QListWidget { font-size: 11pt; }")
    widget.setMinimumHeight(48)  # two lines at least; on a low screen (1366×768 at 125 %) the lists scroll
    return widget


class RunnerPanels(QWidget):
    """Earlier open actions (close them here), decisions and action items of the running meeting."""

    def __init__(self, edits_getter: Callable[[], MeetingEdits], report: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._edits = edits_getter
        self._report = report
        self.meeting_uid: str | None = None
        self._earlier: dict[str, ActionItem] = {}
        self.earlier = _list("earlierActions", self)
        self.earlier_box = QGroupBox(tr("Earlier open actions: {n}").format(n=0), self)
        self.earlier.setToolTip(tr("Space closes the selected action in this meeting (Alt+K comes here)"))
        self.decisions = _list("decisions", self)
        self.decision_text = QLineEdit(self)
        self.decision_text.setObjectName("decisionText")
        self.decision_text.setPlaceholderText(tr("A decision, then Enter (Alt+D)"))
        self.actions = _list("actionItems", self)
        self.action_text = QLineEdit(self)
        self.action_text.setObjectName("actionText")
        self.action_text.setPlaceholderText(tr("Action item (Alt+T)"))
        self.action_owner = QLineEdit(self)
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setPlaceholderText(tr("Owner"))
        self.action_due = DateField(self)
        self.action_due.setObjectName("actionDue")
        self._build()
        self.earlier.itemChanged.connect(self._earlier_toggled)
        self.decision_text.returnPressed.connect(self.add_decision)
        for field in (self.action_text, self.action_owner, self.action_due):
            field.returnPressed.connect(self.add_action)
        key(self.decisions, "Del", self.remove_decision)
        key(self.actions, "Del", self.remove_action)

    def _build(self) -> None:
        box = QVBoxLayout(self.earlier_box)
        box.addWidget(self.earlier)
        decisions = QGroupBox(tr("Decisions"), self)
        col = QVBoxLayout(decisions)
        col.addWidget(self.decisions)
        col.addWidget(self.decision_text)
        actions = QGroupBox(tr("Action items"), self)
        col = QVBoxLayout(actions)
        col.addWidget(self.actions)
        col.addWidget(self.action_text)
        row = QHBoxLayout()
        row.addWidget(self.action_owner, 3)
        row.addWidget(self.action_due, 2)
        col.addLayout(row)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.earlier_box, 2)
        layout.addWidget(decisions, 3)
        layout.addWidget(actions, 3)

    def show_meeting(self, meetings: tuple[Meeting, ...], meeting: Meeting) -> None:
        """Fill the panels from the stored meetings."""
        self.meeting_uid = meeting.uid
        listed = earlier_actions(meetings, meeting)
        self._earlier = {e.action.uid: e.action for e in listed}
        self.earlier.blockSignals(True)
        current = self.earlier.currentRow()
        self.earlier.clear()
        for e in listed:
            item = QListWidgetItem(f"{action_line(e.action)}\n({e.meeting.title})", self.earlier)
            item.setToolTip(tooltip(item.text()))  # whole, where a word longer than the list ends in "…"
            item.setData(UID, e.action.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if e.action.status == ActionStatus.CLOSED else Qt.CheckState.Unchecked)
        self.earlier.setCurrentRow(min(max(current, 0), self.earlier.count() - 1))
        self.earlier.blockSignals(False)
        # Nothing carried over from earlier meetings: no empty box; decisions and actions get its height.
        self.earlier_box.setVisible(bool(listed))
        # The keys go in the tooltip: in the title they made the panel too wide for a 1366 px screen at 125 %.
        self.earlier_box.setTitle(tr("Earlier open actions: {n}").format(
            n=sum(1 for e in listed if e.action.status == ActionStatus.OPEN)))
        self.earlier_box.setToolTip(tr("Alt+K goes to the list; Space closes the selected action."))
        self._fill(self.decisions, [(d.uid, d.text) for d in meeting.decisions])
        self._fill(self.actions, [(a.uid, action_line(a)) for a in meeting.action_items])
        # The height goes where the lines are: two earlier actions (four lines each at 1366 px) had their last
        # line cut while the empty decisions and actions lists kept 250 px between them.
        for index, lines in enumerate((3 * len(listed), len(meeting.decisions), len(meeting.action_items))):
            self._layout.setStretch(index, 2 + min(lines, 8))  # an earlier action is ~3 decisions' lines

    @staticmethod
    def _fill(widget: QListWidget, rows: list[tuple[str, str]]) -> None:
        """The rows, the current one kept; one just added (Enter, or an undone delete) becomes current, in view:
        the list shows two or three lines at 1366 px, and a fourth decision had been entered out of sight, the
        list still on the first (which Del then deleted)."""
        current = widget.currentRow()
        before = {widget.item(n).data(UID) for n in range(widget.count())}
        widget.clear()
        for uid, text in rows:
            item = QListWidgetItem(text, widget)
            item.setToolTip(tooltip(text))
            item.setData(UID, uid)
        added = [n for n, (uid, _text) in enumerate(rows) if uid not in before]
        if rows:
            widget.setCurrentRow(added[0] if len(added) == 1 else min(max(current, 0), len(rows) - 1))
            widget.scrollToItem(widget.currentItem())

    def _try(self, edit) -> bool:
        try:
            edit()
        except DomainError as exc:
            self._report(describe(exc))
            return False
        self._report("")
        return True

    def _earlier_toggled(self, item: QListWidgetItem) -> None:
        action = self._earlier.get(item.data(UID))
        if action is None or self.meeting_uid is None:
            return
        closed = item.checkState() == Qt.CheckState.Checked
        self._try(lambda: self._edits().set_action_closed(action, closed, self.meeting_uid))

    def store_typed(self) -> None:
        """A decision or action item typed and not entered with Enter is entered now (on leaving or ending
        the meeting, another view, closing): it had stayed in its field, lost, or entered later into another
        meeting. A refused one (a due date that is no date) keeps its fields, with the reason."""
        if self.decision_text.text().strip():
            self.add_decision()
        if self.action_text.text().strip():
            self.add_action()

    def add_decision(self) -> None:
        """Record the typed decision (refused when empty)."""
        text = self.decision_text.text()
        if self.meeting_uid and self._try(lambda: self._edits().add_decision(self.meeting_uid, text)):
            self.decision_text.clear()

    def remove_decision(self) -> None:
        """Delete the selected decision."""
        item = self.decisions.currentItem()
        if item is not None and self.meeting_uid:
            self._try(lambda: self._edits().remove_decision(self.meeting_uid, item.data(UID)))

    def add_action(self) -> None:
        """Record the typed action item with its owner and due date."""
        text, owner, due = self.action_text.text(), self.action_owner.text(), self.action_due.text()
        if self.meeting_uid and self._try(lambda: self._edits().add_action(self.meeting_uid, text, owner, due)):
            for field in (self.action_text, self.action_owner, self.action_due):
                field.clear()
            self.action_text.setFocus()

    def remove_action(self) -> None:
        """Delete the selected action item."""
        item = self.actions.currentItem()
        if item is not None and self.meeting_uid:
            self._try(lambda: self._edits().remove_action(self.meeting_uid, item.data(UID)))
