"""Safe writes: every export goes to a temporary file that replaces the target only when complete.

A failed export leaves no half file behind and the previous file untouched;
an unwritable folder or a full disk gives one clear sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from workshop.domain.causes import DISK_FULL
from workshop.domain.messages import msg
from workshop.domain.visible import shown
from workshop.export.errors import ExportError
from workshop.storage.targets import check_folder, check_named, refused_name
from workshop.storage.paths import holds_database

_UMASK = os.umask(0)
os.umask(_UMASK)


def os_export_error(exc: OSError, target: Path) -> ExportError:
    """The ExportError for a failed write: one sentence naming the target and what went wrong, in plain words."""
    code = exc.errno
    if isinstance(exc, _HeldOpen):  # named by the file held (one of a CSV folder's)
        return ExportError(msg("{path}: the earlier file could not be replaced; it may be open in another program "
                               "(a PDF reader, Excel). Close it there and export again; nothing was written."),
                           path=Path(exc.filename))
    if code in DISK_FULL:
        return ExportError(msg("{path}: the disk is full; nothing was written and any earlier file is unchanged."),
                           path=target)
    if code == errno.EROFS:  # a locked SD card, a mounted image: no permission would help
        return ExportError(msg("{path}: the folder {folder} is on a disk that may only be read; nothing was "
                               "written."), path=target, folder=target.parent)
    if code in (errno.EACCES, errno.EPERM):
        return ExportError(msg("{path}: you may not write in the folder {folder} (permission denied)."),
                           path=target, folder=target.parent)
    if code == errno.ENOENT:
        return ExportError(msg("{path}: the folder {folder} does not exist."), path=target, folder=target.parent)
    if code == errno.EISDIR:
        return ExportError(msg("{path}: that is a folder; give a file name."), path=target)
    refused = refused_name(exc, target, ExportError)  # only writing tells (a USB stick refuses "a:b.pdf")
    if refused is not None:
        return refused
    return ExportError(msg("{path}: could not be written ({error})."), path=target, error=exc)


class _HeldOpen(OSError):
    """The earlier file could not be replaced although its folder may be written in."""


def _replace(source: Path, target: Path, earlier: Path) -> None:
    """os.replace, saying so when the earlier file it replaces or moves is held by another program: Windows
    refuses to replace a PDF open in a reader or a CSV open in Excel, which had read "you may not write in the
    folder"."""
    try:
        os.replace(source, target)
    except PermissionError as exc:
        if os.path.isfile(earlier) and os.access(earlier.parent, os.W_OK | os.X_OK):
            raise _HeldOpen(exc.errno, exc.strerror, str(earlier)) from None
        raise


def check_target(target: str | os.PathLike[str]) -> Path:
    """The target as a Path once its folder exists and may be written in, and it is not itself a folder."""
    check_named(target, ExportError)
    path = Path(target)
    if path.is_dir():
        raise ExportError(msg("{path}: that is a folder; give a file name."), path=path)
    check_folder(path, ExportError)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        # Replacing a link would cut it (and a device or pipe is no place for a document).
        raise ExportError(msg("{path}: not a regular file (a link, device or pipe); give another name."), path=path)
    if _is_database(path):  # an engagement (a mistyped name, a tab-completed .workshop): its work would be lost
        raise ExportError(msg("{path}: that is an engagement file (a database); an export never replaces one. "
                              "Give another name."), path=path)
    return path


def _is_database(path: Path) -> bool:
    """Whether the file holds an SQLite database (a Workshop engagement, a backup, another program's data);
    an ExportError when it exists but cannot be read, so cannot be told apart from one."""
    try:
        return holds_database(path)
    except OSError:  # an engagement we may not read had been replaced by the export
        raise ExportError(msg("{path}: that file cannot be read, so it cannot be told from an engagement; an "
                              "export replaces only a file it can read. Give another name."), path=path) from None


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call write(temp_path), then move the finished file over the target.

    Any failure removes the temporary file and leaves the target as it was;
    OSErrors become an ExportError with a readable message, other errors
    propagate unchanged (after the clean-up).
    """
    path = check_target(target)
    try:
        # Named after the target, but never longer than a name the disk takes (a 250-byte name had failed).
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise os_export_error(exc, path) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        mode = (path.stat().st_mode & 0o777) if path.exists() else (0o666 & ~_UMASK)
        os.chmod(tmp, mode)
        _replace(tmp, path, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_export_error(exc, path) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write finished bytes to the target safely."""
    return write_atomically(target, lambda tmp: tmp.write_bytes(data))


