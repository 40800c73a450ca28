"""What a merge of two copies of an engagement reports: conflicts to decide and codes it renamed.

"Here" is the file merged into (MINE), "there" the file merged from (THEIRS).
Every text is a message template (msg/term) with its values, so the
interface shows it translated and the command line in English.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from workshop.domain.messages import Term, msg, words


class Side(StrEnum):
    """Which copy's version a decision keeps."""

    MINE = "mine"  # the file merged into ("here")
    THEIRS = "theirs"  # the file merged from ("there")


class ConflictKind(StrEnum):
    """How the two copies disagree about one thing."""

    CHANGED_BOTH = "changed-both"  # the same field set to different values on both sides
    REMOVED_HERE = "removed-here"  # removed here, changed (or added to) there
    REMOVED_THERE = "removed-there"  # changed (or added to) here, removed there


def _fill(template: str, values: dict, translate: Callable[[str], str]) -> str:
    filled = {key: words(value, translate) for key, value in values.items()}
    try:
        return translate(template).format(**filled)
    except (KeyError, IndexError, ValueError):
        return template.format(**filled)


@dataclass(frozen=True)
class Conflict:
    """One disagreement the facilitator decides: `subject` says what it is in words ("Gnosjö's vote on
    1 Teknik, criterion 5"), `here` and `there` what each side holds ("2", "3", "removed")."""

    key: str  # stable between runs of the same merge: decisions are given by key
    kind: ConflictKind
    subject: Term
    here: Term | str
    there: Term | str
    field: Term | None = None  # the field both changed, when it is not the thing's one value
    base: Term | str | None = None  # the value both copies started from (None: added on both sides)
    details: tuple[Term, ...] = ()  # for a removal: what the other side changed or added under it
    # Each version's whole text (here, there) where `here` and `there` shorten a text a person typed (notes
    # of several lines, a long name): the one to keep is chosen on all of it, not on its first words.
    whole: tuple[str, str] | None = None

    def text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """One sentence: "Gnosjö's vote on 1 Teknik, criterion 5: 2 here, 3 there"."""
        values: dict = {"subject": self.subject, "here": self.here, "there": self.there}
        if self.field is not None:
            values["field"] = self.field
            return _fill(msg("{subject}, {field}: {here} here, {there} there"), values, translate)
        if self.details:
            shown = [words(d, translate) for d in self.details[:3]]
            more = len(self.details) - len(shown)
            values["details"] = "; ".join(shown)
            if more:
                values["details"] = _fill(msg("{shown} and {n} more"), {"shown": values["details"], "n": more},
                                          translate)
            return _fill(msg("{subject}: {here} here, {there} there ({details})"), values, translate)
        return _fill(msg("{subject}: {here} here, {there} there"), values, translate)

    def as_json(self) -> dict:
        """The conflict for `--conflicts-json` (English)."""
        return {"key": self.key, "kind": str(self.kind), "text": self.text(), "subject": str(self.subject),
                "field": None if self.field is None else str(self.field), "here": str(self.here),
                "there": str(self.there), "base": None if self.base is None else str(self.base),
                "details": [words(d) for d in self.details],
                "here_text": None if self.whole is None else self.whole[0],
                "there_text": None if self.whole is None else self.whole[1]}


def conflict_ids(conflicts: Iterable[Conflict], length: int = 8) -> dict[str, Conflict]:
    """A short ID for each conflict, for the command line (`workshop merge --list`, `--keep ID=theirs`): a hash
    of all the conflict shows (`as_json`: its key, both versions whole, the base, what changed under a
    removal). The same in every run of the same merge; another once either copy changes what it is about, so
    a decision given by ID is never applied to versions it was not made on. Longer for all in the rare case
    that two would share one."""
    conflicts = list(conflicts)
    digests = [hashlib.sha256(json.dumps(c.as_json(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()
               for c in conflicts]
    ids = {d[:length]: c for d, c in zip(digests, conflicts)}
    if len(ids) < len(set(digests)) and length < 64:
        return conflict_ids(conflicts, length * 2)
    return ids


@dataclass(frozen=True)
class Rename:
    """A code (or name) added on both sides for two different things; the one added `side` was renamed."""

    subject: Term  # e.g. term("alternative {code}", code="3")
    old: str
    new: str
    side: Side

    def text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """One sentence: "alternative 3 added there is now 3 (2): another alternative 3 was added here"."""
        values = {"subject": self.subject, "old": self.old, "new": self.new}
        if self.side is Side.THEIRS:
            return _fill(msg("{subject} added there is now “{new}”: another one with “{old}” was added here"),
                         values, translate)
        return _fill(msg("{subject} added here is now “{new}”: another one with “{old}” was added there"),
                     values, translate)


@dataclass
class MergeReport:
    """What a merge found: every conflict (decided or not), the renames, and how many rows came in."""

    conflicts: list[Conflict] = field(default_factory=list)
    undecided: list[Conflict] = field(default_factory=list)
    # Kept here in an earlier merge against the same base, unchanged on both sides since: kept again, not asked.
    as_before: list[Conflict] = field(default_factory=list)
    renames: list[Rename] = field(default_factory=list)
    changes: int = 0  # rows added, changed or removed there that came in without a question
    incoming: list = field(default_factory=list)  # those rows in words (Terms), in the file's order of tables
    incoming_more: int = 0  # and how many more of them there are, not named (the scores' meeting records aside)

    @property
    def incoming_count(self) -> int:
        """How many changes came in without a question, as listed (the dialog's, the status bar's and the
        command line's number: `changes` also counts the meetings' records of scores, which follow them)."""
        return len(self.incoming) + self.incoming_more
