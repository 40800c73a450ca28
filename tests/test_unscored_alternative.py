"""An alternative nobody has voted on has no sum: it is shown as "–" and drawn as no bar and no point,
never as 0 (the results table said "Summa 0", the report's charts drew "0" bars and put it at sum 0)."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_support import text_of

from workshop.domain.criteria import agreed_grid, alternative_results
from workshop.domain.summary import summarize
from workshop.export import pdf_charts
from workshop.export.report import render_report


@pytest.fixture
def only_s(example):
    """The example with votes on S only (the other three alternatives not voted yet)."""
    return dataclasses.replace(example, votes=tuple(v for v in example.votes if v.alternative_code == "S"),
                               agreed_scores=())


def test_the_domain_gives_no_sum_and_no_rank(only_s):
    grid = agreed_grid(only_s.alternatives, only_s.criteria, only_s.organisations, only_s.votes)
    results = {r.code: r for r in alternative_results(only_s.alternatives, only_s.criteria, grid)}
    assert (results["S"].sum, results["S"].rank) == (21, 1)
    assert (results["2"].sum, results["2"].weighted_sum, results["2"].rank) == (None, None, None)
    data = summarize(only_s)
    assert next(a for a in data["alternatives"] if a["code"] == "2")["sum"] is None
    assert data["robustness"]["unscored_alternatives"] == ["1 Teknik", "1 Tjänst", "2"]


def test_the_report_writes_a_dash_and_draws_no_zero(only_s):
    text = text_of(render_report(only_s, language="en"))
    overall = text.split("3.4", 1)[1]
    assert "2 – – – – – – – – –" in overall  # seven scores, the sum and the rank
    assert "Sum 0" not in text and " 0 0 0 0" not in overall
    bars = pdf_charts.grouped_bars(["S", "2"], [("Sum", [21, None])])
    chart = next(c for c in bars.contents if hasattr(c, "barLabelArray"))
    assert chart.barLabelArray == [["21", "–"]]


def test_the_voting_tab_shows_a_dash_and_the_map_leaves_the_alternative_out(open_app, tmp_path, only_s, qtbot):
    from workshop.storage import EngagementStore

    path = tmp_path / "only-s.workshop"
    EngagementStore.create(path, only_s).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="voting")
    voting = window.views["alternatives"].voting
    results = voting.results_model
    from PySide6.QtCore import Qt

    row = next(r for r in range(results.rowCount()) if results.headerData(r, Qt.Orientation.Vertical) == "2")
    sum_col = results.columnCount() - 3
    assert results.index(row, sum_col).data() == "–"
    assert [p.label for p in voting.map._points] == ["S"]


def test_the_minutes_give_an_organisation_without_votes_on_an_alternative_no_sum(example):
    """The minutes' chart of each organisation's sums per alternative had drawn Hylte's sum for 1 Tjänst, on
    which it gave no vote in the meeting, as "0" beside the others' 21 to 25; it is "–" and no bar now, as
    the vote grid leaves it empty. Vaggeryd, voting on three criteria of seven, keeps the sum of those, as in
    the grid."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.platypus import KeepTogether

    from workshop.domain.approved import scores_given_in
    from workshop.export.labels import labels
    from workshop.export.minutes import Figures, scores_section
    from workshop.export.styles import make_styles

    uid = {o.name: o.uid for o in example.organisations}

    def gone(v) -> bool:
        return v.alternative_code == "1 Tjänst" and (v.organisation_uid == uid["Hylte"] or (
            v.organisation_uid == uid["Vaggeryd"] and v.criterion_number > 3))

    e = dataclasses.replace(example, votes=tuple(v for v in example.votes if not gone(v)),
                            vote_history=tuple(v for v in example.vote_history if not gone(v)))
    meeting = next(m for m in e.meetings if m.title.startswith("Gemensamt arbetsmöte"))
    assert any(v.organisation_uid == uid["Hylte"] for v in scores_given_in(e, meeting).votes)  # Hylte voted on others
    lab, st = labels("sv"), make_styles()
    flowables = scores_section(e, meeting, lab, st, Figures(lab, st))
    drawings = [d for f in flowables if isinstance(f, KeepTogether) for d in f._content]  # a chart and its caption
    charts = [c for d in drawings for c in getattr(d, "contents", ()) if isinstance(c, VerticalBarChart)]
    per_org = next(c for c in charts if len(c.barLabelArray) == len(e.organisations))
    alts = [a.code for a in e.alternatives]
    names = [o.name for o in e.organisations]
    hylte, vaggeryd = per_org.barLabelArray[names.index("Hylte")], per_org.barLabelArray[names.index("Vaggeryd")]
    assert hylte[alts.index("1 Tjänst")] == "–" and "0" not in hylte
    assert vaggeryd[alts.index("1 Tjänst")] == "9*"  # a partial sum, said so (the next test)


