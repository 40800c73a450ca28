"""The PDFs' radars never draw a missing score as 0, and say so in the window's words. The report's radar of
potential (and the appendix, which draws it), an organisation's page and the minutes had drawn an organisation
with no score as a polygon collapsed at the centre beside its legend sign, and one scored in part running to the
centre at every area it had not scored. Now the first is not drawn and its legend entry, without a sign, reads
"Hylte (ej bedömd)" ("(not scored)"), and the second's line stops at its gaps: "Vaggeryd (delvis bedömd)"."""

from __future__ import annotations

import dataclasses
import math
import xml.etree.ElementTree as ET
from pathlib import Path

from pdf_support import text_of, words
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, PolyLine, String
from reportlab.graphics.widgets.markers import Marker

from workshop.domain import gaps
from workshop.export import pdf_charts
from workshop.export.chart_keys import MarkedLine
from workshop.export.labels import gap_words, labels
from workshop.export.pdf_spider import GappedSpider
from workshop.export.report import render_report

AREAS = list("ABCDEFGHI")
FULL = [100.0, 80.0, 40.0, 30.0, 25.0, 15.0, 20.0, 10.0, 5.0]
HALF = FULL[:4] + [None] * 5  # A–D scored, E–I not
NONE = [None] * 9


def _without_hylte_and_half_of_vaggeryd(e):
    """The example with Hylte's scores gone and Vaggeryd's kept for A–D only."""
    uid = {o.name: o.uid for o in e.organisations}
    kept = tuple(p for p in e.potentials if p.organisation_uid != uid["Hylte"]
                 and (p.organisation_uid != uid["Vaggeryd"] or p.area_code in "ABCD"))
    return dataclasses.replace(e, potentials=kept)


def _chart_shapes(flowable):
    """The radar's drawn shapes: its lines, its markers (with where each is) and the centre."""
    d = flowable.parts[0] if hasattr(flowable, "parts") else flowable
    chart = next(c for c in d.contents if isinstance(c, GappedSpider))
    drawn = chart.draw().contents
    centre = (chart.x + chart.width / 2, chart.y + chart.height / 2)
    return d, chart, drawn, centre


def _near(point, centre) -> bool:
    return math.hypot(point[0] - centre[0], point[1] - centre[1]) < 0.5


def test_an_unscored_series_is_not_drawn_and_a_half_scored_one_stops_at_its_gaps():
    """No line point or marker of the organisations at the centre; Vaggeryd's line runs A–D; Hylte's legend
    entry has no sign and its name is greyed; the full series is drawn as before."""
    series = [("Gislaved", FULL), ("Vaggeryd", HALF), ("Hylte", NONE)]
    d, chart, drawn, centre = _chart_shapes(pdf_charts.radar(AREAS, series, gap_words=gap_words(labels("sv"))))
    colour = {name: pdf_charts.colour(i) for i, (name, _) in enumerate(series)}
    lines = [c for c in drawn if isinstance(c, PolyLine) and c.strokeColor in colour.values()]
    markers = [c for c in drawn if isinstance(c, Marker)]
    assert not any(_near(p, centre) for line in lines for p in zip(line.points[0::2], line.points[1::2]))
    assert not any(_near((m.x, m.y), centre) for m in markers)
    vaggeryd = [line for line in lines if line.strokeColor == colour["Vaggeryd"]]
    assert len(vaggeryd) == 1 and len(vaggeryd[0].points) == 2 * 4  # A, B, C, D: not closed, not on to E–I
    assert not [line for line in lines if line.strokeColor == colour["Hylte"]]
    assert [m.fillColor for m in markers].count(colour["Vaggeryd"]) == 4
    assert [m.fillColor for m in markers].count(colour["Gislaved"]) == 9
    gislaved = next(line for line in lines if line.strokeColor == colour["Gislaved"])
    assert len(gislaved.points) == 2 * 10  # closed, as reportlab draws it

    legend = next(c for c in d.contents if isinstance(c, Legend))
    entries = legend.draw().contents
    names = [s for s in entries if isinstance(s, String)]
    assert [s.text for s in names] == ["Gislaved", "Vaggeryd (delvis bedömd)", "Hylte (ej bedömd)"]
    assert len([c for c in entries if isinstance(c, MarkedLine)]) == 2  # no sign beside Hylte
    assert names[2].fillColor == pdf_charts.MUTED and names[0].fillColor != pdf_charts.MUTED


