"""Starting `workshop room` as a child process, as a script or a facilitator's terminal would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import workshop

SRC = str(Path(workshop.__file__).resolve().parents[1])
CLI = "import sys; from workshop.cli import main; sys.argv[0] = 'workshop'; raise SystemExit(main())"


def start_room(path: Path, *args: str) -> tuple[subprocess.Popen, str]:
    """Run `workshop room PATH ARGS…`; returns the process and the URL from its first line."""
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", CLI, "room", str(path), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    first = proc.stdout.readline()
    if not first.startswith("URL: "):
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"workshop room printed {first!r} first; stderr: {err}")
    return proc, first.removeprefix("URL: ").strip()


def stop_room(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> tuple[int, str, str]:
    """Send the signal and wait: (exit code, rest of stdout, stderr)."""
    proc.send_signal(sig)
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    return proc.returncode, out, err
