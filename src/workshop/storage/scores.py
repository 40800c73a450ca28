"""Single-row writes of the numbers given in meetings: potentials, votes, agreed scores, preferences.

Each write is one small transaction, checked by the domain rules first and by
the file's own constraints second; a refused write changes nothing.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from workshop.domain.errors import DomainError
from workshop.domain.ids import new_uid
from workshop.domain.messages import msg, term
from workshop.domain.model import AgreedScore, Criterion, PotentialScore, Preference, Vote
from workshop.domain.validation import (
    SCALE_LIMIT,
    check_criterion_number,
    check_name,
    check_potential,
    check_range,
    check_scale,
    check_whole,
    check_weight,
    check_weights,
)
from workshop.storage.writer import update_one


Statement = tuple[str, list]


def _write(db: Database, sql: str | list[Statement], params: list | None = None) -> None:
    """One statement, or a list of (statement, parameters) run in order, in one transaction, committed (on
    disk, synchronous=FULL) when this returns; a value the file refuses raises DomainError and changes nothing."""
    statements = sql if isinstance(sql, list) else [(sql, params or [])]
    try:
        with db.atomic():
            for statement, values in statements:
                db.execute(statement, values)
    except sqlite3.IntegrityError as exc:
        raise DomainError(msg("The engagement file refused the value ({error})."), error=exc) from None


# A score's own row and its per-meeting records (domain.history): (score table, record table, key columns).
POTENTIAL = ("potential_scores", "potential_history", ("organisation_uid", "area_code"))
VOTE = ("criteria_votes", "vote_history", ("organisation_uid", "alternative_code", "criterion_number"))
# A meeting's place in time, as domain.history.meeting_order has it: start, title, then uid, compared as a row
# (equal starts and titles had been "not later" here and ordered by their place in the list there, and text
# joined by tabs compares unlike the row when a title holds a tab: the file and the window disagreed about
# which record an edit replaced).
_WHEN = "(SELECT starts_at, title, uid FROM meetings WHERE uid = {})"


def _record(kind: tuple, key: list, meeting_uid: str | None, value, rationale: str) -> list[Statement]:
    """A value given in a meeting is that meeting's record too (the latest one given in it)."""
    if meeting_uid is None:
        return []
    _, history, columns = kind
    names = ", ".join(("meeting_uid", *columns, "value", "rationale"))
    marks = ", ".join("?" for _ in range(len(columns) + 3))
    return [(f"INSERT OR REPLACE INTO {history} ({names}) VALUES ({marks})", [meeting_uid, *key, value, rationale])]


def _forget_later(kind: tuple, key: list, meeting_uid: str | None) -> list[Statement]:
    """A score moved back to an earlier meeting (or to none: an undo, or the facilitator correcting where it
    was given) is no longer the record of the later meeting it named; moving forward keeps the earlier one."""
    table, history, columns = kind
    match = " AND ".join(f"{c} = ?" for c in columns)
    stored = f"(SELECT meeting_uid FROM {table} WHERE {match})"
    later = "1" if meeting_uid is None else f"{_WHEN.format(stored)} > {_WHEN.format('?')}"
    return [(f"DELETE FROM {history} WHERE {match} AND meeting_uid = {stored} AND meeting_uid IS NOT ?"
             f" AND {later}", [*key, *key, meeting_uid, *([*key, meeting_uid] if meeting_uid else [])])]


def _records_of(kind: tuple, key: list, records) -> list[Statement]:
    """The score's per-meeting records replaced by `records` (domain.history records of this score): an undo
    or redo puts back exactly what was, where the rules for a new value (_forget_later, _record) keep a record
    an earlier edit had taken or made."""
    _, history, columns = kind
    match = " AND ".join(f"{c} = ?" for c in columns)
    return [(f"DELETE FROM {history} WHERE {match}", list(key)),
            *(row for r in records for row in _record(kind, key, r.meeting_uid, r.value, r.rationale))]


