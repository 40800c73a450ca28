"""Robustness of the ranking: the winner's margin and the smallest vote or weight change that flips it."""

from __future__ import annotations

import dataclasses

import pytest

from workshop.domain.model import AgreedScore, Alternative, Criterion, Organisation, Vote
from workshop.domain.robustness import describe, normalised_weights, robustness


def _r(e, votes=None, overrides=None, weights=None):
    return robustness(e.alternatives, e.criteria, e.organisations, e.votes if votes is None else votes,
                      e.agreed_scores if overrides is None else overrides, weights)


def _names(e):
    return {o.uid: o.name for o in e.organisations}


def test_example_winner_and_margin(example):
    """1 Tjänst wins the example by one point over 1 Teknik and 2 (23 vs 22 vs 22, S 21)."""
    r = _r(example)
    assert r.winner == "1 Tjänst"
    assert r.leaders == ("1 Tjänst",)
    assert r.runners_up == ("1 Teknik", "2")
    assert r.margin == 1
    assert r.points == {"S": 21, "1 Teknik": 22, "1 Tjänst": 23, "2": 22}
    assert r.equal_weights and r.missing == () and r.set_by_hand == ()


def test_example_single_vote_flips(example):
    """Nine single votes moved by one step would each end 1 Tjänst's sole lead; all of them make ties."""
    r = _r(example)
    names = _names(example)
    flips = {(names[f.organisation_uid], f.alternative_code, f.criterion_number, f.old, f.new, f.leaders)
             for f in r.vote_flips}
    tie2 = ("1 Teknik", "1 Tjänst")
    tie3 = ("1 Teknik", "1 Tjänst", "2")
    assert flips == {
        ("Gnosjö", "1 Teknik", 5, 2, 3, tie2), ("Värnamo", "1 Teknik", 5, 2, 3, tie2),
        ("Hylte", "1 Teknik", 5, 2, 3, tie2),
        ("Gnosjö", "1 Tjänst", 3, 4, 3, tie3), ("Värnamo", "1 Tjänst", 3, 4, 3, tie3),
        ("Hylte", "1 Tjänst", 3, 4, 3, tie3),
        ("Gnosjö", "1 Tjänst", 7, 4, 3, tie3), ("Värnamo", "1 Tjänst", 7, 4, 3, tie3),
        ("Hylte", "1 Tjänst", 7, 4, 3, tie3),
    }
    assert not any(f.strict for f in r.vote_flips)


def test_example_weight_flip(example):
    """Halving the weight of criterion 6 (1 → 0.5) makes 2 tie with 1 Tjänst: the smallest weight change."""
    wf = _r(example).weight_flip
    assert (wf.criterion_number, wf.old, wf.new, wf.challenger) == (6, 1.0, 0.5, "2")
    assert wf.change == pytest.approx(-0.5)


def test_weight_flip_threshold_is_exact(example):
    """Just short of the weight change 1 Tjänst still leads alone; at it, 2 ties; beyond it, 2 leads."""
    def leaders(w6):
        weights = [1, 1, 1, 1, 1, w6, 1]
        return _r(example, weights=weights).leaders

    assert leaders(0.51) == ("1 Tjänst",)
    assert leaders(0.5) == ("1 Tjänst", "2")
    assert leaders(0.49) == ("2",)


def test_vote_flips_match_brute_force(example):
    """Every single vote ±1, recomputed from scratch, changes the leaders exactly when a flip is reported."""
    base = _r(example)
    reported = {(f.organisation_uid, f.alternative_code, f.criterion_number, f.new) for f in base.vote_flips}
    found = set()
    votes = list(example.votes)
    for i, v in enumerate(votes):
        for new in (v.value - 1, v.value + 1):
            if not 1 <= new <= 4:
                continue
            changed = votes[:i] + [dataclasses.replace(v, value=new)] + votes[i + 1:]
            if _r(example, votes=changed).leaders != base.leaders:
                found.add((v.organisation_uid, v.alternative_code, v.criterion_number, new))
    assert found == reported


def test_description_names_the_change(example):
    """The readable description says who leads by how much and which single vote would flip it."""
    text = describe(_r(example), _names(example))
    assert text.startswith("1 Tjänst leads by 1 point ahead of 1 Teknik and 2")
    assert "Gnosjö's vote on 1 Teknik, criterion 5, from 2 to 3" in text
    assert "9 single-vote changes" in text
    assert "a weight of 0.5 instead of 1 on criterion 6 would make 2 tie with 1 Tjänst" in text


def _tiny(votes_a, votes_b):
    """Two alternatives, two criteria, three organisations with the given votes."""
    orgs = tuple(Organisation(name=f"O{i}", short_code=f"O{i}") for i in range(3))
    alts = (Alternative(code="A", name="A"), Alternative(code="B", name="B"))
    crit = (Criterion(number=1, text="one"), Criterion(number=2, text="two"))
    votes = []
    for code, table in (("A", votes_a), ("B", votes_b)):
        for c, row in enumerate(table, start=1):
            votes += [Vote(organisation_uid=o.uid, alternative_code=code, criterion_number=c, value=x)
                      for o, x in zip(orgs, row) if x is not None]
    return orgs, alts, crit, votes


