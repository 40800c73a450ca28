"""A chart with nothing to draw says what it still lacks, in the window and on the projector, and says
nothing once it draws (an empty chart had been a blank white or dark box)."""

from __future__ import annotations

import sqlite3

from workshop.storage import EngagementStore
from workshop.templates import engagement_from_template


def _notice(chart) -> str:
    return chart.empty_notice.text() if not chart.empty_notice.isHidden() else ""


def test_a_blank_engagements_charts_say_what_they_lack(open_app, tmp_path):
    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Ny utredning"), overwrite=True).close()
    window = open_app(path, size=(1366, 768), view="potential")
    potential = window.views["potential"]
    assert _notice(potential.radar) == "No areas of concern yet."
    assert _notice(potential.bars) == "No groups of areas yet."
    window.show_view("alternatives")
    alternatives = window.views["alternatives"]
    assert _notice(alternatives.voting.radar) == "No alternatives yet."
    assert _notice(alternatives.voting.map) == "No alternatives yet."
    assert _notice(alternatives.preferences.chart) == "No alternatives yet."
    potential.show_radar_on_projector()
    chart = window.presenter_channel.current.chart_factory()
    assert _notice(chart) == "Inga områden ännu."  # the room reads the document language
    chart.deleteLater()


def test_the_notice_goes_with_the_first_score(open_app, example_path):
    conn = sqlite3.connect(example_path)
    with conn:
        conn.execute("DELETE FROM potential_scores")
    conn.close()
    window = open_app(example_path, size=(1366, 768), view="potential")
    potential = window.views["potential"]
    assert _notice(potential.radar) == "No scores yet: the chart fills in as they are entered."
    model = potential.table.model()
    assert model.setData(model.index(0, 0), "40")
    assert _notice(potential.radar) == ""
    window.show_view("alternatives")
    assert _notice(window.views["alternatives"].voting.radar) == ""  # the example's votes are drawn


def test_an_engagement_without_votes_shows_its_notice_on_a_card_with_no_dot_and_swedish_numbers(open_app,
                                                                                               example_path):
    """With no votes the criteria radar drew the agreed line as a dot at the centre and its sentence straight
    across the rings; the sums' axis ran "0.0 … 1.2" in a Swedish window."""
    from PySide6.QtCore import QLocale

    conn = sqlite3.connect(example_path)
    with conn:
        conn.execute("DELETE FROM criteria_votes")
        conn.execute("DELETE FROM agreed_scores")
    conn.close()
    window = open_app(example_path, size=(1366, 768), view="alternatives")
    before = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))  # the interface language's numbers, as the app sets them at start
    try:
        voting = window.views["alternatives"].voting
        radar = voting.radar
        assert _notice(radar) == "No votes yet: the chart fills in as they are entered."
        assert radar.series_count() == 0  # nothing at the centre
        card = radar.empty_notice.geometry()
        assert card.width() < radar.width() * 0.9 and card.height() < radar.height() / 3  # as large as its text
        assert radar.rect().contains(card)
        window.views["alternatives"].show_tab("robustness")
        chart = window.views["alternatives"].robustness.chart
        axis = chart.getPlotItem().getAxis("left")
        assert axis.tickStrings([0.2, 1.0, 1.2], 1, 0.2) == ["0,2", "1", "1,2"]
    finally:
        QLocale.setDefault(before)


def test_the_preferences_chart_before_any_preference_has_its_notice_and_no_row_of_noughts(open_app, example_path):
    """Alternatives but no preference yet: the chart says so and draws no "0" over each alternative (the
    notice had stood over a row of bold noughts), in the window and on the projector; the first preference
    brings the counts back, the others' 0 too."""
    conn = sqlite3.connect(example_path)
    with conn:
        conn.execute("DELETE FROM preferences")
    conn.close()
    window = open_app(example_path, size=(1366, 768), view="alternatives", tab="preferences")
    panel = window.views["alternatives"].preferences
    assert _notice(panel.chart) == "No preferences yet: the chart fills in as they are entered."
    assert panel.chart.value_texts() == ["", "", "", ""]
    panel.show_on_projector()
    projected = window.presenter_channel.current.chart_factory()
    assert projected.value_texts() == ["", "", "", ""]
    projected.deleteLater()
    model = panel.model
    code = window.session.engagement.alternatives[1].code
    assert model.setData(model.index(0, 1), code)
    assert _notice(panel.chart) == ""
    assert [t.split(":")[0] for t in panel.chart.value_texts()] == ["0", "1", "0", "0"]


