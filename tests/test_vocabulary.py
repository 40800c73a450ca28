"""One vocabulary: closed sets of values spelled once (domain StrEnums) and one number format per language."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QLocale

from workshop.domain import numbers
from workshop.domain.vocabulary import ItemStatus, MeetingKind, MeetingStatus, PotentialMode, values


def test_the_file_refuses_a_meeting_status_the_domain_does_not_know(example_path):
    """Another tool writing an unknown status into the file is refused by the schema's CHECK, built from the enum."""
    con = sqlite3.connect(example_path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE meetings SET status = 'postponed'")
    con.execute("UPDATE meetings SET status = ?", [MeetingStatus.CLOSED])  # every member is accepted
    con.rollback()
    con.close()


def test_the_file_refuses_an_unknown_potential_mode(example_path):
    """The engagement's potential mode is one of the domain's modes, in the file too."""
    con = sqlite3.connect(example_path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE engagement SET potential_mode = 'guessed'")
    for mode in values(PotentialMode):
        con.execute("UPDATE engagement SET potential_mode = ?", [mode])
    con.rollback()
    con.close()


def test_every_meeting_kind_and_status_has_words_in_the_interface(qapp):
    """The meetings list never shows a raw code: each kind and status of the domain has a label."""
    from workshop.ui.meetings.model import item_status_labels, kind_labels, status_labels

    assert set(kind_labels()) == set(MeetingKind)
    assert set(status_labels()) == set(MeetingStatus)
    assert set(item_status_labels()) == set(ItemStatus)


@pytest.mark.parametrize(("value", "mark", "text"), [
    (2.5, ",", "2,5"), (2.5, ".", "2.5"), (9.75, ",", "9,75"), (23, ",", "23"), (22.0, ",", "22"),
    (1 / 3, ",", "0,33"), (None, ",", "–"), (float("nan"), ".", "–"), (-0.5, ",", "-0,5"),
])
def test_numbers_follow_the_language(value, mark, text):
    """Scores show at most two decimals, none needless, with the language's decimal mark."""
    assert numbers.number(value, mark) == text


def test_shares_are_whole_percentages():
    """Shares read '60 %' in every output; an unknown share is a dash."""
    assert numbers.percent(0.6) == "60 %"
    assert numbers.percent(0.125, ",", 1) == "12,5 %"
    assert numbers.percent(None) == "–"


def test_the_interface_writes_a_decimal_comma_in_swedish(qapp):
    """With the Swedish interface a half point reads '2,5' on screen (the vote grid, robustness, charts)."""
    from workshop.charts import locale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        assert locale.number(2.5) == "2,5"
        assert locale.number(9.75) == "9,75"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert locale.number(2.5) == "2.5"
    finally:
        QLocale.setDefault(before)
