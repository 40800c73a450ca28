"""Organisations over time as a facilitator reads it: what the empty radar lacks, which meeting each number
was given in and the legend's meeting, whole at 1366×768 in Swedish."""

from __future__ import annotations

import dataclasses

import pytest

from workshop.storage import EngagementStore


@pytest.fixture
def swedish(swedish_interface):
    """The interface in Swedish (the longer words the reviewer saw cut)."""
    return swedish_interface


def _view(path, qtbot):
    from workshop.ui.history.view import HistoryView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(path))
    view = HistoryView(session)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, session


def test_the_empty_radar_says_there_are_no_organisations_not_that_areas_are_missing(template_path, qtbot):
    """A new engagement has nine areas and no organisations: the radar said "A radar needs three areas or
    more"; it says what the other charts say, that there are no organisations yet."""
    view, session = _view(template_path, qtbot)
    try:
        assert len(session.engagement.areas) >= 3 and not session.engagement.organisations
        assert view.radar.empty_text() == "No organisations yet."
        view.radar.grab()  # paints the sentence without error
    finally:
        session.close()


def test_the_radar_of_organisations_without_scores_says_there_are_no_scores(example, tmp_path, qtbot):
    """Organisations but not one score yet: the radar says so, as the Potential view's radar does."""
    path = tmp_path / "unscored.workshop"
    EngagementStore.create(path, dataclasses.replace(example, potentials=(), potential_history=())).close()
    view, session = _view(path, qtbot)
    try:
        assert view.radar.empty_text() == "No scores yet: the chart fills in as they are entered."
    finally:
        session.close()


def test_the_meeting_each_number_was_given_in_is_whole_at_1366_in_swedish(open_app, example_path, swedish):
    """At 1366×768 in Swedish every "Given in" cell read "Arbetsmöt…" or "Gemensa…": the cell names the
    meeting by its date, whole, and its tooltip holds the date and the whole title; the radar's legend
    names the meeting without "…", the tooltip whole."""
    window = open_app(example_path, size=(1366, 768), view="history")
    view = window.views["history"]
    e = view._session.engagement
    for index in range(view.organisation.count()):
        view.organisation.setCurrentIndex(index)
        table, column = view.given, 2
        assert table.rowCount()
        assert table.horizontalScrollBar().maximum() == 0
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width()
        for row in range(table.rowCount()):
            item = table.item(row, column)
            assert table.fontMetrics().horizontalAdvance(item.text()) + 8 <= table.columnWidth(column)
            meeting = next(m for m in e.meetings if m.starts_at[:10] == item.text())
            assert meeting.title.replace(":", "") in item.toolTip().replace(":", "")
        first, median = view.radar.legend_lines()
        assert not first.endswith("…") and not median.endswith("…")
        chosen = view.current_meeting()
        assert chosen.starts_at[:10] in first and chosen.title in view.radar.toolTip()


def test_the_radar_legend_is_whole_at_1366_in_swedish_for_every_meeting(open_app, example_path, swedish):
    """At 1366×768 in Swedish the legend read "Vaggeryd efter mötet 2024-06-10 (ej …" for a meeting before any
    score: a name too long for its line goes on to a second (the words in brackets whole on it), within the
    radar's width, for every organisation and meeting of the example."""
    window = open_app(example_path, size=(1366, 768), view="history")
    view = window.views["history"]
    room = view.radar.width() - 58
    seen = set()
    for index in range(view.organisation.count()):
        view.organisation.setCurrentIndex(index)
        for row in range(view.meetings.rowCount()):
            view.meetings.setCurrentCell(row, 0)
            for entry in view.radar.legend_lines():
                assert "…" not in entry
                lines = entry.split("\n")
                assert all(view.radar.fontMetrics().horizontalAdvance(line) <= room for line in lines)
                seen.add(tuple(lines))
    assert ("Vaggeryd efter mötet 2024-06-10", "(ej bedömd)") in seen
    view.radar.grab()  # paints the two lines without error


def test_a_meeting_without_a_date_is_named_by_its_title_where_a_date_would_be(example, tmp_path, qtbot):
    """An undated meeting has no date to name it by: its title, shortened, and whole in the tooltip."""
    meetings = tuple(dataclasses.replace(m, starts_at="") if "Gnosjö" in m.title else m for m in example.meetings)
    path = tmp_path / "undated.workshop"
    EngagementStore.create(path, dataclasses.replace(example, meetings=meetings)).close()
    view, session = _view(path, qtbot)
    try:
        view.organisation.setCurrentIndex(1)  # Gnosjö
        cells = [view.given.item(r, 2) for r in range(view.given.rowCount())]
        undated = [c for c in cells if not c.text()[:1].isdigit()]
        assert undated and all("Arbetsmöte Gnosjö" in c.text() for c in undated)
        assert all("Arbetsmöte Gnosjö" in c.toolTip() for c in undated)
    finally:
        session.close()


def test_a_new_engagement_says_what_the_view_will_follow_and_nothing_else(qtbot, template_path):
    """With no organisation yet the view was empty lists and an empty choice, with nothing said: it says what it
    will show, alone (three empty tables had stood around the sentence), and once an organisation is added
    that it has nothing to follow yet; its first score, given outside any meeting, brings the lists and the
    radar (the score is listed with no meeting, to be set to one)."""
    from workshop.domain.model import Organisation
    from workshop.storage import EngagementStore
    from workshop.ui.history.view import HistoryView
    from workshop.ui.potential.model import PotentialTableModel
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddOrganisation
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(template_path))
    try:
        view = HistoryView(session)
        qtbot.addWidget(view)
        view.resize(1100, 650)
        view.show()
        qtbot.waitExposed(view)
        tables = (view.meetings, view.changes, view.given)
        assert view.note_text().startswith("No organisation yet: each one taking part is followed here")
        assert view.note.isVisible() and not any(t.isVisible() for t in tables) and not view.radar.isVisible()
        push(session.undo_stack, AddOrganisation(session, Organisation(name="Åre kommun", short_code="ÅRE")))
        view.refresh()
        assert view.note_text() == ("Åre kommun has no meetings, scores or votes yet: it is followed here, "
                                    "meeting by meeting, once it has given some.")
        assert view.note.isVisible() and not any(t.isVisible() for t in tables)
        model = PotentialTableModel(session)
        assert model.setData(model.index(0, 0), "60")
        view.refresh()
        assert view.note_text() == "" and not view.note.isVisible()
        assert all(t.isVisible() for t in tables) and view.radar.isVisible()
        assert view.compared.text() == "No meeting yet."
        assert view.given.item(0, 1).text() == "60" and view.given.item(0, 2).text() == "–"
    finally:
        session.close()
