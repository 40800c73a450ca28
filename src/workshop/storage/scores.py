"""Single-row writes of the numbers given in meetings: potentials, votes, agreed scores, preferences.

Each write is one small transaction, checked by the domain rules first and by
the file's own constraints second; a refused write changes nothing.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlite_utils import Database

from workshop.domain.errors import DomainError
from workshop.domain.ids import new_uid
from workshop.domain.messages import msg, term
from workshop.domain.model import AgreedScore, Criterion, PotentialScore, Preference, Vote
from workshop.domain.validation import (
    check_criterion_number,
    check_name,
    check_potential,
    check_range,
    check_scale,
    check_weight,
)
from workshop.storage.guard import sqlite_error
from workshop.storage.writer import update_one


def _write(db: Database, sql: str, params: list, meanwhile: Callable[[], None] | None = None) -> None:
    """One statement in its own transaction; `meanwhile` runs while the commit reaches the disk.

    The statement runs first, so a value the file refuses raises before
    `meanwhile` runs and changes nothing. The commit (an fsync, ~0.7 ms) then
    runs on the commit thread while this thread runs `meanwhile` (e.g. redraws
    the charts); the call returns only once the commit is done, so what was
    shown is saved. If the commit fails, StorageError is raised after
    `meanwhile`, and the caller shows the old value again.
    """
    conn = db.conn
    if meanwhile is None or conn.in_transaction:  # inside a larger transaction: it commits
        try:
            with db.atomic():
                db.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise DomainError(msg("The engagement file refused the value ({error})."), error=exc) from None
        if meanwhile is not None:
            meanwhile()
        return
    guard = db.guard
    guard.check()
    try:
        conn.execute("BEGIN")
        conn.execute(sql, params)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.rollback()
        if isinstance(exc, sqlite3.IntegrityError):
            raise DomainError(msg("The engagement file refused the value ({error})."), error=exc) from None
        raise sqlite_error(guard.path, exc) from None
    commit = commit_thread().submit(conn.execute, "COMMIT")
    try:
        meanwhile()
    finally:
        try:
            commit.result()
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise sqlite_error(guard.path, exc) from None
        guard.committed()


@functools.cache
def commit_thread() -> ThreadPoolExecutor:
    """The one thread that waits for commits to reach the disk (SQLite is built thread-safe, serialized)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="workshop-commit")


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

    def set_potential(self, score: PotentialScore, meanwhile: Callable[[], None] | None = None) -> None:
        """Store (or replace) one organisation's potential for one area (see _write for `meanwhile`)."""
        check_potential(score.value)
        _write(
            self._db,
            "INSERT INTO potential_scores (uid, organisation_uid, area_code, value, rationale, will, benefit,"
            " ability, meeting_uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (organisation_uid, area_code) DO UPDATE SET value = excluded.value,"
            " rationale = excluded.rationale, will = excluded.will, benefit = excluded.benefit,"
            " ability = excluded.ability, meeting_uid = COALESCE(excluded.meeting_uid, meeting_uid)",
            [score.uid, score.organisation_uid, score.area_code, score.value, score.rationale, score.will,
             score.benefit, score.ability, score.meeting_uid],
            meanwhile,
        )

    def clear_potential(self, organisation_uid: str, area_code: str,
                        meanwhile: Callable[[], None] | None = None) -> None:
        """Remove a potential score: the cell is empty again."""
        _write(
            self._db,
            "DELETE FROM potential_scores WHERE organisation_uid = ? AND area_code = ?",
            [organisation_uid, area_code],
            meanwhile,
        )

    def set_vote(self, vote: Vote, meanwhile: Callable[[], None] | None = None) -> None:
        """Store (or replace) one organisation's vote on one criterion of one alternative."""
        low, high = self._scale(vote.criterion_number)
        check_range(vote.value, low, high, term("Vote on criterion {n}", n=vote.criterion_number))
        _write(
            self._db,
            "INSERT INTO criteria_votes (uid, organisation_uid, alternative_code, criterion_number, value,"
            " meeting_uid) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (organisation_uid, alternative_code, criterion_number) DO UPDATE SET"
            " value = excluded.value, meeting_uid = COALESCE(excluded.meeting_uid, meeting_uid)",
            [vote.uid, vote.organisation_uid, vote.alternative_code, vote.criterion_number, vote.value,
             vote.meeting_uid],
            meanwhile,
        )

    def clear_vote(self, organisation_uid: str, alternative_code: str, criterion_number: int,
                   meanwhile: Callable[[], None] | None = None) -> None:
        """Remove a vote: "no vote", which is not the same as any score."""
        _write(
            self._db,
            "DELETE FROM criteria_votes WHERE organisation_uid = ? AND alternative_code = ? AND criterion_number = ?",
            [organisation_uid, alternative_code, criterion_number],
            meanwhile,
        )

    def set_agreed(self, agreed: AgreedScore) -> None:
        """Set the agreed score of a cell by hand, overriding the median."""
        low, high = self._scale(agreed.criterion_number)
        check_range(agreed.value, low, high, term("Agreed score on criterion {n}", n=agreed.criterion_number))
        _write(
            self._db,
            "INSERT INTO agreed_scores (uid, alternative_code, criterion_number, value, comment)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (alternative_code, criterion_number) DO UPDATE SET"
            " value = excluded.value, comment = excluded.comment",
            [agreed.uid, agreed.alternative_code, agreed.criterion_number, agreed.value, agreed.comment],
        )

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
            "INSERT INTO preferences (uid, organisation_uid, alternative_code, comment) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (organisation_uid) DO UPDATE SET alternative_code = excluded.alternative_code,"
            " comment = excluded.comment",
            [preference.uid or new_uid(), preference.organisation_uid, preference.alternative_code,
             preference.comment],
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

    def rename_criterion(self, criterion_number: int, text: str) -> None:
        """Give a criterion new wording (its number, scale and votes stay)."""
        text = check_name(text, term("The criterion's text"))
        update_one(self._db, "UPDATE criteria SET text = ? WHERE number = ?", [text, criterion_number],
                   DomainError(msg("There is no criterion {number}."), number=criterion_number))

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

    def set_weight(self, criterion_number: int, weight: float) -> None:
        """Change a criterion's weight (≥ 0; not every weight may be zero)."""
        from workshop.domain.validation import check_weights

        rows = dict(self._db.execute("SELECT number, weight FROM criteria").fetchall())
        if criterion_number not in rows:
            raise DomainError(msg("There is no criterion {number}."), number=criterion_number)
        rows[criterion_number] = weight
        check_weights(rows.values())
        _write(self._db, "UPDATE criteria SET weight = ? WHERE number = ?", [float(weight), criterion_number])
