"""290 organisations and 25 meetings: the report, minutes and workbook are produced and readable."""

from __future__ import annotations

import io

import openpyxl
import pytest

from pdf_support import page_count, reader, words
from scale_support import ORGANISATIONS, large_engagement
from workshop.storage import EngagementStore


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """The large engagement stored in a file, and as loaded from it."""
    path = tmp_path_factory.mktemp("scale") / "large.workshop"
    EngagementStore.create(path, large_engagement()).close()
    with EngagementStore.open(path, read_only=True) as store:
        return path, store.load()


def _page_texts(pdf) -> list[str]:
    return [words(page.extract_text()) for page in reader(pdf).pages]


def test_workshop_report_of_290_organisations(large, tmp_path, capsys):
    """`workshop report` (which failed from 46 organisations, "negative availWidth") writes the report:
    every organisation's potential in a table of one row per organisation, areas across, with its sum."""
    from workshop.cli import main

    path, e = large
    out = tmp_path / "report.pdf"
    assert main(["report", str(path), "-o", str(out)]) == 0, capsys.readouterr().err
    pages = _page_texts(out)
    text = " ".join(pages)
    assert "Alla 290 organisationer" in text  # the cover and the meetings table, not 290 names
    value = {(p.organisation_uid, p.area_code): p.value for p in e.potentials}
    for o in e.organisations[:3] + e.organisations[-3:]:
        row = " ".join([o.name] + [str(value[(o.uid, a.code)]) for a in e.areas]
                       + [str(sum(value[(o.uid, a.code)] for a in e.areas))])
        assert row in text, row
    # No text starts beyond the right edge of its page (a table squeezed or run off the page would).
    for page in reader(out).pages:
        right = []
        page.extract_text(visitor_text=lambda t, cm, tm, f, s: right.append(cm[4] + tm[4]) if t.strip() else None)
        assert max(right) < float(page.mediabox.width)
    # Who prefers what: counted in a sentence once more than a few (290 names had filled 1.5 pages).
    preferring = {a.code: sum(p.alternative_code == a.code for p in e.preferences) for a in e.alternatives}
    code, most = max(preferring.items(), key=lambda kv: kv[1])
    assert most > 6 and f"{most} av {len(e.organisations)} organisationer föredrar Alternativ {code}." in text
    assert not any(text.count(f"{o.name} föredrar") for o in e.organisations[:10])


def test_minutes_of_a_joint_meeting_with_290_organisations(large):
    """The joint meeting's minutes: each alternative's votes in a table of one row per organisation, with
    the median, instead of 290 columns."""
    from workshop.export.minutes import render_minutes

    _, e = large
    joint = next(m for m in e.meetings if m.kind == "joint")
    pdf = render_minutes(e, joint.uid)
    text = " ".join(_page_texts(pdf))
    votes = {(v.organisation_uid, v.alternative_code, v.criterion_number): v.value for v in e.votes}
    first, alt = e.organisations[0], e.alternatives[0]
    assert " ".join([first.name] + [str(votes[(first.uid, alt.code, c.number)]) for c in e.criteria]) in text
    assert text.count("Median") >= len(e.alternatives)
    assert page_count(pdf) < 80


def test_workbook_of_290_organisations(large):
    """The workbook holds every potential score and vote (290 × 9 and 290 × 4 × 7 rows)."""
    from workshop.export.xlsx import render_xlsx

    _, e = large
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(e)), read_only=True)
    rows = {ws.title: ws.max_row for ws in wb.worksheets}
    assert rows["Potential"] == ORGANISATIONS * len(e.areas) + 1
    assert rows["Röster"] == ORGANISATIONS * len(e.alternatives) * len(e.criteria) + 1


def test_a_table_too_wide_splits_by_columns_repeating_its_key():
    """Columns that fit stay one table; 292 columns become several parts, each as wide as the page at
    most, each starting with the key column, together holding every column once."""
    from reportlab.lib.units import mm

    from workshop.export.pdf_tables import MIN_COLUMN, column_parts

    assert column_parts([40 * mm, 20 * mm, 20 * mm], 1, 166 * mm) == [([0, 1, 2], [40 * mm, 20 * mm, 20 * mm])]
    parts = column_parts([48 * mm] + [24 * mm] * 291, 1, 166 * mm)
    assert len(parts) > 1
    assert all(cols[0] == 0 and sum(ws) <= 166 * mm + 1e-6 and min(ws) >= MIN_COLUMN for cols, ws in parts)
    assert sorted(c for cols, _ in parts for c in cols[1:]) == list(range(1, 292))


def _build(story) -> bytes:
    from reportlab.platypus import SimpleDocTemplate

    from workshop.export.fonts import REGULAR
    from workshop.export.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                      bottomMargin=MARGIN_BOTTOM, initialFontName=REGULAR).build(story)
    return buffer.getvalue()


def test_a_row_just_taller_than_a_page_splits():
    """A table row of 61 lines: with its header a few points taller than a page, too little would go
    over for reportlab's in-row split; it splits anyway, and every line is printed."""
    from reportlab.lib.units import mm

    from workshop.export.styles import data_table, make_styles

    lines = [f"rad {n}" for n in range(61)]
    pdf = _build([data_table(make_styles(), ["Åtgärd", "Ansvarig"], [["\n".join(lines), "Anna"]], [120 * mm, 40 * mm])])
    text = " ".join(_page_texts(pdf))
    assert all(f"rad {n} " in text + " " for n in range(61))


def test_list_items_a_page_long_split_cleanly_wherever_they_start():
    """Pros of 10,000 characters each, starting anywhere on a page: reportlab's list item once split one
    into a piece a line taller than the page and failed the report."""
    from reportlab.platypus import Paragraph, Spacer

    from hostile_text import LONG_WORD
    from workshop.export.minutes import bullets
    from workshop.export.styles import make_styles

    st = make_styles()
    for offset in (0, 203, 210, 420):
        pdf = _build([Spacer(1, offset), Paragraph("Fördelar:", st["label"]),
                      bullets([f"Fördel{k} {LONG_WORD}" for k in range(3)], st["bullet"])])
        assert "".join(" ".join(_page_texts(pdf)).split()).count("Långtord") >= 3 * 1240


def test_the_preference_chart_of_290_organisations_stays_readable(large, qtbot):
    """The chart of preferred alternatives has about six ticks, not one per organisation (they ran
    together into a black smear), and each bar says how many, not every short code (which ran off)."""
    from workshop.ui.alternatives.preferences import PreferenceBars
    from workshop.ui.session.session import EngagementSession

    path, e = large
    session = EngagementSession(EngagementStore.open(path, read_only=True))
    try:
        chart = PreferenceBars(session)
        qtbot.addWidget(chart)
        chart.resize(900, 500)
        chart.show()
        qtbot.waitExposed(chart)
        counts = [sum(p.alternative_code == a.code for p in e.preferences) for a in e.alternatives]
        assert chart.value_texts() == [str(n) for n in counts]
        ticks = chart.getPlotItem().getAxis("left").tickValues(0, max(counts) * 1.3, 400)
        assert 3 <= len(ticks[0][1]) <= 8  # the major ticks
    finally:
        session.close()
