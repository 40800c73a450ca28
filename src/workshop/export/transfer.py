"""Files in and out: the JSON export written safely, and `workshop import` turning it into an engagement file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from workshop.domain.engagement import Engagement
from workshop.export.errors import ExportError, ImportFormatError
from workshop.export.json_codec import engagement_from_json, engagement_to_json
from workshop.export.safe_write import describe_os_error, write_bytes_atomically
from workshop.storage import EngagementStore, StorageError

MAX_IMPORT_BYTES = 200 * 1024 * 1024  # far above any real engagement; refuses a wrong file early


def write_json(e: Engagement, target: str | os.PathLike[str]) -> None:
    """Write the full JSON export of the engagement safely."""
    write_bytes_atomically(target, engagement_to_json(e).encode("utf-8"))


def read_json(source: str | os.PathLike[str]) -> Engagement:
    """The engagement in an export file; any problem is an ImportFormatError naming the file."""
    path = Path(source)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportFormatError(f"{path}: too large to be an engagement export.")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{path}: not a Workshop engagement export (not UTF-8 text).") from None
    try:
        return engagement_from_json(text)
    except ImportFormatError as exc:
        raise ImportFormatError(f"{path}: {exc}") from None


def import_json(source: str | os.PathLike[str], target: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """Check the export completely, then write a new engagement file; nothing is written on any failure.

    The file is built under a temporary name beside the target and moved into
    place only once complete, so an existing target is never half-replaced.
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"{target}: that is a folder; give a file name.")
    if not target.parent.is_dir():
        raise ExportError(f"{target}: the folder {target.parent} does not exist.")
    if target.exists() and not overwrite:
        raise ExportError(f"{target}: a file with that name already exists (use --force to replace it).")
    engagement = read_json(source)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.importing")
    try:
        EngagementStore.create(tmp, engagement).close()
        os.replace(tmp, target)
    except StorageError as exc:
        raise StorageError(str(exc).replace(str(tmp), str(target))) from None
    except OSError as exc:
        raise ExportError(describe_os_error(exc, target)) from None
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return target
