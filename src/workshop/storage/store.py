"""EngagementStore: one open engagement file and the repositories that read and write it."""

from __future__ import annotations

import dataclasses

import os
import secrets
import sqlite3
from pathlib import Path

from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.model import Alternative, EngagementInfo, Organisation
from workshop.domain.validation import check_name, check_unique_name
from workshop.storage.backups import StoreBackups, newest_good_backup
from workshop.storage.connection import (
    DamagedFileError,
    create_database,
    inspect,
    network_filesystem,
    open_database,
)
from workshop.storage.errors import StorageError
from workshop.storage.guard import GuardedDatabase, ReadOnly, ReadOnlyReason, WriteGuard
from workshop.storage.lock import FileLock, lock_or_refuse, read_holder, try_lock
from workshop.storage.paths import other_names, real_file
from workshop.storage.schema import current_schema
from workshop.storage.targets import check_new_file, refused_name
from workshop.storage.framework import FrameworkRepository
from workshop.storage.reader import load_engagement, load_history
from workshop.storage.catalogue import CatalogueRepository
from workshop.storage.lists import ListRepository
from workshop.storage.meetings import MeetingRepository
from workshop.storage.records import RecordsRepository
from workshop.storage.scores import ScoreRepository
from workshop.storage.writer import gone, insert_engagement, insert_rows, point_rows, update_one

SUFFIX = ".workshop"


