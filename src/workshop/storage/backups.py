"""Rolling backups beside each engagement file, taken with SQLite's backup API.

`ggvvh.workshop` keeps its backups in the folder `ggvvh.workshop.backups/`,
one file per backup named with the date and time it was taken
(`2024-06-10_130502.workshop`); the last KEEP stay. Each backup's
modification time is set to the time the engagement was last edited, so the
list can show both without opening anything. `backups_of()` is the one way to
find them (forgetting a person must reach every copy, backups included).

The backup taken just before a merge says so, for the facilitator who regrets
the merge: a small file beside it (`2024-06-10_130502.workshop.reason`, JSON:
`{"before_merging": "laptop2.workshop"}`) names the copy merged. The backup
itself stays the file's exact copy, under the name every version looks for;
the note goes when its backup goes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.guard import GuardedDatabase
from workshop.storage.paths import beside, real_file, uninterrupted

KEEP = 10
BACKUP_MINUTES = 10  # the interface takes one every ten minutes of editing
_STAMP = "%Y-%m-%d_%H%M%S"
REASON = ".reason"  # beside a backup: why it was taken, when not by the clock or on opening


def backup_folder(path: str | os.PathLike[str]) -> Path:
    """The folder that holds an engagement file's backups (it may not exist yet)."""
    return beside(path, ".backups")


@dataclass(frozen=True)
class Backup:
    """One backup: where it is, when it was taken and what it holds."""

    path: Path
    taken_at: datetime
    last_edit: datetime
    meetings: int | None  # None when the backup cannot be read (damaged)
    ok: bool
    before_merging: str | None = None  # taken just before the copy of this name was merged into the file

    @property
    def label(self) -> str:
        """“2024-06-10 13:05:02”, as a list shows it."""
        return self.taken_at.strftime("%Y-%m-%d %H:%M:%S")


def backups_of(path: str | os.PathLike[str]) -> list[Path]:
    """Every backup file of an engagement file, oldest first."""
    folder = backup_folder(path)
    try:
        children = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:  # a name the system cannot make (too long), a folder that may not be read: none here
        return []
    found = []
    for child in children:
        key = _order(child)
        if key is not None and child.suffix == ".workshop" and child.is_file():
            found.append((key, child))
    return [p for _key, p in sorted(found)]


def _order(path: Path) -> tuple[datetime, int] | None:
    """When a backup was taken, and its number within that second ("…_130502_2" is the second one)."""
    stamp, _, n = path.stem.partition("_")[2].partition("_")
    try:
        return datetime.strptime(f"{path.stem.partition('_')[0]}_{stamp}", _STAMP), int(n or 1)
    except ValueError:
        return None


def describe(backup: Path) -> Backup:
    """What a backup holds (meetings) and whether it passes SQLite's integrity check."""
    taken = _order(backup)[0]
    last_edit = datetime.fromtimestamp(backup.stat().st_mtime)
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
            meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0] if ok else None
        finally:
            conn.close()
    except sqlite3.Error:
        ok, meetings = False, None
    return Backup(backup, taken, last_edit, meetings, ok, _reason(backup).get("before_merging"))


def reason_path(backup: Path) -> Path:
    """Where the note beside a backup is (it may not exist)."""
    return backup.with_name(backup.name + REASON)


def rewrite_reason(backup: Path, change: Callable[[str], str]) -> bool:
    """The note beside a backup written again, whole, with `change` applied to its text (forgetting a person:
    the copy's name may hold theirs, "Anders laptop.workshop"); False when the backup has none. OSError, or
    ValueError for a note that is not UTF-8, when it cannot be read or written."""
    note = reason_path(backup)
    if not note.is_file():
        return False
    text = note.read_text(encoding="utf-8")
    changed = change(text)
    if changed != text:
        _write_note(backup, changed)
    return True


