"""What a checked phone vote becomes in the engagement: a Vote, a PotentialScore or a Preference.

The interface (through its undo commands) and the headless `workshop room`
(through the store) both build the stored row here, so a phone vote is the
same row a typed one is: same uid kept on change, same meeting link, and a
rationale already written stays with a potential cell. An area's factors are
stored as the window stores three typed factors: the potential computed from
them, beside them; a value given directly clears them.
"""

from __future__ import annotations

import dataclasses

from workshop.domain.engagement import Engagement
from workshop.domain.ids import new_uid
from workshop.domain.model import PotentialScore, Preference, Vote
from workshop.domain.history import given_in
from workshop.domain.potential import potential_from_factors
from workshop.domain.vocabulary import RoundKind
from workshop.room.round import Ballot, Round, RoundItem

Record = Vote | PotentialScore | Preference


def cell_of(room: Round, ballot: Ballot) -> tuple:
    """The cell a ballot fills: (org, alternative, criterion), (org, area) or (org,)."""
    item = room.item(ballot.item_id)
    if room.kind == RoundKind.CRITERIA:
        return ballot.organisation_uid, room.alternative_code, item.number
    if room.kind == RoundKind.POTENTIAL:
        return ballot.organisation_uid, item.code
    return (ballot.organisation_uid,)


def current(room: Round, engagement: Engagement, cell: tuple) -> Record | None:
    """The row stored in the cell now, or None."""
    if room.kind == RoundKind.CRITERIA:
        rows = engagement.votes
        key = lambda v: (v.organisation_uid, v.alternative_code, v.criterion_number)  # noqa: E731
    elif room.kind == RoundKind.POTENTIAL:
        rows = engagement.potentials
        key = lambda p: (p.organisation_uid, p.area_code)  # noqa: E731
    else:
        rows = engagement.preferences
        key = lambda p: (p.organisation_uid,)  # noqa: E731
    return next((r for r in rows if key(r) == cell), None)


def record_of(room: Round, ballot: Ballot, old: Record | None) -> Record:
    """The row the ballot stores in place of `old` (its uid, rationale or comment kept)."""
    uid = old.uid if old is not None else new_uid()
    if room.kind == RoundKind.CRITERIA:
        _, alternative, number = cell_of(room, ballot)
        rationale = old.rationale if isinstance(old, Vote) else ""  # why it was scored so, as a typed vote keeps it
        new = Vote(organisation_uid=ballot.organisation_uid, alternative_code=alternative, criterion_number=number,
                   value=int(ballot.value), rationale=rationale, uid=uid)
    elif room.kind == RoundKind.POTENTIAL:
        _, area = cell_of(room, ballot)
        item = room.item(ballot.item_id)
        if item.factors:  # as three factors typed in the grid: the potential they give, and the factors
            will, benefit, ability = (ballot.value[f] for f in item.factors)
            value = potential_from_factors(will, benefit, ability, item.high)
        else:  # as a number typed in the grid: no factors
            will = benefit = ability = None
            value = int(ballot.value)
        new = dataclasses.replace(old, value=value, will=will, benefit=benefit, ability=ability) \
            if isinstance(old, PotentialScore) else PotentialScore(
                organisation_uid=ballot.organisation_uid, area_code=area, value=value, will=will, benefit=benefit,
                ability=ability, uid=uid)
    else:
        choice = next(c for c in room.item(ballot.item_id).choices if c.value == ballot.value)
        comment = old.comment if isinstance(old, Preference) else ""
        new = Preference(organisation_uid=ballot.organisation_uid, alternative_code=choice.label, comment=comment,
                         uid=uid)
    return given_in(new, old, room.meeting_uid)  # the round's meeting, as a typed value gets the running one


def value_of(record: Record | None, item: RoundItem | None = None) -> int | str | dict[str, int] | None:
    """What the room sees of a stored row: the number, or the preferred alternative's code; for an item scored
    by factors, its factors as a phone sends them when the row holds all three (else the number)."""
    if record is None:
        return None
    if isinstance(record, Preference):
        return record.alternative_code
    if item is not None and item.factors and isinstance(record, PotentialScore):
        factors = {f: getattr(record, f) for f in item.factors}
        if None not in factors.values():
            return factors
    return record.value
