"""A right-to-left override (U+202E) or another bidi control in a typed name reorders only that name, never
the interface's words after it: "Changes since abc‮def (2024-06-18):" once showed the date backwards."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QFont, QTextLayout

from workshop.ui.widgets.i18n import isolate, tr

TAIL = " (2024-06-18):"


def _left_to_right(text: str, first: str, then: str) -> bool:
    """Whether `first` (the tail's opening bracket) is drawn left of `then` (its colon), as in plain English."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    start = text.rindex(first)
    return line.cursorToX(start)[0] < line.cursorToX(text.index(then, start))[0]


@pytest.mark.parametrize("name", [
    "abc\u202edef",  # right-to-left override, never closed
    "abc\u202bdef ghi",  # right-to-left embedding
    "abc\u2069\u202edef",  # a stray closing isolate first: it must not end ours early
    "abc\u2067\u202edef",  # a right-to-left isolate of its own, never closed
    "\u2069\u2069\u2067\u2067abc\u202e\u202edef",
])
def test_a_name_with_bidi_controls_leaves_the_words_after_it_in_order(qapp, name):
    if "\u202e" in name:
        assert not _left_to_right(name + TAIL, "(", ":")  # the fault itself: the tail comes out reversed
    assert _left_to_right(isolate(name) + TAIL, "(", ":")
    shown = tr("Changes since {meeting} ({date}):").format(meeting=name, date="2024-06-18")
    assert _left_to_right(shown, "(", ":") and name in shown


def test_plain_text_and_other_values_are_filled_in_as_they_are(qapp):
    assert isolate("Gnosjö kommun 😀 <b>") == "Gnosjö kommun 😀 <b>"
    assert isolate(3) == 3
    assert tr("{n} of {total}").format(n=2, total="5") == "2 of 5"


def test_the_history_view_shows_the_date_after_a_hostile_meeting_title_in_order(example, tmp_path, qtbot):
    from workshop.storage import EngagementStore
    from workshop.ui.history.view import HistoryView
    from workshop.ui.session.session import EngagementSession

    meetings = tuple(dataclasses.replace(m, title=f"{m.title} abc\u202edef") for m in example.meetings)
    path = tmp_path / "rtl.workshop"
    EngagementStore.create(path, dataclasses.replace(example, meetings=meetings)).close()
    session = EngagementSession(EngagementStore.open(path))
    try:
        view = HistoryView(session)
        qtbot.addWidget(view)
        view.show()
        text = view.compared.shown()
        assert "abc\u202edef" in text and "(2024-" in text
        assert _left_to_right(text, "(", ":")
    finally:
        session.close()
