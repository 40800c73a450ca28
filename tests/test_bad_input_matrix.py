"""Every bad input of the matrix (tests/bad_input_matrix.py): one line naming the problem, exit 2, nothing changed."""

from __future__ import annotations

import pytest
from bad_input_matrix import CASES, run_case


def test_the_matrix_is_wide():
    """At least 60 cases, across the command line, imported exports and files written by other tools."""
    assert len(CASES) >= 60
    assert {c.kind for c in CASES} == {"cli", "json", "sqlite"}
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_in_one_line_and_changes_nothing(case, tmp_path):
    """The command exits 2 with one line on stderr naming the problem; every file in the folder is unchanged."""
    out = run_case(case, tmp_path)
    assert out.code == 2, out.message
    assert len(out.message.splitlines()) == 1 and case.expect in out.message, out.message
    assert out.after == out.before
