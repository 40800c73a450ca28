"""A new engagement with some preferences stated: the Preferences tab, the Report view and the report's 4.1 name
the organisations that have not stated one yet, as the Potential and Voting views name who has not scored."""

from __future__ import annotations

import dataclasses

import pytest

from pdf_support import text_of
from workshop.domain.model import Organisation, Preference
from workshop.export.report import render_report
from workshop.templates import engagement_from_template

NAMES = ("Gislaved", "Region Jönköpings län – IT-förvaltningen", "Eksjö")


def _begun(stated: int):
    """The template with three organisations, the first `stated` of them with a preference."""
    e = engagement_from_template("IT-drift samverkan", "Ny utredning")
    orgs = tuple(Organisation(name=n, short_code=n[:3].upper()) for n in NAMES)
    prefs = tuple(Preference(organisation_uid=o.uid, alternative_code="1 Teknik") for o in orgs[:stated])
    return dataclasses.replace(e, organisations=orgs, preferences=prefs)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_report_names_who_has_not_stated_a_preference(language):
    """Two of three preferences: 4.1 said "Each organisation stated the alternative it prefers" over a table
    of two and Eksjö was nowhere. It says two of three have, and that Eksjö has not yet."""
    text = text_of(render_report(_begun(2), language))
    choice = text.split("4.1 ")[-1]
    said = {"sv": ("2 av 3 organisationer har angett vilket alternativ de föredrar",
                   "Eksjö har ännu inte angett vilket alternativ den föredrar."),
            "en": ("2 of 3 organisations have stated the alternative they prefer",
                   "Eksjö has not stated a preference yet.")}[language]
    for words in said:
        assert words in choice
    assert {"sv": "Respektive organisation har angett", "en": "Each organisation stated"}[language] not in choice
    one = text_of(render_report(_begun(1), language)).split("4.1 ")[-1]
    assert {"sv": "Region Jönköpings län – IT-förvaltningen och Eksjö har ännu inte angett vilket alternativ de",
            "en": "Region Jönköpings län – IT-förvaltningen and Eksjö have not stated a preference yet."
            }[language] in one
    every = text_of(render_report(_begun(3), language)).split("4.1 ")[-1]
    assert {"sv": "Respektive organisation har angett", "en": "Each organisation stated"}[language] in every
    assert {"sv": "har ännu inte angett", "en": "not stated"}[language] not in every


def test_the_preferences_tab_and_the_report_view_name_who_has_not_stated_one(open_app, tmp_path):
    """The Preferences tab's chart counted two organisations without a word of the third, and the Report
    view's table listed two of three: the tab says who is missing, and the Report view's table has their row."""
    from workshop.storage import EngagementStore
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import SetPreference

    path = tmp_path / "begun.workshop"
    EngagementStore.create(path, _begun(2)).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="preferences")
    view = window.views["alternatives"].preferences
    assert view.missing.isVisible() and view.missing.text() == "Eksjö has not stated a preference yet."
    session = window.session
    eksjo = session.engagement.organisations[2]
    push(session.undo_stack, SetPreference(session, eksjo.uid, Preference(organisation_uid=eksjo.uid,
                                                                          alternative_code="2"), "x"))
    assert not view.missing.isVisible()
    session.undo_stack.undo()
    assert view.missing.text() == "Eksjö has not stated a preference yet."
    window.show_view("report")
    report = window.views["report"]
    report.refresh()
    rows = {report.preferences.item(r, 0).text(): report.preferences.item(r, 1).text()
            for r in range(report.preferences.rowCount())}
    assert rows == {"Gislaved": "1 Teknik", NAMES[1]: "1 Teknik", "Eksjö": "–"}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_report_counts_a_preference_of_many_against_every_organisation(language):
    """Seven of eight organisations prefer 1 Teknik and the eighth has not said: 4.1 read "7 of 7
    organisations prefer Alternative 1 Teknik", counting only those that had stated one, under its own
    "7 of 8 organisations have stated the alternative they prefer". It says 7 of 8."""
    e = engagement_from_template("IT-drift samverkan", "Ny utredning")
    orgs = tuple(Organisation(name=f"Kommun {n}", short_code=f"K{n}") for n in range(1, 9))
    prefs = tuple(Preference(organisation_uid=o.uid, alternative_code="1 Teknik") for o in orgs[:7])
    choice = text_of(render_report(dataclasses.replace(e, organisations=orgs, preferences=prefs),
                                   language)).split("4.1 ")[-1]
    said = {"sv": ("7 av 8 organisationer föredrar Alternativ 1 Teknik.", "7 av 7"),
            "en": ("7 of 8 organisations prefer Alternative 1 Teknik.", "7 of 7")}[language]
    assert said[0] in choice
    assert said[1] not in choice
    assert {"sv": "Kommun 8 har ännu inte angett", "en": "Kommun 8 has not stated"}[language] in choice


def test_the_report_view_lists_preferences_in_the_organisations_order(open_app, example, tmp_path):
    """Gnosjö, second of five, without a preference: its dashed row had come last, after Hylte."""
    from workshop.storage import EngagementStore

    gnosjo = next(o for o in example.organisations if o.name == "Gnosjö")
    path = tmp_path / "gap.workshop"
    EngagementStore.create(path, dataclasses.replace(example, preferences=tuple(
        p for p in example.preferences if p.organisation_uid != gnosjo.uid))).close()
    window = open_app(path, size=(1366, 708), view="report")
    report = window.views["report"]
    report.refresh()
    rows = [(report.preferences.item(r, 0).text(), report.preferences.item(r, 1).text())
            for r in range(report.preferences.rowCount())]
    assert [name for name, _ in rows] == [o.name for o in example.organisations]
    assert rows[1] == ("Gnosjö", "–")


def test_a_name_with_an_ampersand_in_the_note_reads_as_typed(open_app, example, tmp_path):
    """"AT&T" without a preference: the note between the heading and the table had been taken as the table's
    label, so its "&" became an Alt key ("ATT", T underlined) and a screen reader named the table by the note.
    The note reads as typed; the heading names the table."""
    from PySide6.QtWidgets import QLabel

    orgs = (dataclasses.replace(example.organisations[0], name="AT&T"),) + example.organisations[1:]
    path = tmp_path / "amp.workshop"
    from workshop.storage import EngagementStore

    EngagementStore.create(path, dataclasses.replace(example, organisations=orgs, preferences=tuple(
        p for p in example.preferences if p.organisation_uid != orgs[0].uid))).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="preferences")
    view = window.views["alternatives"].preferences
    assert view.missing.text() == "AT&T has not stated a preference yet."
    assert view.missing.buddy() is None
    heading = next(label for label in view.findChildren(QLabel) if label.buddy() is view.table)
    assert heading.text().startswith("Each organisation's preferred alternative")
