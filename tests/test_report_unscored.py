"""The report before every score and vote is in: its sections say what is given so far, not that scoring is done."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from pdf_support import text_of
from workshop.export.labels import labels
from workshop.export.report import render_report

DAY = date(2024, 9, 20)  # an interim report's header carries its day: not today's, whose digits vary


def _between(text: str, start: str, end: str) -> str:
    """The body's text from a heading to the next (past the contents, which name both first)."""
    return text.split(start)[-1].split(end)[0]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_sections_of_an_engagement_with_no_score_or_vote_say_none_is_given(example, language):
    """Organisations and alternatives but no score or vote yet: 2.3 said "Varje organisation har bedömt
    potentialen…" over a column of dashes and a table of 45 dashes, 3.1 "Alternativen har värderats utifrån
    följande kriterier", and each alternative and 3.4 had tables of dashes summing to "–". They say no score
    is given yet; the groups' share of today's spend stays (it is known), the criteria too."""
    lab = labels(language)
    bare = dataclasses.replace(example, potentials=(), votes=(), agreed_scores=(), preferences=())
    text = text_of(render_report(bare, language, today=DAY))
    potential = _between(text, f"2.3 {lab['potential_title']}", f"3. {lab['analysis']}")
    assert {"sv": "Inga bedömningar har lämnats ännu (se bild 1).",
            "en": "No scores have been given yet (see figure 1)."}[language] in potential
    assert {"sv": "Ingen organisation har bedömt något område ännu (se bild 2).",
            "en": "No organisation has scored any area yet (see figure 2)."}[language] in potential
    for unsaid in ("har bedömt potentialen", "har summerats", "scored the potential", "were summed", " – – ",
                   lab["missing_scores"].split(":")[0], f"{lab['potential']} {lab['today']}"):
        assert unsaid not in potential
    assert f"{lab['group']} {lab['area']} {lab['today']} IT-drift A, B 40 %" in potential  # today's share stays
    criteria = _between(text, f"3.1 {lab['criteria']}", f"3.2 {lab['coverage']}")
    assert criteria.strip().startswith({"sv": "Inga poäng har getts ännu. Alternativen ska värderas",
                                        "en": "No scores have been given yet. The alternatives are to be"}[language])
    assert lab["criteria_intro"] not in criteria and "Beroende av externa resurser" in criteria
    alternatives = _between(text, f"3.3 {lab['alternatives']}", f"3.4 {lab['overall_valuation']}")
    assert alternatives.count(lab["no_scores_yet"]) == len(example.alternatives)
    assert f"{lab['sum']} –" not in alternatives
    overall = _between(text, f"3.4 {lab['overall_valuation']}", f"3.5 {lab['robustness']}")
    assert lab["no_scores_ref"].format(ref=lab["see_figures"].format(numbers=f"4 {lab['and']} 5")) in overall
    assert lab["rank"] not in overall and lab["median_note"] not in overall


@pytest.mark.parametrize("language", ["sv", "en"])
def test_sections_with_some_scores_say_the_scoring_is_not_complete(example, language):
    """One organisation's potential and one alternative's votes: 2.3 and 3.1 had said every organisation had
    scored and the alternatives were valued. They say the scores are not complete (how many alternatives are);
    the tables show what is given, and an alternative with no score says so instead of a table of dashes."""
    lab = labels(language)
    first, alternative = example.organisations[0].uid, example.alternatives[0].code
    part = dataclasses.replace(example, agreed_scores=(), preferences=(),
                               potentials=tuple(p for p in example.potentials if p.organisation_uid == first),
                               votes=tuple(v for v in example.votes if v.alternative_code == alternative))
    text = text_of(render_report(part, language, today=DAY))
    potential = _between(text, f"2.3 {lab['potential_title']}", f"3. {lab['analysis']}")
    assert {"sv": "Bedömningarna är ännu inte kompletta; de som har lämnats har summerats",
            "en": "The scores are not complete yet; those given were summed"}[language] in potential
    assert lab["missing_scores"].format(count=4 * 9) in potential
    criteria = _between(text, f"3.1 {lab['criteria']}", f"3.2 {lab['coverage']}")
    assert {"sv": "Värderingen pågår: 1 av 4 alternativ har poäng på alla kriterier.",
            "en": "The scoring is under way: 1 of 4 alternatives has scores on every criterion."}[language] in criteria
    alternatives = _between(text, f"3.3 {lab['alternatives']}", f"3.4 {lab['overall_valuation']}")
    assert alternatives.count(lab["no_scores_yet"]) == len(example.alternatives) - 1
    assert f"{lab['sum']} 21" in alternatives  # the alternative voted on keeps its table


