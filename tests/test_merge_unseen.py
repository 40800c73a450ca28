"""Merge From…: two versions of a text that differ only in what does not show (a zero-width space, a space at
the end, a no-break space) are marked where they differ and the difference is said in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop.domain.unseen import UnseenKind, marked, unseen_difference
from workshop.storage import EngagementStore
from workshop.storage.merge import hand_out_store, merge_files
from workshop.ui.merge.dialog import MergeDialog
from workshop.ui.merge.model import HERE, THERE, WHAT


@pytest.mark.parametrize(("mine", "theirs", "shown", "kind"), [
    ("Beslut", "Be\u200bslut", ("Beslut", "Be\\u200bslut"), UnseenKind.ZERO_WIDTH_SPACE),
    ("Beslut ", "Beslut", ("Beslut·", "Beslut"), UnseenKind.SPACE),
    ("Gnosjö kommun", "Gnosjö\xa0kommun", ("Gnosjö kommun", "Gnosjö\\xa0kommun"), UnseenKind.NO_BREAK_SPACE),
    ("Be\xadslut", "Beslut", ("Be\\xadslut", "Beslut"), UnseenKind.SOFT_HYPHEN),
    ("Värnamo", "Va\u0308rnamo", ("Värnamo", "Va\\u0308rnamo"), UnseenKind.ACCENT_APART),
    ("två  mellanslag", "två mellanslag", ("två· mellanslag", "två mellanslag"), UnseenKind.SPACE),
    ("5 K", "5 \u212a", ("5 K", "5 \\u212a"), UnseenKind.LOOK_ALIKE),  # the Kelvin sign, drawn as a K
    ("Vaggeryd", "V\u0430ggeryd", ("Vaggeryd", "V\\u0430ggeryd"), UnseenKind.LOOK_ALIKE),  # a Cyrillic а
    ("OK", "\u039fK", ("OK", "\\u039fK"), UnseenKind.LOOK_ALIKE),  # a Greek capital omicron
    ("Мoсква", "Москва", ("М\\x6fсква", "Москва"), UnseenKind.LOOK_ALIKE),  # a Latin o in a Cyrillic word
    ("Aθήνα", "Αθήνα", ("\\x41θήνα", "Αθήνα"), UnseenKind.LOOK_ALIKE),  # a Latin A in a Greek one
    ("C", "\u0421", ("C", "\\u0421"), UnseenKind.LOOK_ALIKE),  # a code of one letter: a Cyrillic С for C
    ("a\u2028b", "a\nb", ("a\\u2028b", "a\nb"), UnseenKind.LINE_SEPARATOR),
    ("a\nb", "a\u2029b", ("a\nb", "a\\u2029b"), UnseenKind.PARAGRAPH_SEPARATOR),
    ("a\r\nb", "a\nb", ("a\\r\nb", "a\nb"), UnseenKind.CARRIAGE_RETURN),  # Windows' line end
    ("a\rb", "a\nb", ("a\\rb", "a\nb"), UnseenKind.CARRIAGE_RETURN),  # an old Mac's
    ("a\x0bb", "a\nb", ("a\\x0bb", "a\nb"), UnseenKind.OTHER_LINE_BREAK),  # Word's manual line break
])
def test_versions_that_read_the_same_are_marked_where_they_differ(mine, theirs, shown, kind):
    """Each version shows the unseen characters the other lacks, by their escape or · for a plain space."""
    here, there = unseen_difference(mine, theirs)
    assert (marked(mine, here), marked(theirs, there)) == shown
    assert [u.kind for u in here + there] == [kind]


def test_versions_that_differ_in_what_shows_or_not_at_all_are_left_as_they_are():
    """Marks only where the versions would otherwise look equal: a real difference is shown as typed."""
    assert unseen_difference("Beslut", "Beslut") is None
    assert unseen_difference("Beslut", "Be\u200bsluta") is None
    assert unseen_difference("a b", "ab") is None
    # Hangul typed on a Mac (letters that compose into the syllable): no mark to show, so no line naming nothing.
    import unicodedata
    assert unseen_difference("한국", unicodedata.normalize("NFD", "한국")) is None
    # A Windows line end against an old Mac's lone "\r": one line break on each side, none to name (it had
    # called the "\n" of "\r\n" another kind of line break at the start of a line).
    assert unseen_difference("Mål\r\nBeslut", "Mål\rBeslut") is None


@pytest.mark.parametrize(("mine", "theirs", "english", "swedish"), [
    ("Mål\u2028Beslut", "Mål\nBeslut", "here a line separator (\\u2028) after “Mål”",
     "här en radavgränsare (\\u2028) efter ”Mål”"),
    ("Mål\nBeslut", "Mål\u2029Beslut", "there a paragraph separator (\\u2029) after “Mål”",
     "där en styckeavgränsare (\\u2029) efter ”Mål”"),
    ("Mål\r\nBeslut", "Mål\nBeslut", "here a carriage return (\\r) after “Mål”",
     "här en vagnretur (\\r) efter ”Mål”"),
    ("Mål\u2028Be\u200bslut", "Mål\u2028Beslut", "here a zero-width space (\\u200b) after “Be”",
     "här ett nollbrett mellanslag (\\u200b) efter ”Be”"),  # what came before stays on its line
])
def test_another_kind_of_line_break_is_named_as_what_it_is(swedish_interface, mine, theirs, english, swedish):
    """A line separator, paragraph separator or carriage return where the other version has a plain line
    break is named as what it is, and the plain line break is not named: it had read "there an invisible
    character (\\n) after “Mål”", calling the ordinary line break the odd one."""
    from PySide6.QtCore import QCoreApplication

    from workshop.ui.merge.model import unseen_text

    unseen = unseen_difference(mine, theirs)
    assert len(unseen[0] + unseen[1]) == 1
    text = unseen_text(unseen)
    assert text.endswith(f": {swedish}."), text
    QCoreApplication.removeTranslator(swedish_interface)
    try:
        assert unseen_text(unseen) == f"The two versions differ only in what does not show: {english}."
    finally:
        QCoreApplication.installTranslator(swedish_interface)


