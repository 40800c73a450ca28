"""A radar never draws a missing score as 0. An organisation (or alternative) with no score at all had been a
polygon collapsed at the centre, named in the legend beside a sample as if it had a shape; one scored in part ran
to the centre at every area it had not scored. Now the first is not drawn and stands greyed in the legend, "(not
scored)", and the second's line stops where it has no score and its name says so; in the window and on the
projector alike, and on the criteria radar of the alternatives."""

from __future__ import annotations

import dataclasses
import sqlite3

import numpy as np
from PySide6.QtWidgets import QGraphicsItem
from workshop.charts.radar import RadarChart, RadarSeries
from workshop.storage import EngagementStore

HYLTE, VAGGERYD = "Hylte", "Vaggeryd"


def _with_gaps(path) -> None:
    """The example with Hylte unscored and unvoted on 1 Tjänst, Vaggeryd scored on A–D only and voted on 1 Tjänst's
    criteria 1–3 only, and nobody's vote on alternative 2."""
    conn = sqlite3.connect(path)
    with conn:
        uid = dict(conn.execute("SELECT name, uid FROM organisations").fetchall())
        conn.execute("DELETE FROM potential_scores WHERE organisation_uid = ?", (uid[HYLTE],))
        conn.execute("DELETE FROM potential_scores WHERE organisation_uid = ? AND area_code NOT IN ('A','B','C','D')",
                     (uid[VAGGERYD],))
        conn.execute("DELETE FROM criteria_votes WHERE alternative_code = '1 Tjänst' AND (organisation_uid = ? OR "
                     "(organisation_uid = ? AND criterion_number > 3))", (uid[HYLTE], uid[VAGGERYD]))
        conn.execute("DELETE FROM criteria_votes WHERE alternative_code = '2'")
    conn.close()


def _near_centre(chart: RadarChart) -> list[tuple[float, float]]:
    """Every point a shown line or marker of the chart has within 2 % of the radius of the centre."""
    points = []
    for item in (*chart._items, *chart._markers):
        if not item.isVisible():
            continue
        xy = item.data if hasattr(item, "data") and isinstance(item.data, np.ndarray) else np.column_stack(
            item.getData())
        for x, y in xy:
            if np.isfinite(x) and np.isfinite(y) and np.hypot(x, y) < 0.02:
                points.append((float(x), float(y)))
    return points


def _scored_axes(chart: RadarChart, index: int) -> list[int]:
    """The axes at which the index-th series' line has a point."""
    x, _y = chart.series_points(index)
    return [i for i, v in enumerate(x[:-1]) if np.isfinite(v)]


def test_an_unscored_organisation_is_greyed_in_the_legend_and_a_half_scored_one_stops_at_its_gaps(
        open_app, example_path, qtbot):
    from workshop.ui.presenter.window import PresenterWindow

    _with_gaps(example_path)
    window = open_app(example_path, size=(1366, 768), view="potential")
    potential = window.views["potential"]
    radar = potential.radar
    assert radar.legend_labels() == ["Gislaved", "Gnosjö", "Värnamo", "Vaggeryd (partly scored)",
                                     "Hylte (not scored)", "Median of 4 organisations"]
    assert radar.series_count() == 4  # Hylte is not drawn
    hylte = radar.legend.items[4]
    assert hylte[1].opts["color"] == radar.theme.muted and hylte[0].item.opts["pen"] is None  # greyed, no sample
    assert _scored_axes(radar, 3) == [0, 1, 2, 3]  # Vaggeryd's line: A–D, nothing for E–I
    assert _near_centre(radar) == []

    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    potential.show_radar_on_projector()
    qtbot.wait(20)
    projected = presenter.chart
    assert projected.legend_labels() == ["Gislaved", "Gnosjö", "Värnamo", "Vaggeryd (delvis bedömd)",
                                         "Hylte (ej bedömd)", "Median för 4 organisationer"]
    assert projected.series_count() == 4 and _near_centre(projected) == []

    model = potential.table.model()
    assert model.setData(model.index(4, 0), "40")  # Hylte's first score: its point, and its name says the rest
    qtbot.wait(20)
    assert radar.legend_labels()[4:] == ["Hylte (partly scored)", "Median of all organisations"]
    assert projected.legend_labels()[4] == "Hylte (delvis bedömd)"
    for chart in (radar, projected):
        assert chart.series_count() == 5 and _scored_axes(chart, 4) == [0]
        assert chart.series_style(4).markers == 1 and _near_centre(chart) == []


def test_one_unscored_organisation_chosen_is_its_greyed_name_against_the_median(open_app, example_path):
    _with_gaps(example_path)
    window = open_app(example_path, size=(1366, 768), view="potential")
    potential = window.views["potential"]
    potential.organisation.setCurrentIndex(potential.organisation.findText(HYLTE))
    radar = potential.radar
    assert radar.legend_labels() == ["Hylte (not scored)", "Median of 4 organisations", "Other organisations"]
    assert radar.batched_count() == 4  # the four others faded behind (Vaggeryd with its gaps)
    assert _near_centre(radar) == []


