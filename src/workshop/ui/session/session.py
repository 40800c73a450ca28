"""EngagementSession: the open engagement as the views see it.

Views never query the file. They read `session.engagement` (a domain value)
and refresh when `changed` names a part they show. Every edit is an undo
command whose redo calls `write`: the store writes and commits (on disk when
it returns), the session's value follows, then `changed` is emitted once.

What the room sees follows `live` instead: it names every change as it is
written, just before `changed`. The two differ only while phones vote: the
room round's votes are announced on `live` at once (the projector shows
each as it is saved) and on `changed` at most every FOLLOW_MS, so the
window's grids, tables and charts follow a busy room a few times a second
instead of redrawing for every vote while the next phone waits
(`make bench`, bench_room).
"""

from __future__ import annotations

import dataclasses
import operator
import time
import weakref
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from workshop.domain.engagement import Engagement
from workshop.domain.history import PotentialRecord, VoteRecord, given_in, recorded, with_records
from workshop.domain.model import AgreedScore, PotentialScore, Preference, Vote
from workshop.domain.vocabulary import MeetingStatus
from workshop.storage import EngagementStore
from workshop.ui.session.commands import EditStack

# The parts of an engagement a view can listen for.
INFO, ORGANISATIONS, POTENTIALS, VOTES, AGREED, PREFERENCES, WEIGHTS, CATALOGUE, MEETINGS, GROUPS, ALTERNATIVES = (
    "info", "organisations", "potentials", "votes", "agreed", "preferences", "weights", "catalogue", "meetings",
    "groups", "alternatives",
)
T = TypeVar("T")
_POTENTIAL_KEY = operator.attrgetter("organisation_uid", "area_code")  # the score a record is of
_VOTE_KEY = operator.attrgetter("organisation_uid", "alternative_code", "criterion_number")
# How often, at most, the window's views are told of a room round's votes (see `held(paced=True)`).
FOLLOW_MS = 400
# Groups or areas were added or taken back: the potential grid, its charts and the coverage change shape.
FRAMEWORK = "framework"
# What each organisation gave in each meeting (after a score given in a meeting); the recommendation and plan;
# the hand-built lists (paths, forms, scoped-out items, sub-items, the steering group).
HISTORY, CLOSING, SCOPE = "history", "closing", "scope"
EVERY_PART = (INFO, ORGANISATIONS, POTENTIALS, VOTES, AGREED, PREFERENCES, WEIGHTS, CATALOGUE, MEETINGS, GROUPS,
              ALTERNATIVES, FRAMEWORK, HISTORY, CLOSING, SCOPE)