def test_a_lone_value_between_gaps_is_its_marker_and_a_median_names_no_gaps():
    """A value whose neighbours both have none draws no line (its marker shows it); a reference (the median
    on an organisation's page) is not called "partly scored" for areas nobody scored."""
    lone = [None, None, 50.0, None, None, None, None, None, None]
    d, chart, drawn, centre = _chart_shapes(pdf_charts.radar(
        AREAS, [("Vaggeryd", lone), ("Median", HALF)], gap_words=gap_words(labels("en")), references=[1]))
    lines = [c for c in drawn if isinstance(c, PolyLine) and c.strokeColor == pdf_charts.colour(0)]
    markers = [m for m in drawn if isinstance(m, Marker) and m.fillColor == pdf_charts.colour(0)]
    assert lines == [] and len(markers) == 1 and not _near((markers[0].x, markers[0].y), centre)
    legend = next(c for c in d.contents if isinstance(c, Legend))
    assert [s.text for s in legend.draw().contents if isinstance(s, String)] == [
        "Vaggeryd (partly scored)", "Median"]


def test_the_report_names_the_unscored_and_the_partly_scored_in_both_languages(example):
    """The report's radar of potential (in the appendix) and the organisation pages say it, in Swedish and
    in English, in the window's words."""
    e = _without_hylte_and_half_of_vaggeryd(example)
    sv = words(text_of(render_report(e, language="sv", organisation_pages=True)))
    assert sv.count("Hylte (ej bedömd)") == 2  # the radar of all organisations, and Hylte's own page
    assert sv.count("Vaggeryd (delvis bedömd)") == 2
    en = words(text_of(render_report(e, language="en", organisation_pages=True)))
    assert en.count("Hylte (not scored)") == 2 and en.count("Vaggeryd (partly scored)") == 2
    whole = words(text_of(render_report(example, language="sv", organisation_pages=True)))
    assert "bedömd)" not in whole  # the example, fully scored, as before


def test_the_documents_use_the_windows_words():
    """The documents' English words are the window's templates, their Swedish the window's translation of them
    (workshop_sv.ts), so the PDF and the screen say the same thing."""
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "workshop_sv.ts"
    swedish = {m.findtext("source"): m.findtext("translation") for m in ET.parse(ts).iter("message")}
    assert gap_words(labels("en")) == gaps.POTENTIAL_GAP_WORDS
    assert gap_words(labels("sv")) == tuple(swedish[w] for w in gaps.POTENTIAL_GAP_WORDS)


def test_an_unscored_series_is_greyed_in_the_key_under_the_radar_too():
    """Names too long for the legend go to a key table under the radar: there "Hylte (ej bedömd)" had no sign
    but stood black like the drawn organisations; it is greyed, as the legend greys it, and the others stay ink."""
    from reportlab.platypus import Table

    from workshop.export.pdf_tables import Stack

    long = " med ett namn som är alldeles för långt för att stå i diagrammets förklaring" * 2
    series = [("Gislaved" + long, FULL), ("Vaggeryd" + long, HALF), ("Hylte" + long, NONE)]
    chart = pdf_charts.radar(AREAS, series, gap_words=gap_words(labels("sv")))
    assert isinstance(chart, Stack)
    key = next(p for p in chart.parts if isinstance(p, Table))
    signs, names = zip(*key._cellvalues)
    assert [n.text.endswith("(ej bedömd)") for n in names] == [False, False, True]
    assert signs[2].text == "" and all(isinstance(s, Drawing) for s in signs[:2])
    colours = [{frag.textColor for frag in n.frags} for n in names]  # the colours its text is drawn in
    assert colours[2] == {pdf_charts.MUTED}
    assert pdf_charts.MUTED not in colours[0] | colours[1]
