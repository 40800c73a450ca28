"""The bridge between the room server's thread and the GUI thread.

The server (workshop.room, no Qt) runs in a thread with its own event loop.
Each checked vote crosses to the GUI thread in a queue the two threads share
(a queued signal wakes the GUI thread when the queue was empty), with a future;
there it becomes an ordinary edit through the session
(same validation, one undo command, the running meeting's link, one
transaction), and the future tells the phone it was saved, or why not.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workshop.domain.errors import DomainError
from workshop.domain.messages import words
from workshop.domain.vocabulary import MeetingStatus, RoundKind
from workshop.room.records import cell_of, record_of, value_of
from workshop.room.round import Ballot, Round, check_as_now, out_of_step, scored_as_now
from workshop.room.runner import RoomThread, check_listen
from workshop.room.server import RoomServer, Standing, VoteRefused
from workshop.storage import StorageError
from workshop.ui.room.arrivals import as_sent, latest_sender
from workshop.ui.session.edits import SetPotential, SetPreference, SetVote
from workshop.ui.session.session import MEETINGS, POTENTIALS, PREFERENCES, VOTES, EngagementSession
from workshop.ui.widgets.i18n import describe, tr

PARTS = {RoundKind.CRITERIA: VOTES, RoundKind.POTENTIAL: POTENTIALS, RoundKind.PREFERENCES: PREFERENCES}
SAVE_TIMEOUT = 15.0  # seconds a phone waits for the GUI thread before it is told to try again


@dataclass(frozen=True)
class _Ticket:
    """A phone's vote on its way to the GUI thread: `taken` is set running there before it is saved (a phone
    that stopped waiting cancels it first, and it is not saved); `answer` is the server loop's future the
    phone's request waits on, settled in that loop."""

    ballot: Ballot
    taken: concurrent.futures.Future
    loop: asyncio.AbstractEventLoop
    answer: asyncio.Future


def _answer(settled: list[tuple[_Ticket, Exception | None]]) -> None:
    """In the server's loop: tell each waiting request its vote was saved, or why not."""
    for ticket, error in settled:
        if ticket.answer.done():  # timed out meanwhile
            continue
        if error is None:
            ticket.answer.set_result(None)
        else:
            ticket.answer.set_exception(error)


def _hand_back(answers: list[tuple[_Ticket, Exception | None]]) -> None:
    """Settle the phones' requests in their server loops, one hand-over per loop."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[_Ticket, Exception | None]]] = {}
    for ticket, error in answers:
        by_loop.setdefault(ticket.loop, []).append((ticket, error))
    for loop, settled in by_loop.items():
        try:
            loop.call_soon_threadsafe(_answer, settled)
        except RuntimeError:  # the round stopped meanwhile: its loop is closed, nobody is waiting
            pass


@dataclass(frozen=True)
class Sender:
    """Who sent an organisation's phone vote on an item, and what it was."""

    participant: int
    name: str
    value: int | str | dict[str, int]

    def label(self) -> str:
        """The participant's name, or their number in order of arrival."""
        return self.name or tr("participant {n}").format(n=self.participant)