def stray_reasons(path: str | os.PathLike[str]) -> list[Path]:
    """The notes in a file's backups folder whose backup is gone (removed by hand): they name a copy still."""
    folder = backup_folder(path)
    try:
        notes = list(folder.glob(f"*.workshop{REASON}")) if folder.is_dir() else []
    except OSError:
        return []
    return [note for note in notes if not note.with_name(note.name.removesuffix(REASON)).exists()]


def _reason(backup: Path) -> dict:
    """What the note beside a backup says (nothing when there is none, or it cannot be read as one)."""
    try:
        data = json.loads(reason_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("before_merging"), str):
        return {}
    return data


def list_backups(path: str | os.PathLike[str]) -> list[Backup]:
    """The backups of an engagement file with their times and contents, newest first."""
    return [describe(p) for p in reversed(backups_of(path))]


def newest_good_backup(path: str | os.PathLike[str]) -> Backup | None:
    """The newest backup that passes the integrity check (to offer when the file itself is damaged)."""
    for backup in list_backups(path):
        if backup.ok:
            return backup
    return None


def take_backup(conn: sqlite3.Connection, path: Path, last_edit: float, now: datetime | None = None, *,
                unless_same: bool = False, before_merging: str | None = None) -> Path | None:
    """Copy the open file into its backup folder (SQLite's backup API: consistent while open), stamped with
    the last edit; keep the newest KEEP. `unless_same`: no new backup when the newest one holds exactly the
    same (the backup API copies pages as they are, so the same content gives the same bytes).
    `before_merging`: the name of the copy about to be merged, noted beside the backup.
    Raises StorageError when the copy cannot be written."""
    folder = backup_folder(path)
    now = now or datetime.now()
    target = folder / f"{now.strftime(_STAMP)}.workshop"
    partial = folder / f".{target.name}.partial"
    try:
        if folder.exists() and not folder.is_dir():
            raise StorageError(msg("{path}: no backup could be written: {folder} is a file where the backups' "
                                   "folder belongs (move or rename it)."), path=path, folder=folder)
        folder.mkdir(exist_ok=True)
        n = 1
        while target.exists():  # two backups in one second (on open, then before a restore): keep both
            n += 1
            target = folder / f"{now.strftime(_STAMP)}_{n}.workshop"
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
        newest = backups_of(path)[-1:]
        if unless_same and newest and newest[0].read_bytes() == partial.read_bytes():
            partial.unlink()
            return None
        os.utime(partial, (last_edit, last_edit))
        if before_merging is not None:  # written first: a backup in place never lacks the note it was given
            _write_reason(target, {"before_merging": before_merging})
        else:  # a note left behind by a backup of this name removed by hand is not this one's
            reason_path(target).unlink(missing_ok=True)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, reason_path(target)):
            with contextlib.suppress(OSError):  # the folder itself may be what failed
                leftover.unlink(missing_ok=True)
        raise StorageError(msg("{path}: no backup could be written ({error})."), path=path,
                           error=exc) from None
    for old in backups_of(path)[:-KEEP]:
        old.unlink(missing_ok=True)
        reason_path(old).unlink(missing_ok=True)
    return target


def _write_reason(backup: Path, reason: dict) -> None:
    """The note beside a backup, written whole."""
    _write_note(backup, json.dumps(reason, ensure_ascii=False))


