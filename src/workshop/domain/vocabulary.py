"""The closed sets of values an engagement uses, each spelled once.

The schema's CHECK constraints, storage, the JSON checks and the interface's
label maps all take their values from here. Members are strings, so a value
read from the file compares equal to its member.
"""

from __future__ import annotations

from enum import StrEnum


class MeetingKind(StrEnum):
    """What a meeting is for."""

    WORK = "work"  # an interview with one or a few organisations
    JOINT = "joint"  # all organisations together
    STEERING = "steering"  # a steering-group check-in


class MeetingStatus(StrEnum):
    """Where a meeting stands."""

    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"  # held


class ItemKind(StrEnum):
    """Where an agenda item came from."""

    QUESTION = "question"  # a question of the catalogue
    FREE = "free"  # typed into the agenda (a break, an update)
    FOLLOW_UP = "follow-up"  # a question asked on the spot


class ItemStatus(StrEnum):
    """How far an agenda item got in its meeting."""

    OPEN = "open"
    ANSWERED = "answered"
    SKIPPED = "skipped"
    PARKED = "parked"  # left for a later meeting


class ActionStatus(StrEnum):
    """Whether an action item is still to be done."""

    OPEN = "open"
    CLOSED = "closed"


class PotentialMode(StrEnum):
    """How a potential score is entered."""

    DIRECT = "direct"  # typed as 0–100
    FACTORS = "factors"  # computed from will × benefit × ability


class ArgumentKind(StrEnum):
    """A pro or a con of an alternative or an organisation form."""

    PRO = "pro"
    CON = "con"


class RoundKind(StrEnum):
    """What the room votes on from phones: one alternative's criteria, one organisation's areas, or preferences."""

    CRITERIA = "criteria"
    POTENTIAL = "potential"
    PREFERENCES = "preferences"


class AddendumKind(StrEnum):
    """What a change to approved minutes did."""

    NOTES = "notes"  # an agenda item's notes changed
    DECISION_ADDED = "decision-added"
    DECISION_CHANGED = "decision-changed"
    DECISION_REMOVED = "decision-removed"
    ACTION_ADDED = "action-added"
    ACTION_CHANGED = "action-changed"
    ACTION_REMOVED = "action-removed"


class PlaceKind(StrEnum):
    """How a person appears in an engagement (the People view, `workshop people`)."""

    ATTENDED = "attended"  # a meeting they attended
    OWNS_ACTION = "owns-action"  # an action item with them as owner
    MENTIONED = "mentioned"  # a text that names them


def values(vocabulary: type[StrEnum]) -> tuple[str, ...]:
    """The values of a vocabulary, in declaration order."""
    return tuple(member.value for member in vocabulary)
