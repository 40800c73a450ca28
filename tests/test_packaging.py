"""The Linux desktop entry the packaging installs for a bundle, and the Windows installer's version."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

from workshop.resources import resources_root

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "install-desktop-entry.sh"


def _unquoted(exec_line: str) -> str:
    """The program of an Exec line as a desktop reads it: the string's escapes, then the quoting's."""
    value = exec_line.removeprefix("Exec=").replace("\\\\", "\\")  # string level: \\ is one backslash
    assert value.startswith('"')
    out, i = [], 1
    while value[i] != '"':
        if value[i] == "\\":
            i += 1
        out.append(value[i])
        i += 1
    return "".join(out).replace("%%", "%")


def test_the_desktop_entry_starts_a_bundle_in_any_folder_and_names_the_file_type(tmp_path):
    """A bundle in "R&D kit/a"b$c%d" is started by the entry's Exec line exactly (sed had put "Exec=workshop "
    where the "&" stood), and the .workshop type is defined, so a double click opens the app."""
    bundle = tmp_path / 'R&D kit' / 'a"b$c%d `x` \\y' / "workshop"
    shutil.copytree(resources_root() / "icons", bundle / "_internal" / "resources" / "icons")
    (bundle / "workshop").write_text("#!/bin/sh\n")
    (bundle / "workshop").chmod(0o755)
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    subprocess.run(["sh", str(SCRIPT), str(bundle)], check=True, env=env, capture_output=True, timeout=60)
    entry = (data / "applications" / "workshop.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f") and _unquoted(exec_line) == str(bundle / "workshop")
    mime = (data / "mime" / "packages" / "workshop.xml").read_text(encoding="utf-8")
    assert 'type="application/x-workshop-engagement"' in mime and 'pattern="*.workshop"' in mime
    assert "MimeType=application/x-workshop-engagement;" in entry


def test_the_windows_installer_and_the_app_carry_the_projects_version():
    """The installer names and registers, and the app's About and --version say, the version pyproject.toml
    gives (each had been written in by hand)."""
    import workshop

    root = SCRIPT.parents[1]
    version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    iss = (root / "packaging" / "workshop.iss").read_text(encoding="utf-8")
    assert re.findall(r'#define AppVersion "([^"]+)"', iss) == [version]
    assert workshop.__version__ == version


def test_the_bundle_keeps_only_runpaths_inside_itself():
    """What packaging/runpaths.py leaves of a library's RUNPATH: the entries PyInstaller and the wheels use to
    find their neighbours ($ORIGIN…), never a folder of the machine the bundle was built on."""
    import sys

    sys.path.insert(0, str(SCRIPT.parent))
    try:
        from runpaths import kept
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert kept("/root/.pyenv/versions/3.11.7/lib") == ""
    assert kept("$ORIGIN/:$ORIGIN/Qt/lib:$ORIGIN/../shiboken6/") == "$ORIGIN/:$ORIGIN/Qt/lib:$ORIGIN/../shiboken6/"
    assert kept("/opt/build/lib:$ORIGIN/../../numpy.libs::/usr/lib") == "$ORIGIN/../../numpy.libs"
    assert kept("${ORIGIN}/lib:/home/ci/lib") == "${ORIGIN}/lib"
    spec = (SCRIPT.parent / "workshop.spec").read_text()
    assert "drop_build_runpaths(Path(DISTPATH)" in spec
