"""Where the files that belong to an engagement file are: beside the file itself, not beside a link to it."""

from __future__ import annotations

import os
from pathlib import Path


def real_file(path: str | os.PathLike[str]) -> Path:
    """The file a path names, symbolic links followed (SQLite puts its -wal and -shm there too)."""
    return Path(os.path.realpath(path))


def beside(path: str | os.PathLike[str], suffix: str) -> Path:
    """The file or folder beside an engagement file named as it is plus `suffix` (".lock", ".backups"):
    the same for every name of the file, so a lock or a backup taken through a link is the file's own
    (a link had its own lock, and a person forgotten through it stayed in the file's backups)."""
    real = real_file(path)
    return real.with_name(f"{real.name}{suffix}")


def other_names(path: str | os.PathLike[str]) -> bool:
    """Whether the file has hard links besides this name (through which it could be open elsewhere with
    a lock of its own)."""
    try:
        return os.stat(path).st_nlink > 1
    except OSError:
        return False
