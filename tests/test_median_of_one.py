"""A median is drawn beside the organisations only from two organisations' scores on: with one, "Median of all
organisations" had been that organisation's own line, in the window, on the projector, in Organisations over
time and on the report's organisation pages."""

from __future__ import annotations

import dataclasses

import pytest

from pdf_support import text_of
from workshop.domain.model import Organisation, PotentialScore
from workshop.export.labels import labels
from workshop.export.report import render_report
from workshop.export.score_tables import radar_series
from workshop.templates import engagement_from_template

MEDIAN = "Median of all organisations"


def _begun(scorers: int, organisations: int = 3):
    """The template with `organisations` organisations, the first `scorers` of them with every potential."""
    e = engagement_from_template("IT-drift samverkan", "Ny utredning")
    orgs = tuple(Organisation(name=f"Kommun {n}", short_code=f"K{n}") for n in range(1, organisations + 1))
    given = tuple(PotentialScore(organisation_uid=o.uid, area_code=a.code, value=30 + 10 * i + 5 * k)
                  for i, o in enumerate(orgs[:scorers]) for k, a in enumerate(e.areas))
    return dataclasses.replace(e, organisations=orgs, potentials=given)


def test_the_potential_radar_and_the_projector_draw_no_median_of_one(open_app, tmp_path):
    """One of three organisations scored: the legend said "Median of all organisations" over a dashed copy of
    its polygon, on the projector too. Neither draws it; a second organisation's scores bring it."""
    from workshop.storage import EngagementStore

    path = tmp_path / "one.workshop"
    EngagementStore.create(path, _begun(1)).close()
    window = open_app(path, size=(1366, 768), view="potential")
    potential = window.views["potential"]
    assert potential.radar.legend_labels() == ["Kommun 1", "Kommun 2 (not scored)", "Kommun 3 (not scored)"]
    assert potential.radar.series_count() == 1
    potential.organisation.setCurrentIndex(1)  # Kommun 1 alone, the others behind it
    assert MEDIAN not in potential.radar.legend_labels()
    potential.show_radar_on_projector()
    projected = window.presenter_channel.current.chart_factory()
    assert not any("edian" in label for label in projected.legend_labels())
    projected.deleteLater()
    model = potential.table.model()
    assert model.setData(model.index(1, 0), "50")  # Kommun 2's first area
    assert "Median of 2 organisations" in potential.radar.legend_labels()


def test_organisations_over_time_draws_no_median_of_one(open_app, tmp_path):
    """The history radar set the one organisation that scored against "Median of all organisations", its own
    numbers again."""
    from workshop.storage import EngagementStore

    path = tmp_path / "one.workshop"
    EngagementStore.create(path, _begun(1)).close()
    window = open_app(path, size=(1366, 768), view="history")
    view = window.views["history"]
    assert view.current_organisation().name == "Kommun 1"
    assert view.radar.legend_lines() == ["Kommun 1"]
    path2 = tmp_path / "two.workshop"
    EngagementStore.create(path2, _begun(2)).close()
    view = open_app(path2, size=(1366, 768), view="history").views["history"]
    assert view.radar.legend_lines() == ["Kommun 1", "Median of 2 organisations"]


def test_the_reports_organisation_pages_draw_no_median_of_one():
    """The organisation pages' radars and captions said "against the median of all organisations" with one
    organisation's scores: they show its potential and say when the median comes."""
    lab = labels("en")
    text = text_of(render_report(_begun(1), "en", organisation_pages=True))
    assert lab["org_radar_alone"].format(org="Kommun 1") in text
    assert lab["org_over_time_intro_alone"] in text and lab["org_over_time_intro"] not in text  # the intro too
    two = text_of(render_report(_begun(2), "en", organisation_pages=True))  # two of three: the median of two
    assert lab["org_radar_some"].format(org="Kommun 1", n=2) in two and lab["org_over_time_intro"] in two
    every = text_of(render_report(_begun(3), "en", organisation_pages=True))
    assert lab["org_radar"].format(org="Kommun 1") in every


def test_many_organisations_of_which_one_scored_are_not_a_median_in_the_pdfs():
    """Ten organisations, one with scores: the report's radar drew "Median of 10 organisations", its numbers
    alone. It draws that organisation, named."""
    e = _begun(1, organisations=10)
    value = {(p.organisation_uid, p.area_code): p.value for p in e.potentials}
    series, of_median = radar_series(labels("en"), e.areas, e.organisations, value)
    assert not of_median and [name for name, _ in series] == ["Kommun 1"]
    two = _begun(2, organisations=10)
    value = {(p.organisation_uid, p.area_code): p.value for p in two.potentials}
    series, of_median = radar_series(labels("en"), two.areas, two.organisations, value)
    assert of_median and [name for name, _ in series] == ["Median of 2 organisations"]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_reports_median_of_many_counts_the_organisations_it_is_taken_over(language):
    """Ten organisations, six with scores: the report's radar and its caption said "Median of 10
    organisations", counting four that gave nothing. They say six."""
    text = text_of(render_report(_begun(6, organisations=10), language))
    said = {"sv": ("Median av 6 organisationer", "medianen av 6 organisationer"),
            "en": ("Median of 6 organisations", "the median of 6 organisations")}[language]
    for words in said:
        assert words in text
    assert {"sv": "av 10 organisationer", "en": "of 10 organisations"}[language] not in text


def test_a_median_of_some_organisations_is_named_for_how_many(open_app, tmp_path, qtbot):
    """Two of three organisations scored: the window's radar, the projector's and Organisations over time
    named the dashed line "Median of all organisations" beside "Kommun 3 (not scored)". It is the median of 2;
    once the third has scored, of all."""
    from workshop.storage import EngagementStore

    path = tmp_path / "two.workshop"
    EngagementStore.create(path, _begun(2)).close()
    window = open_app(path, size=(1366, 768), view="potential")
    potential = window.views["potential"]
    assert "Median of 2 organisations" in potential.radar.legend_labels()
    assert MEDIAN not in potential.radar.legend_labels()
    potential.show_radar_on_projector()
    projected = window.presenter_channel.current.chart_factory()
    assert "Median för 2 organisationer" in projected.legend_labels()  # the documents' language
    projected.deleteLater()
    window.show_view("history")
    assert window.views["history"].radar.legend_lines()[-1] == "Median of 2 organisations"
    window.show_view("potential")
    model = potential.table.model()
    assert model.setData(model.index(2, 0), "50")  # Kommun 3's first area
    assert MEDIAN in potential.radar.legend_labels()
