"""`workshop summary FILE` as text: what each section says, before any number and with negative scales."""

from __future__ import annotations

import dataclasses
import re

from workshop.cli import main
from workshop.domain.model import Organisation, Preference
from workshop.domain.summary import summarize
from workshop.storage import EngagementStore
from workshop.templates import engagement_from_template

HEADINGS = ("Potential vs today", "Criteria (agreed scores), sum, rank", "Preferences", "Robustness")


def _summary(tmp_path, engagement, capsys) -> list[str]:
    path = tmp_path / "e.workshop"
    EngagementStore.create(path, engagement).close()
    assert main(["summary", str(path)]) == 0
    return capsys.readouterr().out.splitlines()


def _section(lines: list[str], heading: str) -> list[str]:
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("  ")), len(lines))
    return lines[start:end]


def test_potential_without_votes_is_not_called_nothing_scored(tmp_path, example, capsys):
    """With potential scored but no criteria votes, Robustness says no alternative was voted on, not that
    nothing was scored (the potential section above it shows scores)."""
    lines = _summary(tmp_path, dataclasses.replace(example, votes=(), agreed_scores=()), capsys)
    assert "60 %" in "\n".join(_section(lines, "Potential vs today"))
    robustness = "\n".join(_section(lines, "Robustness"))
    assert "No alternative has been voted on yet." in robustness
    assert "Nothing has been scored" not in robustness


def test_score_columns_line_up_on_a_scale_below_zero(tmp_path, example, capsys):
    """On a -3..3 criterion the scores -2, -1 and 0 end in the same column, and so does every row's sum."""
    criteria = tuple(dataclasses.replace(c, scale_min=-3, scale_max=3) if c.number == 1 else c
                     for c in example.criteria)
    votes = tuple(dataclasses.replace(v, value=v.value - 4) if v.criterion_number == 1 else v
                  for v in example.votes)
    lines = _summary(tmp_path, dataclasses.replace(example, criteria=criteria, votes=votes), capsys)
    rows = _section(lines, "Criteria (agreed scores), sum, rank")
    assert [row.split()[-11] for row in rows] == ["-2", "-1", "-1", "0"]  # criterion 1 of S, 1 Teknik, 1 Tjänst, 2
    assert len({row.index(" sum ") for row in rows}) == 1
    ends = [[m.end() for m in re.finditer(r"\S+", row[:row.index(" sum ")])][-7:] for row in rows]
    assert all(e == ends[0] for e in ends), rows  # each criterion's scores end in one column


def test_a_blank_engagement_says_there_is_nothing_yet_under_each_heading(tmp_path, capsys):
    """A blank engagement's summary has a line under every heading saying there is nothing yet, as
    Robustness does; no heading stands over nothing."""
    lines = _summary(tmp_path, engagement_from_template("Blank", "Ny"), capsys)
    for heading in HEADINGS:
        body = _section(lines, heading)
        assert len(body) == 1 and body[0].strip().endswith("yet."), (heading, body)


def test_preferences_say_none_yet_before_any_is_stated(tmp_path, capsys):
    """A new engagement from the full template: alternatives listed with no ranks, and Preferences says
    that no organisation has stated one yet instead of standing empty."""
    lines = _summary(tmp_path, engagement_from_template("IT-drift samverkan", "Ny"), capsys)
    assert len(_section(lines, "Criteria (agreed scores), sum, rank")) == 4
    assert [line.strip() for line in _section(lines, "Preferences")] == ["No organisation has stated a preference yet."]


def test_the_report_and_the_window_say_no_alternative_was_voted_on(example, qapp):
    """The report's and the window's robustness sentence say what is missing (votes), in both report
    languages, while potential is scored."""
    from workshop.domain.robustness import robustness
    from workshop.export.labels import labels
    from workshop.export.report import robustness_statement
    from workshop.ui.widgets.robustness_text import headline

    unvoted = dataclasses.replace(example, votes=(), agreed_scores=())
    assert robustness_statement(unvoted, labels("en")) == "No alternative has been voted on yet."
    assert robustness_statement(unvoted, labels("sv")) == "Inget alternativ har röstats om ännu."
    r = robustness(unvoted.alternatives, unvoted.criteria, unvoted.organisations, (), ())
    assert headline(r) == "No alternative has been voted on yet."


def test_a_partial_sum_says_of_how_many_criteria_and_has_no_rank(tmp_path, example, capsys):
    """An alternative agreed on five criteria of seven: its sum reads "(5 of 7)" as in the report and the
    window, and it has no rank; the complete ones keep theirs."""
    votes = tuple(v for v in example.votes if not (v.alternative_code == "1 Teknik" and v.criterion_number >= 6))
    lines = _summary(tmp_path, dataclasses.replace(example, votes=votes, agreed_scores=()), capsys)
    rows = {row.split("   ")[0].strip(): row for row in _section(lines, "Criteria (agreed scores), sum, rank")}
    assert re.search(r"sum +\d+ \(5 of 7\) +rank –$", rows["1 Teknik"]), rows
    assert "(" not in rows["S"] and rows["S"].split()[-1] != "–"


def test_it_names_who_has_not_scored_voted_or_stated_a_preference(tmp_path, example, capsys):
    """Hylte has given nothing and Gnosjö no preference: the shares, sums and the preferences listed were of
    the others without a word of them. Each section names who is missing, as the window and the report do."""
    hylte, gnosjo = example.organisations[4].uid, example.organisations[1].uid
    begun = dataclasses.replace(example, potentials=tuple(p for p in example.potentials if p.organisation_uid != hylte),
                                votes=tuple(v for v in example.votes if v.organisation_uid != hylte),
                                preferences=tuple(p for p in example.preferences
                                                  if p.organisation_uid not in (hylte, gnosjo)))
    lines = _summary(tmp_path, begun, capsys)
    assert _section(lines, "Potential vs today")[-1] == "  Hylte has not assessed the potential yet."
    assert _section(lines, "Criteria (agreed scores), sum, rank")[-1] == "  Hylte has not voted yet."
    preferences = _section(lines, "Preferences")
    assert preferences[-1] == "  Gnosjö and Hylte have not stated a preference yet." and len(preferences) == 4
    data = summarize(begun)
    assert (data["without_potential"], data["without_votes"], data["without_preference"]) == (
        ["Hylte"], ["Hylte"], ["Gnosjö", "Hylte"])
    # Everybody has: no such line.
    (tmp_path / "full").mkdir()
    full = _summary(tmp_path / "full", example, capsys)
    assert not any("not" in line for line in full[:full.index("Robustness")])


def test_of_many_organisations_without_a_preference_the_first_six_are_named(tmp_path, capsys):
    """Nine organisations with no preference among ten: six named and the rest counted, as the Preferences
    tab says it, not a sentence of every name."""
    orgs = tuple(Organisation(name=f"Kommun {n}", short_code=f"K{n}") for n in range(1, 11))
    e = dataclasses.replace(engagement_from_template("IT-drift samverkan", "Ny"), organisations=orgs,
                            preferences=(Preference(organisation_uid=orgs[0].uid, alternative_code="S"),))
    said = " ".join(line.strip() for line in _section(_summary(tmp_path, e, capsys), "Preferences")[1:])
    assert said == ("Kommun 2, Kommun 3, Kommun 4, Kommun 5, Kommun 6, Kommun 7 and 3 more have not stated a "
                    "preference yet.")
