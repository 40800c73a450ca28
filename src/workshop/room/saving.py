"""Saving phone votes straight through an engagement store (the headless `workshop room`).

The app saves them through its session and undo stack instead (workshop.ui.room);
both build the same rows (workshop.room.records).
"""

from __future__ import annotations

from workshop.domain.vocabulary import RoundKind
from workshop.room.records import Record, cell_of, current, record_of
from workshop.room.round import Ballot, Round, check_as_now
from workshop.storage import EngagementStore


class StoreSink:
    """Writes each ballot as its own transaction; the store holds the file's lock, so its rows stay ours."""

    def __init__(self, store: EngagementStore, room: Round):
        self.store, self.room = store, room
        self._engagement = store.load()
        self._rows: dict[tuple, Record | None] = {}

    def save(self, ballot: Ballot) -> Record:
        """Store the ballot (replacing the organisation's earlier value); a refusal raises and changes nothing."""
        check_as_now(self.room, self._engagement)  # the store holds the lock: as it was when it opened
        cell = cell_of(self.room, ballot)
        old = self._rows[cell] if cell in self._rows else current(self.room, self._engagement, cell)
        new = record_of(self.room, ballot, old)
        scores = self.store.scores
        if self.room.kind == RoundKind.CRITERIA:
            scores.set_vote(new)
        elif self.room.kind == RoundKind.POTENTIAL:
            scores.set_potential(new)
        else:
            scores.set_preference(new)
        self._rows[cell] = new
        return new
