"""Anonymised exports: no organisation or person named, the same replacement throughout one export."""

from __future__ import annotations

import dataclasses
import json

import re
import zipfile

import pytest
from pdf_support import text_of

from workshop.cli import main
from workshop.domain.anonymise import anonymised, letter
from workshop.domain.model import Organisation
from workshop.ui.widgets import dialogs

ORGS = ("Gislaved", "Gnosjö", "Värnamo", "Vaggeryd", "Hylte")
ACRONYMS = ("GGVVH", "GGVV")  # the example's title and notes name the five (and four) by their initials


def _names(example) -> list[str]:
    """Organisations, people's full names and surnames (a first name such as "Per" is also a Swedish word)."""
    return [*ORGS, *ACRONYMS, *(p.name for p in example.people), *(p.name.split()[-1] for p in example.people)]


def _named(text: str, names: list[str]) -> list[str]:
    """The names found as words in the text, an organisation's also at the start of a compound word
    ("Hyltebruk", "Gislavedsborna")."""
    end = {n: "" for n in ORGS}
    return [n for n in names if re.search(rf"(?<!\w){re.escape(n)}{end.get(n, WORD_END)}", text, re.IGNORECASE)]


WORD_END = r"(?!\w)"


def test_letters_run_on_past_z():
    """Organisation letters: A … Z, then AA, AB."""
    assert [letter(n) for n in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_one_export_replaces_consistently(example):
    """Each organisation is one letter everywhere; each person one label; two alike are numbered."""
    a = anonymised(example)
    assert [o.name for o in a.organisations] == [f"Organisation {letter(n)}" for n in range(5)]
    labels = [p.name for p in a.people]
    assert len(set(labels)) == len(labels)
    johan = next(i for i, p in enumerate(example.people) if p.name == "Johan Lindqvist")
    assert labels[johan] == "IT-chef, Organisation A"
    notes = " ".join(item.notes for m in a.meetings for item in m.agenda)
    assert "IT-chef, Organisation A är it-chef" in notes  # "Johan är it-chef …": his first name is his alone
    assert _named(notes, _names(example)) == []
    # "Organisation E kommunhus, Hyltebruk" had told who E was: the places are left out (and "Hyltebruk"
    # in a text reads "Organisation E-bruk").
    assert any(m.place for m in example.meetings) and not any(m.place for m in a.meetings)


def test_documents_and_data_name_no_organisation_or_person(example, example_path, tmp_path):
    """Minutes, pre-read, report, XLSX, CSV and JSON with --anonymise name nobody."""
    m = next(m for m in example.meetings if m.attendee_uids and m.agenda)
    f, out = str(example_path), tmp_path
    for args in (["minutes", f, "--meeting", m.uid, "-o", str(out / "m.pdf")],
                 ["preread", f, "--meeting", m.uid, "-o", str(out / "p.pdf")],
                 ["report", f, "-o", str(out / "r.pdf")],
                 ["export", f, "--format", "xlsx", "-o", str(out / "d.xlsx")],
                 ["export", f, "--format", "csv", "-o", str(out / "csv")],
                 ["export", f, "--format", "json", "-o", str(out / "a.json")]):
        assert main([*args, "--anonymise"]) == 0, args
    names = _names(example)
    for pdf in ("m.pdf", "p.pdf", "r.pdf"):
        text = text_of(out / pdf)
        assert _named(text, names) == [], pdf
        assert "Organisation A" in text
    with zipfile.ZipFile(out / "d.xlsx") as z:
        assert _named(" ".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml")), names) == []
    assert all(_named(p.read_text(encoding="utf-8"), names) == [] for p in (out / "csv").iterdir())
    text = (out / "a.json").read_text(encoding="utf-8")
    assert _named(text, names) == [] and '"internal_notes"' not in text


def test_an_acronym_of_the_organisations_initials_becomes_their_letters(example):
    """"GGVVH" (Gislaved, Gnosjö, Värnamo, Vaggeryd, Hylte) in the title and "GGVV-samordningen" in the notes
    name the municipalities to anyone who knows the region: they read "ABCDE" and "ABCD-samordningen". A
    word of capitals that is not made of as many organisations' initials stays as written."""
    item = example.meetings[0].agenda[0]
    notes = "GGVVH, GGVV-samordningen, GDPR, SLA, IT, GGGVH, GHV, ggvvh, XGGVVH, GGVVHs, GGVVH:s"
    e = dataclasses.replace(example, meetings=(dataclasses.replace(example.meetings[0], agenda=(
        dataclasses.replace(item, notes=notes), *example.meetings[0].agenda[1:])), *example.meetings[1:]))
    a = anonymised(e)
    assert example.info.title == "Utredning it-drift GGVVH"
    assert a.info.title == "Utredning it-drift ABCDE"
    assert a.meetings[0].agenda[0].notes == \
        "ABCDE, ABCD-samordningen, GDPR, SLA, IT, GGGVH, GHV, ggvvh, XGGVVH, ABCDE:s, ABCDE:s"
    # Among many organisations every capital is someone's initial ("GDPR": Gislaved, Dals-Ed, Piteå,
    # Ronneby): only an acronym of all of them, or all but one, counts.
    more = tuple(Organisation(name=n, short_code=n[:3].upper()) for n in ("Dals-Ed", "Skara", "Piteå", "Ronneby"))
    many = anonymised(dataclasses.replace(e, organisations=(*e.organisations, *more)))
    assert many.meetings[0].agenda[0].notes.startswith("GGVVH, GGVV-samordningen, GDPR, SLA, IT, GGGVH, GHV, ")


def test_a_compound_word_that_starts_with_an_organisation_s_name_is_anonymised(example):
    """"Gislavedsborna", "Hyltesjön" and "Värnamobor" named the municipalities inside a word: they read
    "Organisation A-borna", "Organisation E-sjön" and "Organisation C-bor". A name written small, a name
    of fewer than five letters and a word of another ending stay as written. Of two names, one the start of
    the other ("Hylte" and, added here, "Hyltebruk"), the longer names its compounds; a capital after the name is no way
    out ("VaggerydsIT")."""
    notes = ("Gislavedsborna, Hyltebruk, Värnamobor, Vaggerydsskolan, gislavedsborna, Moraliskt, Gislaveds, "
             "Hyltebruksborna, Hyltesjön, VaggerydsIT")
    item = example.meetings[0].agenda[0]
    more = (Organisation(name="Mora", short_code="MOR"), Organisation(name="Hyltebruk", short_code="HBR"))
    e = dataclasses.replace(example, organisations=(*example.organisations, *more), meetings=(
        dataclasses.replace(example.meetings[0], agenda=(dataclasses.replace(item, notes=notes),
                                                         *example.meetings[0].agenda[1:])), *example.meetings[1:]))
    assert anonymised(e).meetings[0].agenda[0].notes == (
        "Organisation A-borna, Organisation G, Organisation C-bor, Organisation D-skolan, gislavedsborna, "
        "Moraliskt, Organisation A:s, Organisation G-borna, Organisation E-sjön, Organisation D-IT")


@pytest.fixture
def app_window(open_app, example_path, monkeypatch):
    monkeypatch.setattr(dialogs, "open_file", lambda path: True)
    return open_app(example_path)


def test_the_export_menu_anonymises_when_ticked(app_window, example, tmp_path, monkeypatch):
    """File → Export → Anonymise: the next data export names no organisation; unticked it does again."""
    exports = app_window.export_controller
    exports.open_when_done.setChecked(False)
    exports.anonymise.setChecked(True)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "anon"))
    exports.actions["export_csv"].trigger()
    text = " ".join(p.read_text(encoding="utf-8") for p in (tmp_path / "anon").iterdir())
    assert _named(text, _names(example)) == [] and "Organisation A" in text
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "anon.json"))
    exports.actions["export_json"].trigger()  # a meeting's place, left out, says so as the command line's does
    places = {m["place"] for m in json.loads((tmp_path / "anon.json").read_text(encoding="utf-8"))["engagement"][
        "meetings"]}
    assert places == {"(utelämnad)"} and all(m.place for m in example.meetings)
    exports.anonymise.setChecked(False)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "plain"))
    exports.actions["export_csv"].trigger()
    assert "Gislaved" in " ".join(p.read_text(encoding="utf-8") for p in (tmp_path / "plain").iterdir())