class EngagementSession(QObject):
    """One open engagement file, its in-memory value and its undo stack."""

    # The part that changed and the keys within it: (organisation uid, area code) for one potential,
    # (organisation uid, alternative code, criterion number) for one vote; empty when any of it may have.
    changed = Signal(str, tuple)
    # The same, for what the room sees (the projector): every change at once, a room round's votes included.
    live = Signal(str, tuple)

    def __init__(self, store: EngagementStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = EditStack(self)
        self._engagement = store.load()
        self._index()
        self._held: dict[str, set | None] | None = None  # part -> keys changed while held (None: any)
        self._typing: list[weakref.WeakMethod] = []  # what stores text typed and not yet saved (see flush_typed)
        self._behind: dict[str, set | None] = {}  # announced on `live`, not yet on `changed` (a room round's votes)
        self._followed = 0.0  # when `changed` last caught up with them (time.monotonic)
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.timeout.connect(self.catch_up)

    def _index(self) -> None:
        e = self._engagement
        self._potentials = {(p.organisation_uid, p.area_code): p for p in e.potentials}
        self._votes = {(v.organisation_uid, v.alternative_code, v.criterion_number): v for v in e.votes}

    @property
    def path(self):
        """The engagement file's path."""
        return self.store.path

    @property
    def engagement(self) -> Engagement:
        """The engagement as it stands now."""
        return self._engagement

    def write(self, part: str, change: Callable[[EngagementStore], T],
              update: Callable[[Engagement, T], Engagement] | None = None, keys: Iterable[Hashable] = ()) -> T:
        """The one way an edit changes the engagement.

        `change` writes through the store (committed when it returns; a refusal raises and changes
        nothing). The session's value then follows: through `update(engagement, what change returned)`
        where the edit's effect is known (cheap for frequent edits; the store returns what it stored,
        after trimming), else by reading the file again. Then `changed(part, keys)` is emitted once.
        Returns what `change` returned.
        """
        result = change(self.store)
        if update is None:
            self._engagement = self.store.load()
            self._index()
        else:
            self._engagement = update(self._engagement, result)
        self._emit(part, tuple(keys))
        return result

    def save_typed(self, change: Callable[[EngagementStore], object],
                   update: Callable[[Engagement], Engagement]) -> None:
        """Store text as it is typed (a meeting's notes, its clock): written at once, no undo step and no
        `changed` (the views are told when the typing ends), but the session's value follows, so an export
        or a view read meanwhile has what the file has (the minutes of a running meeting had lacked the
        notes typed since it started)."""
        change(self.store)
        self._engagement = update(self._engagement)

    def on_flush(self, flush: Callable[[], object]) -> None:
        """Have `flush` (a widget's bound method) store its typed text whenever flush_typed is called; it is
        forgotten with its widget."""
        self._typing.append(weakref.WeakMethod(flush))

    def flush_typed(self) -> None:
        """Store, through save_typed, what widgets hold typed and not yet saved (the running meeting's notes
        and clock): before a document or data export, a merge, or its undo reads the file or the value."""
        for ref in list(self._typing):
            flush = ref()
            if flush is not None and shiboken6.isValid(flush.__self__):
                flush()
            else:  # its widget is gone (deleted by Python or by Qt)
                self._typing.remove(ref)

    def reload(self, part: str) -> None:
        """Read the file again (after another writer, or a failed write) and tell the views."""
        self._engagement = self.store.load()
        self._index()
        self._emit(part, ())

    def reload_all(self) -> None:
        """Read the file again and tell every view (after a merge, a restore, a person forgotten, a refused
        write: any part may have changed). One list of parts for all of them: the merge's own list had
        left out the history, the recommendation and plan, and the hand-built lists."""
        self.reload(EVERY_PART[0])
        for part in EVERY_PART[1:]:
            self.announce(part)

    def note(self, part: str, keys: Iterable[Hashable]) -> None:
        """Tell the window's views, at their pace, that what they show of these keys changed though the file
        did not (a phone's vote equal to the stored one: the room view names its new sender). Not on `live`:
        the room sees nothing new."""
        self._follow_later(_part(part, tuple(keys)))

    def announce(self, part: str) -> None:
        """Tell the views to show a part again as it stands (e.g. after a refused edit)."""
        self._emit(part, ())

    def _emit(self, part: str, keys: tuple) -> None:
        if self._held is None:
            self._announce(_part(part, keys))
            return
        _merge(self._held, _part(part, keys))

    def _announce(self, parts: dict[str, set | None], paced: bool = False) -> None:
        """Tell what the room sees at once; tell the views now, or (`paced`) once FOLLOW_MS have passed since
        they were last told of paced changes. Views are told in order: what they are behind on comes first."""
        for part, keys in parts.items():
            self.live.emit(part, _keys(keys))
        if paced:
            self._follow_later(parts)
            return
        self.catch_up()
        for part, keys in parts.items():
            self.changed.emit(part, _keys(keys))

    def _follow_later(self, parts: dict[str, set | None]) -> None:
        """Tell the views of these parts with the next paced announcement (see `held(paced=True)`)."""
        _merge(self._behind, parts)
        if not self._follow.isActive():
            wait = FOLLOW_MS / 1000 - (time.monotonic() - self._followed)
            self._follow.start(max(0, round(wait * 1000)))

    def catch_up(self) -> None:
        """Tell the views now of the changes announced only to the room so far (see `held(paced=True)`)."""
        self._follow.stop()
        if not self._behind:
            return
        behind, self._behind = self._behind, {}
        self._followed = time.monotonic()
        for part, keys in behind.items():
            self.changed.emit(part, _keys(keys))

    @contextmanager
    def held(self, paced: bool = False) -> Iterator[None]:
        """Edits made inside are announced together when it ends: one `changed` per part, carrying every key
        that changed in it (or none, meaning any of it may have, when one edit named none).

        `paced` (a room round's votes): the room sees them at once on `live`; the views are told on `changed`
        with the next paced announcement, at most every FOLLOW_MS (a vote arriving after a quiet spell is
        told on the next pass through the event loop). Any other change, or `catch_up`, tells them at once.
        """
        if self._held is not None:  # already held: the outer one announces
            yield
            return
        self._held = {}
        try:
            yield
        finally:
            held, self._held = self._held, None
            if held:
                self._announce(held, paced)

    # --- the meeting numbers are given in ----------------------------------
    @property
    def running_meeting_uid(self) -> str | None:
        """The meeting being run now, or None. One runs at a time (starting one closes or plans the other);
        of several left running by an earlier version, the last in the list."""
        running = [m for m in self._engagement.meetings if m.status == MeetingStatus.RUNNING]
        return running[-1].uid if running else None

    def given_now(self, new: T, old=None) -> T:
        """A new score, vote, agreed score or preference as given now: it names the running meeting; with none
        running it keeps the meeting the old value named (a correction after the meeting), or names none.
        Views call this where they build the new value, so an undo writes back exactly the old one."""
        return given_in(new, old, self.running_meeting_uid)

    def _potential_records(self, organisation_uid: str, area_code: str, old, new, exact=None) -> tuple:
        """The potential records once this cell changed (the file's rule, domain.history.recorded; `exact`: the
        cell's records as they are to be, see set_potential)."""
        e = self._engagement
        if exact is None and not any(x is not None and x.meeting_uid for x in (old, new)):
            return e.potential_history
        orgs = {o.uid: i for i, o in enumerate(e.organisations)}
        areas = {a.code: i for i, a in enumerate(e.areas)}

        def place(r) -> tuple:  # where a record stands among one meeting's, as the file lists them
            return orgs.get(r.organisation_uid, 0), areas.get(r.area_code, 0)

        key = (organisation_uid, area_code)
        if exact is not None:
            return with_records(e.potential_history, _POTENTIAL_KEY, key, exact, e.meetings, place)
        record = None if new is None or new.meeting_uid is None else PotentialRecord(
            meeting_uid=new.meeting_uid, organisation_uid=organisation_uid, area_code=area_code, value=new.value,
            rationale=new.rationale)
        return recorded(e.potential_history, _POTENTIAL_KEY, key, old.meeting_uid if old else None,
                        new.meeting_uid if new else None, record, e.meetings, place)

    def _vote_records(self, key: tuple, old, new, exact=None) -> tuple:
        """The vote records once this vote changed (`exact`: as _potential_records)."""
        e = self._engagement
        if exact is None and not any(x is not None and x.meeting_uid for x in (old, new)):
            return e.vote_history
        orgs = {o.uid: i for i, o in enumerate(e.organisations)}
        alts = {a.code: i for i, a in enumerate(e.alternatives)}

        def place(r) -> tuple:  # as in _potential_records
            return alts.get(r.alternative_code, 0), r.criterion_number, orgs.get(r.organisation_uid, 0)

        if exact is not None:
            return with_records(e.vote_history, _VOTE_KEY, key, exact, e.meetings, place)
        record = None if new is None or new.meeting_uid is None else VoteRecord(
            meeting_uid=new.meeting_uid, organisation_uid=key[0], alternative_code=key[1], criterion_number=key[2],
            value=new.value, rationale=new.rationale)
        return recorded(e.vote_history, _VOTE_KEY, key, old.meeting_uid if old else None,
                        new.meeting_uid if new else None, record, e.meetings, place)

    # --- the numbers given in meetings: one row each, kept in an index for the grids ------------
    def potential(self, organisation_uid: str, area_code: str) -> PotentialScore | None:
        """The stored score of one cell, or None when it is empty."""
        return self._potentials.get((organisation_uid, area_code))

    def vote(self, organisation_uid: str, alternative_code: str, criterion_number: int) -> Vote | None:
        """One organisation's vote in one cell, or None for no vote."""
        return self._votes.get((organisation_uid, alternative_code, criterion_number))

    def records_of(self, key: tuple) -> tuple:
        """The per-meeting records of one score: a potential's (organisation uid, area code) or a vote's
        (organisation uid, alternative code, criterion number)."""
        if len(key) == 2:
            return tuple(r for r in self._engagement.potential_history if _POTENTIAL_KEY(r) == key)
        return tuple(r for r in self._engagement.vote_history if _VOTE_KEY(r) == key)

    def set_potential(self, organisation_uid: str, area_code: str, score: PotentialScore | None,
                      records: tuple | None = None) -> None:
        """Store a cell's score (None clears it). Its per-meeting records follow the rules for a value given now,
        or are exactly `records` (an undo or redo putting back what was)."""
        key = (organisation_uid, area_code)
        scores = self.store.scores
        old = self._potentials.get(key)
        self.write(POTENTIALS,
                   lambda store: (scores.clear_potential(*key, records=records) if score is None
                                  else scores.set_potential(score, records=records)),
                   lambda e, _: dataclasses.replace(
                       e, potentials=_put(self._potentials, key, score),
                       potential_history=self._potential_records(organisation_uid, area_code, old, score, records)),
                   [key])

    def set_vote(self, organisation_uid: str, alternative_code: str, criterion_number: int, vote: Vote | None,
                 records: tuple | None = None) -> None:
        """Store a vote (None removes it: no vote); `records` as set_potential."""
        key = (organisation_uid, alternative_code, criterion_number)
        scores = self.store.scores
        old = self._votes.get(key)
        self.write(VOTES, lambda store: (scores.clear_vote(*key, records=records) if vote is None
                                         else scores.set_vote(vote, records=records)),
                   lambda e, _: dataclasses.replace(e, votes=_put(self._votes, key, vote),
                                                    vote_history=self._vote_records(key, old, vote, records)), [key])

    def set_agreed(self, alternative_code: str, criterion_number: int, agreed: AgreedScore | None) -> None:
        """Set an agreed score by hand (None returns the cell to the median)."""
        key = (alternative_code, criterion_number)
        scores = self.store.scores

        def update(e: Engagement, _: Any) -> Engagement:
            others = [a for a in e.agreed_scores if (a.alternative_code, a.criterion_number) != key]
            return dataclasses.replace(e, agreed_scores=tuple(others + ([agreed] if agreed else [])))

        self.write(AGREED, lambda store: scores.clear_agreed(*key) if agreed is None else scores.set_agreed(agreed),
                   update, [key])

    def set_preference(self, organisation_uid: str, preference: Preference | None) -> None:
        """Store (or clear) an organisation's preferred alternative."""
        scores = self.store.scores

        def update(e: Engagement, _: Any) -> Engagement:
            others = [p for p in e.preferences if p.organisation_uid != organisation_uid]
            order = {o.uid: i for i, o in enumerate(e.organisations)}
            chosen = sorted(others + ([preference] if preference else []),
                            key=lambda p: order.get(p.organisation_uid, 0))
            return dataclasses.replace(e, preferences=tuple(chosen))

        self.write(PREFERENCES, lambda store: scores.clear_preference(organisation_uid) if preference is None
                   else scores.set_preference(preference), update, [organisation_uid])

    def close(self) -> None:
        """Close the file (views not yet told of a room round's last votes are closing with it)."""
        self._follow.stop()
        self._behind = {}
        self.store.close()


def _part(part: str, keys: tuple) -> dict[str, set | None]:
    """One part and its changed keys, as held and paced changes keep them (None: any of it may have)."""
    return {part: set(keys) if keys else None}


def _merge(into: dict[str, set | None], parts: dict[str, set | None]) -> None:
    """Add the parts and their changed keys to `into` (None: any of the part may have changed)."""
    for part, keys in parts.items():
        known = into.setdefault(part, set())
        into[part] = None if known is None or keys is None else known | keys


def _keys(keys: set | None) -> tuple:
    """The keys as `changed` carries them: empty when any of the part may have changed."""
    return () if keys is None else tuple(keys)


def _put(cells: dict, key: tuple, value) -> tuple:
    """The index with one cell set (None empties it), as the engagement's tuple of them."""
    if value is None:
        cells.pop(key, None)
    else:
        cells[key] = value
    return tuple(cells.values())