def _with_organisations_and_no_scores(tmp_path):
    import dataclasses

    from workshop.domain.model import Organisation

    path = tmp_path / "new.workshop"
    e = engagement_from_template("IT-drift samverkan", "Ny utredning")
    e = dataclasses.replace(e, organisations=[Organisation(name=n, short_code=c)
                                              for n, c in (("Gislaved", "GIS"), ("Gnosjö", "GNO"))])
    EngagementStore.create(path, e, overwrite=True).close()
    return path


def _drawn(chart) -> list:
    """The chart's items that draw from its data and are shown (its rings, grid and axes aside)."""
    items = [*chart._items, *chart._markers] if hasattr(chart, "_items") else [
        i for row in chart._bars + chart._texts for i in row]
    return [item for item in items if item.isVisible()]


def test_a_radar_with_no_scores_is_its_notice_on_the_empty_rings(open_app, tmp_path):
    """Organisations but no score: the radar had a speck of markers at its centre and a legend naming each
    organisation and the median beside lines that were not there, in the window and on the projector. Its
    notice and rings alone now; the first score brings the polygons and the legend."""
    window = open_app(_with_organisations_and_no_scores(tmp_path), size=(1366, 768), view="potential")
    potential = window.views["potential"]
    radar = potential.radar
    assert _notice(radar) == "No scores yet: the chart fills in as they are entered."
    assert radar.legend_labels() == [] and _drawn(radar) == [] and radar.series_count() == 0
    assert len(radar.axes()) == 9  # the frame: its rings and the areas' names
    potential.show_radar_on_projector()
    projected = window.presenter_channel.current.chart_factory()
    assert projected.legend_labels() == [] and _drawn(projected) == []
    projected.deleteLater()
    model = potential.table.model()
    assert model.setData(model.index(0, 0), "40")
    assert _notice(radar) == ""
    # Gislaved's one score is its marker on A; Gnosjö, unscored, is its greyed name alone; a median of one
    # organisation is not drawn (it is Gislaved's own).
    assert radar.legend_labels() == ["Gislaved (partly scored)", "Gnosjö (not scored)"]
    assert radar.series_count() == 1 and len(_drawn(radar)) == 2  # Gislaved's line and marker


def test_bar_charts_with_nothing_counted_are_their_notice_in_an_empty_frame(open_app, tmp_path):
    """No preference and no vote yet: the Preferences and Robustness charts had stood as bare axes ("0, 1, 2"
    up the side, each alternative's code under nothing, a "–" over each in Robustness) behind their notice.
    Their notice in the axes' lines alone now; the first preference brings the numbers and names back."""
    window = open_app(_with_organisations_and_no_scores(tmp_path), size=(1366, 768), view="alternatives",
                      tab="preferences")
    alternatives = window.views["alternatives"]
    chart = alternatives.preferences.chart
    alternatives.show_tab("robustness")
    sums = alternatives.robustness.chart
    for bars in (chart, sums):
        plot = bars.getPlotItem()
        assert _notice(bars) != ""
        assert _drawn(bars) == [] and not bars._grid.isVisible()
        assert not plot.getAxis("left").style["showValues"] and not plot.getAxis("bottom").style["showValues"]
        assert not plot.getAxis("left").label.isVisible()  # "Organisations", "Criteria sum"
        assert plot.getAxis("left").isVisible()  # the frame stays
    alternatives.show_tab("preferences")
    model = alternatives.preferences.model
    assert model.setData(model.index(0, 1), window.session.engagement.alternatives[0].code)
    assert _notice(chart) == ""
    assert len(_drawn(chart)) == 8 and chart._grid.isVisible()
    axis = chart.getPlotItem().getAxis("left")
    assert axis.style["showValues"] and axis.label.isVisible()