def test_a_tie_for_first_has_no_winner():
    """Equal sums give no winner, margin 0, and the changes that would break the tie."""
    orgs, alts, crit, votes = _tiny([[3, 3, 2], [2, 2, 2]], [[2, 2, 2], [3, 3, 2]])
    r = robustness(alts, crit, orgs, votes)
    assert r.winner is None and r.leaders == ("A", "B") and r.margin == 0
    assert r.weight_flip is None
    assert r.vote_flips and all(f.strict for f in r.vote_flips)
    assert "No sole winner" in describe(r, {o.uid: o.name for o in orgs})


def test_a_strict_flip_comes_first():
    """A vote that would put another alternative first alone is listed, and described, as such."""
    orgs, alts, crit, votes = _tiny([[3, 3], [2, 3]], [[2, 3], [3, 3]])
    r = robustness(alts, crit, orgs, votes, weights=[1, 3])
    assert r.winner == "B" and r.margin == pytest.approx(0.5)
    first = r.vote_flips[0]
    assert first.strict and first.leaders == ("A",)
    names = {o.uid: o.name for o in orgs}
    assert "would put A first alone" in describe(r, names)
    assert {(f.alternative_code, f.criterion_number, f.old, f.new) for f in r.vote_flips if f.strict} == {
        ("A", 2, 2, 3), ("A", 2, 3, 4), ("B", 2, 3, 2),
    }


def test_cells_set_by_hand_are_not_moved_by_votes(example):
    """An agreed score set by the facilitator ignores votes, so its votes cannot flip the result."""
    fixed = [AgreedScore(alternative_code="1 Tjänst", criterion_number=3, value=4, comment="agreed in the room")]
    r = _r(example, overrides=fixed)
    assert r.set_by_hand == (("1 Tjänst", 3),)
    assert not any((f.alternative_code, f.criterion_number) == ("1 Tjänst", 3) for f in r.vote_flips)
    assert len(r.vote_flips) == 6


def test_missing_votes_are_reported(example):
    """A cleared vote is listed as missing and the description says votes are missing."""
    gone = example.organisations[1]
    votes = [v for v in example.votes if not (v.organisation_uid == gone.uid and v.alternative_code == "S")]
    r = _r(example, votes=votes)
    assert r.missing == tuple((gone.uid, "S", n) for n in range(1, 8))
    assert "7 votes are missing" in describe(r, _names(example))
    one = [v for v in example.votes if not (v.organisation_uid == gone.uid and v.alternative_code == "S"
                                            and v.criterion_number == 1)]
    assert "1 vote is missing;" in describe(_r(example, votes=one), _names(example))


def test_margin_is_in_points_whatever_the_weight_scale(example):
    """Weights 2,2,…,2 are equal weights: the margin stays 1 point and the same weight flip is found."""
    r = _r(example, weights=[2] * 7)
    assert r.equal_weights and r.margin == pytest.approx(1)
    assert r.weight_flip.new == pytest.approx(1.0) and r.weight_flip.change == pytest.approx(-0.5)
    assert normalised_weights(example.criteria, [2] * 7) == [1.0] * 7


def test_unequal_weights_can_change_the_winner(example):
    """Doubling criteria 4 and 5 (where 2 is strongest) makes 2 the winner."""
    r = _r(example, weights=[1, 1, 1, 2, 2, 1, 1])
    assert r.winner == "2" and not r.equal_weights


def test_weight_flip_never_zeroes_every_weight():
    """A flip that would need the only non-zero weight to drop to 0 is not offered."""
    orgs, alts, crit, votes = _tiny([[4, 4, 4], [1, 1, 1]], [[1, 1, 1], [4, 4, 4]])
    r = robustness(alts, crit, orgs, votes, weights=[1, 0])
    assert r.winner == "A"
    assert r.weight_flip.criterion_number == 2 and r.weight_flip.new == pytest.approx(1)


def test_nothing_scored_has_no_winner():
    """With no votes at all there is no winner, no margin and nothing to flip."""
    orgs, alts, crit, _ = _tiny([[3, 3, 3], [3, 3, 3]], [[3, 3, 3], [3, 3, 3]])
    r = robustness(alts, crit, orgs, [])
    assert r.winner is None and r.leaders == () and r.margin is None and r.vote_flips == ()
    assert describe(r, {}) == "No alternative has been voted on yet."
    assert len(r.missing) == 12 and r.unscored == ("A", "B") and r.missing_compared() == ()


