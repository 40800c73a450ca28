"""Files in and out: the JSON export written safely, and `workshop import` turning it into an engagement file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from workshop.domain.engagement import Engagement
from workshop.domain.messages import msg
from workshop.export.errors import ExportError, ImportFormatError
from workshop.export.json_codec import engagement_from_json, engagement_to_json
from workshop.export.safe_write import write_bytes_atomically
from workshop.storage import EngagementStore
from workshop.storage.paths import SQLITE_HEADER
from workshop.storage.targets import check_named

MAX_IMPORT_BYTES = 200 * 1024 * 1024  # far above any real engagement; refuses a wrong file early


def write_json(e: Engagement, target: str | os.PathLike[str], public: bool = False) -> None:
    """Write the full JSON export of the engagement safely (`public`: without any internal notes)."""
    write_bytes_atomically(target, engagement_to_json(e, public).encode("utf-8"))


def read_json(source: str | os.PathLike[str]) -> Engagement:
    """The engagement in an export file; any problem is an ImportFormatError naming the file."""
    path = Path(source)
    try:
        raw = read_limited(path)
    except OSError as exc:
        error = exc
        raise ImportFormatError(msg("{path}: cannot be read ({error})."), path=path, error=error) from None
    if raw.startswith(SQLITE_HEADER):  # the engagement itself, not its export ("not UTF-8" had said)
        raise ImportFormatError(msg("{path}: that is an engagement file, not a JSON export of one; open it as it "
                                    "is (File → Open…), or export it first (`workshop export FILE --format json`)."),
                                path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(msg("{path}: not a Workshop engagement export (not UTF-8 text)."),
                                path=path) from None
    try:
        return engagement_from_json(text)
    except ImportFormatError as exc:
        raise ImportFormatError(msg("{path}: {error}"), path=path, error=exc) from None


def read_limited(path: Path) -> bytes:
    """The file's bytes, refused when it is not a regular file (a device such as /dev/zero, a FIFO that would
    wait for a writer) or longer than MAX_IMPORT_BYTES: reads stop there, whatever the size claims."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens at once instead of waiting
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ImportFormatError(msg("{path}: not a regular file."), path=path)
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_IMPORT_BYTES:
                raise ImportFormatError(msg("{path}: too large to be an engagement export."), path=path)
        return b"".join(chunks)
    finally:
        os.close(fd)


def import_json(source: str | os.PathLike[str], target: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """Check the export completely, then write a new engagement file; nothing is written on any failure.

    The file is built under a temporary name beside the target and moved into
    place only once complete, so an existing target is never half-replaced.
    A file another window has open is not replaced (StorageError naming who).
    """
    check_named(target, ExportError)  # a name the disk refuses is said before the export is read
    target = Path(target)
    if target.is_dir():
        raise ExportError(msg("{path}: that is a folder; give a file name."), path=target)
    if not target.parent.is_dir():
        raise ExportError(msg("{path}: the folder {folder} does not exist."), path=target, folder=target.parent)
    if target.exists() and not overwrite:
        raise ExportError(msg("{path}: a file with that name already exists (use --force to replace it)."),
                          path=target)
    engagement = read_json(source)
    # create() builds the file under a temporary name and renames it into place once complete; it refuses
    # to replace a file another window has open.
    EngagementStore.create(target, engagement, overwrite=overwrite).close()
    return target