def test_a_median_of_an_area_scored_alone_is_a_dot(qtbot):
    """A dashed reference has no markers: where only one area between two unscored ones has a median, a line
    cannot show it, and a dot does."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.set_axes(list("ABCDE"))
    chart.set_series([RadarSeries("Gislaved", [50, None, None, None, None]),
                      RadarSeries("Median", [50, None, None, None, None], colour="#000000", dashed=True)])
    dot = chart._items[1].lone
    assert dot.isVisible() and len(dot.data) == 1 and dot.data[0, 1] == 0.5
    assert chart.legend_labels() == ["Gislaved", "Median"]  # no words given: the names alone
    chart.set_series([RadarSeries("Gislaved", [50, 60, 70, 80, 90]),
                      RadarSeries("Median", [50, 60, 70, 80, 90], colour="#000000", dashed=True)])
    assert len(chart._items[1].lone.data) == 0
    # No dot: Qt asks the item nothing on a repaint (its bounds would be a call into Python every time).
    assert chart._items[1].lone.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_voting_radars_leave_out_who_has_not_voted_and_say_so(open_app, example_path):
    _with_gaps(example_path)
    window = open_app(example_path, size=(1366, 768), view="alternatives", tab="voting")
    voting = window.views["alternatives"].voting
    voting.alternative.setCurrentIndex(voting.alternative.findData("1 Tjänst"))
    voting.per_org.setChecked(True)
    radar = voting.radar
    assert radar.legend_labels() == ["Gislaved", "Gnosjö", "Värnamo", "Vaggeryd (votes missing)", "Hylte (no votes)",
                                     "1 Tjänst, agreed"]
    assert radar.series_count() == 5 and _scored_axes(radar, 3) == [0, 1, 2]
    assert _near_centre(radar) == []
    everyone = next(i for i in range(voting.alternative.count())
                    if voting.alternative.itemData(i) not in {a.code for a in window.session.engagement.alternatives})
    voting.alternative.setCurrentIndex(everyone)  # all alternatives' agreed scores: 2 has none
    assert radar.legend_labels() == ["S", "1 Teknik", "1 Tjänst", "2 (no votes)"]
    assert radar.series_count() == 3 and _near_centre(radar) == []


def test_many_organisations_count_the_unscored_in_the_legend(qtbot, tmp_path, example):
    """Batched (40 municipalities), an unscored one is no polygon in the raster, and the legend counts them."""
    from workshop.domain.model import Organisation, PotentialScore
    from workshop.ui.potential.charts import PotentialRadar
    from workshop.ui.session.session import EngagementSession

    orgs = tuple(Organisation(name=f"K{i}", short_code=f"K{i}") for i in range(40))
    e = dataclasses.replace(example, organisations=orgs, people=(), meetings=(), potential_history=(),
                            vote_history=(), votes=(), preferences=(),
                            potentials=tuple(PotentialScore(organisation_uid=o.uid, area_code=a.code, value=50)
                                             for o in orgs[2:] for a in example.areas))
    path = tmp_path / "many.workshop"
    EngagementStore.create(path, e).close()
    session = EngagementSession(EngagementStore.open(path))
    chart = PotentialRadar(session)
    qtbot.addWidget(chart)
    assert chart.batched() and chart.series_count() == 38
    assert chart.legend_labels() == ["Median of 38 organisations", "40 organisations, 2 not scored"]
    assert np.isnan(chart._batched.getData()[0][: 2 * 11]).all()  # the first two rows: no line at all
    session.close()


def test_organisations_over_time_draws_no_corner_at_the_centre_for_an_unscored_area(example_path, qtbot):
    """The small radar of Organisations over time ran Vaggeryd's line to the centre at each of E–I, which it had
    not scored: its line stops at D now, and the legend says it is partly scored."""
    from PySide6.QtGui import QColor

    from workshop.charts.palette import SERIES_COLOURS
    from workshop.domain.gaps import value_runs
    from workshop.ui.history.view import HistoryView
    from workshop.ui.session.session import EngagementSession

    assert value_runs([1, 2, None, 4]) == [[3, 4, 5]]  # D, then on past the last axis to A and B
    assert value_runs([1, None, 3, 4, None]) == [[2, 3], [5]] and value_runs([None] * 3) == []
    _with_gaps(example_path)
    conn = sqlite3.connect(example_path)
    with conn:  # nor did it score them in any meeting
        conn.execute("DELETE FROM potential_history WHERE area_code NOT IN ('A','B','C','D') AND organisation_uid = "
                     "(SELECT uid FROM organisations WHERE name = ?)", (VAGGERYD,))
    conn.close()
    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = HistoryView(session)
        qtbot.addWidget(view)
        view.resize(1100, 650)
        view.show()
        qtbot.waitExposed(view)
        view.organisation.setCurrentIndex(view.organisation.findText(VAGGERYD))
        radar = view.radar
        assert "(partly scored)" in radar.toolTip()
        image = radar.grab().toImage()
        cx, cy = radar.width() / 2, (radar.height() - 22 * 2) / 2  # as the radar places its centre
        own = QColor(SERIES_COLOURS[0])
        near = [QColor(image.pixel(int(cx) + dx, int(cy) + dy)) for dx in range(-3, 4) for dy in range(-3, 4)]
        assert not any(abs(c.red() - own.red()) + abs(c.green() - own.green()) + abs(c.blue() - own.blue()) < 60
                       for c in near)
    finally:
        session.close()
