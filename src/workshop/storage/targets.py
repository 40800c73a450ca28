"""The one check of a file Workshop is about to write: a new engagement, a copy, a hand-out, a merge."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from workshop.domain.messages import TranslatableError, msg
from workshop.storage.errors import StorageError
from workshop.storage.paths import kept_for, refuse_long_name


def check_new_file(target: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """The target as a Path, once it can be written: not a folder, link, device or pipe; not an existing
    file unless `overwrite`; in a folder that exists. StorageError naming it otherwise (nothing written)."""
    check_named(target, StorageError)
    target = Path(target)
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise StorageError(msg("{path}: not a file."), path=target)
    if target.exists() and not overwrite:
        raise StorageError(msg("{path}: a file with that name already exists."), path=target)
    check_folder(target, StorageError)
    refuse_long_name(target)  # a file it could write but not open again
    return target


def check_named(target: str | os.PathLike[str], error: type[TranslatableError]) -> None:
    """`error` when no file name was given at all (an empty -o would otherwise mean the current folder), or
    the name is that of a file kept beside an engagement (its journal or lock)."""
    if not os.fspath(target).strip():
        raise error(msg("No file name was given."))
    try:
        os.lstat(target)
    except OSError as exc:  # a name too long, or one the disk refuses: Path's checks would raise it as it is
        refused = refused_name(exc, Path(target), error)
        if refused is not None:
            raise refused from None
        if exc.errno in (errno.EACCES, errno.EPERM):  # a folder on the way may not be entered
            raise error(msg("{path}: you may not write in the folder {folder} (permission denied)."),
                        path=Path(target), folder=Path(target).parent) from None
    owner = kept_for(target)
    if owner is not None:
        raise error(msg("{path}: that name belongs to the journal or lock of the engagement {owner}; writing there "
                        "would damage it. Give another name."), path=Path(target), owner=owner)


def check_folder(target: Path, error: type[TranslatableError]) -> Path:
    """The target, once its folder exists and may be written in; `error` naming what is wrong otherwise."""
    if not target.parent.is_dir():
        raise error(msg("{path}: the folder {folder} does not exist."), path=target, folder=target.parent)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise error(msg("{path}: you may not write in the folder {folder} (permission denied)."),
                    path=target, folder=target.parent)
    return target


def refused_name(exc: OSError, target: Path, error: type[TranslatableError]) -> TranslatableError | None:
    """`error` saying the file system will not have this name, when that is what `exc` says (the window had
    shown a traceback, and a report "OSError: [Errno 36] File name too long"); else None."""
    if exc.errno == errno.ENAMETOOLONG:
        try:
            most = os.pathconf(target.parent if os.path.isdir(target.parent) else ".", "PC_NAME_MAX")
        except (OSError, ValueError, AttributeError):  # not every system says (Windows has no pathconf)
            most = 255
        return error(msg("{path}: the name is too long for the disk; give a shorter one (a name may have "
                         "{most} bytes, å, ä and ö take two)."), path=target, most=most)
    if exc.errno in (errno.EINVAL, errno.EILSEQ):  # Windows, and USB sticks (FAT, exFAT): \\ : * ? " < > |
        return error(msg("{path}: the disk does not accept that name; give another, without characters such as "
                         "\\ : * ? \" < > |."), path=target)
    return None
