"""Approved minutes keep the meeting as approved: its title, time, place, attendees, agenda and numbers. A later
change to any of them shows after the approved text, never in it and never silently."""

from __future__ import annotations

import dataclasses
import json

import pytest
from pdf_support import reader, text_of

from workshop.cli import main
from workshop.domain.amendments import amendments
from workshop.domain.approved import approved_view
from workshop.domain.meetings import AgendaItem
from workshop.domain.model import PotentialScore
from workshop.export.json_codec import engagement_from_json, engagement_to_json
from workshop.export.minutes import render_minutes
from workshop.storage import EngagementStore


def _meeting(path, title: str):
    with EngagementStore.open(path, read_only=True) as store:
        e = store.load()
    return e, next(m for m in e.meetings if m.title == title)


def _approve(path, m, on: str = "2024-06-25") -> None:
    assert main(["approve", str(path), "--meeting", m.uid, "--by", "Anna Sanell", "--date", on]) == 0


def _changed_after_approval(path, title: str = "Arbetsmöte Gislaved"):
    """The Gislaved work meeting approved, then retitled, moved, another attendee, an item, a potential."""
    e, m = _meeting(path, title)
    _approve(path, m)
    outsider = next(p for p in e.people if p.uid not in m.attendee_uids)
    given = next(r for r in e.potential_history if r.meeting_uid == m.uid)
    with EngagementStore.open(path) as store:
        store.meetings.update_details(m.uid, kind=m.kind, title="Omdöpt möte", starts_at="2024-06-18T10:30",
                                      duration_minutes=m.duration_minutes, place="Annat rum")
        store.meetings.set_attendees(m.uid, [*m.attendee_uids, outsider.uid])
        store.meetings.insert_items(m.uid, [AgendaItem(text="Tillkommen punkt", kind="free", notes="Skrivet sen")])
        store.scores.set_potential(PotentialScore(organisation_uid=given.organisation_uid, area_code=given.area_code,
                                                  value=5, meeting_uid=m.uid))
    return m, outsider, given


def test_approved_minutes_print_the_meeting_as_approved_and_every_later_change_after_it(example_path, tmp_path):
    """The title, time, place, attendees, agenda and scores as approved; the retitling, the new time and place,
    the added attendee, the added item and the changed potential under "Övriga ändringar efter justering".
    Before, the approved minutes had shown the new title, place and attendee as if approved, with no word of
    the change, and the added item not at all."""
    m, outsider, given = _changed_after_approval(example_path)
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(pdf)]) == 0
    text = text_of(pdf)
    later = text.index("Övriga ändringar efter justering")
    approved = text[:later]
    assert m.title in approved[:400]
    assert "Omdöpt möte" not in approved and "Annat rum" not in approved and outsider.name not in approved
    assert "Tillkommen punkt" not in approved
    assert "2024-06-18 09:00" in approved and (m.place in approved if m.place else True)
    after = " ".join(text[later:].split())
    for said in ("Mötets rubrik", f"Tidigare: {m.title}", "Nu: Omdöpt möte", "Tid", "Nu: 2024-06-18 10:30",
                 "Plats", "Nu: Annat rum", f"Deltagare tillagd: {outsider.name}",
                 "Punkt tillagd: 6. Tillkommen punkt", "Nu: Skrivet sen", f"Potential {given.area_code} ·",
                 f"Tidigare: {given.value}", "Nu: 5"):
        assert said in after, said
    # Every page's foot and the document's title keep the approved title too
    assert all(m.title in page.extract_text() for page in reader(pdf).pages)
    assert reader(pdf).metadata["/Title"] == f"Protokoll: {m.title}"


