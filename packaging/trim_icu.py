"""Trim the ICU data library Qt Core links on Linux (libicudata.so.NN, 31 MB) to what the app can use.

Qt Core calls ICU for four things only (`nm -D libQt6Core.so.6 | grep _73`): collation (QCollator,
e.g. Qt's own file dialog sorting names), case mapping, time-zone display names and text codecs
by name. So the Swedish and English locale data for those stay, with the root locale they fall
back to, the time-zone tables and a few common 8-bit codecs; language, region, currency and unit
names of every locale, break iterators (Qt breaks lines itself), transliterators, spelled-out
numbers and the East-Asian and mainframe codecs go.

The data is the symbol `icudtNN_dat` in the library: copied out, trimmed with ICU's `icupkg`, and
turned back into a library exporting the same symbol with `genccode` and `cc`. Without those tools
(icu-devtools, binutils, a C compiler) the full data stays and the build says so.
Usage: python trim_icu.py DIST_FOLDER (also called from workshop.spec).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from fnmatch import fnmatch
from pathlib import Path

LOCALES = ["root", "pool", "res_index", "sv", "sv_*", "en", "en_001", "en_150", "en_GB", "en_US", "en_US_POSIX"]
KEEP = [
    *(f"{name}.res" for name in LOCALES),
    *(f"coll/{name}.res" for name in LOCALES), "coll/ucadata.icu",
    *(f"zone/{name}.res" for name in LOCALES), "zone/tzdbNames.res",
    "likelySubtags.res", "supplementalData.res", "metadata.res", "keyTypeData.res", "numberingSystems.res",
    "icuver.res", "icustd.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "windowsZones.res",
    "dayPeriods.res", "plurals.res", "nfkc.nrm",
    # Codecs by name: the alias table, windows-1252, ISO 8859-15 and -2, DOS 437 and 850, Mac Roman.
    "cnvalias.icu", "ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv", "ibm-912_P100-1995.cnv",
    "ibm-437_P100-1995.cnv", "ibm-850_P100-1995.cnv", "macos-0_2-10.2.cnv",
]
TOOLS = ("icupkg", "genccode", "nm", "objcopy", "objdump", "cc")


def _run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def trim(dist: Path) -> str:
    """Replace the bundle's libicudata with a trimmed one; returns what happened, in one line."""
    libraries = sorted(dist.rglob("libicudata.so.*"))
    libraries = [p for p in libraries if not p.is_symlink()]
    if not libraries:
        return "no libicudata in the bundle (nothing to trim)"
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        return f"ICU data kept whole: {', '.join(missing)} not found (apt-get install icu-devtools binutils gcc)"
    library = libraries[0]
    version = re.search(r"libicudata\.so\.(\d+)", library.name).group(1)
    symbol = f"icudt{version}_dat"
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as tmp:
        work = Path(tmp)
        line = next(ln for ln in _run("nm", "-S", "-D", str(library)).splitlines() if ln.endswith(f" {symbol}"))
        address, size = (int(v, 16) for v in line.split()[:2])
        sections = _run("objdump", "-h", "-w", str(library))
        rodata = re.search(r"\.rodata\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
        section_address = int(rodata.group(2), 16) if rodata else address
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(work / "rodata.bin"))
        start = address - section_address
        data = (work / "rodata.bin").read_bytes()[start:start + size]
        name = f"icudt{version}l"
        (work / f"{name}.dat").write_bytes(data)
        items = _run("icupkg", "-l", f"{name}.dat", cwd=work).split()
        remove = [i for i in items if not any(fnmatch(i, k) for k in KEEP)]
        (work / "remove.txt").write_text("\n".join(remove) + "\n")
        # The package's file name is the prefix of its item names (icudt73l/coll/sv.res): keep it.
        (work / "out").mkdir()
        _run("icupkg", "-r", "remove.txt", f"{name}.dat", f"out/{name}.dat", cwd=work)
        _run("genccode", "-e", f"icudt{version}", "-a", "gcc", "-d", str(work), str(work / "out" / f"{name}.dat"))
        source = next(work.glob("*.S"))
        built = work / library.name
        _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built), str(source))
        exported = _run("nm", "-D", str(built))
        if symbol not in exported:
            return f"ICU data kept whole: the rebuilt library does not export {symbol}"
        before = library.stat().st_size
        shutil.copyfile(built, library)
        after = library.stat().st_size
    return (f"ICU data trimmed: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
            f"({len(items) - len(remove)} of {len(items)} items kept)")


if __name__ == "__main__":
    print(trim(Path(sys.argv[1])))
