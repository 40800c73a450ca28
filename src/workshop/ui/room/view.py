"""The Room voting view: pick the round and the network, switch it on, show the QR code, watch votes arrive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QTableView, QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg
from workshop.domain.vocabulary import RoundKind
from workshop.room.round import Round, criteria_round, potential_round, preference_round
from workshop.ui.room.arrivals import (ARRIVED, ArrivalsModel, arrival_rows, headline, round_name, round_progress,
                                      still_to_vote)
from workshop.ui.room.bridge import RoomBridge
from workshop.ui.room.network import interfaces
from workshop.ui.room.qr import QrPanel
from workshop.ui.session.presenter_channel import (ALL_ALTERNATIVES, SEAL_POTENTIAL, SEAL_PREFERENCES, PresenterChannel,
                                                   PresenterContent)
from workshop.ui.session.session import ALTERNATIVES, MEETINGS, ORGANISATIONS, EngagementSession
from workshop.ui.widgets.common import MessageLabel, plain_label
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.lines_label import LinesDelegate, LinesLabel
from workshop.ui.widgets.measured import MeasuredColumns
from workshop.ui.widgets.common import COMBO_MAX
from workshop.ui.widgets.layout import PRESENTER_FONT
from workshop.ui.widgets.entry import tab_leaves



# A criteria round's votes are hidden until revealed on the presenter channel (here, or in Alternatives → Criteria
# voting); potential and preference rounds seal their charts while they run.
_SEALS = {RoundKind.POTENTIAL: SEAL_POTENTIAL, RoundKind.PREFERENCES: SEAL_PREFERENCES}


def _choice(kind: RoundKind, key: str) -> str:
    """A round in the list: its kind and its alternative's code or organisation's uid (combo data is a string)."""
    return f"{kind}\t{key}"


class RoomView(QWidget):
    """Switches a phone voting round on and off; the votes themselves show in the grids and charts."""

    def __init__(self, session: EngagementSession, presenter: PresenterChannel | None = None,
                 parent: QWidget | None = None, show_results: Callable[..., None] | None = None):
        super().__init__(parent)
        self._session, self._presenter = session, presenter
        self._show_results = show_results  # puts a round's results chart on the projector (the window's)
        self.bridge = RoomBridge(session, self)
        self.round_choice = QComboBox(self)
        self.round_choice.setObjectName("roomRound")
        self.round_choice.setMaximumWidth(COMBO_MAX)  # a long name widens it up to a limit, not the window
        self.network = QComboBox(self)
        self.network.setObjectName("roomNetwork")
        self.port = QSpinBox(self)
        self.port.setObjectName("roomPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(tr("any free port"))
        self.switch = QPushButton(self)
        self.switch.setObjectName("roomSwitch")
        self.switch.clicked.connect(self.toggle)
        self.project = QPushButton(tr("Show the QR code on the projector"), self)
        self.project.setObjectName("roomProject")
        self.project.clicked.connect(self.show_on_projector)
        self.reveal = QPushButton(tr("Reveal the results on the projector"), self)
        self.reveal.setObjectName("roomReveal")
        self.reveal.clicked.connect(self.reveal_round)
        if presenter is not None:
            presenter.sealed_changed.connect(self._show_reveal)
            presenter.votes_revealed_changed.connect(self._show_reveal)
        self.message = MessageLabel(self, name="roomMessage")
        form = QFormLayout()
        form.addRow(tr("Vote &on"), self.round_choice)
        form.addRow(tr("&Network"), self.network)
        form.addRow(tr("&Port"), self.port)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch)
        buttons.addWidget(self.project)
        buttons.addStretch(1)
        box = QGroupBox(tr("Room voting"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignLeft)
        self.help = plain_label(_help(None), box, wrap=True)  # while a round runs: how to change a vote
        self.help.setObjectName("roomHelp")
        box_layout.addWidget(self.help)
        box_layout.addWidget(self.message)
        box_layout.addStretch(1)
        self.qr_holder = QVBoxLayout()
        self.qr: QrPanel | None = None
        top = QHBoxLayout()
        top.addWidget(box, 1)
        top.addLayout(self.qr_holder, 1)
        self._stale, self._latest = False, ""
        self.headline = LinesLabel(2, self, "font-size: 16pt; font-weight: 600;")  # a long name is cut, whole in its tip
        self.headline.setObjectName("roomHeadline")
        self.waiting = LinesLabel(2, self)  # who has not voted yet; every name in its tooltip
        self.waiting.setObjectName("roomWaiting")
        self.arrivals = ArrivalsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("roomArrivals")
        self.table.setModel(self.arrivals)
        tab_leaves(self.table, typed_into=False)
        self.table.setWordWrap(True)
        # An item's wording on up to two lines, each row as high as its wording needs (measured when a round
        # begins, not at each vote): rows all two lines high had left criteria 6 and 7 below the fold at 1366.
        self.table.setItemDelegateForColumn(0, LinesDelegate(2, self.table))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.arrivals.modelReset.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(
            lambda column, *_: self.table.resizeRowsToContents() if column == 0 else None)  # wraps anew
        # The item's wording wraps in what the arrivals and organisations' columns (as wide as their
        # contents, measured as votes arrive, but no wider than ~12 wide letters: a phone may send a long name,
        # whole in the cell's tooltip) leave; rows keep two lines.
        self.table.measured = MeasuredColumns(self.table, lambda: range(1, self.arrivals.columnCount()), rows=False,
                                              most=self.fontMetrics().horizontalAdvance("M" * 12))
        # Until a round has run there is nothing to list: a line saying what will show here, not an empty table.
        self.idle = plain_label(tr(
            "Once room voting is on, this lists the round's items: how many organisations have voted on each, "
            "and each organisation's latest vote with who sent it."), self, "color: #555;")
        self.idle.setObjectName("roomIdle")
        self.idle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.waiting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.idle, 1, Qt.AlignmentFlag.AlignTop)
        self.headline.hide()
        self.waiting.hide()
        self.table.hide()
        self.bridge.started.connect(self._on_started)
        self.bridge.stopped.connect(self._on_stopped)
        self.bridge.arrived.connect(self._on_arrival)
        self.bridge.refused.connect(self.message.setText)
        session.changed.connect(self._on_change)
        self._fill_rounds()
        self.fill_networks()
        self._on_stopped()
        self._show_reveal()

    # --- choices -----------------------------------------------------------------
    def _fill_rounds(self) -> None:
        e = self._session.engagement
        keep = self.round_choice.currentData()
        self.round_choice.clear()
        for alt in e.alternatives:
            self.round_choice.addItem(tr("Criteria of alternative {code}").format(code=alt.code),
                                      _choice(RoundKind.CRITERIA, alt.code))
        for org in e.organisations:
            self.round_choice.addItem(tr("Potential of {org}").format(org=org.name), _choice(RoundKind.POTENTIAL, org.uid))
        self.round_choice.addItem(tr("Preferred alternative"), _choice(RoundKind.PREFERENCES, ""))
        index = self.round_choice.findData(keep)
        self.round_choice.setCurrentIndex(max(index, 0))

    def fill_networks(self) -> None:
        """List the interfaces that are up; the first is a real network when there is one."""
        self.network.clear()
        for iface in interfaces():
            label = tr("{address} (this computer only)") if iface.loopback else "{address} ({name})"
            self.network.addItem(label.format(address=iface.address, name=iface.name), iface.address)

    def choose_round(self, kind: RoundKind, key: str = "") -> None:
        """Select a round in the list (criteria: an alternative's code; potential: an organisation's uid)."""
        index = self.round_choice.findData(_choice(kind, key))
        if index < 0:
            raise KeyError(f"no round {kind} {key}")
        self.round_choice.setCurrentIndex(index)

    def choose_network(self, address: str) -> None:
        """Select the interface with this address."""
        self.network.setCurrentIndex(max(self.network.findData(address), 0))

    def _round(self) -> Round:
        kind, _, key = self.round_choice.currentData().partition("\t")
        e = self._session.engagement
        meeting = self._session.running_meeting_uid  # where typed scores and votes go too
        if kind == RoundKind.CRITERIA:
            return criteria_round(e, key, meeting)
        if kind == RoundKind.POTENTIAL:
            return potential_round(e, key, meeting)
        return preference_round(e, meeting)

    # --- on and off ----------------------------------------------------------------
    def toggle(self) -> None:
        """Switch the round on (with the chosen round and network) or off."""
        if self.bridge.running:
            self.bridge.stop()
            return
        self.start()

    def start(self) -> bool:
        """Start serving; a failure (port taken, no round) is said in the message line."""
        address = self.network.currentData()
        if self.round_choice.currentData() is None or not address:
            self.message.setText(tr("Choose a round and a network first."))
            return False
        try:
            self.bridge.start(self._round(), address, self.port.value())
        except (DomainError, OSError) as exc:
            self.message.setText(tr("Room voting could not start. {reason}").format(reason=describe(exc)))
            self._refresh()
            return False
        return True

    def _on_started(self, url: str) -> None:
        self.switch.setText(tr("Stop room voting"))
        for widget in (self.round_choice, self.network, self.port):
            widget.setEnabled(False)
        self.project.setEnabled(True)
        self.message.note(tr("Listening at {url}").format(url=url))
        self.help.setText(_help(self.bridge.round))
        # The code takes at most a third of the window's height, so the arrivals keep room on a laptop.
        side = max(160, min(300, self.window().height() // 3))
        self._set_qr(QrPanel(url, self._caption(), self, url_points=12, code_max=side))
        self._latest = ""
        room = self.bridge.round
        seal = _SEALS.get(room.kind, "") if room is not None else ""
        if self._presenter is not None and seal:
            self._presenter.set_sealed(seal, True)
        if self._presenter is not None and room is not None and room.kind == RoundKind.CRITERIA:
            # The room votes on it again: hidden until revealed, as a first round (a revealed one had shown
            # every phone's vote as it came, with no Reveal to press). Revealing all at once is undone too.
            self._presenter.reveal_votes(room.alternative_code, False)
            self._presenter.reveal_votes(ALL_ALTERNATIVES, False)
            self._presenter.set_round_progress(self._progress_of)
        if self._show_results is not None and room is not None:
            self._show_results(room.kind, _subject(room), False)  # the grid there follows the round
        self._show_reveal()
        self._refresh()

    def _progress_of(self, code: str) -> tuple[int, int] | None:
        """The votes given and asked for in the last criteria round here, when it was on this alternative."""
        room = self.bridge.round
        if room is None or room.kind != RoundKind.CRITERIA or room.alternative_code != code:
            return None
        return round_progress(room, self.bridge.senders, self.bridge.stored_value, self.bridge.before)

    def _hidden_votes(self) -> str:
        """The alternative whose criteria votes the last round here gathered and the room may not see yet."""
        room = self.bridge.round
        if self._presenter is None or room is None or room.kind != RoundKind.CRITERIA:
            return ""
        return "" if self._presenter.votes_revealed(room.alternative_code) else room.alternative_code

    def _show_reveal(self) -> None:
        """Reveal is there while any round's values are hidden on the projector (whatever round runs now: a
        potential round stopped unrevealed, then a criteria round, had kept its radar hidden with no button);
        a criteria round's votes are revealed here too, not only in Alternatives → Criteria voting."""
        self.reveal.setVisible(self._presenter is not None and (bool(self._presenter.sealed)
                                                                or bool(self._hidden_votes())))

    def reveal_round(self) -> None:
        """Let the room see what the rounds gathered: the potential and the preferences charts, and the criteria
        votes on the last criteria round's alternative (as its Reveal switch in Criteria voting does)."""
        if self._presenter is None:
            return
        code = self._hidden_votes()
        if self._presenter.sealed or code:
            self._presenter.unseal_all()
            if code:
                self._presenter.reveal_votes(code)
            shown, room = self._presenter.current, self.bridge.round  # the round that ran, whatever is chosen now
            if self._show_results is not None and room is not None and (
                    shown.kind == "blank" or shown.title == self._projector_title() or self._still_hidden(shown)):
                # The projector still showed the code (or nothing), or votes this reveal does not reveal (another
                # alternative's, chosen in Criteria voting): the round's results go up in its place. It had said
                # "the projector shows the round's results" over the QR code, and over "Votes are hidden".
                self._show_results(room.kind, code or _subject(room))
            now = self._presenter.current
            if now is shown and (now.kind != "chart" or self._still_hidden(now)):
                # A slide the facilitator put up stays (a question of the meeting): said so, not "the results".
                self.message.note(tr("Revealed. The projector still shows “{title}”.").format(
                    title=now.title or now.body))
            else:
                self.message.note(tr("Revealed: the projector shows the round's results."))

    def _still_hidden(self, content: PresenterContent) -> bool:
        """Whether the projector shows "Votes are hidden" for this content: values still sealed, or a chart
        whose gate is still closed (asked of the chart itself, built for the question and thrown away)."""
        if self._presenter is None or content.kind != "chart" or content.chart_factory is None:
            return False
        if self._presenter.hides(content):
            return True
        chart = content.chart_factory()
        try:
            hides = getattr(chart, "hides_votes", None)
            return bool(callable(hides) and hides())
        finally:
            chart.deleteLater()

    def _on_stopped(self, why: str = "") -> None:
        self.switch.setText(tr("Start room voting"))
        self.help.setText(_help(None))
        for widget in (self.round_choice, self.network, self.port):
            widget.setEnabled(True)
        self.project.setEnabled(False)
        self._set_qr(None)
        if why:  # stopped by itself: said in red, to be seen
            self.message.setText(why)
        elif self.bridge.round is not None:
            self.message.note(tr("Room voting is off; nothing listens."))
        if self.bridge.round is not None:
            self._refresh()  # the last votes, which the window had not yet caught up with
        if self._presenter is not None and self._presenter.current.title == self._projector_title():
            self._presenter.publish(PresenterContent(kind="blank"))

    def _set_qr(self, panel: QrPanel | None) -> None:
        if self.qr is not None:
            self.qr_holder.removeWidget(self.qr)
            self.qr.hide()  # now: until it is deleted, the next round's address was drawn over it
            self.qr.deleteLater()
        self.qr = panel
        if panel is not None:
            self.qr_holder.addWidget(panel)

    def _caption(self, translate=tr) -> str:
        """"Scan to vote: S: Gemensam …" in the interface's language, or (translate) the projector's."""
        room = self.bridge.round
        return translate(msg("Scan to vote: {round}")).format(round=round_name(room, translate) if room else "")

    def _projector_title(self) -> str:
        title = msg("Vote on your phone")  # lupdate reads `x.translate("…")` as Qt's context form: not spelled so
        return self._presenter.translate(title) if self._presenter is not None else ""

    def show_on_projector(self) -> None:
        """Put the QR code and the address on the projector (the round's results stay hidden until revealed)."""
        if self._presenter is None or not self.bridge.running:
            return
        url, caption = self.bridge.url, self._caption(self._presenter.translate)  # the room's language
        presenter = self._presenter
        # What the room votes on, as large as a chart's labels for the screen (at half the address's 28 pt it
        # was ~19 px on a 1080-line projector, too small to read from the back).
        def panel() -> QrPanel:
            return QrPanel(url, caption, caption_points=presenter.chart_points(PRESENTER_FONT))

        self._presenter.publish(PresenterContent(kind="chart", title=self._projector_title(), chart_factory=panel))

    # --- arrivals ------------------------------------------------------------------
    def _on_arrival(self, ballot) -> None:
        room = self.bridge.round
        if room is None:
            return
        # The headline speaks of the item voted on last, counted anew each time: with the session's next change,
        # which a busy room's votes reach at the window's pace (see EngagementSession.held).
        self._latest = ballot.item_id

    def _on_change(self, part: str) -> None:
        if part in (ALTERNATIVES, ORGANISATIONS) and not self.bridge.running:
            self._fill_rounds()
        if part == MEETINGS or self.bridge.round is not None:  # (a stopped round's last votes come paced)
            self._refresh()

    def _refresh(self) -> None:
        """Show the arrivals; while the view is hidden (the facilitator shows the grid), when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        room = self.bridge.round
        for widget in (self.headline, self.waiting, self.table):
            widget.setVisible(room is not None)
        self.idle.setVisible(room is None)
        if room is None:
            self.arrivals.set_rows([], [])
            return
        rows = arrival_rows(room, self.bridge.senders, self.bridge.stored_value, self.bridge.before,
                            self.bridge.stored_potential)
        self.arrivals.set_rows([o.short_code or o.name for o in room.organisations], rows)
        # One organisation scores a potential round: "Arrived 1 of 1" beside its own column said nothing more.
        self.table.setColumnHidden(ARRIVED, room.kind == RoundKind.POTENTIAL)
        latest = next((row for item, row in zip(room.items, rows) if item.id == self._latest), rows[0] if rows else None)
        self.headline.setText(headline(room, rows, latest))
        self.waiting.setText(still_to_vote(room, rows))
        self.waiting.setVisible(bool(self.waiting.text()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def closeEvent(self, event) -> None:
        self.bridge.stop()
        super().closeEvent(event)


def _help(room: Round | None) -> str:
    """What the facilitator needs to know next: before a round, how the room votes; during one, where a vote is
    typed over (the window had not said, only that votes are stored like typed ones)."""
    if room is None:
        return tr("Participants open the address (or scan the code) on a phone on the same network, pick their "
                  "organisation and tap their votes. Votes are stored like typed ones and stay hidden on the "
                  "projector until you reveal the round here (a criteria round also in Alternatives & Criteria → "
                  "Criteria voting).")
    if room.kind == RoundKind.POTENTIAL:
        return tr("The phones' scores are stored like typed ones and stay hidden on the projector until you reveal "
                  "them here. To change a score, type over it in Potential; the table below then says typed.")
    if room.kind == RoundKind.PREFERENCES:
        return tr("The phones' choices are stored like typed ones and stay hidden on the projector until you reveal "
                  "them here. To change one, pick another in Alternatives & Criteria → Preferences; the table below "
                  "then says typed.")
    return tr("The phones' votes are stored like typed ones and stay hidden on the projector until you reveal them "
              "here or in Alternatives & Criteria → Criteria voting. To change a vote, type over it there; the table "
              "below then says typed.")


def _subject(room) -> str:
    """What a round is about, as the window's views choose it: its alternative, or the organisation scoring."""
    return {RoundKind.CRITERIA: room.alternative_code,
            RoundKind.POTENTIAL: room.organisations[0].uid if room.organisations else ""}.get(room.kind, "")
