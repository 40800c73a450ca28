"""Criteria arithmetic on the example: the report's agreed scores, spreads, overrides, missing votes, weights."""

from __future__ import annotations

import pytest

from workshop.domain.criteria import agreed_grid, alternative_results
from workshop.domain.errors import DomainError
from workshop.domain.model import AgreedScore
from workshop.domain.validation import check_weights

REPORT = {  # the report's table: criteria 1–7 and the sum
    "S": ([2, 4, 4, 2, 2, 4, 3], 21),
    "1 Teknik": ([3, 4, 3, 2, 2, 4, 4], 22),
    "1 Tjänst": ([3, 4, 4, 2, 2, 4, 4], 23),
    "2": ([4, 4, 4, 3, 3, 2, 2], 22),
}


def _results(e, votes=None, overrides=(), weights=None):
    grid = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes if votes is None else votes, overrides)
    return grid, {r.code: r for r in alternative_results(e.alternatives, e.criteria, grid, weights)}


def test_report_table_exactly(example):
    """Every agreed score, every sum and the ranks are the report's (1 Tjänst first, S last)."""
    _, results = _results(example)
    assert {c: (list(r.scores), r.sum) for c, r in results.items()} == {c: (s, t) for c, (s, t) in REPORT.items()}
    assert {c: r.rank for c, r in results.items()} == {"1 Tjänst": 1, "1 Teknik": 2, "2": 2, "S": 4}
    assert all(r.complete for r in results.values())


def test_spread_of_each_cell(example):
    """The lowest and highest vote per cell: S on criterion 1 ranges 1–3, 1 Tjänst on 6 is unanimous 4."""
    grid, _ = _results(example)
    assert (grid[("S", 1)].low, grid[("S", 1)].high) == (1, 3)
    assert (grid[("1 Tjänst", 6)].low, grid[("1 Tjänst", 6)].high) == (4, 4)
    assert (grid[("2", 6)].low, grid[("2", 6)].high) == (1, 3)
    assert all(cell.votes == 5 and cell.source == "median" for cell in grid.values())


def test_override_with_comment_replaces_the_median(example):
    """A score set by hand counts instead of the median and keeps its comment; the spread stays the votes'."""
    override = AgreedScore(alternative_code="S", criterion_number=1, value=3, comment="Enig efter diskussion")
    grid, results = _results(example, overrides=[override])
    cell = grid[("S", 1)]
    assert (cell.value, cell.source, cell.comment, cell.low, cell.high) == (3, "set", "Enig efter diskussion", 1, 3)
    assert results["S"].sum == 22


def test_missing_vote_gives_the_median_of_the_rest(example):
    """Without Gislaved's vote on S/1 the median of four votes (2, 3, 2, 1) is 2, and Gislaved is named."""
    gis = example.organisations[0]
    votes = [v for v in example.votes if not (v.organisation_uid == gis.uid and v.alternative_code == "S"
                                             and v.criterion_number == 1)]
    grid, results = _results(example, votes=votes)
    assert grid[("S", 1)].value == 2 and grid[("S", 1)].missing == (gis.uid,) and grid[("S", 1)].votes == 4
    assert results["S"].sum == 21


def test_half_points_when_votes_split_evenly(example):
    """Two votes left on a cell (2 and 3) give the agreed score 2.5, and the sum keeps the half."""
    keep = {example.organisations[0].uid, example.organisations[2].uid}  # Gislaved 2, Värnamo 3 on S/1
    votes = [v for v in example.votes if not (v.alternative_code == "S" and v.criterion_number == 1
                                             and v.organisation_uid not in keep)]
    grid, results = _results(example, votes=votes)
    assert grid[("S", 1)].value == 2.5
    assert results["S"].sum == 21.5


def test_no_votes_at_all_leave_the_cell_empty(example):
    """A cell nobody voted on has no agreed score; the alternative is marked incomplete."""
    votes = [v for v in example.votes if not (v.alternative_code == "2" and v.criterion_number == 7)]
    grid, results = _results(example, votes=votes)
    assert grid[("2", 7)].value is None and grid[("2", 7)].source == "none"
    assert not results["2"].complete and results["2"].sum == 20


def test_an_alternative_scored_on_some_criteria_only_is_not_ranked(example):
    """1 Tjänst with no vote yet on criteria 6 and 7 sums the five it has (15) and has no rank; it had ranked
    last, 15 of five criteria against 21 of seven. The others are ranked among themselves."""
    votes = [v for v in example.votes if not (v.alternative_code == "1 Tjänst" and v.criterion_number >= 6)]
    _, results = _results(example, votes=votes)
    partial = results["1 Tjänst"]
    assert (partial.sum, partial.scored, partial.complete, partial.rank) == (15, 5, False, None)
    assert {c: r.rank for c, r in results.items() if c != "1 Tjänst"} == {"1 Teknik": 1, "2": 1, "S": 3}


def test_weights_change_weighted_sum_and_rank_not_sum(example):
    """Weighting criterion 1 double gives 1 Tjänst 26 and 2 26 (tie for first); plain sums stay the report's."""
    weights = [2, 1, 1, 1, 1, 1, 1]
    _, results = _results(example, weights=weights)
    assert {c: r.weighted_sum for c, r in results.items()} == {"S": 23, "1 Teknik": 25, "1 Tjänst": 26, "2": 26}
    assert {c: r.sum for c, r in results.items()} == {c: t for c, (_, t) in REPORT.items()}
    assert results["1 Tjänst"].rank == results["2"].rank == 1


@pytest.mark.parametrize("weights", [[0] * 7, [1, -1, 1, 1, 1, 1, 1], [1, float("nan"), 1, 1, 1, 1, 1]])
def test_bad_weights_are_refused(weights):
    """Weights must be non-negative, finite, and not all zero."""
    with pytest.raises(DomainError):
        check_weights(weights)
