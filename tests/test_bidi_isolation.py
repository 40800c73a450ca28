"""A right-to-left override (U+202E) or another bidi control in a typed name reorders only that name, never
the interface's words after it: "Changes since abc‮def (2024-06-18):" once showed the date backwards."""

from __future__ import annotations

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


def test_the_history_view_shows_the_date_after_a_hostile_meeting_title_in_order(history_view):
    view = history_view(lambda title: f"{title} abc\u202edef", size=(1200, 700))  # as wide as in a window
    text = view.compared.shown()
    assert "abc\u202edef" in text and "(2024-" in text
    assert _left_to_right(text, "(", ":")


def test_a_file_path_or_error_filled_in_is_isolated_too(qapp):
    """Errors are filled with paths and exceptions, not only strings: "a‮b.workshop: the file is locked"."""
    from pathlib import Path

    shown = tr("{path}: the file is in use ({error}).").format(path=Path("/tmp/a\u202eb.workshop"),
                                                             error=OSError("busy"))
    assert _left_to_right(shown, "(", ")")
    assert tr("{n:+d} and {x:.1f}").format(n=3, x=2.25) == "+3 and 2.2"  # numbers keep their format spec


def test_isolating_again_adds_one_pair_at_most(qapp):
    """A message nested in a message nested in … (a conflict's details) does not pile up isolates: a value
    already isolated is balanced and gets one more pair, never a multiple (Unicode allows 125 levels)."""
    text = "abc\u202edef"
    for _ in range(6):
        text = tr("{inner} then").format(inner=text)
    assert text.count("\u2068") <= 6 and _left_to_right(text + TAIL, "(", ":")


def test_each_line_of_a_value_is_isolated_and_right_to_left_letters_too(qapp):
    lines = tr("{notes} (2024-06-18):").format(notes="rad ett\n\u202edef")
    assert _left_to_right(lines.split("\n")[-1], "(", ":")
    hebrew = tr("Changes since {meeting} (2024-06-18):").format(meeting="\u05e9\u05dc\u05d5\u05dd")
    assert _left_to_right(hebrew, "(", ")")
    assert not _left_to_right("Changes since \u05e9\u05dc\u05d5\u05dd (2024-06-18):", "(", ")")  # the date
    # was pulled into the name's right-to-left run, its brackets mirrored


def test_the_projector_fills_in_isolated_and_the_pdfs_plainly(qapp):
    from workshop.ui.shell.language_menu import ProjectorLanguage, document_translate

    template = "Alternative {code} — scores per criterion"
    for language in ("en", "sv"):
        projector = ProjectorLanguage(language)(template).format(code="S\u202e1")
        assert "\u2068" in projector
        assert "\u2068" not in document_translate(language)(template).format(code="S\u202e1")


def test_a_persons_facts_keep_their_order_after_a_right_to_left_name(open_app, example_path, qtbot):
    """People: "name · role · organisation" — an override in the name reverses only the name."""
    import sqlite3

    with sqlite3.connect(example_path) as conn:
        conn.execute("UPDATE people SET name = 'Anders \u202eWendesten' WHERE name = 'Anders Wendesten'")
    window = open_app(example_path, size=(1366, 708), view="people")
    facts = window.views["people"].facts.text()
    assert "Anders \u202eWendesten" in facts
    assert _left_to_right(facts, "·", "U")  # the separator, then the role ("Utredare") after it


def test_an_override_in_a_code_or_a_point_turns_nothing_after_it_around(open_app, example_path, qtbot):
    """"S‮" as an alternative's code drew the voting round's choice as "Stfird-TI nretni va gnindromas…", and an
    override in one pre-study point turned every later point around: a code beside its name, and typed values
    listed together, each keep their direction to themselves."""
    import dataclasses

    from workshop.domain.model import Alternative
    from workshop.ui.session.closing_edits import SetPreStudy
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddAlternative

    window = open_app(example_path, size=(1366, 708), view="alternatives")
    session = window.session
    push(session.undo_stack, AddAlternative(session, Alternative(code="X\u202e", name="Gemensam drift")))
    first = session.engagement.prestudy[0]
    points = ("Pris 100 kr\u202e", "Leveransomfattning 2025")
    push(session.undo_stack, SetPreStudy(session, (dataclasses.replace(first, points=points),
                                                   *session.engagement.prestudy[1:]), "points"))
    voting = window.views["alternatives"].voting.alternative
    shown = voting.itemText(voting.findData("X\u202e"))
    assert "X\u202e" in shown and _left_to_right(shown, "\u2014", "G")  # the dash, then "Gemensam"
    window.show_view("closing")
    closing = window.views["closing"]
    choice = closing.alternative.itemText(closing.alternative.findData("X\u202e"))
    assert _left_to_right(choice, "\u2013", "G")
    table = closing.prestudy.table
    listed = [table.item(r, 1).text() for r in range(table.rowCount())]
    both = next(text for text in listed if "Leveransomfattning" in text)
    assert "Pris 100 kr\u202e" in both and _left_to_right(both, ";", "L")  # the second point after the first