def test_anonymised_tables_head_their_columns_with_whole_words(example):
    """"Organisation A" is wider than a potential column, and its code "A" is an area's code too: the table
    turns, one row per organisation named in full and the areas across (the header had broken the word,
    "Organisatio / n A", and then columns "A B C D E" over rows of areas "A", "B"… left the reader to guess
    which letters were organisations); named organisations keep their columns."""
    from workshop.export.report import render_report

    anonymous = " ".join(text_of(render_report(anonymised(example), "sv")).split())
    assert "Organisatio n" not in anonymous and "Område A B C D E Summa" not in anonymous
    assert "Organisation A B C D E F G H I Summa Organisation A 95 85 25 20 20 10 15 20 10 300" in anonymous
    assert "Summa 465 435 135 90 100 55 85 90 45 1500" in anonymous
    named = " ".join(text_of(render_report(example, "sv")).split())
    assert "Område Gislaved Gnosjö Värnamo Vaggeryd Hylte Summa" in named


def test_an_e_mail_address_and_an_approver_not_among_the_people_are_anonymised(example):
    """ "anna.sanell@gislaved.se" in a note had become "anna.sanell@Organisation A.se", and minutes approved by
    someone not among the people still named them. The address goes whole; such an approver is a numbered
    participant, and one among the people is their label."""
    import dataclasses

    from workshop.domain.meetings import MinutesApproval

    meeting = next(m for m in example.meetings if m.agenda)
    person = next(p for p in example.people if p.organisation_uid)
    item = dataclasses.replace(meeting.agenda[0], notes="Skicka underlaget till anna.sanell@gislaved.se i dag.")
    approval = MinutesApproval(approved_on="2024-06-25", approvers=(person.name, "Kalle Karlsson (Gnosjö kommun)"))
    changed = dataclasses.replace(meeting, agenda=(item, *meeting.agenda[1:]), approval=approval)
    e = dataclasses.replace(example, meetings=tuple(changed if m.uid == meeting.uid else m for m in example.meetings))
    shared = next(m for m in anonymised(e, address="(e-postadress)").meetings if m.uid == meeting.uid)
    assert shared.agenda[0].notes == "Skicka underlaget till (e-postadress) i dag."
    first, second = shared.approval.approvers
    assert person.name not in first and "Organisation" in first
    assert second == "Deltagare 1"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_anonymised_title_block_says_the_place_was_left_out(example, example_path, tmp_path, language):
    """Anonymised minutes and pre-read leave the meeting's place out (a town hall names its town) and say so:
    "Plats: –" had read as a meeting with no place recorded. A meeting that had no place still shows "–",
    and the approved minutes of an anonymised meeting show no change of place."""
    import dataclasses

    from workshop.export.labels import labels
    from workshop.storage import EngagementStore

    lab = labels(language)
    joint = next(m for m in example.meetings if m.kind == "joint" and m.place)
    nowhere = next(m for m in example.meetings if m.uid != joint.uid)
    e = dataclasses.replace(example, meetings=tuple(dataclasses.replace(m, place="") if m.uid == nowhere.uid else m
                                                    for m in example.meetings))
    EngagementStore.create(example_path, e, overwrite=True).close()
    assert main(["approve", str(example_path), "--meeting", joint.uid, "--by", "Anna Sanell",
                 "--date", "2024-08-30"]) == 0
    for kind, meeting, shown in (("minutes", joint, lab["place_left_out"]), ("preread", joint, lab["place_left_out"]),
                                 ("minutes", nowhere, "–")):
        pdf = tmp_path / f"{kind}-{meeting.uid}.pdf"
        assert main([kind, str(example_path), "--meeting", meeting.uid, "-o", str(pdf), "--anonymise",
                     "--language", language]) == 0
        text = text_of(pdf)
        assert f"{lab['place']} {shown} {lab['facilitator']}" in text, (kind, text[:400])
        assert joint.place not in text and lab["amended"] not in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_anonymised_facilitator_line_names_the_firm_not_the_role_twice(example, example_path, tmp_path, language):
    """The facilitator is named by role when anonymised, and the minutes, pre-read and report cover had read
    "Utredare: Utredare, Ekan AB". They read "Utredare: Ekan AB" ("Facilitator: Ekan AB"); without a firm the
    line is left out rather than "Utredare: Utredare". Documents not anonymised name the facilitator as typed."""
    import dataclasses

    from workshop.export.labels import labels
    from workshop.export.minutes import render_minutes
    from workshop.storage import EngagementStore

    lab = labels(language)
    meeting = example.meetings[0].uid
    for kind, extra in (("minutes", ["--meeting", meeting]), ("preread", ["--meeting", meeting]), ("report", [])):
        pdf = tmp_path / f"{kind}.pdf"
        assert main([kind, str(example_path), *extra, "-o", str(pdf), "--anonymise", "--language", language]) == 0
        text = text_of(pdf)
        assert f"{lab['facilitator']} Ekan AB" in text, (kind, text[:400])
        assert "Utredare, Ekan AB" not in text
    assert f"{lab['facilitator']} Anders Wendesten, Ekan AB" in text_of(render_minutes(example, meeting, language))
    alone = dataclasses.replace(example, info=dataclasses.replace(example.info, facilitator="Anders Wendesten"))
    EngagementStore.create(example_path, alone, overwrite=True).close()
    pdf = tmp_path / "alone.pdf"
    assert main(["minutes", str(example_path), "--meeting", meeting, "-o", str(pdf), "--anonymise",
                 "--language", language]) == 0
    text = text_of(pdf)
    assert f"{lab['place_left_out']} {lab['organisations']}" in text  # no facilitator line between them
