"""The People list: every person with every place they appear, for a long investigation.

domain.people.everyone for tests/scale_support's engagement (290 organisations, 580 people, 25 meetings)
with 30 agenda items of notes (about 200 words each) in every meeting. Baseline, same process: each
person's name pattern run over every text, the straightforward way (what the list did until it looked a
name up only in the texts holding its first word). Each figure is the median of three runs.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
import time
from pathlib import Path

RUNS = 3
WORDS = ("samverkan", "drift", "kommun", "avtal", "förvaltning", "licens", "nätverk", "support", "budget",
         "plan", "risk", "beslut", "it-chef", "leverans", "system", "tjänst", "kostnad", "personal")


def _long_investigation():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from scale_support import large_engagement

    from workshop.domain.agenda import free_item

    e = large_engagement()
    rng = random.Random(30)
    names = [p.name for p in e.people]

    def notes() -> str:
        words = [rng.choice(WORDS) for _ in range(200)]
        words[rng.randrange(200)] = rng.choice(names)  # one person named in each item's notes
        return " ".join(words)

    meetings = tuple(dataclasses.replace(m, agenda=tuple(dataclasses.replace(free_item(f"Punkt {i}"), notes=notes())
                                                         for i in range(30)))
                     for m in e.meetings)
    return dataclasses.replace(e, meetings=meetings)


def _straightforward(e) -> int:
    from workshop.domain.people import _texts, name_pattern

    texts = [t for t in _texts(e) if t[2]]
    found = 0
    for person in e.people:
        pattern = name_pattern(person, list(e.people))
        found += sum(1 for t in texts if pattern is not None and pattern.search(t[2]))
    return found


def _timed(work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run() -> list[dict]:
    from workshop.domain.people import everyone
    from workshop.domain.vocabulary import PlaceKind

    e = _long_investigation()
    listed, people = _timed(lambda: everyone(e))
    scanned, mentions = _timed(lambda: _straightforward(e))
    found = sum(p.count(PlaceKind.MENTIONED) for p in people)
    assert found == mentions, f"the list found {found} mentions, the straightforward scan {mentions}"
    return [{"figure": f"People list, {len(e.people)} people, {found} mentions in 750 notes", "value": listed,
             "unit": "s", "baseline": scanned, "ratio": listed / scanned, "target": "≤ 0.5 s"}]
