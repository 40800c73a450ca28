"""The summary structure: the report's tables, weighted sums, the map's points, preferences and robustness."""

from __future__ import annotations

import dataclasses
import json

import pytest

from workshop.cli import main
from workshop.domain.criteria import agreed_grid, alternative_results
from workshop.domain.summary import (
    area_medians,
    coverage_shares,
    feasibility_points,
    preference_counts,
    summarize,
)


def test_summary_has_robustness_of_the_example(example):
    """`robustness` names 1 Tjänst the winner by 1 point and describes the smallest flip."""
    rb = summarize(example)["robustness"]
    assert rb["winner"] == "1 Tjänst"
    assert rb["margin"] == 1
    assert rb["runners_up"] == ["1 Teknik", "2"]
    assert rb["tie_counts_as_change"] is True and rb["equal_weights"] is True
    assert "one vote" in rb["smallest_flip"] and "criterion" in rb["smallest_flip"]
    assert len(rb["vote_flips"]) == 9
    assert rb["weight_flip"]["criterion"] == 6 and rb["weight_flip"]["to"] == 0.5
    assert rb["missing_votes"] == []


def test_each_alternative_has_weighted_sum_equal_to_sum_by_default(example):
    """With the report's equal weights, weighted_sum equals the plain sum 21/22/23/22."""
    alts = {a["code"]: a for a in summarize(example)["alternatives"]}
    assert {c: (a["sum"], a["weighted_sum"]) for c, a in alts.items()} == {
        "S": (21, 21), "1 Teknik": (22, 22), "1 Tjänst": (23, 23), "2": (22, 22),
    }
    assert all(a["complete"] for a in alts.values())


def test_weighted_sum_follows_the_criteria_weights(example):
    """Weights stored on the criteria change weighted_sum and the ranking, not the plain sum."""
    criteria = tuple(dataclasses.replace(c, weight=2.0) if c.number in (4, 5) else c for c in example.criteria)
    data = summarize(dataclasses.replace(example, criteria=criteria))
    alts = {a["code"]: a for a in data["alternatives"]}
    assert alts["2"]["weighted_sum"] == 28 and alts["2"]["sum"] == 22 and alts["2"]["rank"] == 1
    assert data["robustness"]["winner"] == "2" and data["robustness"]["equal_weights"] is False


def test_feasibility_points_of_the_example(example):
    """S and both alternative 1 cover A–B (60 % of potential); 2 covers A–I (100 %); y is the sum."""
    grid = agreed_grid(example.alternatives, example.criteria, example.organisations, example.votes)
    results = alternative_results(example.alternatives, example.criteria, grid)
    points = {p.code: (round(p.potential_share, 4), p.criteria_sum) for p in
              feasibility_points(example.alternatives, example.areas, example.potentials, results)}
    assert points == {"S": (0.6, 21), "1 Teknik": (0.6, 22), "1 Tjänst": (0.6, 23), "2": (1.0, 22)}
    assert coverage_shares(example.alternatives, example.areas, ())["S"] is None


def test_preference_counts_of_the_example(example):
    """Two municipalities prefer 1 Teknik, three 1 Tjänst, none S or 2."""
    assert preference_counts(example.alternatives, example.preferences) == {
        "S": 0, "1 Teknik": 2, "1 Tjänst": 3, "2": 0,
    }


def test_area_medians_of_the_example(example):
    """The median per area over the five municipalities (the radar's reference polygon)."""
    assert area_medians(example.organisations, example.areas, example.potentials) == [
        95, 90, 30, 15, 20, 10, 15, 20, 10,
    ]
    assert area_medians(example.organisations, example.areas, ()) == [None] * 9


def test_summary_groups_carry_sums(example):
    """Each group has its potential sum beside the shares 60/15/25 vs 40/25/35."""
    groups = summarize(example)["groups"]
    total = sum(g["potential_sum"] for g in groups)
    assert [round(g["potential_sum"] / total, 4) for g in groups] == [0.6, 0.15, 0.25]
    assert [g["today_share"] for g in groups] == [0.4, 0.25, 0.35]


def test_cli_json_and_text_show_robustness(example_path, capsys):
    """`workshop summary --json` has the robustness object; the text output explains it."""
    assert main(["summary", str(example_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["robustness"]["winner"] == "1 Tjänst" and data["robustness"]["margin"] == 1
    assert isinstance(data["robustness"]["smallest_flip"], str)
    assert all("weighted_sum" in a for a in data["alternatives"])
    assert main(["summary", str(example_path)]) == 0
    out = capsys.readouterr().out
    assert "Robustness" in out and "1 Tjänst leads by 1 point" in out


@pytest.mark.parametrize("drop", ["all-votes", "one-vote"])
def test_summary_handles_missing_votes(example, drop):
    """Missing votes are listed by organisation, alternative and criterion; nothing crashes."""
    votes = () if drop == "all-votes" else example.votes[1:]
    data = summarize(dataclasses.replace(example, votes=votes))
    missing = data["robustness"]["missing_votes"]
    assert len(missing) == (5 * 4 * 7 if drop == "all-votes" else 1)
    if drop == "all-votes":
        assert data["robustness"]["winner"] is None
        assert data["robustness"]["smallest_flip"] == "No alternative has been voted on yet."
    else:
        assert missing[0]["alternative"] == "S" and missing[0]["criterion"] == 1


def test_groups_from_area_totals_match_group_potentials(example):
    """Group sums and shares from per-area totals equal the domain's group_potentials (used by live charts)."""
    from workshop.domain.potential import area_totals, group_potentials
    from workshop.domain.summary import groups_from_area_totals

    totals = area_totals(example.areas, example.potentials)
    assert groups_from_area_totals(example.groups, example.areas, totals) == group_potentials(
        example.groups, example.areas, example.potentials)
    empty = groups_from_area_totals(example.groups, example.areas, {})
    assert [g.potential_share for g in empty] == [None, None, None]


def test_no_alternative_ranks_first_before_anything_is_voted(tmp_path):
    """In a new engagement with no votes, no alternative shows rank 1: each rank is empty (null in JSON)."""
    from workshop.domain.summary import summarize
    from workshop.templates import engagement_from_template

    data = summarize(engagement_from_template("IT-drift samverkan", "Ny"))
    assert data["alternatives"] and all(a["rank"] is None for a in data["alternatives"])
