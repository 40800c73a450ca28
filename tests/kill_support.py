"""Run a child app until it says it has typed, then kill it as a crash or a power cut would (SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path


def kill_once_typed(child: str, *args: str | os.PathLike[str]) -> str:
    """Start tests/CHILD with the arguments, read its first line (it says it typed), SIGKILL it; the line."""
    script = Path(__file__).with_name(child)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    with subprocess.Popen([sys.executable, str(script), *map(str, args)], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, env=env) as proc:
        try:
            line = proc.stdout.readline()
            assert line.startswith("TYPED"), line
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == -signal.SIGKILL
    return line