def test_the_dialog_marks_and_names_a_difference_that_does_not_show(qtbot, example_path, tmp_path):
    """A name renamed "Gnosjö kommun" here and "Gnosjö\\xa0kommun" there, and notes that differ by a zero-width
    space, had shown the same in both cells, so the facilitator chose between two texts that looked alike.
    The cell now marks the character and the line under what the conflict is says what it is and where."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
        engagement = store.load()
        gnosjo = next(o.uid for o in engagement.organisations if o.name == "Gnosjö")
        item = engagement.meetings[3].agenda[0]
        store.rename_organisation(gnosjo, "Gnosjö kommun")
        store.meetings.set_item_notes(item.uid, item.notes + "\nBeslut: vi går vidare.")
    with EngagementStore.open(theirs) as store:
        store.rename_organisation(gnosjo, "Gnosjö\xa0kommun")
        store.meetings.set_item_notes(item.uid, item.notes + "\nBe\u200bslut: vi går vidare.")
    report, _ = merge_files(example_path, theirs)
    dlg = MergeDialog(report, example_path.name, theirs.name)
    qtbot.addWidget(dlg)
    rows = {dlg.model.index(r, WHAT).data().split("\n")[0]: r for r in range(dlg.model.rowCount())}
    name = rows["organisation Gnosjö, name"]
    assert dlg.model.index(name, HERE).data() == "“Gnosjö kommun”"
    assert dlg.model.index(name, THERE).data() == "“Gnosjö\\xa0kommun”"
    assert dlg.model.index(name, WHAT).data().split("\n")[1] == (
        "The two versions differ only in what does not show: there a no-break space (\\xa0) after “Gnosjö”.")
    notes = next(r for text, r in rows.items() if text.endswith(", notes"))
    assert dlg.model.index(notes, THERE).data().endswith("\nBe\\u200bslut: vi går vidare.”")
    assert dlg.model.index(notes, HERE).data().endswith("\nBeslut: vi går vidare.”")
    assert "there a zero-width space (\\u200b) after “Be”" in dlg.model.index(notes, WHAT).data()
    tip = dlg.model.index(notes, THERE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Be\\u200bslut" in tip and "a zero-width space" in tip


def test_a_conflict_that_shows_its_difference_gets_no_line_about_it(qtbot, example_path, tmp_path):
    """Two renamings that read differently are shown as typed, with no word about unseen characters."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
        gnosjo = next(o.uid for o in store.load().organisations if o.name == "Gnosjö")
        store.rename_organisation(gnosjo, "Gnosjö kommun")
    with EngagementStore.open(theirs) as store:
        store.rename_organisation(gnosjo, "Gnosjö\xa0kommun\u200b!")
    report, _ = merge_files(example_path, theirs)
    dlg = MergeDialog(report, example_path.name, theirs.name)
    qtbot.addWidget(dlg)
    assert dlg.model.index(0, WHAT).data() == "organisation Gnosjö, name"
    assert dlg.model.index(0, THERE).data() == "“Gnosjö\xa0kommun\u200b!”"