@pytest.mark.parametrize("language, note", [("sv", "(*\u00a0Vaggeryd, 1 Tjänst: 3\u00a0av\u00a07\u00a0kriterier)"),
                                            ("en", "(*\u00a0Vaggeryd, 1 Tjänst: 3\u00a0of\u00a07\u00a0criteria)")])
def test_the_minutes_mark_a_sum_of_some_criteria_and_name_it_under_the_chart(example, language, note):
    """Vaggeryd voted on 3 of the meeting's 7 criteria for 1 Tjänst: its bar had read "9" beside the others'
    whole sums of 21 to 25, as if it had rated the alternative low, while the report's tables write "9 (3 av 7)".
    Its bar reads "9*" and the chart's caption names it; the whole sums and the fully voted example's chart and
    caption are as before."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.platypus import KeepTogether

    from workshop.export.labels import labels
    from workshop.export.minutes import Figures, scores_section
    from workshop.export.styles import make_styles

    uid = {o.name: o.uid for o in example.organisations}

    def gone(v) -> bool:
        return v.alternative_code == "1 Tjänst" and v.organisation_uid == uid["Vaggeryd"] and v.criterion_number > 3

    def chart_and_caption(e):
        meeting = next(m for m in e.meetings if m.title.startswith("Gemensamt arbetsmöte"))
        lab, st = labels(language), make_styles()
        for f in scores_section(e, meeting, lab, st, Figures(lab, st)):
            if isinstance(f, KeepTogether):
                drawing, caption = f._content
                bars = [c for c in getattr(drawing, "contents", ()) if isinstance(c, VerticalBarChart)]
                if bars and len(bars[0].barLabelArray) == len(e.organisations):
                    return bars[0].barLabelArray, caption.text
        raise AssertionError("no chart of sums per organisation")

    e = dataclasses.replace(example, votes=tuple(v for v in example.votes if not gone(v)),
                            vote_history=tuple(v for v in example.vote_history if not gone(v)))
    labels_, caption = chart_and_caption(e)
    whole_labels, whole_caption = chart_and_caption(example)
    names, alts = [o.name for o in e.organisations], [a.code for a in e.alternatives]
    starred = [(names[i], alts[j]) for i, row in enumerate(labels_) for j, t in enumerate(row) if t.endswith("*")]
    assert starred == [("Vaggeryd", "1 Tjänst")] and labels_[names.index("Vaggeryd")][alts.index("1 Tjänst")] == "9*"
    assert caption.endswith(note) and caption.startswith(whole_caption)
    assert not any("*" in t for row in whole_labels for t in row) and "*" not in whole_caption


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_count_of_criteria_under_a_chart_never_breaks_inside(language):
    """The caption's "3 of 7 criteria" had been free to break after "3" or "of", leaving a line ending
    "Vaggeryd, 1 Tjänst: 3" and the next starting "of 7 criteria)". At every width it stays on one line."""
    from workshop.export.labels import labels
    from workshop.export.paragraph import Paragraph
    from workshop.export.styles import make_styles
    from workshop.export.text import para

    lab, st = labels(language), make_styles()
    count = lab["criteria_scored"].format(code="1 Tjänst", n=3, total=7)
    caption = lab["fig_votes_partial"].format(caption=lab["fig_votes_meeting"], partial="Vaggeryd, " + count)
    whole = count.split(": ", 1)[1].replace("\u00a0", " ")  # "3 of 7 criteria"
    seen_apart = 0
    for width in range(120, 420, 4):
        p = Paragraph(para(caption), st["caption"])
        p.wrap(width, 10_000)
        lines = [" ".join(w.replace("\u00a0", " ") for w in (line[1] if isinstance(line, tuple) else line.words))
                 for line in p.blPara.lines]
        held = [line for line in lines if whole in line]
        assert len(held) == 1, (width, lines)
        seen_apart += len(lines) > 1
    assert seen_apart  # the caption did wrap at the narrower widths
