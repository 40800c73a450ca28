"""Merging two copies: an engagement of 25 meetings and 290 organisations, handed out, each copy given
1,000 edits (votes, potential scores, notes, new agenda items), then merged into a new file with
`--prefer theirs` (the edits overlap, so some conflict). Beside it, in the same run: copying that file
with SQLite's backup API, the least any tool that writes the whole engagement once must spend.

The merge is timed end to end as `workshop merge` runs it: both files read, the base found, diffed,
applied, checked (integrity_check, foreign_key_check) and the result written. Median of RUNS, the two
timed alternately.

A second figure, timed alternately with them: the same merge through the command's own entry point
(`workshop merge MINE THEIRS -o OUT --prefer theirs`, its lines to the terminal thrown away), which is
what a facilitator waits for. It had run the whole merge twice (the first time with no choices, to find
the conflicts a `--keep` could name), ~1.45× the first figure; now it is within the noise of it.

A third figure, timed alternately with them: the session extension's own floor on the same files, what
no merge built on it can go below. Both files read, the base already unpacked, the three images loaded,
base → theirs diffed table by table, the changeset applied to mine (every conflict left alone), the
result written and synced; no checks, no renaming, no conflicts named, no Workshop code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 5
ORGANISATIONS = 290
EDITS = 1_000


def big_engagement():
    """25 meetings (the example's, repeated) and 290 organisations, each with its potential and votes."""
    from bench_pdf import engagement_with_meetings

    from workshop.domain.model import Organisation, PotentialScore, Vote

    e = engagement_with_meetings(25)
    rng = random.Random(290)
    organisations = tuple(Organisation(name=f"Kommun {i:03d}", short_code=f"K{i:03d}") for i in range(ORGANISATIONS))
    potentials = tuple(PotentialScore(organisation_uid=o.uid, area_code=a.code, value=rng.randint(0, 100))
                       for o in organisations for a in e.areas)
    votes = tuple(Vote(organisation_uid=o.uid, alternative_code=alt.code, criterion_number=c.number,
                       value=rng.randint(c.scale_min, c.scale_max))
                  for o in organisations for alt in e.alternatives for c in e.criteria)
    meetings = tuple(dataclasses.replace(m, organisation_uids=(), attendee_uids=()) for m in e.meetings)
    return dataclasses.replace(e, organisations=organisations, potentials=potentials, votes=votes, people=(),
                               meetings=meetings, preferences=(), potential_history=(), vote_history=())


def edit(path: Path, seed: int) -> None:
    """EDITS edits on one copy: 600 votes, 300 potential scores, 50 notes, 50 new agenda items."""
    from workshop.domain.ids import new_uid

    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    votes = [r[0] for r in conn.execute("SELECT uid FROM criteria_votes")]
    scores = [r[0] for r in conn.execute("SELECT uid FROM potential_scores")]
    items = [r[0] for r in conn.execute("SELECT uid FROM agenda_items")]
    meetings = [r[0] for r in conn.execute("SELECT uid FROM meetings")]
    with conn:
        for uid in rng.sample(votes, 600):
            conn.execute("UPDATE criteria_votes SET value = ? WHERE uid = ?", [rng.randint(1, 4), uid])
        for uid in rng.sample(scores, 300):
            conn.execute("UPDATE potential_scores SET value = ? WHERE uid = ?", [rng.randint(0, 100), uid])
        for uid in rng.sample(items, 50):
            conn.execute("UPDATE agenda_items SET notes = ? WHERE uid = ?", [f"Anteckning {rng.random()}", uid])
        for i in range(50):
            conn.execute("INSERT INTO agenda_items (uid, meeting_uid, position, kind, text) VALUES (?, ?, ?, ?, ?)",
                         [new_uid(), rng.choice(meetings), 100 + i, "free", f"Ny punkt {seed}-{i}"])
    conn.close()


def copy_with_backup_api(source: Path, target: Path) -> None:
    """The baseline: the whole file copied through SQLite's backup API."""
    target.unlink(missing_ok=True)
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()


def session_extension_floor(mine: Path, theirs: Path, base: bytes, tables: list[str], target: Path) -> None:
    """The least a three-way merge on the session extension does (see the module's docstring)."""
    import apsw

    from workshop.storage.merge.bases import as_image

    conn = apsw.Connection(":memory:")
    try:
        conn.deserialize("main", as_image(mine.read_bytes()))
        for name, image in (("theirs", as_image(theirs.read_bytes())), ("base", base)):
            conn.execute(f"ATTACH ':memory:' AS {name}")
            conn.deserialize(name, image)
        session = apsw.Session(conn, "theirs")
        for table in tables:
            session.attach(table)
            session.diff("base", table)
        with conn:
            apsw.Changeset.apply(session.changeset(), conn, conflict=lambda *_: apsw.SQLITE_CHANGESET_OMIT)
        image = conn.serialize("main")
    finally:
        conn.close()
    with open(target, "wb") as fh:
        fh.write(image)
        fh.flush()
        os.fsync(fh.fileno())


def unpacked_base(path: Path) -> tuple[bytes, list[str]]:
    """The newest base stored in a copy, unpacked, and the tables the merge diffs (its own `read_tables`)."""
    import apsw

    from workshop.storage.merge.bases import base_database, bases
    from workshop.storage.merge.schema_info import read_tables

    conn = sqlite3.connect(path)
    try:
        image = base_database(conn, bases(conn)[0].uid)
    finally:
        conn.close()
    base = apsw.Connection(":memory:")
    try:
        base.deserialize("main", image)
        return image, list(read_tables(base))
    finally:
        base.close()


def merge_command(mine: Path, theirs: Path, target: Path) -> None:
    """`workshop merge MINE THEIRS -o TARGET --prefer theirs`, as typed (what it prints thrown away)."""
    from workshop.cli import main

    with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):
        code = main(["merge", str(mine), str(theirs), "-o", str(target), "--prefer", "theirs"])
    if code != 0:
        raise SystemExit(f"workshop merge exited {code}")


