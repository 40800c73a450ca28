"""A potential typed while a meeting runs, against the same edit with no meeting running.

A score given in a running meeting is also that meeting's record (storage.scores: two more statements in
the edit's transaction; the session places the record among the others, domain.history.recorded). This
measures what that costs per edit through the grid's setData (validation, undo command, write and commit,
the session's change), with no views open, for 290 organisations × 9 areas whose scores all name an
earlier meeting (2,610 records). Baseline, same process: the same edits with no meeting running.
Alternating rounds; each figure is the median of the rounds' medians.
"""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROUNDS = 5
EDITS = 150
ORGS = 290


def _engagement(running: bool):
    from workshop.domain.history import records_from_links
    from workshop.domain.meetings import Meeting
    from workshop.domain.model import Organisation, PotentialScore
    from workshop.templates import example_engagement

    e = example_engagement()
    rng = random.Random(290)
    orgs = tuple(Organisation(name=f"Kommun {i:03d}", short_code=f"K{i:03d}") for i in range(ORGS))
    first = Meeting(kind="joint", title="Första", starts_at="2024-06-10T09:00", status="closed")
    now = Meeting(kind="joint", title="Andra", starts_at="2024-08-10T09:00", status="running" if running else "closed")
    scores = tuple(PotentialScore(organisation_uid=o.uid, area_code=a.code, value=rng.randint(0, 100),
                                  meeting_uid=first.uid) for o in orgs for a in e.areas)
    records, _ = records_from_links(scores, ())
    return dataclasses.replace(e, organisations=orgs, people=(), meetings=(first, now), potentials=scores,
                               potential_history=records, vote_history=(), votes=(), agreed_scores=(),
                               preferences=())


def _round(session, model, rng) -> float:
    times = []
    for i in range(EDITS):
        index = model.index(rng.randrange(ORGS), rng.randrange(9))
        start = time.perf_counter()
        model.setData(index, str(rng.randint(0, 100)))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from workshop.storage import EngagementStore
    from workshop.ui.potential.model import PotentialTableModel
    from workshop.ui.session.session import EngagementSession

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    sides = {}
    for running in (True, False):
        path = os.path.join(folder, f"{running}.workshop")
        EngagementStore.create(path, _engagement(running)).close()
        session = EngagementSession(EngagementStore.open(path))
        sides[running] = (session, PotentialTableModel(session), random.Random(int(running)))
        _round(*sides[running])  # warm up
    results = {True: [], False: []}
    for _ in range(ROUNDS):
        for running in (True, False):
            results[running].append(_round(*sides[running]))
    for session, _, _ in sides.values():
        session.close()
    del app
    ours, plain = statistics.median(results[True]), statistics.median(results[False])
    return [{"figure": f"potential edit in a running meeting, {ORGS} organisations (median)", "value": ours,
             "unit": "ms", "baseline": plain, "ratio": ours / plain, "target": "print"}]


if __name__ == "__main__":
    for row in run():
        print(row)
