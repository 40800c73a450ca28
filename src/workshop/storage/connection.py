"""Opening engagement files safely: check first, back up before migrating, then connect.

A file is inspected read-only before anything writes to it, so a file that is
refused (not SQLite, damaged, not an engagement, from a newer app) is left
exactly as it was.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
import sqlite3
import stat
from pathlib import Path

from sqlite_utils import Database

from workshop.domain.causes import checked, not_utf8
from workshop.domain.messages import Term, msg, term
from workshop.storage.errors import StorageError
from workshop.storage.guard import GuardedDatabase, WriteGuard
from workshop.storage.lock import writer_holds
from workshop.storage.paths import SQLITE_HEADER, beside, real_file, refuse_long_name
from workshop.storage.schema import APPLICATION_ID, COLUMNS, Schema, current_schema, text_columns

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "9p", "afs"}


# A second writer (another program) gets a quarter second before its change is refused with a message;
# SQLite's default of 5 s froze the window.
BUSY_SECONDS = 0.25


class DamagedFileError(StorageError):
    """The file is damaged: it fails SQLite's integrity check, SQLite finds it corrupt or not a database
    past its header, or it is empty or holds no engagement; `backup` is the newest good backup, when there
    is one."""

    backup = None


def _damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error says the file itself is damaged (not locked, not a disk that failed), or a text
    in it is not UTF-8 (written so by another program: SQLite stores the bytes it is given)."""
    return (getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
            or str(exc).startswith("Could not decode to UTF-8"))