def test_the_example_says_its_scoring_is_done(example):
    """Every score and vote given (the example): the words are those of the published report."""
    lab = labels("sv")
    text = text_of(render_report(example, today=DAY))
    assert lab["potential_text"].split(" (")[0] in text and lab["criteria_intro"] in text
    assert lab["no_scores_yet"] not in text and "Bedömningarna är ännu inte kompletta" not in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_sum_of_some_criteria_reads_as_partial_and_is_not_ranked(example, language):
    """1 Teknik with no score yet on criteria 6 and 7: 3.3 and 3.4 printed its sum "14" as if complete, and 3.4
    ranked it 4th, 14 of five criteria against the others' seven. The sum reads "14 (5 av 7)", its rank "–",
    a sentence under 3.4 says why, and the sums' figure says so in its caption; the others rank among
    themselves."""
    lab = labels(language)
    votes = tuple(v for v in example.votes if not (v.alternative_code == "1 Teknik" and v.criterion_number >= 6))
    part = dataclasses.replace(example, votes=votes, agreed_scores=())
    text = text_of(render_report(part, language, today=DAY))
    partial = {"sv": "14 (5 av 7)", "en": "14 (5 of 7)"}[language]
    alternatives = _between(text, f"3.3 {lab['alternatives']}", f"3.4 {lab['overall_valuation']}")
    assert f"{lab['sum']} {partial}" in alternatives
    overall = _between(text, f"3.4 {lab['overall_valuation']}", f"3.5 {lab['robustness']}")
    assert f"1 Teknik 3 4 3 2 2 – – {partial} –" in overall
    assert "S 2 4 4 2 2 4 3 21 3" in overall and "1 Tjänst 3 4 4 2 2 4 4 23 1" in overall
    assert {"sv": "Alternativ 1 Teknik har ännu inte poäng på alla kriterier: summan räknar bara kriterierna med",
            "en": "Alternative 1 Teknik is not yet scored on every criterion: its sum counts only the criteria "
                  "with"}[language] in overall
    assert {"sv": "(1 Teknik: 5 av 7 kriterier)",
            "en": "(1 Teknik: 5 of 7 criteria)"}[language] in text.split(lab["appendix_figures"])[-1]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_robustness_compares_only_alternatives_scored_on_every_criterion(example, language):
    """S scored, 1 Teknik on five criteria of seven: 3.5 had said "Alternativ S leder med 7 poäng före
    Alternativ 1 Teknik" and that a weight of 8 would make them equal, comparing a partial sum. It names S as
    the only alternative scored on every criterion, and 1 Teknik as not compared."""
    lab = labels(language)
    votes = tuple(v for v in example.votes
                  if v.alternative_code == "S" or (v.alternative_code == "1 Teknik" and v.criterion_number <= 5))
    text = text_of(render_report(dataclasses.replace(example, votes=votes, agreed_scores=()), language, today=DAY))
    robust = _between(text, f"3.5 {lab['robustness']}", "3.6 ")
    assert {"sv": "Alternativ S är det enda alternativ som har poäng på alla kriterier. Alternativ 1 Teknik har "
                  "ännu inte poäng på alla kriterier och jämförs inte.",
            "en": "Alternative S is the only alternative scored on every criterion. Alternative 1 Teknik is not "
                  "yet scored on every criterion and is not compared."}[language] in robust
    assert "7" not in robust and "1 Teknik" not in robust.split(".")[0]