def test_the_scores_of_approved_minutes_stay_as_approved(example_path):
    """The minutes' score table shows the potential approved, not the one given after approval."""
    m, _outsider, given = _changed_after_approval(example_path)
    with EngagementStore.open(example_path, read_only=True) as store:
        e = store.load()
    now = next(x for x in e.meetings if x.uid == m.uid)
    shown_e, shown = approved_view(e, now)
    kept = next(r for r in shown_e.potential_history if r.meeting_uid == m.uid and r.area_code == given.area_code
                and r.organisation_uid == given.organisation_uid)
    assert kept.value == given.value and shown.title == m.title and shown.attendee_uids == m.attendee_uids
    assert [a.kind for a in amendments(e, now)] == ["title", "when", "place", "attendee-added", "item-added",
                                                    "notes", "potential"]


def test_a_change_undone_leaves_nothing_after_the_approved_text(example_path):
    """Retitled and put back, an attendee added and taken away: nothing changed, nothing printed."""
    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    _approve(example_path, m)
    outsider = next(p for p in e.people if p.uid not in m.attendee_uids)
    with EngagementStore.open(example_path) as store:
        details = dict(kind=m.kind, starts_at=m.starts_at, duration_minutes=m.duration_minutes, place=m.place)
        store.meetings.update_details(m.uid, title="Tillfälligt", **details)
        store.meetings.update_details(m.uid, title=m.title, **details)
        store.meetings.set_attendees(m.uid, [*m.attendee_uids, outsider.uid])
        store.meetings.set_attendees(m.uid, list(m.attendee_uids))
        after = store.load()
    assert amendments(after, next(x for x in after.meetings if x.uid == m.uid)) == []
    assert "Övriga ändringar" not in " ".join(
        page.extract_text() for page in reader(render_minutes(after, m.uid)).pages)


def test_what_approval_froze_survives_the_full_json_and_an_older_export_reads_as_not_kept(example_path):
    """The approved facts and numbers go out and come back with the full JSON; a version-2 export (before they
    were kept) imports with none, and its minutes show the meeting as it is."""
    _changed_after_approval(example_path)
    with EngagementStore.open(example_path, read_only=True) as store:
        e = store.load()
    back = engagement_from_json(engagement_to_json(e))
    assert back == e
    approved = next(m for m in back.meetings if m.approval is not None)
    assert approved.approval.minutes.details.title == "Arbetsmöte Gislaved"
    assert len(approved.approval.minutes.scores.potentials) == 9
    data = json.loads(engagement_to_json(e))
    data["format_version"] = 2
    for meeting in data["engagement"]["meetings"]:
        if meeting["approval"]:
            del meeting["approval"]["minutes"]["details"], meeting["approval"]["minutes"]["scores"]
    older = engagement_from_json(json.dumps(data))
    m = next(x for x in older.meetings if x.approval is not None)
    assert m.approval.minutes.details is None and approved_view(older, m)[1].title == "Omdöpt möte"
    with pytest.raises(Exception, match="missing key “details”"):  # required from version 3 on
        data["format_version"] = 3
        engagement_from_json(json.dumps(data))


def test_anonymised_minutes_leave_out_the_approved_place_too(example_path):
    """Where a meeting was held is left out of anonymised exports: the place kept by approval as well."""
    from workshop.domain.anonymise import anonymised

    _changed_after_approval(example_path)
    with EngagementStore.open(example_path, read_only=True) as store:
        e = anonymised(store.load())
    m = next(x for x in e.meetings if x.approval is not None)
    assert m.approval.minutes.details.place == "" and m.place == ""
    assert "Annat rum" not in engagement_to_json(e)
    assert "Gislaved" not in m.approval.minutes.details.title


def test_the_meetings_view_counts_every_change_since_approval(example_path):
    """The approval line beside the meeting list counts the changes printed after the approved text: a new title,
    time, place, attendee, item with its notes and potential are seven, though none is a dated addendum. It had
    said nothing."""
    from workshop.ui.meetings.approve import approval_text

    m, _outsider, _given = _changed_after_approval(example_path)
    e, now = _meeting(example_path, "Omdöpt möte")
    assert now.addenda == ()
    assert approval_text(e, now) == "Minutes approved 2024-06-25 by Anna Sanell (7 addenda since)"


