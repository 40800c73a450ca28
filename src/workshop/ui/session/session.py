"""EngagementSession: the open engagement as the views see it.

Views never query the file. They read `session.engagement` (a domain value),
call the session's edit methods (through undo commands), and refresh when
`changed` names a part they show. Every edit is written to the file at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from workshop.domain.engagement import Engagement
from workshop.domain.history import PotentialRecord, VoteRecord, recorded
from workshop.domain.model import AgreedScore, PotentialScore, Preference, Vote
from workshop.domain.vocabulary import MeetingStatus
from workshop.storage import EngagementStore, StorageError
from workshop.ui.session.commands import EditStack

# The parts of an engagement a view can listen for.
INFO, ORGANISATIONS, POTENTIALS, VOTES, AGREED, PREFERENCES, WEIGHTS, CATALOGUE, MEETINGS, GROUPS, ALTERNATIVES = (
    "info", "organisations", "potentials", "votes", "agreed", "preferences", "weights", "catalogue", "meetings",
    "groups", "alternatives",
)
T = TypeVar("T")
# Groups or areas were added or taken back: the potential grid, its charts and the coverage change shape.
FRAMEWORK = "framework"
# What each organisation gave in each meeting (after a score given in a meeting); the recommendation and plan;
# the hand-built lists (paths, forms, scoped-out items, sub-items, the steering group).
HISTORY, CLOSING, SCOPE = "history", "closing", "scope"


class EngagementSession(QObject):
    """One open engagement file, its in-memory value and its undo stack."""

    changed = Signal(str)
    # Emitted right after `changed`, once every view has taken the change: views that marked areas to
    # repaint paint them now, one pass per window (see potential_charts.LiveChartMixin).
    settled = Signal(str)
    # Emitted just before changed(POTENTIALS) when one cell changed, so a grid can repaint one cell.
    potential_changed = Signal(str, str)

    def __init__(self, store: EngagementStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = EditStack(self)
        self._engagement = store.load()
        self._potentials = {(p.organisation_uid, p.area_code): p for p in self._engagement.potentials}
        self._votes = {(v.organisation_uid, v.alternative_code, v.criterion_number): v for v in self._engagement.votes}

    @property
    def path(self):
        """The engagement file's path."""
        return self.store.path

    @property
    def engagement(self) -> Engagement:
        """The engagement as it stands now."""
        return self._engagement

    def _replace(self, part: str, **fields) -> None:
        self._engagement = dataclasses.replace(self._engagement, **fields)
        self.announce(part)

    def announce(self, part: str) -> None:
        """Tell the views that a part changed (they read the session again), then let them paint."""
        self.changed.emit(part)
        self.settled.emit(part)

    def write(self, part: str, change: Callable[[EngagementStore], T],
              update: Callable[[Engagement], Engagement] | None = None) -> T:
        """The one way an edit changes the engagement: `change` writes through the store (committed when
        it returns; a refusal raises and changes nothing); then the session's value follows, through
        `update` where the edit's effect is known (cheap for frequent edits), else by reading the file
        again; then the views are told which part changed. Returns what `change` returned."""
        result = change(self.store)
        if update is None:
            self.reload(part)
        else:
            self._engagement = update(self._engagement)
            self.announce(part)
        return result

    def reload(self, part: str) -> None:
        """Read the file again (after an edit, or after another writer) and tell the views."""
        self._engagement = self.store.load()
        self._potentials = {(p.organisation_uid, p.area_code): p for p in self._engagement.potentials}
        self._votes = {(v.organisation_uid, v.alternative_code, v.criterion_number): v for v in self._engagement.votes}
        self.announce(part)

    # --- the meeting numbers are given in ----------------------------------
    @property
    def running_meeting_uid(self) -> str | None:
        """The meeting being run now (the latest started, should several be marked running), or None."""
        running = [m for m in self._engagement.meetings if m.status == MeetingStatus.RUNNING]
        return running[-1].uid if running else None

    def given_now(self, new: T, old=None) -> T:
        """A new score, vote, agreed score or preference as given now: it names the running meeting; with none
        running it keeps the meeting the old value named (a correction after the meeting), or names none.
        Views call this where they build the new value, so an undo writes back exactly the old one."""
        if new is None:
            return new
        meeting = self.running_meeting_uid or (old.meeting_uid if old is not None else None)
        return dataclasses.replace(new, meeting_uid=meeting)

    def _potential_records(self, organisation_uid: str, area_code: str, old, new) -> tuple:
        """The potential records once this cell changed (the file's rule, domain.history.recorded)."""
        e = self._engagement
        if not any(x is not None and x.meeting_uid for x in (old, new)):
            return e.potential_history
        orgs = {o.uid: i for i, o in enumerate(e.organisations)}
        areas = {a.code: i for i, a in enumerate(e.areas)}
        record = None if new is None or new.meeting_uid is None else PotentialRecord(
            meeting_uid=new.meeting_uid, organisation_uid=organisation_uid, area_code=area_code, value=new.value,
            rationale=new.rationale)
        return recorded(e.potential_history, lambda r: (r.organisation_uid, r.area_code) == (organisation_uid, area_code),
                        old.meeting_uid if old else None, new.meeting_uid if new else None, record, e.meetings,
                        lambda r: (orgs.get(r.organisation_uid, 0), areas.get(r.area_code, 0)))

    def _vote_records(self, key: tuple, old, new) -> tuple:
        """The vote records once this vote changed."""
        e = self._engagement
        if not any(x is not None and x.meeting_uid for x in (old, new)):
            return e.vote_history
        orgs = {o.uid: i for i, o in enumerate(e.organisations)}
        alts = {a.code: i for i, a in enumerate(e.alternatives)}
        record = None if new is None or new.meeting_uid is None else VoteRecord(
            meeting_uid=new.meeting_uid, organisation_uid=key[0], alternative_code=key[1], criterion_number=key[2],
            value=new.value, rationale=new.rationale)
        return recorded(e.vote_history, lambda r: (r.organisation_uid, r.alternative_code, r.criterion_number) == key,
                        old.meeting_uid if old else None, new.meeting_uid if new else None, record, e.meetings,
                        lambda r: (alts.get(r.alternative_code, 0), r.criterion_number, orgs.get(r.organisation_uid, 0)))

    # --- potentials -------------------------------------------------------
    def potential(self, organisation_uid: str, area_code: str) -> PotentialScore | None:
        """The stored score of one cell, or None when it is empty."""
        return self._potentials.get((organisation_uid, area_code))

    def set_potential(self, organisation_uid: str, area_code: str, score: PotentialScore | None) -> None:
        """Store a cell's score (None clears it), then tell the views."""

        old = self._potentials.get((organisation_uid, area_code))
        history = self._engagement.potential_history

        def announce() -> None:
            self.potential_changed.emit(organisation_uid, area_code)
            shown = self._potentials.get((organisation_uid, area_code))
            records = history if shown == old else self._potential_records(organisation_uid, area_code, old, shown)
            self._replace(POTENTIALS, potentials=tuple(self._potentials.values()), potential_history=records)

        self._set_cell(self._potentials, (organisation_uid, area_code), score, self.store.scores.set_potential,
                       partial(self.store.scores.clear_potential, organisation_uid, area_code), announce)

    def _set_cell(self, cells: dict, key: tuple, value, write: Callable, clear: Callable,
                  announce: Callable[[], None]) -> None:
        """Store one score (None clears it) while the views redraw: `announce` runs while the commit
        reaches the disk (see storage.scores._write). A failed commit puts the old value back, shows it
        again and re-raises."""
        old = cells.get(key)

        def show(new) -> None:
            if new is None:
                cells.pop(key, None)
            else:
                cells[key] = new
            announce()

        try:
            if value is None:
                clear(meanwhile=lambda: show(None))
            else:
                write(value, meanwhile=lambda: show(value))
        except StorageError:
            if cells.get(key) != old:
                show(old)
            raise

    # --- votes ------------------------------------------------------------
    def vote(self, organisation_uid: str, alternative_code: str, criterion_number: int) -> Vote | None:
        """One organisation's vote in one cell, or None for no vote."""
        return self._votes.get((organisation_uid, alternative_code, criterion_number))

    def set_vote(self, organisation_uid: str, alternative_code: str, criterion_number: int, vote: Vote | None) -> None:
        """Store a vote (None removes it), then tell the views."""
        key = (organisation_uid, alternative_code, criterion_number)
        old = self._votes.get(key)
        history = self._engagement.vote_history

        def announce() -> None:
            shown = self._votes.get(key)
            records = history if shown == old else self._vote_records(key, old, shown)
            self._replace(VOTES, votes=tuple(self._votes.values()), vote_history=records)

        self._set_cell(self._votes, key, vote, self.store.scores.set_vote, partial(self.store.scores.clear_vote, *key),
                       announce)

    def set_agreed(self, alternative_code: str, criterion_number: int, agreed: AgreedScore | None) -> None:
        """Set an agreed score by hand (None returns the cell to the median)."""
        if agreed is None:
            self.store.scores.clear_agreed(alternative_code, criterion_number)
        else:
            self.store.scores.set_agreed(agreed)
        others = [a for a in self._engagement.agreed_scores
                  if (a.alternative_code, a.criterion_number) != (alternative_code, criterion_number)]
        self._replace(AGREED, agreed_scores=tuple(others + ([agreed] if agreed else [])))

    def set_preference(self, organisation_uid: str, preference: Preference | None) -> None:
        """Store (or clear) an organisation's preferred alternative."""
        if preference is None:
            self.store.scores.clear_preference(organisation_uid)
        else:
            self.store.scores.set_preference(preference)
        others = [p for p in self._engagement.preferences if p.organisation_uid != organisation_uid]
        order = {o.uid: i for i, o in enumerate(self._engagement.organisations)}
        prefs = sorted(others + ([preference] if preference else []), key=lambda p: order.get(p.organisation_uid, 0))
        self._replace(PREFERENCES, preferences=tuple(prefs))

    def close(self) -> None:
        """Close the file."""
        self.store.close()