def test_one_organisation_preferring_an_alternative_is_said_in_the_singular(example):
    """Each alternative preferred by one organisation (a new engagement's usual case; the example's were always
    several): the English report said "Gislaved prefer Alternative 1 Teknik"."""
    lab = labels("en")
    gis, gno = example.organisations[:2]
    one_each = tuple(p for p in example.preferences if p.organisation_uid in (gis.uid, gno.uid))
    one_each = (dataclasses.replace(one_each[0], alternative_code="S"),) + one_each[1:]
    text = text_of(render_report(dataclasses.replace(example, preferences=one_each), "en", today=DAY))
    choice = _between(text, f"4.1 {lab['choice']}", lab["recommended"])
    named = {p.organisation_uid: p.alternative_code for p in one_each}
    for org in (gis, gno):
        assert f"{org.name} prefers Alternative {named[org.uid]}." in choice
    assert " prefer Alternative" not in choice
    several = text_of(render_report(example, "en", today=DAY))  # two or more keep the plural
    assert "Gislaved and Vaggeryd prefer Alternative 1 Teknik." in several


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_potential_and_feasibility_picture_says_which_sums_are_partial(example, language):
    """One alternative voted on three criteria of seven: the picture of potential against the criteria sum
    plotted its sum of three as if it were the whole (low: unfeasible to the eye) with nothing said; its
    caption says how many criteria the point adds, as the sums' picture beside it does."""
    lab = labels(language)
    alternative = example.alternatives[0].code
    part = dataclasses.replace(example, agreed_scores=(), votes=tuple(
        v for v in example.votes if v.alternative_code == alternative and v.criterion_number <= 3))
    text = text_of(render_report(part, language, today=DAY))
    partial = lab["criteria_scored"].format(code=alternative, n=3, total=7)
    caption = lab["fig_sums_partial"].format(caption=lab["fig_coverage"], partial=partial)
    assert " ".join(caption.split()) in text  # the text read back has its no-break spaces as plain ones
    whole = text_of(render_report(example, language, today=DAY))  # every alternative scored: the plain caption
    assert lab["fig_coverage"] in whole and f"{lab['fig_coverage']} (" not in whole
    # No potential given: the picture draws no point, so its caption names no partial sum (the sums' does).
    unassessed = text_of(render_report(dataclasses.replace(part, potentials=(), potential_history=()), language,
                                       today=DAY))
    assert lab["fig_coverage"] in unassessed and f"{lab['fig_coverage']} (" not in unassessed
    assert " ".join(lab["fig_sums_partial"].format(caption=lab["fig_sums"], partial=partial).split()) in unassessed


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_cover_of_a_report_with_no_score_at_all_says_none_is_given(language):
    """A new engagement of three organisations with no vote: the cover said "Not every alternative has scores
    on every criterion yet" while 3.1 said no scores had been given. It says no alternative has scores yet;
    likewise for the potential until one is given, then "not every organisation …"."""
    from pdf_support import reader, words
    from workshop.domain.model import Organisation, PotentialScore
    from workshop.templates import engagement_from_template

    lab = labels(language)
    begun = engagement_from_template("IT-drift samverkan", "Ny utredning")
    orgs = tuple(Organisation(name=n, short_code=n[:3].upper()) for n in ("Gislaved", "Gnosjö", "Eksjö"))
    begun = dataclasses.replace(begun, organisations=orgs)

    def cover(e) -> str:
        return words(reader(render_report(e, language, today=DAY)).pages[0].extract_text())

    blank = cover(begun)
    assert {"sv": "Inget alternativ har poäng ännu.", "en": "No alternative has scores yet."}[language] in blank
    assert {"sv": "Ingen organisation har bedömt potentialen ännu.",
            "en": "No organisation has assessed the potential yet."}[language] in blank
    assert lab["interim_not_scored"] not in blank and lab["interim_not_assessed"] not in blank
    given = PotentialScore(organisation_uid=orgs[0].uid, area_code=begun.areas[0].code, value=60)
    some = cover(dataclasses.replace(begun, potentials=(given,)))
    assert lab["interim_not_assessed"] in some and lab["interim_none_assessed"] not in some