def test_changes_the_file_dates_are_printed_once_as_dated_addenda(example_path):
    """A note, a decision and an action item changed after approval are dated addenda, and not printed a second
    time among the other changes."""
    from workshop.domain.meetings import ActionItem, Decision

    e, m = _meeting(example_path, "Startmöte med styrgruppen")
    _approve(example_path, m)
    with EngagementStore.open(example_path) as store:
        store.meetings.set_item_notes(m.agenda[0].uid, "Ny anteckning")
        store.meetings.update_decision(m.decisions[0].uid, "Omformulerat")
        store.meetings.add_decision(m.uid, Decision(text="Nytt beslut"))
        store.meetings.add_action(m.uid, ActionItem(text="Ny åtgärd", owner="Anna Sanell"))
        after = store.load()
    now = next(x for x in after.meetings if x.uid == m.uid)
    assert [a.kind for a in now.addenda] == ["notes", "decision-changed", "decision-added", "action-added"]
    assert amendments(after, now) == []


def test_a_name_kept_only_by_an_approval_is_among_the_places_a_person_appears(example_path):
    """A rationale naming someone, approved and then reworded: the approved minutes still print the name, so the
    People view (and a person's data export) lists the approved minutes among the places it appears."""
    from workshop.domain.people import places_of
    from workshop.domain.vocabulary import PlaceKind

    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    person = next(p for p in e.people if p.name == "Johan Lindqvist")
    given = next(r for r in e.potential_history if r.meeting_uid == m.uid)
    score = PotentialScore(organisation_uid=given.organisation_uid, area_code=given.area_code, value=given.value,
                           rationale="Enligt Johan Lindqvist", meeting_uid=m.uid)
    with EngagementStore.open(example_path) as store:
        store.scores.set_potential(score)
    _approve(example_path, m)
    with EngagementStore.open(example_path) as store:
        store.scores.set_potential(dataclasses.replace(score, rationale="Enligt it-chefen"))
        after = store.load()
    texts = [p.text for p in places_of(after, person).places if p.kind == PlaceKind.MENTIONED]
    assert any("Enligt Johan Lindqvist" in t for t in texts), texts


def test_an_organisation_removed_later_stays_in_the_minutes_approved_with_it(example_path, tmp_path):
    """A municipality leaves the investigation after its interview's minutes were approved, and is removed with
    its scores. Its approved minutes still name it, its attendees' organisation and the potentials it gave;
    they had lost all three. The scores' removal shows after the approved text."""
    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    _approve(example_path, m)
    gislaved = next(o for o in e.organisations if o.uid in m.organisation_uids)
    with EngagementStore.open(example_path) as store:
        store.remove_organisation_keeping_rows(gislaved.uid)
        after = store.load()
    assert gislaved.uid not in {o.uid for o in after.organisations}
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(pdf)]) == 0
    text = text_of(pdf)
    approved = " ".join(text[:text.index("Övriga ändringar efter justering")].split())
    assert f"Organisationer {gislaved.name}" in approved
    assert "Johan Lindqvist IT-chef Gislaved" in approved
    assert "Potentialbedömning" in approved and "Bild 1" in approved  # the table and its radar, as approved
    later = " ".join(text[text.index("Övriga ändringar efter justering"):].split())
    assert f"Potential A · {gislaved.name}" in later


def test_approved_numbers_of_an_organisation_no_one_kept_leave_it_out_and_the_minutes_still_come(example):
    """An import whose approval kept numbers of an organisation neither it nor the engagement holds (written by
    hand): the minutes leave those numbers out. They had failed ("min() arg is an empty sequence")."""
    from workshop.domain.approved import approved_minutes_of
    from workshop.domain.meetings import MinutesApproval

    m = next(x for x in example.meetings if x.title == "Arbetsmöte Gislaved")
    kept = approved_minutes_of(example, m)
    kept = dataclasses.replace(kept, details=dataclasses.replace(kept.details, organisations=(), people=()))
    approved = dataclasses.replace(m, approval=MinutesApproval(approved_on="2024-06-25", approvers=("A",),
                                                               minutes=kept))
    e = dataclasses.replace(example, meetings=tuple(approved if x.uid == m.uid else x for x in example.meetings),
                            organisations=tuple(o for o in example.organisations if o.uid not in m.organisation_uids))
    text = " ".join(page.extract_text() for page in reader(render_minutes(e, m.uid)).pages)
    assert "Inga poäng eller röster lämnades vid mötet" in " ".join(text.split())


