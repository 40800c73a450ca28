"""The People view's list of one person's places: each column's heading says what every row shows in it."""

from __future__ import annotations

import re

from workshop.domain.people import everyone
from workshop.domain.vocabulary import PlaceKind
from workshop.ui.people.model import PlacesModel


def test_the_column_holding_dates_for_meetings_attended_is_headed_so(qapp, example, qtmodeltester):
    """The third column shows the meeting's date for "Attended" and the text for action items and mentions:
    headed "Text", the dates under it read as text; its heading names both."""
    places = next(p for p in everyone(example) if {x.kind for x in p.places} >= {
        PlaceKind.ATTENDED, PlaceKind.OWNS_ACTION, PlaceKind.MENTIONED}).places
    model = PlacesModel()
    model.set_rows(list(places))
    qtmodeltester.check(model)
    header = model.headerData(2, _horizontal()).lower()
    for row, place in enumerate(places):
        shown = model.data(model.index(row, 2))
        if place.kind == PlaceKind.ATTENDED:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", shown) and "date" in header
        else:
            assert shown and "text" in header


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_places_headings_are_whole_at_1366_in_swedish(open_app, example_path, swedish_interface):
    """The renamed heading ("Datum / text") is read whole beside the meeting column at 1366×768 in Swedish."""
    window = open_app(example_path, size=(1366, 768), view="people")
    view = window.views["people"]
    view.table.selectRow(0)
    header = view.places_table.horizontalHeader()
    assert view.places.headerData(2, _horizontal()) == "Datum / text"
    assert header.sectionSize(2) >= header.sectionSizeHint(2)
