"""The typing journal (storage/typing_journal.py): what keeping typed text beside the file costs.

While someone types, the window writes the field's text into FILE.typing at most every 0.4 s: the journal
is read, the field's entry replaced, and the whole written, synced and moved in place, the folder synced.
Baseline, same run: writing the same bytes to a file and syncing it, the least any autosave does. At the
next open after a crash, the journal's texts are looked for among the file's (290 organisations, 25
meetings); baseline: opening that file and reading the engagement, which the open does anyway.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TICKS = 60
FIELDS = 4  # fields with typing in the journal at once (a description, a form's three fields)


def _median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> list[dict]:
    from workshop.storage import EngagementStore
    from workshop.storage.typing_journal import TypedText, read_journal, unstored, write_journal

    sys.path.insert(0, str(HERE.parent / "tests"))
    from scale_support import large_engagement

    text = "Tillagt under mötet: kommunerna vill se en plan för övergången. " * 30  # ~2 KB, a long paragraph
    entries = [TypedText(f"Uppdrag › Fält {i}", f"{text} {i}", "2026-12-07T10:00:00", f"run:{i}") for i in range(FIELDS)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "e.workshop"
        uid = "engagement-uid"
        write_journal(path, uid, entries)

        def tick() -> None:  # what TypingJournal._write does with the field being typed in
            typed = TypedText("Uppdrag › Fält 0", text + " och en mening till", "2026-12-07T10:00:01", "run:0")
            kept = [e for e in read_journal(path, uid) if e.field != typed.field]
            write_journal(path, uid, [*kept, typed])

        data = json.dumps({"engagement": uid, "typed": [asdict(e) for e in entries]}, ensure_ascii=False).encode()
        plain_path = Path(folder) / "plain.bin"

        def plain() -> None:
            with open(plain_path, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())

        tick(), plain()  # warm
        ticks, plains = [], []
        for _ in range(3):  # alternated, so the disk's mood hits both
            ticks.append(_median_ms(tick, TICKS // 3))
            plains.append(_median_ms(plain, TICKS // 3))
        journal_ms, plain_ms = statistics.median(ticks), statistics.median(plains)

        large = Path(folder) / "large.workshop"
        EngagementStore.create(large, large_engagement()).close()
        left = [*entries, TypedText("Ramverk › Organisationer › Ny › Namn", "Kommun 17", "t", "run:9")]

        def check() -> None:
            with EngagementStore.open(large, read_only=True) as store:
                unstored(left, store.db.conn)

        def opening() -> None:
            with EngagementStore.open(large, read_only=True) as store:
                store.load()

        check_ms = _median_ms(check, 5)
        open_ms = _median_ms(opening, 5)
    print(f"  journal of {FIELDS} fields, {len(data)} bytes; the open's check over the 290-organisation file",
          file=sys.stderr)
    return [
        {"figure": f"typing journal, one write while typing ({FIELDS} fields' text)", "value": round(journal_ms, 2),
         "unit": "ms", "baseline": round(plain_ms, 2), "ratio": journal_ms / plain_ms,
         "target": "print (at most every 0.4 s)"},
        {"figure": "typing journal, what the file holds checked at open (290 organisations)",
         "value": round(check_ms, 1), "unit": "ms", "baseline": round(open_ms, 1), "ratio": check_ms / open_ms,
         "target": "print (after a crash only)"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