def test_an_alternative_nobody_scored_neither_leads_nor_trails(example):
    """With votes only on S, the unscored alternatives are not runners-up at 0 points (they have no rank), and
    on a scale below zero an unscored alternative does not 'lead' a scored one at −1."""
    only_s = [v for v in example.votes if v.alternative_code == "S"]
    r = _r(example, votes=only_s, overrides=[])
    assert r.winner == "S" and r.runners_up == () and r.margin is None
    assert set(r.points) == {"S"}
    negative = [dataclasses.replace(c, scale_min=-3, scale_max=3) for c in example.criteria]
    low = [dataclasses.replace(v, value=-1) for v in only_s]
    e = dataclasses.replace(example, criteria=tuple(negative))
    r = _r(e, votes=low, overrides=[])
    assert r.winner == "S" and r.points["S"] < 0


def test_the_only_scored_alternative_is_not_called_the_only_alternative(example, qapp):
    """Votes on S only: S was "the only alternative", "robust to any single vote" — with three others
    unvoted. Every text now says the others have no agreed scores yet and claims no robustness."""
    from workshop.export.report import robustness_statement
    from workshop.export.labels import labels
    from workshop.ui.widgets import robustness_text

    only_s = [v for v in example.votes if v.alternative_code == "S"]
    e = dataclasses.replace(example, votes=tuple(only_s), agreed_scores=())
    r = _r(e)
    assert r.unscored == ("1 Teknik", "1 Tjänst", "2")
    text = describe(r, _names(e))
    assert "only alternative scored" in text and "Not scored yet, so not compared: 1 Teknik, 1 Tjänst and 2" in text
    assert "No single vote" not in text
    ui = robustness_text.paragraph(r)
    assert "only alternative scored so far" in ui and "have no agreed scores yet" in ui
    assert "Robust" not in ui and "is the only alternative." not in ui
    sv = robustness_statement(e, labels("sv"))
    assert sv.startswith("Alternativ S är det enda alternativ som har poäng.")
    assert "Alternativ 1 Teknik, Alternativ 1 Tjänst och Alternativ 2 har ännu inga överenskomna poäng" in sv
    assert "saknas" not in sv  # the unvoted alternatives are named, not counted as 105 missing votes
    assert "Ingen enskild röst" not in sv
    one = dataclasses.replace(e, alternatives=e.alternatives[:2])
    assert "has no agreed scores yet and is not compared" in robustness_statement(one, labels("en"))


def test_an_unvoted_alternative_beside_compared_ones_is_named_as_not_compared(example, qapp):
    """A new alternative 3 nobody voted on: the Robustness tab and the Report view compared 1 Tjänst with
    1 Teknik and 2 and never named 3 (the PDF and the summary did)."""
    from workshop.ui.widgets import robustness_text

    e = dataclasses.replace(example, alternatives=(*example.alternatives, Alternative(code="3", name="Ny")))
    r = _r(e)
    assert r.unscored == ("3",) and r.runners_up == ("1 Teknik", "2")
    text = robustness_text.paragraph(r)
    assert "Alternative 3 has no agreed score yet and is not compared." in text
    assert robustness_text.not_compared(_r(example)) == ""


def test_the_verdict_says_one_such_vote_in_the_singular(example, qapp):
    """A lead one vote could end: the Robustness tab said "(1 such votes)"."""
    from workshop.ui.widgets import robustness_text

    r = _r(example)
    assert "(9 such votes)." in robustness_text.verdict(r)
    one = dataclasses.replace(r, vote_flips=r.vote_flips[:1])
    assert robustness_text.verdict(one).endswith("would end the lead (1 such vote).")


def test_the_report_says_one_point_in_the_singular(example, qapp):
    """The example's 1 Tjänst leads by 1: the English report said "leads by 1 points"."""
    from workshop.export.labels import labels
    from workshop.export.report import robustness_statement

    assert _r(example).margin == 1
    assert robustness_statement(example, labels("en")).startswith(
        "Alternative 1 Tjänst leads by 1 point ahead of Alternative 1 Teknik and Alternative 2")


def test_an_alternative_scored_on_some_criteria_only_is_not_compared(example):
    """S scored on every criterion, 1 Teknik on five of seven, the others not at all: S had "led by 7 points
    ahead of 1 Teknik", its weight flip and missing votes counted against a partial sum. As in the ranking,
    only S is compared; 1 Teknik is named as not scored on every criterion, its missing votes not counted."""
    votes = [v for v in example.votes
             if v.alternative_code == "S" or (v.alternative_code == "1 Teknik" and v.criterion_number <= 5)]
    r = _r(example, votes=votes, overrides=())
    assert (r.winner, r.runners_up, r.alone) == ("S", (), True)
    assert r.partial == ("1 Teknik",) and r.unscored == ("1 Tjänst", "2")
    assert r.points == {"S": 21} and r.weight_flip is None and r.missing_compared() == ()
    assert describe(r, _names(example)) == ("S is the only alternative scored on every criterion. Not scored on "
                                            "every criterion yet, so not compared: 1 Teknik. Not scored yet, so "
                                            "not compared: 1 Tjänst and 2.")
    only_partial = _r(example, votes=[v for v in votes if v.alternative_code == "1 Teknik"], overrides=())
    assert not only_partial.leaders and only_partial.partial == ("1 Teknik",)
    assert describe(only_partial, _names(example)) == "No alternative is scored on every criterion yet."
