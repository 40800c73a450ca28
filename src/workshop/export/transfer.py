"""Files in and out: the JSON export written safely, and `workshop import` turning it into an engagement file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from workshop.domain.engagement import Engagement
from workshop.domain.messages import msg
from workshop.export.errors import ExportError, ImportFormatError
from workshop.export.json_codec import engagement_from_json, engagement_to_json
from workshop.export.safe_write import os_export_error, write_bytes_atomically
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
            raise ImportFormatError(msg("{path}: too large to be an engagement export."), path=path)
        raw = path.read_bytes()
    except OSError as exc:
        error = exc.strerror or exc
        raise ImportFormatError(msg("{path}: cannot be read ({error})."), path=path, error=error) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(msg("{path}: not a Workshop engagement export (not UTF-8 text)."),
                                path=path) from None
    try:
        return engagement_from_json(text)
    except ImportFormatError as exc:
        raise ImportFormatError(msg("{path}: {error}"), path=path, error=exc) from None


def _naming_target(exc: StorageError, tmp: Path, target: Path) -> StorageError:
    """The same error with the target's name where it named the temporary file (template and values kept)."""
    old, new = str(tmp), str(target)
    values = {key: str(value).replace(old, new) if old in str(value) else value
              for key, value in exc.values.items()}
    renamed = StorageError(exc.template, **values)
    expected = str(exc).replace(old, new)
    return renamed if str(renamed) == expected else StorageError(expected)


def import_json(source: str | os.PathLike[str], target: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """Check the export completely, then write a new engagement file; nothing is written on any failure.

    The file is built under a temporary name beside the target and moved into
    place only once complete, so an existing target is never half-replaced.
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(msg("{path}: that is a folder; give a file name."), path=target)
    if not target.parent.is_dir():
        raise ExportError(msg("{path}: the folder {folder} does not exist."), path=target, folder=target.parent)
    if target.exists() and not overwrite:
        raise ExportError(msg("{path}: a file with that name already exists (use --force to replace it)."),
                          path=target)
    engagement = read_json(source)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.importing")
    try:
        EngagementStore.create(tmp, engagement).close()
        os.replace(tmp, target)
    except StorageError as exc:
        raise _naming_target(exc, tmp, target) from None
    except OSError as exc:
        raise os_export_error(exc, target) from None
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return target