def _write_note(backup: Path, text: str) -> None:
    """A note's text beside a backup, written whole (a temporary file renamed)."""
    note, partial = reason_path(backup), backup.with_name(f".{backup.name}{REASON}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, note)
    finally:
        partial.unlink(missing_ok=True)


def file_last_edit(path: Path) -> float:
    """When the file on disk last changed (its -wal holds the newest commits)."""
    times = [p.stat().st_mtime for p in (path, beside(path, "-wal")) if p.exists()]
    return max(times)


def restorable(backup: Path) -> sqlite3.Connection:
    """The backup's content, in memory, once it passes every check an engagement file passes when opened
    (SQLite's integrity check, a Workshop engagement, the schema's tables and columns, not from a newer
    version; an older one brought up to the current schema): StorageError saying why not otherwise. Read
    before anything else happens, so the backup taken of the present state cannot push it out of the ten."""
    from workshop.storage.connection import open_database

    try:
        db = open_database(backup, read_only=True)
    except StorageError as exc:
        raise StorageError(msg("This backup cannot be restored: {error}"), error=exc) from None
    memory = sqlite3.connect(":memory:")
    try:
        db.conn.backup(memory)
    except sqlite3.Error as exc:
        memory.close()
        raise StorageError(msg("{path}: the backup could not be restored ({error})."), path=backup,
                           error=exc) from None
    finally:
        db.close()
    return memory


def restore_into(conn: sqlite3.Connection, source: sqlite3.Connection, backup: Path) -> None:
    """Replace the open file's content with a checked backup's (`restorable`), in one step through SQLite's
    backup API (the file, its lock and its connection stay the same)."""
    try:
        source.backup(conn)
    except sqlite3.Error as exc:
        raise StorageError(msg("{path}: the backup could not be restored ({error})."), path=backup,
                           error=exc) from None


def restore_file(path: str | os.PathLike[str], backup: Path) -> Path:
    """Put a backup in place of an engagement file that cannot be opened (damaged); the damaged file is kept
    beside it (`…workshop.damaged-<time>`), never deleted. Refused while another writer holds the file."""
    from workshop.storage.lock import lock_or_refuse

    path = real_file(path)  # the file a link names is restored, the link stays
    source = restorable(backup)
    try:
        lock = lock_or_refuse(path)
    except BaseException:
        source.close()
        raise
    partial = path.with_name(f".{path.name}.restoring")
    try:
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as a backup is
            finally:
                dest.close()
        finally:
            source.close()
        kept = path.with_name(f"{path.name}.damaged-{datetime.now().strftime(_STAMP)}")
        with uninterrupted():
            if path.exists():
                os.replace(path, kept)
            for suffix in ("-wal", "-shm"):  # the damaged file's; replayed on the backup they would harm it
                if Path(f"{path}{suffix}").exists():
                    os.replace(f"{path}{suffix}", f"{kept}{suffix}")
            os.replace(partial, path)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(msg("{path}: the backup could not be restored ({error})."), path=path,
                           error=exc) from None
    finally:
        lock.release()
    return path


class StoreBackups:
    """The backups of an open store (EngagementStore inherits these; it provides db and path)."""

    db: GuardedDatabase
    path: Path
    warnings: list[str]
    _backed_up_edits = 0

    def _backup_on_open(self) -> None:
        # Not when nothing changed since the newest backup: opening ten times keeps ten different states.
        try:
            take_backup(self.db.conn, self.path, file_last_edit(self.path), unless_same=True)
        except StorageError as exc:
            self.warnings.append(str(exc))

    def backup_if_edited(self) -> Path | None:
        """Take a backup when anything was saved since the last one (the interface calls this every
        BACKUP_MINUTES of editing); returns the backup, or None when nothing changed."""
        guard = self.db.guard
        if self.read_only is not None or guard.edits == self._backed_up_edits or guard.last_edit is None:
            return None
        made = take_backup(self.db.conn, self.path, guard.last_edit)
        self._backed_up_edits = guard.edits
        return made

    def backups(self) -> list[Backup]:
        """This file's backups with their times and what they hold, newest first."""
        return list_backups(self.path)

    def restore_backup(self, backup: Path) -> None:
        """Put a backup's content in place of the file's, after backing up the present state, so the restore
        can itself be undone from the list. Refused, changing nothing, when the backup cannot be restored or
        the present state cannot be backed up (a full disk: it would be lost)."""
        self.db.guard.check()
        source = restorable(backup)
        try:
            try:
                take_backup(self.db.conn, self.path, file_last_edit(self.path))
            except StorageError as exc:
                raise StorageError(msg("{error} Nothing was restored: the present state would have been lost."),
                                   error=exc) from None
            restore_into(self.db.conn, source, backup)
        finally:
            source.close()
        self.db.guard.committed()
        self._backed_up_edits = self.db.guard.edits
