"""EngagementSession: the open engagement as the views see it.

Views never query the file. They read `session.engagement` (a domain value),
call the session's edit methods (through undo commands), and refresh when
`changed` names a part they show. Every edit is written to the file at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop.domain.engagement import Engagement
from workshop.domain.model import AgreedScore, PotentialScore, Preference, Vote
from workshop.storage import EngagementStore, StorageError

# The parts of an engagement a view can listen for.
INFO, ORGANISATIONS, POTENTIALS, VOTES, AGREED, PREFERENCES, WEIGHTS, CATALOGUE, MEETINGS, GROUPS, ALTERNATIVES = (
    "info", "organisations", "potentials", "votes", "agreed", "preferences", "weights", "catalogue", "meetings",
    "groups", "alternatives",
)
# Groups or areas were added or taken back: the potential grid, its charts and the coverage change shape.
FRAMEWORK = "framework"


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
        self.undo_stack = QUndoStack(self)
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

    def reload(self, part: str) -> None:
        """Read the file again after an edit made through a repository, and tell the views."""
        self._engagement = self.store.load()
        self._potentials = {(p.organisation_uid, p.area_code): p for p in self._engagement.potentials}
        self._votes = {(v.organisation_uid, v.alternative_code, v.criterion_number): v for v in self._engagement.votes}
        self.announce(part)

    # --- potentials -------------------------------------------------------
    def potential(self, organisation_uid: str, area_code: str) -> PotentialScore | None:
        """The stored score of one cell, or None when it is empty."""
        return self._potentials.get((organisation_uid, area_code))

    def set_potential(self, organisation_uid: str, area_code: str, score: PotentialScore | None) -> None:
        """Store a cell's score (None clears it), then tell the views."""

        def announce() -> None:
            self.potential_changed.emit(organisation_uid, area_code)
            self._replace(POTENTIALS, potentials=tuple(self._potentials.values()))

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
        self._set_cell(self._votes, key, vote, self.store.scores.set_vote, partial(self.store.scores.clear_vote, *key),
                       lambda: self._replace(VOTES, votes=tuple(self._votes.values())))

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

    def add_criterion(self, criterion) -> None:
        """Add a criterion (no votes yet); the criteria views follow (part WEIGHTS)."""
        self.store.scores.add_criterion(criterion)
        self.reload(WEIGHTS)

    def remove_unused_criterion(self, criterion_number: int) -> None:
        """Remove a criterion nothing refers to (undoing its addition)."""
        self.store.scores.remove_unused_criterion(criterion_number)
        self.reload(WEIGHTS)

    def remove_criterion(self, number: int) -> dict:
        """Remove a criterion with its votes; returns what undo needs to put it back."""
        taken = self.store.remove_criterion_keeping_rows(number)
        self.reload(WEIGHTS)
        return taken

    def restore_criterion(self, taken: dict) -> None:
        """Put back a criterion removed by `remove_criterion`, votes and all."""
        self.store.restore_rows(taken)
        self.reload(WEIGHTS)

    def rename_criterion(self, criterion_number: int, text: str) -> None:
        """Give a criterion new wording; the views of criteria refresh as for a weight (part WEIGHTS)."""
        self.store.scores.rename_criterion(criterion_number, text)
        criteria = tuple(dataclasses.replace(c, text=text.strip()) if c.number == criterion_number else c
                         for c in self._engagement.criteria)
        self._replace(WEIGHTS, criteria=criteria)

    def set_weight(self, criterion_number: int, weight: float) -> None:
        """Change a criterion's weight."""
        self.store.scores.set_weight(criterion_number, weight)
        criteria = tuple(
            dataclasses.replace(c, weight=float(weight)) if c.number == criterion_number else c
            for c in self._engagement.criteria
        )
        self._replace(WEIGHTS, criteria=criteria)

    def add_alternative(self, alternative) -> None:
        """Add an alternative (no votes yet)."""
        self.store.add_alternative(alternative)
        self.reload(ALTERNATIVES)

    def remove_unused_alternative(self, code: str) -> None:
        """Remove an alternative nothing refers to (undoing its addition)."""
        self.store.remove_unused_alternative(code)
        self.reload(ALTERNATIVES)

    def remove_alternative(self, code: str) -> dict:
        """Remove an alternative with everything that names it; returns what undo needs to put it back."""
        taken = self.store.remove_alternative_keeping_rows(code)
        self.reload(ALTERNATIVES)
        return taken

    def restore_alternative(self, taken: dict) -> None:
        """Put back an alternative removed by `remove_alternative`, votes and all."""
        self.store.restore_rows(taken)
        self.reload(ALTERNATIVES)

    def update_alternative(self, alternative) -> None:
        """Replace an alternative's name, description, covered areas, pros and cons."""
        self.store.update_alternative(alternative)
        self.reload(ALTERNATIVES)

    def add_group(self, group) -> None:
        """A new group of areas."""
        self.store.framework.add_group(group)
        self.reload(FRAMEWORK)

    def add_area(self, area) -> None:
        """A new area in a group."""
        self.store.framework.add_area(area)
        self.reload(FRAMEWORK)

    def rename_group(self, code: str, name: str) -> None:
        """Give a group a new name."""
        self.store.framework.rename_group(code, name)
        self.reload(FRAMEWORK)

    def rename_area(self, code: str, name: str) -> None:
        """Give an area a new name."""
        self.store.framework.rename_area(code, name)
        self.reload(FRAMEWORK)

    def update_organisation_form(self, form) -> None:
        """Replace an organisation form's name, description, pros and cons."""
        self.store.framework.update_organisation_form(form)
        self.reload(ALTERNATIVES)

    def set_path_description(self, uid: str, description: str) -> None:
        """Say in words what a path between alternatives means."""
        self.store.framework.set_path_description(uid, description)
        self.reload(ALTERNATIVES)

    def remove_group(self, code: str) -> dict:
        """Remove a group that holds no area; returns what undo needs to put it back in its place."""
        taken = self.store.remove_group_keeping_rows(code)
        self.reload(FRAMEWORK)
        return taken

    def restore_group(self, taken: dict) -> None:
        """Put back a group removed by `remove_group`, share of today's spend and all."""
        self.store.restore_rows(taken)
        self.reload(FRAMEWORK)

    def remove_area(self, code: str) -> dict:
        """Remove an area with its scores; returns what undo needs to put it back."""
        taken = self.store.remove_area_keeping_rows(code)
        self.reload(FRAMEWORK)
        return taken

    def restore_area(self, taken: dict) -> None:
        """Put back an area removed by `remove_area`, scores and all."""
        self.store.restore_rows(taken)
        self.reload(FRAMEWORK)

    def remove_unused_area(self, code: str) -> None:
        """Take back an area nothing refers to (undoing its addition)."""
        self.store.framework.remove_unused_area(code)
        self.reload(FRAMEWORK)

    def remove_unused_group(self, code: str) -> None:
        """Take back an empty group (undoing its addition)."""
        self.store.framework.remove_unused_group(code)
        self.reload(FRAMEWORK)

    def set_today_share(self, group_code: str, share: float | None) -> None:
        """Change a group's share of today's spend (None: not known)."""
        self.store.set_today_share(group_code, share)
        groups = tuple(dataclasses.replace(g, today_share=share) if g.code == group_code else g
                       for g in self._engagement.groups)
        self._replace(GROUPS, groups=groups)

    def close(self) -> None:
        """Close the file."""
        self.store.close()

    # --- the engagement itself and its organisations ------------------------
    def update_info(self, info) -> None:
        """Replace title, client, dates and settings."""
        self.store.update_info(info)
        self._replace(INFO, info=info)

    def add_organisation(self, organisation) -> None:
        """Add an organisation (refused when its name or code exists)."""
        self.store.add_organisation(organisation)
        self.reload(ORGANISATIONS)

    def rename_organisation(self, uid: str, name: str) -> None:
        """Give an organisation a new, unique name."""
        self.store.rename_organisation(uid, name)
        self.reload(ORGANISATIONS)

    def remove_organisation(self, uid: str) -> dict:
        """Remove an organisation with its scores; returns what undo needs to put it back."""
        taken = self.store.remove_organisation_keeping_rows(uid)
        self.reload(ORGANISATIONS)
        return taken

    def restore_organisation(self, taken: dict) -> None:
        """Put back an organisation removed by `remove_organisation`."""
        self.store.restore_organisation_rows(taken)
        self.reload(ORGANISATIONS)
