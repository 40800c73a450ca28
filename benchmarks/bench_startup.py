"""Start-up to the first painted window, and peak memory: Workshop on the example vs a bare
PySide6 window with a pyqtgraph PlotWidget. Each is a fresh process, measured alternately."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 7


def _spawn_to_paint(mode: str, path: str) -> tuple[float, int]:
    """Seconds from spawning the process to its first paint, and its peak RSS (KiB)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "_startup_child.py"), mode, path],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=120)
    return elapsed, int(line.split()[1])


def _bytecode_compiled() -> None:
    """Workshop's modules compiled to bytecode, as an installed copy has them (pip and the PyInstaller bundle
    compile at install or build time). A development checkout run with PYTHONDONTWRITEBYTECODE set (as some
    machines are) would otherwise compile ~90 modules at every start (~130 ms), which the bare window, made of
    installed packages only, never does."""
    import compileall

    import workshop

    compileall.compile_dir(Path(workshop.__file__).parent, quiet=1)


def run() -> list[dict]:
    from workshop.storage import EngagementStore
    from workshop.templates import example_engagement

    _bytecode_compiled()

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "example.workshop")
        EngagementStore.create(path, example_engagement()).close()
        _spawn_to_paint("bare", path)  # warm the file cache for both
        _spawn_to_paint("app", path)
        app, chart, bare = [], [], []
        for _ in range(RUNS):
            app.append(_spawn_to_paint("app", path))
            chart.append(_spawn_to_paint("app-potential", path))
            bare.append(_spawn_to_paint("bare", path))
    t_app = statistics.median(t for t, _ in app)
    t_chart = statistics.median(t for t, _ in chart)
    t_bare = statistics.median(t for t, _ in bare)
    m_app = max(m for _, m in app + chart) / 1024
    m_bare = max(m for _, m in bare) / 1024
    return [
        {"figure": "start-up to first paint (median of 7)", "value": round(t_app * 1000, 1), "unit": "ms",
         "baseline": round(t_bare * 1000, 1), "ratio": t_app / t_bare, "target": "≤ 1.25×"},
        {"figure": "start-up to Potential view + radar painted", "value": round(t_chart * 1000, 1), "unit": "ms",
         "baseline": round(t_bare * 1000, 1), "ratio": t_chart / t_bare, "target": "information"},
        {"figure": "peak memory at first paint", "value": round(m_app, 1), "unit": "MiB",
         "baseline": round(m_bare, 1), "ratio": m_app / m_bare, "target": "≤ 1.5×"},
    ]
