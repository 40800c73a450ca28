"""SIGKILL during edits through the store: nothing committed is lost, the file stays sound, the lock is taken over."""

from __future__ import annotations

from crash_harness import run_kills

from workshop.storage import EngagementStore


def test_ten_kills_during_edits_lose_nothing_and_damage_nothing(example_path):
    """Ten children editing the file are killed at random moments: every edit each reported is in the file,
    SQLite's integrity check passes each time, and each new child takes over the lock the killed one left."""
    result = run_kills(example_path, kills=10, seed=12)
    assert result.read_only == 0
    assert result.edits > 0
    assert (result.lost, result.corrupt) == (0, 0)
    with EngagementStore.open(example_path) as store:
        assert store.read_only is None
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