def run() -> list[dict]:
    from workshop.domain.merging import Side
    from workshop.storage import EngagementStore
    from workshop.storage.merge import hand_out_store, merge_files, write_image

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mine, theirs = folder / "mine.workshop", folder / "theirs.workshop"
        EngagementStore.create(mine, big_engagement()).close()
        with EngagementStore.open(mine) as store:
            hand_out_store(store, theirs)
        edit(mine, 1)
        edit(theirs, 2)
        size = mine.stat().st_size
        base, tables = unpacked_base(mine)
        merged, command, copied, floor, conflicts = [], [], [], [], 0
        for i in range(RUNS):
            out = folder / f"out{i}.workshop"
            start = time.perf_counter()
            report, image = merge_files(mine, theirs, prefer=Side.THEIRS)
            write_image(image, out)
            merged.append(time.perf_counter() - start)
            conflicts = len(report.conflicts)
            start = time.perf_counter()
            merge_command(mine, theirs, folder / f"command{i}.workshop")
            command.append(time.perf_counter() - start)
            start = time.perf_counter()
            copy_with_backup_api(mine, folder / "copy.workshop")
            copied.append(time.perf_counter() - start)
            start = time.perf_counter()
            session_extension_floor(mine, theirs, base, tables, folder / f"floor{i}.workshop")
            floor.append(time.perf_counter() - start)
        ours, copy, least = statistics.median(merged), statistics.median(copied), statistics.median(floor)
        typed = statistics.median(command)
    return [{"figure": f"merge 2 copies × {EDITS:,} edits, {ORGANISATIONS} orgs, 25 meetings "
                       f"({size / 1e6:.1f} MB, {conflicts} conflicts) vs backup-API copy",
             "value": ours, "unit": "s", "baseline": copy, "ratio": ours / copy, "target": "≤ 3×"},
            {"figure": "  the same through `workshop merge … -o OUT --prefer theirs` (the command as typed) "
                       "vs backup-API copy",
             "value": typed, "unit": "s", "baseline": copy, "ratio": typed / copy, "target": ""},
            {"figure": "  the session extension's own floor on the same files (read, diff, apply, write; "
                       "no checks, no Workshop code) vs backup-API copy",
             "value": least, "unit": "s", "baseline": copy, "ratio": least / copy, "target": ""}]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for row in run():
        print(row)
