"""Kill a process editing through the store, again and again, and count what was lost or damaged.

Run as a script it is the child: it opens the file (taking over the lock the
last killed child left), then edits in a loop — notes of one agenda item,
a potential score, a new decision — and prints "DONE n" after each edit
returned (so edit n was committed). The parent (`run_kills`) kills it with
SIGKILL at a random moment, then checks the file: SQLite's integrity check,
and every edit the child reported is there. Used by tests/test_crash_safety.py
(10 kills) and benchmarks/bench_crash.py (100 kills).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


def child(path: str, start: int) -> None:
    """Edit until killed; edit n writes notes "edit n", decision "decision n" and potential n % 101."""
    from workshop.domain.meetings import Decision
    from workshop.domain.model import PotentialScore
    from workshop.storage import EngagementStore

    store = EngagementStore.open(path)
    if store.read_only is not None:  # the killed child's lock must have gone with it
        print("READ-ONLY", store.read_only, flush=True)
        return
    e = store.load()
    meeting = e.meetings[0]
    item = meeting.agenda[0].uid
    org, area = e.organisations[0].uid, e.areas[0].code
    print("READY", flush=True)
    n = start
    while True:
        store.meetings.set_item_notes(item, f"edit {n}")
        store.meetings.add_decision(meeting.uid, Decision(text=f"decision {n}"))
        store.scores.set_potential(PotentialScore(organisation_uid=org, area_code=area, value=n % 101))
        print("DONE", n, flush=True)
        n += 1


@dataclass
class KillResult:
    """What the kills did to the file."""

    kills: int
    edits: int  # edits reported committed, over all children
    lost: int  # reported edits missing from the file afterwards
    corrupt: int  # times the integrity check failed after a kill
    read_only: int  # children that found the file still locked after the previous one was killed


def _check(path: Path, last_done: int) -> tuple[bool, bool]:
    """(integrity ok, nothing lost): the file after a kill, read with a plain connection."""
    conn = sqlite3.connect(path)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if last_done < 0:
            return ok, True
        notes = conn.execute("SELECT notes FROM agenda_items WHERE notes LIKE 'edit %'").fetchone()
        decisions = {r[0] for r in conn.execute("SELECT text FROM decisions WHERE text LIKE 'decision %'")}
        noted = int(notes[0].split()[1]) if notes else -1
        kept = noted >= last_done and f"decision {last_done}" in decisions
        return ok, kept
    finally:
        conn.close()


def run_kills(path: Path, kills: int, seed: int = 1, max_wait: float = 0.5) -> KillResult:
    """Start a child on the file `kills` times, SIGKILL it after a random moment of editing, check the file."""
    rng = random.Random(seed)
    result = KillResult(kills, 0, 0, 0, 0)
    start = 0
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(Path(__file__).parent),
                                                                      os.environ.get("PYTHONPATH")])))
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, __file__, str(path), str(start)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env)
        first = proc.stdout.readline().split()
        if first[:1] != ["READY"]:
            proc.kill()
            proc.wait()
            result.read_only += 1
            continue
        time.sleep(rng.uniform(0.01, max_wait))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        # Only whole lines: a kill can land while "DONE n" is being written (seen once: "DONE" alone).
        done = [int(line.split()[1]) for line in out.split("\n")[:-1] if line.startswith("DONE ")
                and line.split()[1:2] and line.split()[1].isdigit()]
        last = done[-1] if done else -1
        result.edits += len(done)
        ok, kept = _check(path, last)
        result.corrupt += not ok
        result.lost += not kept
        start = (last if last >= 0 else start) + 1_000  # the next child's edits are told apart
    return result


if __name__ == "__main__":
    child(sys.argv[1], int(sys.argv[2]))