class EngagementStore(StoreBackups):
    """An open engagement file. Create with `open()` or `create()`; close when done.

    A store opened for editing holds the file's lock (storage.lock) until it closes. When another writer
    holds it, or the file or its folder may not be written, it opens read-only instead: `read_only` says why
    (the interface shows it as a banner) and every write is refused with a StorageError saying so.
    """

    def __init__(self, db: GuardedDatabase, path: Path, lock: FileLock | None = None):
        self.db = db
        self.path = path
        self.lock = lock
        self.scores = ScoreRepository(db)
        self.catalogue = CatalogueRepository(db)
        self.meetings = MeetingRepository(db)
        self.framework = FrameworkRepository(db)
        self.records = RecordsRepository(db)
        self.lists = ListRepository(db)
        fs = network_filesystem(path)
        self.warnings: list[str] = (
            [f"{path.name} lives on a network share ({fs}); keep engagement files on a local disk."] if fs else []
        )
        self._backed_up_edits = 0

    @property
    def read_only(self) -> ReadOnly | None:
        """Why the file is open read-only, or None when this store may write it."""
        return self.db.guard.read_only

    @property
    def lost(self) -> bool:
        """True once the file was found replaced or deleted underneath the store (it writes no more)."""
        return self.db.guard.lost

    @property
    def refused(self) -> bool:
        """True once the file refused a write through this store (full, locked, replaced): something meant
        for it may be only in the window, or beside it (the typing journal)."""
        return self.db.guard.refused

    @property
    def refusal(self) -> StorageError | None:
        """Why the file refused the last write it refused (None when it never did)."""
        return self.db.guard.refusal

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> EngagementStore:
        """Open an existing file; refuses files that are not (current) engagements, changing nothing in them.

        For editing (the default) it takes the lock, migrates an older file and takes a backup when the file
        changed since the last one; `read_only=True` (commands that only read) does none of that.
        """
        path = Path(path)
        try:
            inspect(path, current_schema())
        except DamagedFileError as exc:
            good = newest_good_backup(path)
            if good is None:
                raise
            offer = DamagedFileError(msg("{path}: the file is damaged ({check}). A good backup from {taken} "
                                         "holds {meetings} meetings: restore it (File → Restore from Backup…, "
                                         "or `workshop restore FILE newest`)."), path=path,
                                     check=exc.values.get("check", ""), taken=good.label, meetings=good.meetings)
            offer.backup = good
            raise offer from None
        lock, why = None, None
        if read_only:
            why = ReadOnly(ReadOnlyReason.ASKED)
        elif not os.access(path, os.W_OK):
            why = ReadOnly(ReadOnlyReason.FILE)
        elif not os.access(real_file(path).parent, os.W_OK):  # where SQLite writes its -wal: the real file's
            why = ReadOnly(ReadOnlyReason.FOLDER)
        elif other_names(path):  # each name would have a lock of its own, and SQLite a journal of its own
            why = ReadOnly(ReadOnlyReason.LINKED)
        else:
            try:
                lock = try_lock(path)
            except StorageError:
                why = ReadOnly(ReadOnlyReason.FOLDER)
            else:
                if lock is None:
                    why = ReadOnly(ReadOnlyReason.LOCKED, read_holder(path))
        try:
            store = cls(open_database(path, read_only=why is not None, guard=WriteGuard(path, why)), path, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if why is None:
            try:
                store._backup_on_open()
            except BaseException:  # the lock and the connection go with a store that is not handed out
                store.close()
                raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike[str], engagement: Engagement, overwrite: bool = False) -> EngagementStore:
        """Write a new file holding the engagement, whole or not at all.

        It is built under a temporary name beside the target and renamed into place once complete (a full
        disk leaves nothing behind). Replacing a file (`overwrite`) is refused while another writer has it
        open; the new file's lock is taken before the rename, so nobody opens it half-made.
        """
        path = check_new_file(path, overwrite=overwrite)
        lock = lock_or_refuse(path)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.creating")
        done = False
        try:
            db = create_database(tmp)
            try:
                insert_engagement(db, engagement)
            except (sqlite3.Error, DomainError) as exc:
                raise StorageError(msg("{path}: the engagement could not be written ({error})."),
                                   path=path, error=exc) from None
            finally:
                db.close()
            for suffix in ("-wal", "-shm"):  # a replaced file's journal would be replayed on the new one
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(tmp, path)
            db = open_database(path, guard=WriteGuard(path, None))
            done = True
        except OSError as exc:
            raise refused_name(exc, path, StorageError) or StorageError(
                msg("{path}: cannot be created ({error})."), path=path, error=exc) from None
        except StorageError as exc:
            raise _naming(exc, tmp, path) from None
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
            if not done:
                lock.release()
        return cls(db, path, lock)

    def close(self) -> None:
        """Close the file (committed work is already on disk) and let another writer have it."""
        self.db.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> EngagementStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def load(self) -> Engagement:
        """Everything in the file, as domain objects (DamagedFileError when its tables are not what they
        should be)."""
        return self._read(load_engagement)

    def load_history(self) -> dict:
        """What each organisation gave in each meeting: `potential_history` and `vote_history`."""
        return self._read(load_history)

    def _read(self, reader):
        try:
            return reader(self.db)
        except sqlite3.DatabaseError as exc:  # what the checks on opening do not see (they see a missing column)
            raise DamagedFileError(msg("{path}: the file is damaged ({check})."), path=self.path,
                                   check=exc) from None

    def update_info(self, info: EngagementInfo) -> EngagementInfo:
        """Replace the engagement's title, client, dates and settings; returns what was stored."""
        stored = dataclasses.replace(info, title=check_name(info.title, term("The engagement title")))
        with self.db.atomic():
            self.db.execute(
                "UPDATE engagement SET title=?, client=?, facilitator=?, contact=?, start_date=?, end_date=?,"
                " description=?, template=?, potential_mode=?, potential_factor_scale=?",
                [stored.title, stored.client, stored.facilitator, stored.contact, stored.start_date, stored.end_date,
                 stored.description, stored.template, stored.potential_mode, stored.potential_factor_scale],
            )
        return stored

    def add_alternative(self, alternative: Alternative) -> None:
        """Add an alternative at the end; its code (e.g. "3") must be new, and it starts with no votes."""
        existing = list(self.db.query("SELECT code FROM alternatives"))
        code = check_unique_name(alternative.code, [r["code"] for r in existing], term("Alternative code"))
        name = check_name(alternative.name, term("The alternative's name"))
        with self.db.atomic():  # the row, then its areas and points: all of it or nothing
            self.db.execute("INSERT INTO alternatives (uid, position, code, name, description) VALUES (?, ?, ?, ?, ?)",
                            [alternative.uid, len(existing), code, name, alternative.description])
            self.update_alternative(Alternative(code=code, name=name, description=alternative.description,
                                                area_codes=alternative.area_codes, pros=alternative.pros,
                                                cons=alternative.cons, uid=alternative.uid))

    def remove_unused_alternative(self, code: str) -> None:
        """Remove an alternative nothing refers to yet (undoing its addition); refused when votes, agreed
        scores, preferences or paths name it."""
        for table, column in (("criteria_votes", "alternative_code"), ("agreed_scores", "alternative_code"),
                              ("preferences", "alternative_code"), ("alternative_paths", "from_code"),
                              ("alternative_paths", "to_code")):
            if self.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", [code]).fetchone():
                raise DomainError(msg("Alternative {code} is in use and cannot be removed."), code=code)
        with self.db.atomic():
            self.db.execute("DELETE FROM alternatives WHERE code = ?", [code])

    def update_alternative(self, alternative: Alternative) -> None:
        """Replace an alternative's name, description, covered areas, pros and cons (its code stays)."""
        name = check_name(alternative.name, term("The alternative's name"))
        points = [check_name(text, term("A pro or con")) for text in (*alternative.pros, *alternative.cons)]
        areas = {r["code"] for r in self.db.query("SELECT code FROM areas")}
        unknown = [code for code in alternative.area_codes if code not in areas]
        if unknown:
            raise DomainError(msg("There is no area {code}."), code=unknown[0])
        try:
            with self.db.atomic():
                done = self.db.execute("UPDATE alternatives SET name = ?, description = ? WHERE uid = ? AND code = ?",
                                       [name, alternative.description, alternative.uid, alternative.code])
                if done.rowcount != 1:
                    raise DomainError(msg("There is no alternative {code}."), code=alternative.code)
                self.db.execute("DELETE FROM alternative_areas WHERE alternative_code = ?", [alternative.code])
                insert_rows(self.db, "alternative_areas", [{"alternative_code": alternative.code, "area_code": code}
                                                           for code in dict.fromkeys(alternative.area_codes)])
                self.db.execute("DELETE FROM alternative_points WHERE alternative_uid = ?", [alternative.uid])
                pros = points[: len(alternative.pros)]
                insert_rows(self.db, "alternative_points",
                            point_rows("alternative_uid", alternative.uid, pros, points[len(alternative.pros):]))
        except sqlite3.IntegrityError as exc:
            raise DomainError(msg("The engagement file refused the change ({error})."), error=exc) from None

    def set_today_share(self, group_code: str, share: float | None) -> None:
        """A group's share of today's spend (0–1), or None when it is not known."""
        if share is not None and not 0 <= share <= 1:
            raise DomainError(msg("A share of today's spend must be between 0 and 100 %."))
        update_one(self.db, "UPDATE area_groups SET today_share = ? WHERE code = ?", [share, group_code],
                   DomainError(msg("There is no group {code}."), code=group_code))

    def add_organisation(self, organisation: Organisation) -> None:
        """Add a participating organisation at the end; its name and code must be new."""
        existing = list(self.db.query("SELECT name, short_code FROM organisations"))
        name = check_unique_name(organisation.name, [r["name"] for r in existing], term("Organisation"))
        code = check_unique_name(organisation.short_code, [r["short_code"] for r in existing], term("Short code"))
        try:
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO organisations (uid, position, name, short_code)"
                    " VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM organisations), ?, ?)",
                    [organisation.uid, name, code],
                )
        except sqlite3.IntegrityError as exc:
            raise DomainError(msg("The organisation could not be added ({error})."), error=exc) from None

    def rename_organisation(self, uid: str, name: str) -> None:
        """Give an organisation a new, unique name."""
        others = [r["name"] for r in self.db.query("SELECT name FROM organisations WHERE uid != ?", [uid])]
        clean = check_unique_name(name, others, term("Organisation"))
        update_one(self.db, "UPDATE organisations SET name = ? WHERE uid = ?", [clean, uid],
                   gone(msg("That organisation no longer exists (another window or program removed it); "
                            "the new name was not saved.")))

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the open file elsewhere (via SQLite's backup API)."""
        from workshop.storage.connection import backup

        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StorageError(msg("{path}: that is the open file itself; choose another name."), path=target)
        check_new_file(target, overwrite=True)
        lock = lock_or_refuse(target)  # never replace a file another window has open
        partial = target.with_name(f".{target.name}.partial")
        try:
            backup(self.db.conn, partial)
            for suffix in ("-wal", "-shm"):  # a replaced file's journal would be replayed on the copy
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise StorageError(msg("{path}: the copy could not be written ({error})."),
                               path=target, error=exc) from None
        finally:
            lock.release()

    def _take_rows(self, rows: tuple[tuple[str, str], ...], key: str) -> dict[str, list[dict]]:
        """Every row of these (table, column) pairs whose column holds `key`, parents first."""
        taken: dict[str, list[dict]] = {}
        seen: dict[str, set[tuple]] = {}  # a table named twice (paths: from and to) gives a row once
        for table, column in rows:
            kept, known = taken.setdefault(table, []), seen.setdefault(table, set())
            for row in self.db.query(f"SELECT * FROM {table} WHERE {column} = ?", [key]):
                values = tuple(row.values())
                if values not in known:
                    known.add(values)
                    kept.append(row)
        return taken

    def _restore_rows(self, taken: dict[str, list[dict]]) -> None:
        for table, rows in taken.items():  # parents first, as taken
            if table == "recommendation":  # its one row stayed (pointing at no alternative): point it back
                for row in rows:
                    self.db.execute("UPDATE recommendation SET alternative_code = ?", [row["alternative_code"]])
                continue
            insert_rows(self.db, table, rows)

    def remove_organisation_keeping_rows(self, uid: str) -> dict[str, list[dict]]:
        """Remove an organisation; return every row that went with it, for undo."""
        with self.db.atomic():
            taken = self._take_rows(_ORGANISATION_ROWS, uid)
            taken["people_links"] = [
                {"uid": r["uid"]} for r in self.db.query("SELECT uid FROM people WHERE organisation_uid = ?", [uid])
            ]
            self.db.execute("DELETE FROM organisations WHERE uid = ?", [uid])
        return taken

    def restore_organisation_rows(self, taken: dict[str, list[dict]]) -> None:
        """Put back an organisation and its rows as `remove_organisation_keeping_rows` returned them."""
        taken = dict(taken)
        links = taken.pop("people_links")
        org_uid = taken["organisations"][0]["uid"]
        with self.db.atomic():
            self._restore_rows(taken)
            for row in links:
                self.db.execute("UPDATE people SET organisation_uid = ? WHERE uid = ?", [org_uid, row["uid"]])

    def remove_alternative_keeping_rows(self, code: str) -> dict[str, list[dict]]:
        """Remove an alternative with its votes, agreed scores, preferences, paths, areas and points;
        return every row that went, for undo (e.g. an alternative dropped as the investigation narrows)."""
        with self.db.atomic():
            row = self.db.execute("SELECT uid FROM alternatives WHERE code = ?", [code]).fetchone()
            if row is None:
                raise DomainError(msg("There is no alternative {code}."), code=code)
            taken = self._take_rows(_ALTERNATIVE_ROWS, code)
            taken["alternative_points"] = list(self.db.query(
                "SELECT * FROM alternative_points WHERE alternative_uid = ?", [row[0]]))
            self.db.execute("DELETE FROM alternatives WHERE code = ?", [code])
        return taken

    def remove_criterion_keeping_rows(self, number: int) -> dict[str, list[dict]]:
        """Remove a criterion with its votes and agreed scores; return every row that went, for undo.
        The last criterion with a weight above zero cannot go (the weights would be all zero)."""
        with self.db.atomic():
            weights = dict(self.db.execute("SELECT number, weight FROM criteria").fetchall())
            if number not in weights:
                raise DomainError(msg("There is no criterion {number}."), number=number)
            if len(weights) > 1 and not any(w > 0 for n, w in weights.items() if n != number):
                raise DomainError(msg("At least one criterion weight must be above zero."))
            taken = self._take_rows(_CRITERION_ROWS, number)
            self.db.execute("DELETE FROM criteria WHERE number = ?", [number])
        return taken

    def remove_group_keeping_rows(self, code: str) -> dict[str, list[dict]]:
        """Remove a group of areas; return its row, for undo (which puts it back in its place).
        Refused while it holds areas: they, with their scores, go first, each on its own."""
        with self.db.atomic():
            self.framework.check_group_empty(code)
            taken = self._take_rows(_GROUP_ROWS, code)
            if not taken["area_groups"]:
                raise DomainError(msg("There is no group {code}."), code=code)
            self.db.execute("DELETE FROM area_groups WHERE code = ?", [code])
        return taken

    def remove_area_keeping_rows(self, code: str) -> dict[str, list[dict]]:
        """Remove an area with its scores, sub-items and coverage; return every row that went, for undo."""
        with self.db.atomic():
            row = self.db.execute("SELECT uid FROM areas WHERE code = ?", [code]).fetchone()
            if row is None:
                raise DomainError(msg("There is no area {code}."), code=code)
            taken = self._take_rows(_AREA_ROWS, code)
            taken["area_sub_items"] = list(self.db.query("SELECT * FROM area_sub_items WHERE area_uid = ?", [row[0]]))
            self.db.execute("DELETE FROM areas WHERE code = ?", [code])
        return taken

    def restore_rows(self, taken: dict[str, list[dict]]) -> None:
        """Put back rows as a remove_…_keeping_rows call returned them (parents first)."""
        with self.db.atomic():
            self._restore_rows(taken)


def _naming(exc: StorageError, tmp: Path, target: Path) -> StorageError:
    """The same error naming the target where it named the temporary file."""
    values = {k: (target if str(v) == str(tmp) else v) for k, v in exc.values.items()}
    return StorageError(exc.template, **values)


# Rows that belong to an organisation, parents first (the order restores them safely).
_ORGANISATION_ROWS = (
    ("organisations", "uid"),
    ("potential_scores", "organisation_uid"),
    ("criteria_votes", "organisation_uid"),
    ("preferences", "organisation_uid"),
    ("meeting_organisations", "organisation_uid"),
    ("potential_history", "organisation_uid"),
    ("vote_history", "organisation_uid"),
)

# Rows that name an alternative by its code, parents first (its points are taken by the alternative's uid).
_ALTERNATIVE_ROWS = (
    ("alternatives", "code"),
    ("alternative_areas", "alternative_code"),
    ("alternative_paths", "from_code"),
    ("alternative_paths", "to_code"),
    ("criteria_votes", "alternative_code"),
    ("agreed_scores", "alternative_code"),
    ("preferences", "alternative_code"),
    ("vote_history", "alternative_code"),
    ("recommendation", "alternative_code"),
)

# Rows that name a criterion by its number, parents first.
_CRITERION_ROWS = (
    ("criteria", "number"),
    ("criteria_votes", "criterion_number"),
    ("agreed_scores", "criterion_number"),
    ("vote_history", "criterion_number"),
)

# A group's own row (its areas must have gone before it).
_GROUP_ROWS = (("area_groups", "code"),)

# Rows that name an area by its code, parents first (its sub-items are taken by the area's uid).
_AREA_ROWS = (
    ("areas", "code"),
    ("potential_scores", "area_code"),
    ("alternative_areas", "area_code"),
    ("potential_history", "area_code"),
)