class RoomBridge(QObject):
    """Serves one round at a time; phone votes arrive as edits of the session."""

    started = Signal(str)  # the URL
    stopped = Signal(str)  # why, when the round stopped by itself (it no longer matches the engagement); else ""
    arrived = Signal(object)  # the Ballot just saved
    refused = Signal(str)  # why a phone's vote could not be saved (the file's problem, for the facilitator)
    _incoming = Signal()  # from the server's thread: votes wait in the queue, which was empty

    def __init__(self, session: EngagementSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self.round: Round | None = None
        self.url = ""
        # (organisation uid, item id) -> its phone votes in arrival order: an undo that brings back an earlier
        # phone vote shows who sent that one, not "typed"
        self.senders: dict[tuple[str, str], list[Sender]] = {}
        self.before: dict[tuple[str, str], object] = {}  # (organisation uid, item id) -> value when the round began
        self._thread: RoomThread | None = None
        self._server: RoomServer | None = None
        self._pending: list[_Ticket] = []  # the votes handed over and not yet taken, shared with the server's thread
        self._queue_lock = threading.Lock()
        self._incoming.connect(self._save_pending)
        session.changed.connect(self._on_change)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        # The view holding the bridge may go (file closed) without stop(): its thread goes with it.
        threads = self._threads = []
        self.destroyed.connect(lambda *_: [t.stop() for t in threads])

    @property
    def running(self) -> bool:
        """True while the round listens."""
        return self._thread is not None and self._thread.running

    def start(self, room: Round, address: str, port: int = 0) -> str:
        """Serve the round on the address; returns the URL. Raises OSError or DomainError when it cannot."""
        self.stop()
        try:
            check_listen(address, port)  # a port in use is said in words, not as the socket's error
            server = RoomServer(room, self._deliver)
            thread = RoomThread(server, address, port)
            self.url = thread.start()
        except BaseException:
            self.round, self.senders = None, {}  # the last round's arrivals do not stand for the one refused
            raise
        self.round, self._server, self._thread = room, server, thread
        self._threads[:] = [thread]
        self.senders = {}
        # What the file held as the round began: a value still the same has not arrived in this round.
        self.before = {(o.uid, i.id): self.stored_value(o.uid, i.id) for o in room.organisations for i in room.items}
        self.started.emit(self.url)
        return self.url

    def stop(self, why: str = "") -> None:
        """Stop listening (switched off, meeting ended, file closed, app closing, or `why`: the round no longer
        asks what the engagement holds); nothing listens after, and the phones see the round closed."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.stop()
        self._threads[:] = []
        self.stopped.emit(why)

    def participant_number(self, participant: str) -> int:
        """The arrival number of a participant token (0 when unknown)."""
        p = self._server.participants.get(participant) if self._server else None
        return p.number if p else 0

    # --- the server's thread ------------------------------------------------------
    async def _deliver(self, ballot: Ballot) -> None:
        loop = asyncio.get_running_loop()
        ticket = _Ticket(ballot, concurrent.futures.Future(), loop, loop.create_future())
        saved = asyncio.shield(ticket.answer)  # the wait is set up first: once handed over, this thread only waits
        try:
            async with asyncio.timeout(SAVE_TIMEOUT):
                with self._queue_lock:
                    self._pending.append(ticket)
                    wake = len(self._pending) == 1  # otherwise the GUI thread is woken already, and takes it too
                if wake:
                    self._incoming.emit()  # queued: the receiver lives in the GUI thread
                await saved
        except TimeoutError:
            if ticket.taken.cancel():  # never saved, not even later
                raise VoteRefused("The facilitator's computer is busy; send the vote again.") from None
            await ticket.answer  # the GUI thread is saving it right now: its answer is the phone's
        finally:
            ticket.taken.cancel()  # the request gone (server stopping): not saved behind its back; no-op once taken

    # --- the GUI thread -----------------------------------------------------------
    def _save_pending(self) -> None:
        """Save the votes waiting in the queue, each its own undo command and transaction, in the order received:
        every vote queued by the time the GUI thread gets here (the first into the empty queue woke it, the others
        joined it; waking it through a timer as well had cost each phone another pass, 0.1-0.3 ms at the p95).

        When several wait (a room voting at once), they are announced once, after the last: the session
        holds its change signal while they are written, then announces the part once with the cells changed,
        paced: the projector's charts redraw for each batch (`live`), the window's grids, tables and charts
        at most every FOLLOW_MS (`changed`). Redrawing and repainting the whole window for every batch had
        kept the next phone waiting: its p95 was 7–13× the bare handler's, the projector alone's 2–3×
        (`make bench`, bench_room).
        The phones are answered once their votes are saved (committed), all in one hand-over to the server's
        thread (one per vote had cost each ~0.2 ms of waiting for it), before the projector's chart redraws in
        this same pass: the answer travels while it draws (answering after the redraw had put it on every
        phone's wait). Qt repaints the chart on its next pass (bench_room times a vote until both the phone
        has its answer and the projector has painted the vote).
        """
        with self._queue_lock:
            batch, self._pending = self._pending, []
        answers: list[tuple[_Ticket, Exception | None]] = []
        with self._session.held(paced=True):
            for ticket in batch:
                if not ticket.taken.set_running_or_notify_cancel():
                    continue  # the phone stopped waiting: nothing is stored
                try:
                    error = self._save_one(ticket.ballot)
                except Exception as exc:  # noqa: BLE001  (every phone gets an answer; the facilitator hears why)
                    self.refused.emit(tr("A phone's vote could not be saved ({error}).").format(error=describe(exc)))
                    error = VoteRefused("The vote could not be saved; tell the facilitator.")
                answers.append((ticket, error))
            _hand_back(answers)  # saved: the phones hear it while the projector's chart redraws
        for ticket, error in answers:
            if error is None:
                ticket.taken.set_result(None)
                self.arrived.emit(ticket.ballot)
            else:
                ticket.taken.set_exception(error)

    def _save_one(self, ballot: Ballot) -> Exception | None:
        """Store one vote; returns why it was refused, or None."""
        if not self.running or self.round is None:
            return VoteRefused("The round is closed.")
        try:
            self._edit(self.round, ballot)
        except DomainError as exc:
            return exc
        except StorageError as exc:
            self.refused.emit(describe(exc))  # the facilitator hears why; the phone only that it was not
            return VoteRefused("The vote could not be saved; tell the facilitator.")
        key = (ballot.organisation_uid, ballot.item_id)
        self.senders.setdefault(key, []).append(
            Sender(self.participant_number(ballot.participant), ballot.name, ballot.value))
        return None

    def _edit(self, room: Round, ballot: Ballot) -> None:
        """The vote as one undoable edit, exactly as if typed in the grid."""
        session = self._session
        cell = cell_of(room, ballot)
        org = room.organisation(ballot.organisation_uid).name
        item = room.item(ballot.item_id)
        if room.kind == RoundKind.CRITERIA:
            old, edit = session.vote(*cell), partial(SetVote, session, *cell)
            text = tr("Phone vote of {org}, {alt}, criterion {n}").format(org=org, alt=room.alternative_code,
                                                                          n=item.number)
        elif room.kind == RoundKind.POTENTIAL:
            old, edit = session.potential(*cell), partial(SetPotential, session, *cell)
            text = tr("Phone potential of {org} for {area}").format(org=org, area=item.code)
        else:
            old = next((p for p in session.engagement.preferences if p.organisation_uid == cell[0]), None)
            edit = partial(SetPreference, session, cell[0])
            text = tr("Phone preference of {org}").format(org=org)
        check_as_now(room, session.engagement)  # a vote sent as the round stops: not where it no longer belongs
        new = record_of(room, ballot, old)
        if new == old:  # nothing to write; the room view still names who sent it, with the window's next look
            session.note(PARTS[room.kind], [cell if room.kind != RoundKind.PREFERENCES else cell[0]])
            return
        session.undo_stack.push_from_elsewhere(edit(new, text))  # raises a refusal

    def _on_change(self, part: str) -> None:
        """Ending the meeting the round belongs to ends the round, and so does any change after which the round no
        longer asks what the engagement holds (see out_of_step: an organisation, alternative, criterion or area of
        it removed or recoded, a criterion's scale or how potential is scored changed), saying why: the phones had
        gone on offering a removed criterion, every tap refused, and stored factors on a scale no longer used.
        A change of the round's values (typed, undone, merged, or phone votes announced) is published to the
        phones."""
        if not self.running or self.round is None:
            return
        if part == PARTS[self.round.kind]:
            self._publish_standing()
            return
        engagement = self._session.engagement
        if not scored_as_now(self.round, engagement):
            self.stop(_rescored())
            return
        what = out_of_step(self.round, engagement)
        if what is not None:
            self.stop(tr("Room voting stopped: {what} while the room voted. The phones see the round as closed; "
                         "start room voting again to vote on the engagement as it is now.").format(
                             what=words(what, tr)))
            return
        if part != MEETINGS or not self.round.meeting_uid:
            return
        meeting = next((m for m in self._session.engagement.meetings if m.uid == self.round.meeting_uid), None)
        if meeting is None or meeting.status != MeetingStatus.RUNNING:
            self.stop()

    def _publish_standing(self) -> None:
        """Tell the server what stands now for each organisation a phone has voted for: the phone that sent it,
        or the facilitator (typed, undone to an earlier value, merged in)."""
        room, server = self.round, self._server
        if room is None or server is None:
            return
        standing = {}
        for org_uid in {org for org, _ in self.senders}:
            for item in room.items:
                value = self.stored_value(org_uid, item.id)
                if value is None:
                    continue
                sender = latest_sender(self.senders.get((org_uid, item.id), ()), value, room, item)
                standing[(org_uid, item.id)] = (Standing(as_sent(value, item)) if sender is None else
                                                Standing(sender.value, sender.participant))
        server.publish(standing)

    def stored_value(self, organisation_uid: str, item_id: str):
        """What the file holds now for an organisation and item of the round (typed or from a phone)."""
        room = self.round
        if room is None:
            return None
        ballot = Ballot(organisation_uid, item_id, 0)
        cell = cell_of(room, ballot)
        if room.kind == RoundKind.CRITERIA:
            return value_of(self._session.vote(*cell))
        if room.kind == RoundKind.POTENTIAL:
            return value_of(self._session.potential(*cell), room.item(item_id))
        return value_of(next((p for p in self._session.engagement.preferences if p.organisation_uid == cell[0]),
                             None))

    def stored_potential(self, organisation_uid: str, item_id: str) -> int | None:
        """The potential the file holds now for an organisation and area of a potential round (beside its
        factors, when it has them), or None."""
        room = self.round
        if room is None or room.kind != RoundKind.POTENTIAL:
            return None
        row = self._session.potential(*cell_of(room, Ballot(organisation_uid, item_id, 0)))
        return row.value if row is not None else None


def _rescored() -> str:
    """Why a potential round stopped by itself, and what to do. Not the scale it would ask for now: the message
    stays up, and an undo of the change had left it naming a scale the engagement no longer had."""
    return tr("Room voting stopped: how potential is scored changed while the room voted. The phones see the "
              "round as closed; start room voting again to vote as it is scored now.")