@pytest.mark.parametrize(("mine", "theirs", "english", "swedish"), [
    ("5 K", "5 \u212a", "there a character that looks like another (\\u212a) after “5 ”",
     "där ett tecken som ser ut som ett annat (\\u212a) efter ”5 ”"),
    ("Vaggeryd", "V\u0430ggeryd", "there a character that looks like another (\\u0430) after “V”",
     "där ett tecken som ser ut som ett annat (\\u0430) efter ”V”"),
])
def test_a_look_alike_letter_is_named_as_one(swedish_interface, mine, theirs, english, swedish):
    """A Kelvin sign for "K" or a Cyrillic "а" pasted into "Vaggeryd" reads the same as the Latin letter: the
    dialog had called the Kelvin sign "an invisible character" and not marked the Cyrillic letter at all, leaving
    two names that read alike to choose between."""
    from PySide6.QtCore import QCoreApplication

    from workshop.ui.merge.model import unseen_text

    unseen = unseen_difference(mine, theirs)
    assert unseen is not None and len(unseen[0] + unseen[1]) == 1
    assert unseen_text(unseen).endswith(f": {swedish}."), unseen_text(unseen)
    QCoreApplication.removeTranslator(swedish_interface)
    try:
        assert unseen_text(unseen) == f"The two versions differ only in what does not show: {english}."
    finally:
        QCoreApplication.installTranslator(swedish_interface)


def test_a_word_mostly_or_wholly_of_look_alikes_is_marked_where_it_differs():
    """"Нуltе kommun" (Cyrillic Н, у, е) against "Hylte kommun", and "ТАХІ" against "TAXI": judging the word by
    the alphabet most of its letters are in had left both unmarked, two versions that read alike to choose
    between, and merge --list escaped the Latin l and t of "Нуltе" as if they were the odd ones."""
    from workshop.domain.visible import literal

    here, there = unseen_difference("Hylte kommun", "Нуltе kommun")
    assert not here and marked("Нуltе kommun", there) == "\\u041d\\u0443lt\\u0435 kommun"
    here, there = unseen_difference("TAXI", "ТАХІ")
    assert not here and [u.kind for u in there] == [UnseenKind.LOOK_ALIKE] * 4
    assert literal("Нуltе") == "\\u041d\\u0443lt\\u0435"


def test_words_in_other_alphabets_read_as_typed_beside_latin_ones():
    """merge --list had escaped every look-alike letter of a Cyrillic or Greek word in a text with a Latin letter
    anywhere ("Möte med \\u041eл\\u0435г"): only a letter standing in a word of another alphabet is escaped."""
    from workshop.domain.visible import literal

    for text in ("Möte med Олег Петров", "Δήμος Αθηναίων (Athens)", "IT – ТВ-отдел"):
        assert literal(text) == text
    assert literal("Vаggeryd och Мoсква") == "V\\u0430ggeryd och М\\x6fсква"


def test_different_words_in_another_alphabet_are_not_look_alikes():
    """Only where the two versions would read the same: a Cyrillic word against another word shows as typed."""
    assert unseen_difference("Москва", "Минск") is None
    assert unseen_difference("Москва", "Moskva") is None
