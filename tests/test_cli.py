"""The command line: demo, summary (text and JSON) and its errors."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workshop.cli import main
from workshop.storage import EngagementStore


def test_demo_then_summary_json_reports_the_published_results(tmp_path, capsys):
    """`workshop demo -o x && workshop summary x --json` gives the report's sums, ranks and shares."""
    path = tmp_path / "x.workshop"
    assert main(["demo", "-o", str(path)]) == 0
    capsys.readouterr()
    assert main(["summary", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    sums = {a["code"]: a["sum"] for a in data["alternatives"]}
    assert sums == {"S": 21, "1 Teknik": 22, "1 Tjänst": 23, "2": 22}
    first = [a["code"] for a in data["alternatives"] if a["rank"] == 1]
    assert first == ["1 Tjänst"]
    shares = [(round(g["potential_share"], 4), g["today_share"]) for g in data["groups"]]
    assert shares == [(0.6, 0.4), (0.15, 0.25), (0.25, 0.35)]
    assert data["alternatives"][0]["scores"] == [2, 4, 4, 2, 2, 4, 3]
    assert data["preferences"]["Hylte"] == "1 Tjänst"


def test_summary_text_lists_groups_and_ranks(example_path, capsys):
    """The plain summary shows shares as percentages and the ranked alternatives."""
    assert main(["summary", str(example_path)]) == 0
    out = capsys.readouterr().out
    assert "60 %" in out and "40 %" in out
    assert "1 Tjänst" in out and "sum 23" in out


def test_demo_refuses_to_overwrite_without_force(example_path, capsys):
    """An existing file is not replaced unless --force is given."""
    before = example_path.read_bytes()
    assert main(["demo", "-o", str(example_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0]
    assert example_path.read_bytes() == before


@pytest.mark.parametrize("kind", ["missing", "text", "other-sqlite", "directory"])
def test_summary_of_a_bad_file_is_one_line_and_exit_2(tmp_path, capsys, kind):
    """Missing, unreadable or non-engagement files give one line on stderr and exit code 2."""
    path = tmp_path / "f.workshop"
    if kind == "text":
        path.write_text("not a database")
    elif kind == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif kind == "directory":
        path.mkdir()
    assert main(["summary", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]


def test_python_m_workshop_cli_knows_every_command(example_path):
    """`python -m workshop.cli` (as scripts call it) has the commands other modules register — backups,
    room, approve, people, handout, merge — not only those written in cli.py."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "workshop.cli", "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    for command in ("backups", "restore", "room", "approve", "people", "forget-person", "handout", "merge"):
        assert command in result.stdout, command
    result = subprocess.run([sys.executable, "-m", "workshop.cli", "backups", str(example_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "no backups yet" in result.stdout, result.stderr


def test_output_the_terminal_cannot_encode_is_escaped_not_a_traceback(tmp_path):
    """With an output encoding that lacks a character of the engagement (cp1252, as a redirect on Windows
    has), the summary is written with that character escaped and exits 0 (it had stopped with a
    UnicodeEncodeError and an empty file)."""
    import os
    import subprocess
    import sys

    from hostile_text import hostile_engagement

    path = tmp_path / "hostile.workshop"
    EngagementStore.create(path, hostile_engagement()).close()
    env = dict(os.environ, PYTHONIOENCODING="cp1252")
    result = subprocess.run([sys.executable, "-m", "workshop.cli", "summary", str(path)], capture_output=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr.decode("cp1252", "replace")
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("cp1252")  # every byte is the terminal's own encoding
    # The emoji cp1252 lacks are escaped, not dropped nor turned into "?"; what it has (å, ä, ö, ¦) is as typed.
    assert "\\U0001f389\\U0001f600" in out and "?" not in out
    assert "Tjänst <b ¦ =1+1" in out and "röd</font>" in out
    # And the whole summary is there, down to its last section.
    assert "Potential vs today" in out and "60 %" in out and "Robustness" in out


def test_ctrl_c_says_interrupted_in_one_line_and_exits_130(example_path, capsys, monkeypatch):
    """Ctrl+C during a command prints one line, no traceback, and exits 130 as shells expect."""
    import workshop.domain.summary as summary

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(summary, "summarize", interrupted)
    assert main(["summary", str(example_path)]) == 130
    assert capsys.readouterr().err.strip() == "workshop summary: interrupted."
