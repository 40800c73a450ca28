"""The Criteria voting tab's radar at 1366 × 768 with a long organisation name: its legend and its axes stay
inside the chart."""

from __future__ import annotations

import dataclasses

from workshop.domain.model import Organisation, Vote
from workshop.templates import engagement_from_template

LONG = "Region Jönköpings län – IT-förvaltningen"


def test_a_long_name_with_votes_missing_keeps_the_radar_and_its_legend_inside_the_chart(open_app, tmp_path):
    """A new engagement of three organisations, the long-named one with some of S's votes: its legend entry
    "Region Jönköpings län – IT-förv… (votes m" ran past the chart's right edge, and the plot it widened cut
    criterion 2's label. The name is cut as the potential radar cuts it; the entry, whole, fits."""
    from workshop.storage import EngagementStore

    e = engagement_from_template("IT-drift samverkan", "Ny utredning")
    orgs = (Organisation(name="Gislaved", short_code="GIS"), Organisation(name=LONG, short_code="RJL"),
            Organisation(name="Eksjö", short_code="EKS"))
    votes = tuple(Vote(organisation_uid=orgs[0].uid, alternative_code="S", criterion_number=c.number, value=3)
                  for c in e.criteria)
    votes += tuple(Vote(organisation_uid=orgs[1].uid, alternative_code="S", criterion_number=n, value=2)
                   for n in (1, 2, 3))
    path = tmp_path / "begun.workshop"
    EngagementStore.create(path, dataclasses.replace(e, organisations=orgs, votes=votes)).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="voting")
    voting = window.views["alternatives"].voting
    radar = voting.radar
    assert radar.code == "S"
    # At the chart's 350 px minimum (offscreen) the entry does not fit one line under the radar: its "(…)"
    # goes whole to a second line, as a bar's label breaks; on one line it held the plot 2 px wider.
    assert radar.legend_labels()[1] == "Region Jönköpings l…\n(votes missing)"
    assert radar.legend_labels()[2] == "Eksjö (no votes)"  # one that fits stays on one line
    right = radar.width()
    # The names' text and the radar's square (its axis labels inside it) stand within the chart (the entry had
    # ended at 431 px and the plot at 441; then the plot at 352 of 350).
    assert max(label.sceneBoundingRect().right() for _, label in radar.legend.items) <= right
    assert radar.getPlotItem().vb.sceneBoundingRect().right() <= right


def test_a_legend_entry_breaks_before_its_bracket_only_while_it_cannot_fit(qtbot):
    """A radar narrowed to 350 px puts its legend under it and an entry too wide for that on two lines, its
    closing "(…)" under its name; widened, the legend goes beside it and the entry is one line again."""
    from workshop.charts.radar import RadarChart, RadarSeries

    chart = RadarChart(maximum=4, gap_words=("{name} (no votes)", "{name} (votes missing)"))
    qtbot.addWidget(chart)
    chart.set_axes([str(n) for n in range(1, 8)])
    chart.set_series([RadarSeries("Gislaved", [3] * 7),
                      RadarSeries("Region Jönköpings l…", [2, 2, 2, None, None, None, None])])
    chart.resize(350, 400)
    chart.show()
    qtbot.waitUntil(lambda: chart.legend_below())
    assert chart.legend_labels() == ["Gislaved", "Region Jönköpings l…\n(votes missing)"]
    qtbot.waitUntil(lambda: chart.getPlotItem().vb.sceneBoundingRect().right() <= chart.width())
    chart.resize(1000, 400)
    qtbot.waitUntil(lambda: not chart.legend_below())
    assert chart.legend_labels() == ["Gislaved", "Region Jönköpings l… (votes missing)"]
