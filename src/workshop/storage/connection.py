"""Opening engagement files safely: check first, back up before migrating, then connect.

A file is inspected read-only before anything writes to it, so a file that is
refused (not SQLite, damaged, not an engagement, from a newer app) is left
exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.schema import APPLICATION_ID, Schema, current_schema

SQLITE_HEADER = b"SQLite format 3\x00"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "9p", "afs"}


def _inspect(path: Path, schema: Schema) -> int:
    """The file's schema version, or StorageError saying why it is not an engagement."""
    if not path.exists():
        raise StorageError(msg("{path}: no such file."), path=path)
    if not path.is_file():
        raise StorageError(msg("{path}: not a file."), path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(msg("{path}: cannot be read ({error})."), path=path, error=exc.strerror or exc) from None
    if header != SQLITE_HEADER:
        raise StorageError(msg("{path}: not a Workshop engagement file (it is not an SQLite database)."), path=path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise StorageError(msg("{path}: the file is damaged ({check})."), path=path, check=check)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(msg("{path}: the file is damaged or unreadable ({error})."), path=path, error=exc) from None
    if app_id != APPLICATION_ID:
        raise StorageError(msg("{path}: an SQLite database, but not a Workshop engagement file."), path=path)
    if version > schema.version:
        raise StorageError(
            msg("{path}: written by a newer version of Workshop (file format {version}; "
                "this version reads up to {supported}). Update Workshop to open it."),
            path=path, version=version, supported=schema.version,
        )
    return version


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before migrating from `version` goes."""
    return path.with_name(f"{path.name}.bak-v{version}")


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's backup API (safe while it is open)."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def _configure(conn: sqlite3.Connection) -> Database:
    # check_same_thread=False: score commits finish on the commit thread while the GUI thread redraws
    # (scores._write); SQLite itself is built serialized, and the GUI thread waits for each commit.
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: each commit reaches the disk, so a power cut loses nothing committed.
    db.execute("PRAGMA synchronous = FULL")
    return db


def _migrate(db: Database, path: Path, from_version: int, schema: Schema) -> None:
    """Run pending steps; the copy taken first lets the user go back if a step goes wrong."""
    if schema.migrations.pending(db):
        if from_version > 0:
            backup(db.conn, backup_path(path, from_version))
        schema.migrations.apply(db)
    if from_version != schema.version:
        db.execute(f"PRAGMA user_version = {schema.version}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def open_database(path: str | os.PathLike[str], schema: Schema | None = None) -> Database:
    """Open an existing engagement file, migrating it (after a backup) when it is older."""
    path = Path(path)
    schema = schema or current_schema()
    version = _inspect(path, schema)
    try:
        db = _configure(sqlite3.connect(path, check_same_thread=False))
        _migrate(db, path, version, schema)
    except sqlite3.Error as exc:
        raise StorageError(msg("{path}: cannot be opened ({error})."), path=path, error=exc) from None
    return db


def create_database(path: str | os.PathLike[str], overwrite: bool = False) -> Database:
    """Create a new, empty engagement file with the current schema."""
    path = Path(path)
    if not path.parent.is_dir():
        raise StorageError(msg("{path}: the folder {folder} does not exist."), path=path, folder=path.parent)
    if path.exists():
        if not overwrite:
            raise StorageError(msg("{path}: a file with that name already exists."), path=path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    try:
        db = _configure(sqlite3.connect(path, check_same_thread=False))
        _migrate(db, path, 0, current_schema())
    except sqlite3.Error as exc:
        raise StorageError(msg("{path}: cannot be created ({error})."), path=path, error=exc) from None
    return db


def network_filesystem(path: str | os.PathLike[str]) -> str | None:
    """The file system type when the file lives on a network share (where WAL is unsafe)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = str(Path(path).resolve())
    best = ("", "")
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best[0]):
            best = (parts[1], parts[2])
    return best[1] if best[1] in NETWORK_FILESYSTEMS else None