def _desktop_file(name: str) -> bool:
    """What a file manager leaves in a folder it opened (.DS_Store, Thumbs.db, desktop.ini), and hidden files."""
    return name.startswith(".") or name.lower() in ("thumbs.db", "desktop.ini")


def _replace_all(staging: Path, folder: Path, names: list[str]) -> None:
    """Move the staged files into the folder in place of the earlier ones: all of them, or none. The earlier
    files are moved aside first (a file another program holds refuses that on Windows, before anything changed)
    and put back if a move fails: one file held open in Excel had left new and old CSVs side by side."""
    aside = staging / ".earlier"
    aside.mkdir()
    earlier: list[str] = []
    placed: list[str] = []
    try:
        for name in names:
            if os.path.lexists(folder / name):
                _replace(folder / name, aside / name, folder / name)
                earlier.append(name)
        for name in names:
            os.replace(staging / name, folder / name)
            placed.append(name)
    except OSError:
        for new in placed:
            with contextlib.suppress(OSError):
                (folder / new).unlink()
        for old in earlier:
            with contextlib.suppress(OSError):  # one that cannot go back stays aside (_remove_staging keeps it)
                os.replace(aside / old, folder / old)
        raise


def _remove_staging(staging: Path) -> None:
    """Remove the staging folder, unless it still holds an earlier file that could not be put back."""
    aside = staging / ".earlier"
    if aside.is_dir() and any(aside.iterdir()):
        return
    shutil.rmtree(staging, ignore_errors=True)


def write_folder_atomically(target: str | os.PathLike[str], files: dict[str, bytes]) -> Path:
    """Write several files into a folder: all of them, or none and the folder as it was.

    A new folder is built beside the target and renamed into place; into an
    existing folder each file is staged first and only then moved in. An
    existing folder must be empty or hold only files of these names (an
    earlier export): one holding anything else is refused, as the export had
    scattered its files among engagement files and replaced a file of the
    same name there.
    """
    check_named(target, ExportError)
    path = Path(target)
    if path.exists() and not path.is_dir():
        raise ExportError(msg("{path}: a file with that name exists; give a folder name."), path=path)
    if path.is_dir():
        try:
            other = sorted(p.name for p in path.iterdir()
                           if (p.name not in files or not p.is_file()) and not _desktop_file(p.name))
        except OSError as exc:
            raise os_export_error(exc, path) from None
        if other:
            raise ExportError(msg("{path}: the folder holds other files ({name}); choose a new or empty folder."),
                              path=path, name=shown(other[0]) + (", …" if len(other) > 1 else ""))
    check_folder(path, ExportError)  # as every other file written: its folder exists and may be written in
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name[:40]}.", suffix=".partial", dir=path.parent))
    except OSError as exc:
        raise os_export_error(exc, path) from None
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
            with open(staging / name, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(staging / name, 0o666 & ~_UMASK)
        if path.exists():
            _replace_all(staging, path, list(files))
            # Every new file is in place: a staging folder that cannot be removed (a virus scanner holding an
            # old file) is left over, and the export is still written, not said to have failed.
            shutil.rmtree(staging, ignore_errors=True)
        else:
            os.chmod(staging, 0o777 & ~_UMASK)
            os.replace(staging, path)
    except OSError as exc:
        _remove_staging(staging)
        raise os_export_error(exc, path) from None
    except BaseException:
        _remove_staging(staging)
        raise
    return path