def test_an_anonymised_export_names_no_one_the_approved_minutes_alone_still_hold(example_path):
    """Gislaved removed after its minutes were approved, its people still named in them: an anonymised export
    replaces those names and its short code as it does everyone's. They had come out as written."""
    from workshop.domain.anonymise import anonymised

    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    _approve(example_path, m)
    gislaved = next(o for o in e.organisations if o.uid in m.organisation_uids)
    with EngagementStore.open(example_path) as store:
        store.meetings.remove_person(next(p.uid for p in e.people if p.name == "Maria Bergström"))
        store.remove_organisation_keeping_rows(gislaved.uid)
        out = engagement_to_json(anonymised(store.load()))
    for said in ("Gislaved", '"GIS"', "Maria Bergström", "Bergström", "Johan Lindqvist"):
        assert said not in out, said
    text = " ".join(page.extract_text() for page in reader(render_minutes(
        engagement_from_json(out), m.uid)).pages)
    assert "Arbetsmöte Organisation E" in text and "Gislaved" not in text  # after the four still held


def test_each_later_change_is_said_once_numbered_as_the_approved_text_numbers_it(example_path):
    """Reviewed: an item added after approval and then given notes (a dated addendum) had its notes printed
    twice; an item moved to the end was called by its new number, which names another item in the approved
    text; a preference stated again in a later meeting read as struck from these minutes."""
    from workshop.domain.meetings import Meeting
    from workshop.domain.model import Preference

    e, m = _meeting(example_path, "Avslutande gemensamt arbetsmöte: rekommendation")
    _approve(example_path, m, "2024-09-20")
    first = m.agenda[0]
    stated = next(p for p in e.preferences if p.meeting_uid == m.uid)
    later = Meeting(kind="joint", title="Extra möte", starts_at="2024-10-01T09:00")
    with EngagementStore.open(example_path) as store:
        item = AgendaItem(text="Tillkommen punkt", kind="free")
        store.meetings.insert_items(m.uid, [item])
        store.meetings.set_item_notes(item.uid, "Skrivet efteråt")
        store.meetings.set_agenda_order(m.uid, [*(a.uid for a in m.agenda[1:]), item.uid, first.uid])
        store.meetings.set_item_status(first.uid, "parked")
        store.meetings.add_meeting(later)
        store.scores.set_preference(Preference(organisation_uid=stated.organisation_uid,
                                               alternative_code=stated.alternative_code, meeting_uid=later.uid))
        after = store.load()
    now = next(x for x in after.meetings if x.uid == m.uid)
    found = amendments(after, now)
    assert [(a.kind, a.subject) for a in found] == [
        ("item-added", f"{len(m.agenda)}. Tillkommen punkt"), ("item-status", f"1. {first.text}")]
    assert [a.kind for a in now.addenda] == ["notes"]  # the notes: once, dated
    text = " ".join(" ".join(p.extract_text() for p in reader(render_minutes(after, m.uid)).pages).split())
    assert f"Anteckningar till punkt {len(m.agenda)} (Tillkommen punkt) ändrade" in text
    assert text.count("Skrivet efteråt") == 1