def inspect(path: Path, schema: Schema, *, integrity: bool = True,
            then: Callable[[sqlite3.Connection], None] | None = None) -> int:
    """The file's schema version, or StorageError saying why it is not an engagement (read-only: a refused
    file is left exactly as it was). `integrity=False` leaves out SQLite's integrity check of a file at the
    current schema version, for a caller that checks the image it reads itself (see `check_image`); an
    older file is always checked, before anything migrates it. `then(conn)` reads a good file at the current
    version on the same read-only connection (opening a WAL file twice cost ~4 ms a merge side)."""
    try:
        found = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise StorageError(msg("{path}: no such file."), path=path) from None
    except OSError as exc:  # a name too long for the disk, a folder that may not be entered: not a traceback
        raise StorageError(msg("{path}: cannot be read ({error})."), path=path, error=exc) from None
    if not stat.S_ISREG(found.st_mode):  # a folder, a device, a FIFO (opening one could hang)
        raise StorageError(msg("{path}: not a file."), path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(msg("{path}: cannot be read ({error})."), path=path, error=exc) from None
    if not header:  # a file emptied (a full disk, a copy cut short): its backups can stand in for it
        raise DamagedFileError(msg("{path}: the file is damaged ({check})."), path=path, check=term("it is empty"))
    if header != SQLITE_HEADER:
        from workshop.storage.backups import backups_of

        if backups_of(path):  # the app's own backups of this name: it was an engagement, its first page is damaged
            raise DamagedFileError(msg("{path}: the file is damaged ({check})."), path=path,
                                   check=term("its first bytes are not an SQLite database's"))
        raise StorageError(msg("{path}: not a Workshop engagement file (it is not an SQLite database)."), path=path)
    refuse_long_name(path)
    try:
        conn = connect(path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id == APPLICATION_ID and (integrity or version != schema.version):
                # integrity_check, not quick_check: only the full check sees an index that lost a row
                # (what a file replaced under an open connection looked like).
                _refuse_damage(path, conn.execute("PRAGMA integrity_check(1)").fetchone()[0])
            if app_id == APPLICATION_ID:
                has_row = version > 0 and conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'engagement'").fetchone() and conn.execute(
                    "SELECT 1 FROM engagement").fetchone()
                if has_row and version == schema.version:
                    _refuse_damage(path, _missing_schema(conn))
                if then is not None and has_row and version == schema.version:
                    then(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _damage(exc):  # cut off, or overwritten in part: its backups can stand in for it
            raise DamagedFileError(msg("{path}: the file is damaged or unreadable ({check})."), path=path,
                                   check=exc) from None
        # Locked by another program, a disk error: the file may be whole, so it is never offered a backup.
        raise StorageError(msg("{path}: cannot be read now ({error})."), path=path, error=exc) from None
    if app_id != APPLICATION_ID:
        raise StorageError(msg("{path}: an SQLite database, but not a Workshop engagement file."), path=path)
    if version > schema.version:
        raise StorageError(
            msg("{path}: written by a newer version of Workshop (file format {version}; "
                "this version reads up to {supported}). Update Workshop to open it."),
            path=path, version=version, supported=schema.version,
        )
    if not has_row:
        raise DamagedFileError(msg("{path}: a Workshop file that holds no engagement (it was not written by "
                                   "Workshop, or not to the end)."), path=path, check=term("no engagement"))
    return version


def _missing_schema(conn: sqlite3.Connection) -> str:
    """"ok", or the first of the current schema's tables or columns the file lacks (one dropped by another
    program: the integrity check passes such a file, and commands then failed on it in SQLite's own words, or
    read it with a column's texts silently gone)."""
    present: dict[str, set[str]] = {}
    for table, column in conn.execute("SELECT m.name, p.name FROM sqlite_master AS m "
                                      "JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"):
        present.setdefault(table, set()).add(column)
    for table, columns in COLUMNS.items():
        if table not in present:
            return term("no table {table}", table=table)
        for column in columns:
            if column not in present[table]:
                return term("no column {column} in the table {table}", column=column, table=table)
    return "ok"


def _refuse_damage(path: Path, check: str) -> None:
    """DamagedFileError unless the check (SQLite's integrity check, or `_missing_schema`'s words) said "ok"."""
    if check != "ok":
        raise DamagedFileError(msg("{path}: the file is damaged ({check})."), path=path,
                               check=check if isinstance(check, Term) else checked(check))


def check_image(path: str | os.PathLike[str], image: bytes) -> None:
    """SQLite's full integrity check of a file's database image read into memory (the check `inspect` left
    out); DamagedFileError naming the file when it fails. Runs in any thread: SQLite does not hold
    Python's lock while it checks."""
    path = Path(path)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(image)
        _refuse_damage(path, conn.execute("PRAGMA integrity_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(msg("{path}: the file is damaged or unreadable ({check})."), path=path,
                               check=exc) from None
    finally:
        conn.close()


def check_text(path: str | os.PathLike[str], image: bytes) -> None:
    """DamagedFileError naming the file and the column when a text in a database image is not UTF-8. Reading
    every text costs ~20 ms for 290 organisations: run where such a text has already been met (the merge)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        for table, column in text_columns(conn):
            try:
                for _row in conn.execute(f'SELECT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''):
                    pass
            except sqlite3.OperationalError:
                raise DamagedFileError(msg("{path}: the file is damaged ({check})."), path=Path(path),
                                       check=not_utf8(f"{table}.{column}")) from None
    finally:
        conn.close()


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with a short busy timeout; read-only ones never change anything.

    A read-only connection to a file this user may write is an ordinary one with `query_only` on: on close
    it removes the -wal and -shm files it needed, where SQLite's own read-only mode would leave them behind.
    Not while a writer has the file open (its lock is held): then SQLite's read-only mode, which never
    checkpoints nor deletes. A writer's POSIX locks on the file go whenever its own process opens and closes
    the file once more (a file dialog reading it to tell its type); a reader closing after that took itself
    for the last one and deleted the writer's -wal and -shm: what the writer saved next went to a deleted
    journal, lost if it crashed (`workshop summary` after a merge chosen in a file dialog).
    """
    folder = real_file(path).parent  # SQLite keeps its -wal and -shm beside the file a link names
    writable = os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    writer = read_only and writable and writer_holds(path)
    if not read_only or (writable and not writer):
        conn = sqlite3.connect(path, timeout=BUSY_SECONDS)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        return conn
    uri = f"{path.resolve().as_uri()}?mode=ro"
    shm, wal = beside(path, "-shm").exists(), beside(path, "-wal").exists()
    if wal and not shm and not os.access(folder, os.W_OK) and beside(path, "-wal").stat().st_size > 0:
        # Its last changes are in the journal, which SQLite cannot read without a -shm it may not make here:
        # read as immutable the file had shown older values without a word (a summary's sum 22, not 26).
        raise StorageError(msg("{path}: its last changes are still in its journal ({wal}), which cannot be read "
                               "in a folder you may not write to; copy both files to a folder you may write "
                               "to and open the copy."), path=path, wal=beside(path, "-wal").name)
    if not writer and not shm and (not os.access(folder, os.W_OK) or not wal):
        # WAL needs a -shm file beside the database; in a folder nobody may write to, nothing can change
        # the file either, so SQLite may read it as immutable. So may a file we may not write that no writer
        # has open (no -wal): read otherwise, it left a -shm and -wal beside it, read-only, in a writable folder.
        # Never while a writer has it open (its journal not made yet): immutable would read past its locks.
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, check_same_thread=False)


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before migrating from `version` goes."""
    return beside(path, f".bak-v{version}")


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's backup API (safe while it is open)."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def configure(conn: sqlite3.Connection, guard: WriteGuard, *, read_only: bool = False) -> GuardedDatabase:
    """The connection as a guarded sqlite-utils Database with foreign keys on, WAL and full syncs when writing."""
    db = GuardedDatabase(conn, guard)
    db.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        # FULL: each commit reaches the disk, so a power cut loses nothing committed.
        db.execute("PRAGMA synchronous = FULL")
    return db


def migrate(db: Database, path: Path, from_version: int, schema: Schema, *, keep_backup: bool = True) -> None:
    """Run pending steps in one transaction, after a backup the user can go back to.

    A step that fails (a value the new rules refuse) leaves the file as it was and the backup is removed.
    Foreign keys are off while the steps run: they rebuild tables, and dropping one would otherwise cascade.
    """
    if not schema.migrations.pending(db) and from_version == schema.version:
        return
    saved = backup_path(path, from_version) if from_version > 0 and keep_backup else None
    if saved is not None:  # whole or not at all: a full disk had left a 0-byte .bak-v3 and a traceback
        partial = saved.with_name(f".{saved.name}.partial")
        try:
            backup(db.conn, partial)
            os.replace(partial, saved)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise StorageError(msg("{path}: no copy could be kept before updating it to this version ({error}); "
                                   "the file was not changed."), path=path, error=exc) from None
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        # The steps run on sqlite-utils' own Database over the same connection, not the guarded one: that one
        # turns every error but a refused value into "the change could not be saved", which left the .bak copy
        # behind and SQLite's words unread ("table areas_v2 has 5 columns …").
        plain = Database(db.conn)
        schema.migrations.ensure_migrations_table(plain)
        with plain.atomic():
            schema.migrations.apply(plain)
            plain.execute(f"PRAGMA user_version = {schema.version}")
            plain.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if isinstance(db, GuardedDatabase):
            db.guard.committed()  # as the guarded transaction notes a commit
    except sqlite3.Error as exc:
        if saved is not None:
            saved.unlink(missing_ok=True)
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_FULL", "SQLITE_IOERR")):  # the disk, not a value
            raise StorageError(msg("{path}: the disk refused the update to this version ({error}); the file was "
                                   "not changed."), path=path, error=exc) from None
        raise StorageError(msg("{path}: holds values this version of Workshop refuses ({error}); "
                               "the file was not changed."), path=path, error=_as_kept(exc)) from None
    finally:
        db.execute("PRAGMA foreign_keys = ON")


_REBUILT = re.compile(r"(?<=\w)_v2\b")  # a table's name while a step rebuilds it


def _as_kept(exc: sqlite3.Error) -> sqlite3.Error:
    """SQLite's error with a table rebuilt during a step named as the file keeps it ("criteria.weight", not
    "criteria_v2.weight"); a step's own words (a Term, translated) stay as they are."""
    said = exc.args[0] if len(exc.args) == 1 else None
    if not isinstance(said, str) or isinstance(said, Term) or not _REBUILT.search(said):
        return exc
    renamed = type(exc)(_REBUILT.sub("", said))  # "criteria_v2.weight", "table areas_v2 has 5 columns"
    for name in ("sqlite_errorcode", "sqlite_errorname"):  # what `cause` knows it by
        if hasattr(exc, name):
            setattr(renamed, name, getattr(exc, name))
    return renamed


def open_database(path: str | os.PathLike[str], schema: Schema | None = None, *, read_only: bool = False,
                  guard: WriteGuard | None = None) -> GuardedDatabase:
    """Open an existing engagement file, migrating it (after a backup) when it is older and writable."""
    path = Path(path)
    schema = schema or current_schema()
    version = inspect(path, schema)
    guard = guard or WriteGuard(path, None)
    try:
        if read_only and version < schema.version:
            db = _migrated_copy(path, WriteGuard(path, None))
        else:
            db = configure(connect(path, read_only=read_only), guard, read_only=read_only)
    except sqlite3.Error as exc:
        raise StorageError(msg("{path}: cannot be opened ({error})."), path=path, error=exc) from None
    try:
        if read_only and version < schema.version:
            migrate(db, path, version, schema, keep_backup=False)
            db.execute("PRAGMA query_only = ON")
            db.guard = guard
        elif not read_only:
            migrate(db, path, version, schema)
    except BaseException:
        db.close()  # closing removes the -wal and -shm it made: a refused file is left as it was
        raise
    return db


def _migrated_copy(path: Path, guard: WriteGuard) -> GuardedDatabase:
    """An older file read without writing to it: a copy in memory, to be brought up to the current schema
    (so it passes the same rules a writable file passes before anything reads it)."""
    source = connect(path, read_only=True)
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(copy)
    finally:
        source.close()
    db = GuardedDatabase(copy, guard)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def create_database(path: str | os.PathLike[str]) -> GuardedDatabase:
    """A new, empty engagement file with the current schema at `path`, which must not exist yet."""
    path = Path(path)
    if not path.parent.is_dir():
        raise StorageError(msg("{path}: the folder {folder} does not exist."), path=path, folder=path.parent)
    try:
        db = configure(connect(path), WriteGuard(path, None))
        migrate(db, path, 0, current_schema())
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
