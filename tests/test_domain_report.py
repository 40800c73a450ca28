"""The domain arithmetic reproduces the published report's tables from the bundled example."""

from __future__ import annotations

import pytest

from workshop.domain.criteria import agreed_grid, alternative_results, competition_ranks, median
from workshop.domain.errors import DomainError
from workshop.domain.model import Area, Group, PotentialScore
from workshop.domain.potential import group_potentials, missing_potentials, potential_from_factors
from workshop.domain.summary import summarize

PUBLISHED = {
    "S": ([2, 4, 4, 2, 2, 4, 3], 21),
    "1 Teknik": ([3, 4, 3, 2, 2, 4, 4], 22),
    "1 Tjänst": ([3, 4, 4, 2, 2, 4, 4], 23),
    "2": ([4, 4, 4, 3, 3, 2, 2], 22),
}


def test_group_shares_match_report(example):
    """IT-drift 60/40, Förändringshantering 15/25, Systemförvaltning 25/35, as published."""
    groups = group_potentials(example.groups, example.areas, example.potentials)
    assert [(g.name, g.potential_share, g.today_share) for g in groups] == [
        ("IT-drift", pytest.approx(0.60), 0.40),
        ("Förändringshantering", pytest.approx(0.15), 0.25),
        ("Systemförvaltning & vidmakthållande", pytest.approx(0.25), 0.35),
    ]


def test_agreed_scores_and_sums_match_report(example):
    """Medians of the municipalities' votes give the report's scores, sums 21/22/23/22."""
    grid = agreed_grid(example.alternatives, example.criteria, example.organisations, example.votes)
    results = {r.code: r for r in alternative_results(example.alternatives, example.criteria, grid)}
    for code, (scores, total) in PUBLISHED.items():
        assert list(results[code].scores) == scores
        assert results[code].sum == total


def test_ranks_put_1_tjanst_first_and_share_ties(example):
    """1 Tjänst ranks first; 1 Teknik and 2 tie for second; S is fourth."""
    data = summarize(example)
    ranks = {a["code"]: a["rank"] for a in data["alternatives"]}
    assert ranks == {"1 Tjänst": 1, "1 Teknik": 2, "2": 2, "S": 4}


def test_preferences_match_report(example):
    """Gislaved and Vaggeryd prefer 1 Teknik; Gnosjö, Värnamo and Hylte prefer 1 Tjänst."""
    assert summarize(example)["preferences"] == {
        "Gislaved": "1 Teknik",
        "Gnosjö": "1 Tjänst",
        "Värnamo": "1 Tjänst",
        "Vaggeryd": "1 Teknik",
        "Hylte": "1 Tjänst",
    }


def test_example_marks_its_invented_numbers_as_illustrative(example):
    """The per-area values are not the report's, and the example says so."""
    assert "illustrativ" in example.info.description.lower()


def test_competition_ranks_share_ties():
    """Equal sums share a rank and the next rank is skipped (1, 2, 2, 4)."""
    assert competition_ranks([23, 22, 22, 21]) == [1, 2, 2, 4]
    assert competition_ranks([5, 5]) == [1, 1]


def test_median_keeps_halves_and_handles_no_votes():
    """An even number of votes may give a half point; no votes give no score."""
    assert median([2, 3]) == 2.5
    assert median([4, 1, 3]) == 3
    assert median([]) is None


def test_missing_votes_are_named(example):
    """A cell with a vote removed reports which organisation has not voted."""
    first = example.organisations[0]
    votes = [v for v in example.votes if not (v.organisation_uid == first.uid and v.alternative_code == "S"
                                             and v.criterion_number == 1)]
    grid = agreed_grid(example.alternatives, example.criteria, example.organisations, votes)
    assert grid[("S", 1)].missing == (first.uid,)
    assert grid[("S", 2)].missing == ()


def test_factor_multiple_has_max_100():
    """Will × benefit × ability on a 1–5 scale gives 100 at the top and scales down."""
    assert potential_from_factors(5, 5, 5, 5) == 100
    assert potential_from_factors(4, 5, 5, 5) == 80
    assert potential_from_factors(0, 5, 5, 5) == 0
    with pytest.raises(DomainError):
        potential_from_factors(6, 5, 5, 5)


def test_empty_and_missing_potentials():
    """No scores give no shares (not a division by zero); missing cells are listed."""
    groups = (Group(code="G", name="G"),)
    areas = (Area(code="A", name="A", group_code="G"), Area(code="B", name="B", group_code="G"))
    assert group_potentials(groups, areas, [])[0].potential_share is None
    scores = [PotentialScore(organisation_uid="o1", area_code="A", value=10)]
    assert missing_potentials(["o1"], areas, scores) == [("o1", "B")]


def test_an_engagement_is_finished_once_every_meeting_is_held_and_a_recommendation_written(example):
    """The report may call itself final only then: a meeting planned or running, no meeting at all, or no
    recommendation yet keep it an interim report (domain/progress.py)."""
    import dataclasses

    from workshop.domain.plan import Recommendation
    from workshop.domain.progress import progress
    from workshop.domain.vocabulary import MeetingStatus

    r = dataclasses.replace
    assert progress(example).final and (progress(example).held, progress(example).meetings) == (9, 9)
    for status in (MeetingStatus.PLANNED, MeetingStatus.RUNNING):
        last = r(example.meetings[-1], status=status)
        state = progress(r(example, meetings=example.meetings[:-1] + (last,)))
        assert not state.final and state.held == 8  # a running meeting is not held, nor planned
        assert (state.running, state.planned) == ((1, 0) if status == MeetingStatus.RUNNING else (0, 1))
    assert not progress(r(example, meetings=())).final
    assert not progress(r(example, recommendation=Recommendation())).final
    assert progress(r(example, recommendation=Recommendation(alternative_code="2"))).final
