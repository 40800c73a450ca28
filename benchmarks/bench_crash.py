"""Crash safety: 100 SIGKILLs of a process editing through the store; losses and corruptions (target: 0).

The baseline is the number of edits the killed processes reported committed (all of them must survive)."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
KILLS = 100


def _harness():
    spec = importlib.util.spec_from_file_location("crash_harness", HERE.parent / "tests" / "crash_harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def run() -> list[dict]:
    from workshop.storage import EngagementStore
    from workshop.templates import example_engagement

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crash.workshop"
        EngagementStore.create(path, example_engagement()).close()
        result = _harness().run_kills(path, kills=KILLS, seed=100)
    print(f"  {result.kills} kills, {result.edits} edits reported committed, {result.lost} lost, "
          f"{result.corrupt} corrupt, {result.read_only} children found the file still locked")
    return [
        {"figure": f"edits lost over {KILLS} SIGKILLs", "value": result.lost, "unit": "",
         "baseline": result.edits, "ratio": None, "target": "0"},
        {"figure": f"integrity failures over {KILLS} SIGKILLs", "value": result.corrupt, "unit": "",
         "baseline": KILLS, "ratio": None, "target": "0"},
        {"figure": "stale locks not taken over", "value": result.read_only, "unit": "",
         "baseline": KILLS, "ratio": None, "target": "0"},
    ]
