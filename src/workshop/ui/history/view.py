"""The Organisations over time view."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from workshop.domain.gaps import POTENTIAL_GAP_WORDS, gap_label
from workshop.domain.history import changes_since_previous, meetings_of, previous_meeting, values_as_of
from workshop.domain.numbers import change
from workshop.domain.summary import area_medians, median_name, median_shown, potential_scorers
from workshop.ui.history.radar import OrganisationRadar
from workshop.ui.session.commands import REFUSALS, push
from workshop.ui.session.scope_edits import SetGivenIn
from workshop.ui.session.session import (
    AGREED, HISTORY, MEETINGS, ORGANISATIONS, POTENTIALS, PREFERENCES, VOTES, EngagementSession,
)
from workshop.ui.widgets.common import MessageLabel, plain_label, rows_to_pick
from workshop.ui.widgets.live_chart import NO_AREAS, NO_ORGANISATIONS, NO_SCORES, first_missing
from workshop.ui.widgets.when_shown import RefreshWhenShown
from workshop.ui.widgets.i18n import describe, joined, tr
from workshop.charts.rich_text import short_label, tooltip as literal_tooltip
from workshop.ui.widgets.common import COMBO_MAX
from workshop.ui.widgets.lines_label import LinesLabel
from workshop.ui.widgets.accessible import as_typed, labelled


TITLE_MAX = 80  # letters of a meeting's title in the line naming what the changes are compared with
UNDATED_MAX = 24  # letters of an undated meeting's title where a meeting is named by its date


def _table(parent: QWidget, name: str, headers: list[str], stretch: int = -1) -> QTableWidget:
    """A table whose column `stretch` (a text: a meeting's title, a rationale) takes the room the others
    leave and is shortened with "…"; the others fit their contents (a 200-letter title once pushed the
    numbers beside it out of sight)."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    rows_to_pick(table)
    table.verticalHeader().hide()
    stretch %= len(headers)
    for i in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if i == stretch else QHeaderView.ResizeMode.ResizeToContents
        table.horizontalHeader().setSectionResizeMode(i, mode)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], tips: list[dict[int, str]] | None = None) -> None:
    """The rows' texts, each cell's tooltip its text whole, or the row's `tips` for that column."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(literal_tooltip(tips[r].get(c, text) if tips else text))
            table.setItem(r, c, item)


def _meeting_date(meeting) -> str:
    """A meeting named in a narrow place by its date, as the list of the organisation's meetings begins
    ("2024-08-23"); one without a date by its title, shortened."""
    return meeting.starts_at[:10] or short_label(meeting.title, UNDATED_MAX)


def _meeting_named(meeting) -> str:
    """A meeting named whole: its date and title, as the list of meetings to choose from names it."""
    return joined(" ", (meeting.starts_at[:10], meeting.title)).strip()


class HistoryView(RefreshWhenShown, QWidget):
    """One organisation followed across its meetings."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._meeting_shown: str | None = None  # the meeting whose changes are shown (kept across refreshes)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("historyOrganisation")
        self.organisation.setMaximumWidth(COMBO_MAX)  # a long name widens it up to a limit, not the window
        self.meetings = _table(self, "historyMeetings", [tr("Date"), tr("Meeting"), tr("Potential scores"), tr("Votes")],
                               stretch=1)
        self.radar = OrganisationRadar(self)
        self.compared = LinesLabel(2, self)  # a long meeting title: the rest is in the tooltip
        self.compared.setObjectName("historyCompared")
        self.changes = _table(self, "historyChanges", [tr("Kind"), tr("Area / criterion"), tr("Before"), tr("After"),
                                                       tr("Change"), tr("Rationale")])
        self.compared.setBuddy(self.changes)  # it names the table for a screen reader; typed text in it: as_typed
        # The meeting by its date, whole, the date and title in its tooltip: a title cut to "Arbetsmöt…" or
        # "Gemensa…" in the room beside the radar named no meeting (at 1366 px, in Swedish).
        self.given = _table(self, "givenIn", [tr("Score or vote"), tr("Value"), tr("Given in")], stretch=0)
        self.given_meeting = QComboBox(self)
        self.given_meeting.setObjectName("givenInMeeting")
        self.set_given = QPushButton(tr("Set meeting"), self)
        self.set_given.setObjectName("setGivenIn")
        self.set_given.clicked.connect(self.move_to_meeting)
        self.message = MessageLabel(self)
        # Said alone in place of the lists and the radar while there is nothing to follow (no organisation, or
        # one with no meeting, score or vote): three empty tables had stood around the sentence.
        self.note = plain_label("", self, "font-size: 13pt; color: #5A6B7B;", wrap=True)
        self.note.setObjectName("historyNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self._given_rows: list[tuple] = []
        self._build()
        self.organisation.currentIndexChanged.connect(lambda _i: self.show_organisation())
        self.meetings.currentCellChanged.connect(lambda *_: self.show_meeting())
        self.given.currentCellChanged.connect(lambda row, *_: self._choose_given(row))
        session.changed.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(plain_label(tr("Organisations over time"), self, "font-size: 16pt; font-weight: bold;"), 1)
        top.addWidget(labelled(tr("&Organisation:"), self.organisation, self))
        top.addWidget(self.organisation)
        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(plain_label(tr("Its meetings (choose one to see what changed in it):"), left))
        lcol.addWidget(self.meetings, 1)
        lcol.addWidget(self.compared)
        lcol.addWidget(self.changes, 2)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.radar, 3)
        rcol.addWidget(plain_label(tr("Which meeting each of its numbers was given in:"), right))
        rcol.addWidget(self.given, 2)
        row = QHBoxLayout()
        row.addWidget(self.given_meeting, 1)
        row.addWidget(self.set_given)
        rcol.addLayout(row)
        rcol.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.pages.addWidget(self.note)
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    def _say_alone(self, text: str) -> None:
        """The note alone in place of the lists and the radar; "" shows them."""
        self.note.setText(text)
        self.pages.setCurrentIndex(0 if text else 1)

    def note_text(self) -> str:
        """The sentence shown alone in place of the view's lists, or "" when they are shown."""
        return self.note.text() if self.pages.currentIndex() == 0 else ""

    # --- reading ----------------------------------------------------------------
    def current_organisation(self):
        """The organisation shown, or None."""
        uid = self.organisation.currentData()
        return next((o for o in self._session.engagement.organisations if o.uid == uid), None)

    def _meetings(self):
        org, e = self.current_organisation(), self._session.engagement
        return meetings_of(org.uid, e.meetings, e.potential_history, e.vote_history) if org else []

    def current_meeting(self):
        """The meeting chosen in the list, or None."""
        meetings, row = self._meetings(), self.meetings.currentRow()
        return meetings[row] if 0 <= row < len(meetings) else None

    def refresh(self) -> None:
        """Show the organisations and the chosen one's meetings afresh."""
        self._stale = False
        e = self._session.engagement
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for o in e.organisations:
            self.organisation.addItem(o.name, o.uid)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(current)))
        self.organisation.blockSignals(False)
        self.show_organisation()

    def show_organisation(self) -> None:
        """The organisation's meetings (the last one with scores chosen), radar and numbers."""
        e, org = self._session.engagement, self.current_organisation()
        shown = self._meeting_shown  # kept by itself, not by its row (a meeting added above had moved it)
        meetings = self._meetings()
        rows = []
        for m in meetings:
            pots = sum(1 for r in e.potential_history if r.meeting_uid == m.uid and org and r.organisation_uid == org.uid)
            votes = sum(1 for r in e.vote_history if r.meeting_uid == m.uid and org and r.organisation_uid == org.uid)
            rows.append([m.starts_at[:10], m.title, str(pots), str(votes)])
        keep = next((i for i, m in enumerate(meetings) if m.uid == shown), -1)
        self.meetings.blockSignals(True)
        _fill(self.meetings, rows)
        scored = [i for i, r in enumerate(rows) if r[2] != "0" or r[3] != "0"]
        row = keep if 0 <= keep < len(rows) else (scored[-1] if scored else len(rows) - 1)
        if row >= 0:
            self.meetings.setCurrentCell(row, 0)
        self.meetings.blockSignals(False)
        self.given_meeting.clear()
        self.given_meeting.addItem(tr("(no meeting)"), None)
        for m in e.meetings:
            self.given_meeting.addItem(_meeting_named(m), m.uid)
        given = self.given.currentRow()
        self._show_given()
        if 0 <= given < self.given.rowCount():  # the number chosen stays chosen, its meeting beside it: the
            self.given.setCurrentCell(given, 0)  # box had said "(no meeting)", and a second Set took it out
            self._choose_given(given)
        self.show_meeting()

    def show_meeting(self) -> None:
        """The radar as of the chosen meeting against today's median, and what changed in that meeting."""
        e, org, m = self._session.engagement, self.current_organisation(), self.current_meeting()
        self._meeting_shown = m.uid if m is not None else None
        medians = area_medians(e.organisations, e.areas, e.potentials)
        # What the radar lacks, said as the other charts say it (it had said "needs three areas" with nine).
        missing = first_missing((e.areas, NO_AREAS), (e.organisations, NO_ORGANISATIONS),
                                (any(p.value is not None for p in e.potentials), NO_SCORES), (org, NO_ORGANISATIONS))
        if missing:
            self.radar.set_data([a.code for a in e.areas], [], missing=tr(missing))
        if org is None:  # a new engagement: what this view will show (it had said nothing)
            _fill(self.changes, [])
            self.compared.clear()
            self._say_alone(tr("No organisation yet: each one taking part is followed here, meeting by "
                               "meeting, once it has given scores or votes."))
            return
        if m is None and not self._given_rows:  # nothing given yet, in a meeting or outside one
            _fill(self.changes, [])
            self.compared.clear()
            self._say_alone(tr("{org} has no meetings, scores or votes yet: it is followed here, meeting by "
                               "meeting, once it has given some.").format(org=org.name))
            return
        self._say_alone("")
        scorers = potential_scorers(e.organisations, e.potentials)
        median = tr(median_name(scorers, len(e.organisations))).format(n=scorers)
        if m is None:
            values = {p.area_code: p.value for p in e.potentials if p.organisation_uid == org.uid}
            label = whole = org.name
        else:
            values = values_as_of(org.uid, m.uid, e.meetings, e.potential_history)
            # The legend names the meeting by its date, as the list beside it does: "Gislaved after
            # Gemensamt arbetsmöt…" was cut at 1366 px; the tooltip names it whole.
            if m.starts_at:
                whole = tr("{org} after {meeting} ({date})").format(org=org.name, meeting=m.title,
                                                                     date=m.starts_at[:10])
                label = tr("{org} after the meeting of {date}").format(org=org.name, date=m.starts_at[:10])
            else:
                label = whole = tr("{org} after {meeting}").format(org=org.name, meeting=m.title)
        if not missing:
            drawn = [values.get(a.code) for a in e.areas]
            # Its gaps are no corners at the centre: the legend says why they are there.
            words = (tr(POTENTIAL_GAP_WORDS[0]), tr(POTENTIAL_GAP_WORDS[1]))
            label, whole = gap_label(label, drawn, words), gap_label(whole, drawn, words)
            # Against the median from two organisations' scores on (one's median is its own line).
            shown = median_shown(scorers)
            self.radar.set_data([a.code for a in e.areas],
                                [(label, drawn, False), *([(median, list(medians), True)] if shown else [])],
                                details=f"{whole}\n{median}" if shown else whole)
        if m is None:
            _fill(self.changes, [])
            self.compared.setText(tr("No meeting yet."))
            return
        before = previous_meeting(org.uid, m.uid, e.meetings, e.potential_history, e.vote_history)
        changes = changes_since_previous(org.uid, m.uid, e.meetings, e.potential_history, e.vote_history,
                                         [a.code for a in e.areas])
        if before is None:
            self.compared.setText(tr("{org} gave no scores before this meeting: nothing to compare with.").format(
                org=as_typed(org.name)))
        else:
            # The title shortened, not the sentence: the date and colon after it stay (whole in the list above)
            self.compared.setText(tr("Changes since {meeting} ({date}):").format(
                meeting=as_typed(short_label(before.title, TITLE_MAX)), date=before.starts_at[:10]))
        kinds = {"potential": tr("Potential"), "vote": tr("Vote")}
        _fill(self.changes, [[kinds[c.kind], joined(" / ", c.parts), "–" if c.before is None else str(c.before),
                              "–" if c.after is None else str(c.after),
                              tr("new") if c.before is None else change(c.delta),
                              c.rationale] for c in changes])

    def _show_given(self) -> None:
        e, org = self._session.engagement, self.current_organisation()
        meetings = {m.uid: m for m in e.meetings}
        self._given_rows = []
        rows = []
        if org is not None:
            for p in e.potentials:
                if p.organisation_uid == org.uid:
                    self._given_rows.append(("potential", [p.organisation_uid, p.area_code], p.meeting_uid))
                    rows.append([tr("Potential {area}").format(area=p.area_code), "–" if p.value is None else str(p.value),
                                 p.meeting_uid])
            for v in e.votes:
                if v.organisation_uid == org.uid:
                    self._given_rows.append(("vote", [v.organisation_uid, v.alternative_code, v.criterion_number],
                                             v.meeting_uid))
                    rows.append([tr("Vote {alt} / {n}").format(alt=v.alternative_code, n=v.criterion_number),
                                 str(v.value), v.meeting_uid])
            for p in e.preferences:
                if p.organisation_uid == org.uid:
                    self._given_rows.append(("preference", [p.organisation_uid], p.meeting_uid))
                    rows.append([tr("Preference"), p.alternative_code, p.meeting_uid])
        given_in = [meetings.get(row[2]) for row in rows]
        _fill(self.given, [[*row[:2], _meeting_date(m) if m else "–"] for row, m in zip(rows, given_in)],
              [{2: _meeting_named(m)} if m else {} for m in given_in])

    def _choose_given(self, row: int) -> None:
        if 0 <= row < len(self._given_rows):
            self.given_meeting.setCurrentIndex(max(0, self.given_meeting.findData(self._given_rows[row][2]))
                                               if self._given_rows[row][2] else 0)

    # --- editing ------------------------------------------------------------------
    def move_to_meeting(self) -> bool:
        """Say that the chosen number was given in the meeting chosen beside it (one undoable edit)."""
        row = self.given.currentRow()
        if not 0 <= row < len(self._given_rows):
            self.message.setText(tr("Choose a number first."))
            return False
        kind, key, old = self._given_rows[row]
        new = self.given_meeting.currentData()
        if new == old:
            return True
        try:
            what = self.given.item(row, 0).text() if self.given.item(row, 0) else ""
            push(self._session.undo_stack, SetGivenIn(self._session, kind, key, old, new,  # "Set meeting of Potential A"
                                                      tr("Set the meeting of {what}").format(what=what)))
        except REFUSALS as exc:
            self.message.setText(describe(exc))
            return False
        self.message.clear()
        return True

    def _on_changed(self, part: str) -> None:
        if part in (HISTORY, MEETINGS, ORGANISATIONS, POTENTIALS, VOTES, AGREED, PREFERENCES):
            self.refresh_when_shown()