def _forget_latest(kind: tuple, key: list) -> list[Statement]:
    """A cleared score is forgotten in the meeting it last named (undoing its first giving leaves no record)."""
    table, history, columns = kind
    match = " AND ".join(f"{c} = ?" for c in columns)
    return [(f"DELETE FROM {history} WHERE {match} AND meeting_uid = (SELECT meeting_uid FROM {table} WHERE {match})",
             [*key, *key])]


_LINKED = {"potential": ("potential_scores", POTENTIAL[2]), "vote": ("criteria_votes", VOTE[2]),
           "agreed": ("agreed_scores", ("alternative_code", "criterion_number")),
           "preference": ("preferences", ("organisation_uid",))}


class ScoreRepository:
    """Reads and writes the scores of one engagement file."""

    def __init__(self, db: Database):
        self._db = db

    def _scale(self, criterion_number: int) -> tuple[int, int]:
        row = self._db.execute(
            "SELECT scale_min, scale_max FROM criteria WHERE number = ?", [criterion_number]
        ).fetchone()
        if row is None:
            raise DomainError(msg("There is no criterion {number}."), number=criterion_number)
        return row[0], row[1]

    def set_potential(self, score: PotentialScore, records=None) -> None:
        """Store (or replace) one organisation's potential for one area; `records`: its per-meeting records
        exactly (an undo or redo), else as the rules for a value given now have them."""
        check_potential(score.value)
        key = [score.organisation_uid, score.area_code]
        exact = records is not None
        _write(self._db, [
            *(_records_of(POTENTIAL, key, records) if exact else _forget_later(POTENTIAL, key, score.meeting_uid)),
            ("INSERT INTO potential_scores (uid, organisation_uid, area_code, value, rationale, will, benefit,"
             " ability, meeting_uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
             " ON CONFLICT (organisation_uid, area_code) DO UPDATE SET value = excluded.value,"
             " rationale = excluded.rationale, will = excluded.will, benefit = excluded.benefit,"
             " ability = excluded.ability, meeting_uid = excluded.meeting_uid",
             [score.uid, *key, score.value, score.rationale, score.will, score.benefit, score.ability,
              score.meeting_uid]),
            *([] if exact else _record(POTENTIAL, key, score.meeting_uid, score.value, score.rationale)),
        ])

    def clear_potential(self, organisation_uid: str, area_code: str, records=None) -> None:
        """Remove a potential score: the cell is empty again (`records`: as set_potential)."""
        key = [organisation_uid, area_code]
        history = _forget_latest(POTENTIAL, key) if records is None else _records_of(POTENTIAL, key, records)
        _write(self._db, [*history,
                          ("DELETE FROM potential_scores WHERE organisation_uid = ? AND area_code = ?", key)],)

    def _on_scale(self, number: int, value: int, what: str, statements: list[Statement]) -> None:
        """Write a vote or agreed score on criterion `number`. The file's triggers hold it to the criterion's
        scale; only a refusal looks the scale up, to say why in words (a vote given costs no lookup)."""
        def explain() -> None:
            low, high = self._scale(number)  # no such criterion: says so
            check_range(value, low, high, what)  # off its scale: says which scale

        check_whole(value, what)
        if not -SCALE_LIMIT <= value <= SCALE_LIMIT:  # off every scale (and maybe beyond what SQLite holds)
            explain()
        try:
            _write(self._db, statements)
        except DomainError:
            explain()
            raise

    def set_vote(self, vote: Vote, records=None) -> None:
        """Store (or replace) one organisation's vote on one criterion of one alternative (`records`: as
        set_potential)."""
        key = [vote.organisation_uid, vote.alternative_code, vote.criterion_number]
        exact = records is not None
        self._on_scale(vote.criterion_number, vote.value, term("Vote on criterion {n}", n=vote.criterion_number), [
            *(_records_of(VOTE, key, records) if exact else _forget_later(VOTE, key, vote.meeting_uid)),
            ("INSERT INTO criteria_votes (uid, organisation_uid, alternative_code, criterion_number, value,"
             " meeting_uid, rationale) VALUES (?, ?, ?, ?, ?, ?, ?)"
             " ON CONFLICT (organisation_uid, alternative_code, criterion_number) DO UPDATE SET"
             " value = excluded.value, meeting_uid = excluded.meeting_uid, rationale = excluded.rationale",
             [vote.uid, *key, vote.value, vote.meeting_uid, vote.rationale]),
            *([] if exact else _record(VOTE, key, vote.meeting_uid, vote.value, vote.rationale)),
        ])

    def clear_vote(self, organisation_uid: str, alternative_code: str, criterion_number: int,
                   records=None) -> None:
        """Remove a vote: "no vote", which is not the same as any score (`records`: as set_potential)."""
        key = [organisation_uid, alternative_code, criterion_number]
        _write(self._db, [*(_forget_latest(VOTE, key) if records is None else _records_of(VOTE, key, records)),
                          ("DELETE FROM criteria_votes WHERE organisation_uid = ? AND alternative_code = ?"
                           " AND criterion_number = ?", key)])

    def set_agreed(self, agreed: AgreedScore) -> None:
        """Set the agreed score of a cell by hand, overriding the median."""
        what = term("Agreed score on criterion {n}", n=agreed.criterion_number)
        self._on_scale(agreed.criterion_number, agreed.value, what, [(
            "INSERT INTO agreed_scores (uid, alternative_code, criterion_number, value, comment, meeting_uid)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (alternative_code, criterion_number) DO UPDATE SET"
            " value = excluded.value, comment = excluded.comment, meeting_uid = excluded.meeting_uid",
            [agreed.uid, agreed.alternative_code, agreed.criterion_number, agreed.value, agreed.comment,
             agreed.meeting_uid])])

    def clear_agreed(self, alternative_code: str, criterion_number: int) -> None:
        """Go back to the median for this cell."""
        _write(
            self._db,
            "DELETE FROM agreed_scores WHERE alternative_code = ? AND criterion_number = ?",
            [alternative_code, criterion_number],
        )

    def set_preference(self, preference: Preference) -> None:
        """Store (or replace) the alternative an organisation prefers."""
        _write(
            self._db,
            "INSERT INTO preferences (uid, organisation_uid, alternative_code, comment, meeting_uid)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (organisation_uid) DO UPDATE SET"
            " alternative_code = excluded.alternative_code, comment = excluded.comment,"
            " meeting_uid = excluded.meeting_uid",
            [preference.uid or new_uid(), preference.organisation_uid, preference.alternative_code,
             preference.comment, preference.meeting_uid],
        )

    def clear_preference(self, organisation_uid: str) -> None:
        """Forget an organisation's preference."""
        _write(self._db, "DELETE FROM preferences WHERE organisation_uid = ?", [organisation_uid])

    def add_criterion(self, criterion: Criterion) -> None:
        """Add a criterion (its number must be new); it starts with no votes."""
        text = check_name(criterion.text, term("The criterion's text"))
        check_criterion_number(criterion.number)
        check_scale(criterion.scale_min, criterion.scale_max)
        check_weight(criterion.weight)
        if self._db.execute("SELECT 1 FROM criteria WHERE number = ?", [criterion.number]).fetchone():
            raise DomainError(msg("There is already a criterion {number}."), number=criterion.number)
        _write(self._db, "INSERT INTO criteria (uid, number, text, scale_min, scale_max, weight) VALUES (?, ?, ?, ?, ?, ?)",
               [criterion.uid, criterion.number, text, criterion.scale_min, criterion.scale_max, criterion.weight])

    def remove_unused_criterion(self, criterion_number: int) -> None:
        """Remove a criterion no vote or agreed score refers to (undoing its addition)."""
        for table in ("criteria_votes", "agreed_scores"):
            if self._db.execute(f"SELECT 1 FROM {table} WHERE criterion_number = ? LIMIT 1",
                                [criterion_number]).fetchone():
                raise DomainError(msg("Criterion {number} is in use and cannot be removed."), number=criterion_number)
        _write(self._db, "DELETE FROM criteria WHERE number = ?", [criterion_number])

    def rename_criterion(self, criterion_number: int, text: str) -> str:
        """Give a criterion new wording (its number, scale and votes stay); returns the wording stored."""
        text = check_name(text, term("The criterion's text"))
        update_one(self._db, "UPDATE criteria SET text = ? WHERE number = ?", [text, criterion_number],
                   DomainError(msg("There is no criterion {number}."), number=criterion_number))
        return text

    def set_scale(self, criterion_number: int, low: int, high: int) -> None:
        """Give a criterion another scale; refused while votes or agreed scores lie outside the new one."""
        check_scale(low, high)
        self._scale(criterion_number)
        outside = self._db.execute(
            "SELECT (SELECT count(*) FROM criteria_votes WHERE criterion_number = ?1 AND value NOT BETWEEN ?2 AND ?3)"
            " + (SELECT count(*) FROM agreed_scores WHERE criterion_number = ?1 AND value NOT BETWEEN ?2 AND ?3)",
            [criterion_number, low, high]).fetchone()[0]
        if outside:
            raise DomainError(msg("Criterion {number}: {count} votes or agreed scores lie outside {low}–{high}; "
                                  "change them first."), number=criterion_number, count=outside, low=low, high=high)
        _write(self._db, "UPDATE criteria SET scale_min = ?, scale_max = ? WHERE number = ?",
               [low, high, criterion_number])

    def set_meeting(self, kind: str, key: list, meeting_uid: str | None, records=None) -> None:
        """Say which meeting a potential score, vote, agreed score or preference was given in (None: none).
        Potentials and votes move their per-meeting record with them, or have exactly `records` (an undo or
        redo, see set_potential)."""
        table, columns = _LINKED[kind]
        match = " AND ".join(f"{c} = ?" for c in columns)
        row = self._db.execute(f"SELECT * FROM {table} WHERE {match}", key).fetchone()
        if row is None:
            raise DomainError(msg("That score no longer exists."))
        if meeting_uid is not None and not self._db.execute("SELECT 1 FROM meetings WHERE uid = ?",
                                                             [meeting_uid]).fetchone():
            raise DomainError(msg("That meeting no longer exists."))
        statements: list[Statement] = []
        scored = {"potential": POTENTIAL, "vote": VOTE}.get(kind)
        if scored and records is not None:
            _write(self._db, [(f"UPDATE {table} SET meeting_uid = ? WHERE {match}", [meeting_uid, *key]),
                              *_records_of(scored, key, records)])
            return
        if scored:
            statements += _forget_latest(scored, key)
        statements.append((f"UPDATE {table} SET meeting_uid = ? WHERE {match}", [meeting_uid, *key]))
        if scored:
            value, rationale = self._db.execute(f"SELECT value, rationale FROM {table} WHERE {match}", key).fetchone()
            statements += _record(scored, key, meeting_uid, value, rationale)
        _write(self._db, statements)

    def set_weights(self, weights: dict[int, float]) -> dict[int, float]:
        """Change one or more criteria's weights in one transaction (≥ 0 each; not every weight may be zero);
        refused whole, nothing written, when the result is not allowed. Returns the weights stored."""
        rows = dict(self._db.execute("SELECT number, weight FROM criteria").fetchall())
        for number in weights:
            if number not in rows:
                raise DomainError(msg("There is no criterion {number}."), number=number)
        stored = {number: check_weight(weight) for number, weight in weights.items()}
        check_weights({**rows, **stored}.values())
        try:
            with self._db.atomic():
                for number, weight in stored.items():
                    self._db.execute("UPDATE criteria SET weight = ? WHERE number = ?", [weight, number])
        except sqlite3.IntegrityError as exc:
            raise DomainError(msg("The engagement file refused the value ({error})."), error=exc) from None
        return stored