def test_forgetting_someone_renamed_since_approval_reaches_the_name_the_approval_kept(example_path):
    """Approved with Maria Bergström attending, her name then corrected, then she asks to be forgotten: the
    approval had kept "Bergström", which no pattern of her name now matched."""
    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    _approve(example_path, m)
    maria = next(p for p in e.people if p.name == "Maria Bergström")
    with EngagementStore.open(example_path) as store:
        store.meetings.update_person(dataclasses.replace(maria, name="Maria Lind"))
    assert main(["forget-person", str(example_path), "--person", maria.uid]) == 0
    import sqlite3

    conn = sqlite3.connect(example_path)
    (kept_text,) = conn.execute("SELECT minutes FROM minutes_approvals").fetchone()
    conn.close()
    # (an action item's owner typed as text keeps the old spelling there, as it does in the action item itself)
    assert "Bergström" not in json.dumps(json.loads(kept_text)["details"]["people"], ensure_ascii=False)
    with EngagementStore.open(example_path, read_only=True) as store:
        after = store.load()
    kept = next(x for x in after.meetings if x.uid == m.uid).approval.minutes.details.people
    assert [p.name for p in kept if p.uid == maria.uid] == [next(p.name for p in after.people if p.uid == maria.uid)]


def test_open_items_carried_into_approved_minutes_stay_as_listed_when_closed_later(example_path, tmp_path):
    """An open action from the start meeting, listed in the Gislaved minutes when approved, then closed: the
    approved minutes still list it open (as it was). Their "Open items from earlier meetings" had silently
    become "none"."""
    from workshop.domain.agenda import carried_over

    e, _ = _meeting(example_path, "Arbetsmöte Gislaved")
    with EngagementStore.open(example_path) as store:  # the start meeting's first action still open
        store.meetings.update_action(dataclasses.replace(e.meetings[0].action_items[0], status="open"))
    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    (action,) = [item for _, item in carried_over(e.meetings, m)]
    _approve(example_path, m)
    with EngagementStore.open(example_path) as store:
        store.meetings.update_action(dataclasses.replace(action, status="closed"))
        after = store.load()
    text = " ".join(" ".join(p.extract_text() for p in reader(render_minutes(after, m.uid)).pages).split())
    assert "Inga öppna punkter från tidigare möten" not in text
    assert " ".join(action.text.split())[:30] in text
    back = engagement_from_json(engagement_to_json(after))
    assert next(x for x in back.meetings if x.uid == m.uid).approval.minutes.carried[0].action.uid == action.uid


def test_forgetting_a_name_with_quotes_reaches_the_approved_minutes_that_keep_it(example_path):
    """Maria "Mia" Bergström attends, a note names her and she approves; she asks to be forgotten. The approved
    text is stored as JSON, where her name reads Maria \\"Mia\\" Bergström: a search of the raw text missed it
    in the note and the approvers, and the name stayed in the file."""
    e, m = _meeting(example_path, "Arbetsmöte Gislaved")
    maria = next(p for p in e.people if p.name == "Maria Bergström")
    quoted = 'Maria "Mia" Bergström'
    with EngagementStore.open(example_path) as store:
        store.meetings.update_person(dataclasses.replace(maria, name=quoted))
        store.meetings.set_item_notes(m.agenda[0].uid, f"{quoted} tyckte som Bergströms kollegor")
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", quoted, "--date", "2024-06-25"]) == 0
    import sqlite3

    def stored() -> str:
        conn = sqlite3.connect(example_path)
        try:
            return " ".join(row[0] for row in conn.execute("SELECT approvers || minutes FROM minutes_approvals"))
        finally:
            conn.close()

    assert 'Maria \\"Mia\\" Bergström' in stored()  # as JSON keeps it
    assert main(["forget-person", str(example_path), "--person", maria.uid]) == 0
    assert "Mia" not in stored() and "Bergström" not in stored()
    with EngagementStore.open(example_path, read_only=True) as store:
        after = store.load()
    pseudonym = next(p.name for p in after.people if p.uid == maria.uid)
    approval = next(x for x in after.meetings if x.uid == m.uid).approval
    assert approval.approvers == (pseudonym,)
    assert approval.minutes.agenda[0].notes == f"{pseudonym} tyckte som {pseudonym}:s kollegor"
