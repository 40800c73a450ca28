"""Acceptance: from the Blank template to a finished investigation, through the session and the undo commands
the views use; its report holds every chapter the example's does plus the recommendation and plan, and the
second meeting's minutes name what changed since the first."""

from __future__ import annotations

import dataclasses
import re

import pytest

from workshop.domain.model import (
    Alternative, AlternativePath, Area, Criterion, Group, Organisation, OrganisationForm, Person, Preference,
    ScopedOutItem, Vote,
)
from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation
from workshop.domain.vocabulary import MeetingStatus
from workshop.export.json_codec import engagement_from_json, engagement_to_json
from workshop.export.minutes import minutes_story
from workshop.export.report import report_story
from workshop.storage import EngagementStore
from workshop.templates import engagement_from_template
from workshop.ui.meetings.edits import MeetingEdits
from workshop.ui.potential.model import PotentialTableModel
from workshop.ui.session.closing_edits import SetPlan, SetPreStudy, SetRecommendation
from workshop.ui.session.commands import SetValue, push
from workshop.ui.session.edits import EditInfo, AddAlternative, AddArea, AddCriterion, AddGroup, AddOrganisation
from workshop.ui.session.scope_edits import (
    AddPerson, OrderOrganisations, RenameOrganisation, SetForms, SetPaths, SetScopedOut, SetSubItems,
)
from workshop.ui.session.session import EngagementSession

ORGS = [("Gislaved", "GIS"), ("Gnosjö", "GNO"), ("Värnamo", "VMO"), ("Vaggeryd", "VAG"), ("Hylte", "HYL")]
GROUPS = [("DR", "IT-drift"), ("FH", "Förändringshantering"), ("SV", "Systemförvaltning & vidmakthållande")]
AREAS = [("A", "Drift, skötsel, förvaltning och upphandling av IT-infrastruktur", "DR"),
         ("B", "Användarsupport för IT-drift", "DR"), ("C", "Facilitering av verksamhetens behov", "FH"),
         ("D", "Projektmedverkan", "FH"), ("E", "Aspekter på IT-säkerhet", "SV"),
         ("F", "Systemförvaltning av verksamhetssystem", "SV"), ("G", "Komplett service desk", "SV"),
         ("H", "Konsultativt arbete", "SV"), ("I", "Omvärldsbevakning, strategi och IT-styrning", "SV")]
ALTERNATIVES = [("S", "Samordning"), ("1 Teknik", "Gemensam it-drift, teknik"),
                ("1 Tjänst", "Gemensam it-drift, tjänst"), ("2", "Gemensam it-avdelning")]
VOTES = {"S": [2, 4, 4, 2, 2, 4, 3], "1 Teknik": [3, 4, 3, 2, 2, 4, 4], "1 Tjänst": [3, 4, 4, 2, 2, 4, 4],
         "2": [4, 4, 4, 3, 3, 2, 2]}


def do(session, command) -> None:
    push(session.undo_stack, command)


def headings(story) -> list[str]:
    """Chapter and section headings (levels 0 and 1) without their numbers."""
    return [re.sub(r"^[\d.]+\s*", "", p.getPlainText()) for p in story
            if getattr(p, "toc_level", None) in (0, 1)]


def text_of(story) -> str:
    """The text of every paragraph, also inside kept-together blocks and tables."""
    out = []
    for f in story:
        if hasattr(f, "getPlainText"):
            out.append(f.getPlainText())
        elif hasattr(f, "_content"):
            out.append(text_of(f._content))
        elif hasattr(f, "_cellvalues"):
            out.extend(text_of(cell if isinstance(cell, list) else [cell]) for row in f._cellvalues for cell in row)
    return " ".join(out)


@pytest.fixture
def blank(tmp_path, qapp):
    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Utredning it-drift")).close()
    session = EngagementSession(EngagementStore.open(path))
    yield session
    session.close()


def build(session: EngagementSession) -> dict:
    """The GGVVH investigation typed into a Blank engagement, edit by edit."""
    info = session.engagement.info
    do(session, EditInfo(session, info, dataclasses.replace(info, description="Fem kommuner utreder en gemensam "
                                                            "samverkansform för it-drift."), "Description"))
    for name, code in ORGS:
        do(session, AddOrganisation(session, Organisation(name=name if name != "Hylte" else "Hyltee", short_code=code)))
    typo = next(o for o in session.engagement.organisations if o.name == "Hyltee")
    do(session, RenameOrganisation(session, typo, "Hylte", "HYL"))
    for code, name in GROUPS:
        do(session, AddGroup(session, Group(code=code, name=name)))
    for code, name, group in AREAS:
        do(session, AddArea(session, Area(code=code, name=name, group_code=group)))
    area_a = next(a for a in session.engagement.areas if a.code == "A")
    do(session, SetSubItems(session, area_a, ["1 Datacenter", "2 Kommunikation, nät och accesspunkter",
                                              "3 Tillhandahållna plattformar", "4 Klienter, skrivare, telefoni"],
                            "Sub-items of A"))
    do(session, SetScopedOut(session, (), [ScopedOutItem(text="Generell IT-beställarkompetens",
                                                         reason="Behövs i varje kommun"),
                                           ScopedOutItem(text="Informationssäkerhetssamordning",
                                                         reason="Ansvaret ligger i verksamheten")], "Scope"))
    for code, name in ALTERNATIVES:
        do(session, AddAlternative(session, Alternative(code=code, name=name, area_codes=("A", "B"),
                                                        pros=("Skalfördelar",), cons=("Omställning",))))
    for n in range(1, 8):
        do(session, AddCriterion(session, Criterion(number=n, text=f"Kriterium {n}")))
    do(session, SetPaths(session, (), [AlternativePath(from_code=None, to_code="S"),
                                       AlternativePath(from_code="S", to_code="1 Tjänst", description="Steg två"),
                                       AlternativePath(from_code="1 Teknik", to_code="2")], "Paths"))
    do(session, SetForms(session, (), [OrganisationForm(name="Kommunalförbund", pros=("Egen juridisk person",),
                                                        cons=("Politisk styrning i flera led",)),
                                       OrganisationForm(name="Bolag", pros=("Rådighet",), cons=("Upphandling",))],
                         "Forms"))
    gis = session.engagement.organisations[0]
    do(session, AddPerson(session, Person(name="Per Håkansson", role="Kommundirektör", organisation_uid=gis.uid,
                                          steering_group=True)))
    edits = MeetingEdits(session)
    model = PotentialTableModel(session)
    orgs = {o.short_code: o for o in session.engagement.organisations}
    first, second = {}, {}
    for n, (_, code) in enumerate(ORGS):
        org = orgs[code]
        first[code] = edits.create(f"Arbetsmöte {code}", starts_at=f"2024-06-{10 + n:02d} 09:00",
                                   organisation_uids=[org.uid])
        second[code] = edits.create(f"Uppföljning {code}", starts_at=f"2024-08-{10 + n:02d} 09:00",
                                    organisation_uids=[org.uid])
    joint = edits.create("Gemensamt arbetsmöte", kind="joint", starts_at="2024-09-17 09:00",
                         organisation_uids=[o.uid for o in session.engagement.organisations])
    row = {o.uid: i for i, o in enumerate(session.engagement.organisations)}
    for code, meeting in first.items():  # the first meeting: every area scored
        edits.set_status(meeting.uid, MeetingStatus.RUNNING)
        for col, (area, _, _) in enumerate(AREAS):
            assert model.setData(model.index(row[orgs[code].uid], col), str(40 if area in "AB" else 10))
        edits.set_status(meeting.uid, MeetingStatus.CLOSED)
    for code, meeting in second.items():  # the second meeting: A moves, with a rationale
        edits.set_status(meeting.uid, MeetingStatus.RUNNING)
        assert model.setData(model.index(row[orgs[code].uid], 0), "70")
        assert model.set_rationale(row[orgs[code].uid], 0, "Datacentret behöver ersättas inom två år")
        edits.set_status(meeting.uid, MeetingStatus.CLOSED)
    edits.set_status(joint.uid, MeetingStatus.RUNNING)
    for alt, values in VOTES.items():
        for org in session.engagement.organisations:
            for n, value in enumerate(values, 1):
                new = session.given_now(Vote(organisation_uid=org.uid, alternative_code=alt, criterion_number=n,
                                             value=value), None)
                do(session, SetValue("Vote", lambda v, o=org.uid, a=alt, c=n: session.set_vote(o, a, c, v), None, new))
    for org in session.engagement.organisations:
        pref = session.given_now(Preference(organisation_uid=org.uid,
                                            alternative_code="1 Teknik" if org.short_code in ("GIS", "VAG")
                                            else "1 Tjänst"), None)
        do(session, SetValue("Preference", lambda p, o=org.uid: session.set_preference(o, p), None, pref))
    edits.add_decision(joint.uid, "Arbeta vidare utifrån ett samlat alternativ 1")
    edits.set_status(joint.uid, MeetingStatus.CLOSED)
    do(session, SetRecommendation(session, Recommendation(
        alternative_code="1 Tjänst", rationale="Samlat alternativ 1 på 3 års sikt.",
        proposals=("Inriktningsbeslut om samverkan enligt alternativ 1", "Beslut om förstudie")), "Recommendation"))
    do(session, SetPreStudy(session, [PreStudyItem(title="Tydliggörande av målbild",
                                                   points=("Leveransomfattning", "Organisationsform")),
                                      PreStudyItem(title="Förstudiegrupp", description="Cirka tre månader.")],
                            "Pre-study"))
    do(session, SetPlan(session, [PlanPhase(name="Analys, resurser, planering och uppstart", starts_on="2025-04-01",
                                            ends_on="2025-09-30", owner="Styrgruppen",
                                            activities=("Analys och justeringar efter beslut", "Uppstart")),
                                  PlanPhase(name="Genomförande", starts_on="2025-10-01", ends_on="2027-09-30"),
                                  PlanPhase(name="Överlämning och avslut", starts_on="2027-10-01",
                                            ends_on="2028-03-31")], "Plan"))
    return {"first": first, "second": second, "joint": joint}


def test_a_blank_engagement_becomes_the_whole_investigation(blank, example):
    """Every list, score and the closing chapter are built through undo commands; the report has the example's
    chapters plus the recommendation and plan; the second meeting's minutes name what moved since the first."""
    meetings = build(blank)
    e = blank.engagement
    assert [o.name for o in e.organisations] == [name for name, _ in ORGS]
    assert e.areas[0].sub_items[0] == "1 Datacenter" and len(e.scoped_out) == 2
    assert [p.to_code for p in e.paths] == ["S", "1 Tjänst", "2"] and len(e.organisation_forms) == 2
    assert [p.name for p in e.steering_group()] == ["Per Håkansson"]
    # Every number given in a meeting names it; preferences and votes the joint meeting.
    assert all(p.meeting_uid == meetings["second"][o.short_code].uid if p.area_code == "A"
               else p.meeting_uid == meetings["first"][o.short_code].uid
               for o in e.organisations for p in e.potentials if p.organisation_uid == o.uid)
    assert {v.meeting_uid for v in e.votes} == {p.meeting_uid for p in e.preferences} == {meetings["joint"].uid}

    built = report_story(e)
    wanted = headings(report_story(example))
    have = headings(built)
    assert [h for h in wanted if h not in have] == []
    for closing in ("Förslag till innehåll i förstudie", "Genomförandeplan"):
        assert closing in have
    assert have[-2:] == ["Genomförandeplan", "Bilaga: samlade bilder"]  # the plan closes the report
    text = text_of(built)
    assert "Alternativ 1 Tjänst – Gemensam it-drift, tjänst" in text and "Samlat alternativ 1 på 3 års sikt." in text
    assert "Genomförandeplanens faser över tid" in text  # the timeline, numbered in the appendix

    gis = e.organisations[0]
    minutes = text_of(minutes_story(e, meetings["second"]["GIS"]))
    assert "Förändringar sedan förra mötet" in minutes
    assert "Gislaved: jämfört med Arbetsmöte GIS" in minutes
    assert re.search(r"Potential A 40 70 \+30 Datacentret behöver ersättas inom två år", minutes), minutes
    first_minutes = text_of(minutes_story(e, meetings["first"]["GIS"]))
    assert "första mötet med poäng" in first_minutes
    # The file holds what the session shows, and the JSON export carries it whole.
    stored = blank.store.load()
    assert stored == e and engagement_from_json(engagement_to_json(stored)) == stored
    assert gis.uid in {p.organisation_uid for p in stored.potential_history}


def test_renaming_and_reordering_organisations_keeps_their_scores_and_undoes(blank):
    """A typo fixed by renaming (not removing) keeps the scores; reordering follows; both undo."""
    build(blank)
    e = blank.engagement
    hylte = next(o for o in e.organisations if o.name == "Hylte")
    scores = {p for p in e.potentials if p.organisation_uid == hylte.uid}
    do(blank, RenameOrganisation(blank, hylte, "Hylte kommun", "HY"))
    do(blank, OrderOrganisations(blank, [hylte.uid] + [o.uid for o in e.organisations if o.uid != hylte.uid],
                                 "Move"))
    first = blank.engagement.organisations[0]
    assert (first.name, first.short_code) == ("Hylte kommun", "HY")
    assert {p for p in blank.engagement.potentials if p.organisation_uid == hylte.uid} == scores
    blank.undo_stack.undo()
    blank.undo_stack.undo()
    assert [o.name for o in blank.engagement.organisations] == [name for name, _ in ORGS]


@pytest.mark.parametrize("bad, message", [
    ("rename_empty", "must not be empty"),
    ("rename_duplicate", "already exists"),
    ("path_to_itself", "to itself"),
    ("scoped_out_no_reason", "reason must not be empty"),
    ("phase_backwards", "ends (2025-01-01) before it starts (2025-06-01)"),
])
def test_bad_input_is_refused_with_a_message_and_changes_nothing(blank, bad, message):
    """An empty or taken name, a path from an alternative to itself, a scoped-out item without a reason and a
    phase ending before it starts are refused, saying why; the file and the undo stack stay as they were."""
    do(blank, AddOrganisation(blank, Organisation(name="Gislaved", short_code="GIS")))
    do(blank, AddOrganisation(blank, Organisation(name="Gnosjö", short_code="GNO")))
    do(blank, AddAlternative(blank, Alternative(code="S", name="Samordning")))
    gis = blank.engagement.organisations[0]
    command = {
        "rename_empty": lambda: RenameOrganisation(blank, gis, "  ", "GIS"),
        "rename_duplicate": lambda: RenameOrganisation(blank, gis, "GNOSJÖ", "GIS"),
        "path_to_itself": lambda: SetPaths(blank, (), [AlternativePath(from_code="S", to_code="S")], "Path"),
        "scoped_out_no_reason": lambda: SetScopedOut(blank, (), [ScopedOutItem(text="Något", reason=" ")], "Scope"),
        "phase_backwards": lambda: SetPlan(blank, [PlanPhase(name="Fas", starts_on="2025-06-01",
                                                             ends_on="2025-01-01")], "Plan"),
    }[bad]()
    before, steps = blank.store.load(), blank.undo_stack.count()
    with pytest.raises(Exception, match=re.escape(message)):
        do(blank, command)
    assert blank.store.load() == before and blank.undo_stack.count() == steps


def test_a_number_given_outside_a_meeting_names_none_and_can_be_moved_to_one_afterwards(blank):
    """No meeting runs: the score names none; set afterwards, it names that meeting and becomes its record;
    undo takes both back."""
    from workshop.ui.session.scope_edits import SetGivenIn

    do(blank, AddOrganisation(blank, Organisation(name="Gislaved", short_code="GIS")))
    do(blank, AddGroup(blank, Group(code="DR", name="IT-drift")))
    do(blank, AddArea(blank, Area(code="A", name="Drift", group_code="DR")))
    meeting = MeetingEdits(blank).create("Arbetsmöte", starts_at="2024-06-10 09:00")
    model = PotentialTableModel(blank)
    assert model.setData(model.index(0, 0), "55")
    score = blank.engagement.potentials[0]
    assert score.meeting_uid is None and blank.engagement.potential_history == ()
    do(blank, SetGivenIn(blank, "potential", [score.organisation_uid, "A"], None, meeting.uid, "Given in"))
    assert blank.engagement.potentials[0].meeting_uid == meeting.uid
    assert [(r.meeting_uid, r.value) for r in blank.engagement.potential_history] == [(meeting.uid, 55)]
    blank.undo_stack.undo()
    assert blank.engagement.potentials[0].meeting_uid is None and blank.engagement.potential_history == ()


def test_undoing_a_score_given_in_a_later_meeting_forgets_it_there(blank):
    """A score re-given in a second meeting and then undone is again the first meeting's only: the second
    meeting's record goes with it, so its minutes do not show a change that was taken back."""
    do(blank, AddOrganisation(blank, Organisation(name="Gislaved", short_code="GIS")))
    do(blank, AddGroup(blank, Group(code="DR", name="IT-drift")))
    do(blank, AddArea(blank, Area(code="A", name="Drift", group_code="DR")))
    edits = MeetingEdits(blank)
    one = edits.create("Ett", starts_at="2024-06-10 09:00")
    two = edits.create("Två", starts_at="2024-08-10 09:00")
    model = PotentialTableModel(blank)
    edits.set_status(one.uid, MeetingStatus.RUNNING)
    model.setData(model.index(0, 0), "40")
    edits.set_status(one.uid, MeetingStatus.CLOSED)
    edits.set_status(two.uid, MeetingStatus.RUNNING)
    model.setData(model.index(0, 0), "70")
    assert {(r.meeting_uid, r.value) for r in blank.engagement.potential_history} == {(one.uid, 40), (two.uid, 70)}
    blank.undo_stack.undo()
    assert [(r.meeting_uid, r.value) for r in blank.engagement.potential_history] == [(one.uid, 40)]
    assert blank.engagement.potentials[0].meeting_uid == one.uid
    assert blank.store.load().potential_history == blank.engagement.potential_history


def test_a_criterion_gets_its_own_scale_and_the_report_prints_it(example_path, qapp):
    """Criterion 7 on 1–5 while the others stay 1–4 (undoable); a scale its votes fall outside is refused."""
    from workshop.ui.session.scope_edits import SetScale

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        seventh = session.engagement.criteria[6]
        do(session, SetScale(session, seventh, 1, 5))
        assert [(c.scale_min, c.scale_max) for c in session.engagement.criteria] == [(1, 4)] * 6 + [(1, 5)]
        rows = text_of(report_story(session.engagement))
        assert "1–5" in rows
        with pytest.raises(Exception, match="lie outside 2–3"):
            do(session, SetScale(session, session.engagement.criteria[0], 2, 3))
        assert session.engagement.criteria[0].scale_min == 1
        session.undo_stack.undo()
        assert session.engagement.criteria[6].scale_max == 4
    finally:
        session.close()


def test_removing_the_recommended_alternative_and_undoing_it_keeps_the_recommendation(blank):
    """The recommendation names no alternative once its alternative is removed; undo names it again."""
    from workshop.ui.session.edits import RemoveAlternative

    build(blank)
    tjanst = next(a for a in blank.engagement.alternatives if a.code == "1 Tjänst")
    do(blank, RemoveAlternative(blank, tjanst))
    assert blank.engagement.recommendation.alternative_code is None
    assert blank.engagement.recommendation.rationale == "Samlat alternativ 1 på 3 års sikt."
    blank.undo_stack.undo()
    assert blank.engagement.recommendation.alternative_code == "1 Tjänst"
    assert blank.store.load() == blank.engagement


def test_empty_grids_say_where_to_begin(open_app, tmp_path, qtbot):
    """A blank engagement: the Potential grid and the vote grid were empty with nothing said; each now says
    what to add first, and the vote grid turns to the first alternative once one exists (it had stayed on
    "All alternatives side by side", chosen only because there were none)."""
    from workshop.domain.model import Alternative
    from workshop.storage import EngagementStore
    from workshop.templates import engagement_from_template
    from workshop.ui.session.edits import AddAlternative

    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Ny utredning")).close()
    window = open_app(path, size=(1366, 708), view="potential")
    assert "Engagement view first" in window.views["potential"].missing.text()
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("voting")
    voting = window.views["alternatives"].voting
    assert "criteria first" in voting.missing.text()
    session = window.session
    session.undo_stack.push(AddAlternative(session, Alternative(code="1", name="Samverkan")))
    assert voting.round() == "1"


def test_alternatives_with_none_yet_offer_nothing_to_edit_or_remove(open_app, tmp_path):
    """A blank engagement's Alternatives tab had an enabled, unlabeled name field, pros and cons buttons and
    "Remove alternative…"; after the last alternative is removed its text stayed, greyed."""
    from PySide6.QtWidgets import QPushButton

    from workshop.domain.model import Alternative
    from workshop.storage import EngagementStore
    from workshop.templates import engagement_from_template
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddAlternative

    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Ny")).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="alternatives")
    info = window.views["alternatives"].info
    remove = info.findChild(QPushButton, "removeAlternative")
    assert not info.editor.isEnabled() and not remove.isEnabled()
    session = window.session
    push(session.undo_stack, AddAlternative(session, Alternative(code="1", name="Egen regi")))
    info.list.setCurrentRow(0)
    assert info.editor.isEnabled() and remove.isEnabled() and info.editor.name.text() == "Egen regi"
    session.undo_stack.undo()
    assert not info.editor.isEnabled() and info.editor.name.text() == "" and not remove.isEnabled()


def test_preferences_with_nothing_to_prefer_say_where_to_begin(open_app, tmp_path):
    """A blank engagement's Preferences tab was an empty table beside empty 0–1 axes."""
    from workshop.domain.model import Alternative, Organisation
    from workshop.storage import EngagementStore
    from workshop.templates import engagement_from_template
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddAlternative, AddOrganisation

    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Ny")).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="preferences")
    view = window.views["alternatives"].preferences
    session = window.session
    assert view.missing.isVisible() and "organisations" in view.missing.text()
    push(session.undo_stack, AddOrganisation(session, Organisation(name="Gislaved", short_code="GIS")))
    assert "alternatives" in view.missing.text()
    voting = window.views["alternatives"].voting
    assert not voting.reveal.isEnabled()  # "Votes revealed", with nothing to reveal
    push(session.undo_stack, AddAlternative(session, Alternative(code="1", name="Egen regi")))
    assert view.missing.text() == "Gislaved has not stated a preference yet."  # no longer where to begin
    assert voting.reveal.isEnabled()


def test_paths_and_forms_with_none_yet_say_where_they_are_added(open_app, tmp_path):
    """A blank engagement's Paths & forms tab was an empty table and an empty list, and nothing on it adds a
    path or a form: each says where they are added (Framework → Paths, → Organisation forms) until one is."""
    from workshop.domain.model import AlternativePath, OrganisationForm
    from workshop.storage import EngagementStore
    from workshop.templates import engagement_from_template
    from workshop.ui.session.commands import push
    from workshop.ui.session.scope_edits import SetForms, SetPaths

    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Ny")).close()
    window = open_app(path, size=(1366, 708), view="alternatives", tab="paths")
    tab = window.views["alternatives"].paths
    assert tab.no_paths.isVisible() and tab.no_paths.text() == ("No path between the alternatives yet: paths are "
                                                                 "added in Framework → Paths.")
    assert tab.no_forms.isVisible() and tab.no_forms.text().endswith("added in Framework → Organisation forms.")
    session = window.session
    push(session.undo_stack, SetPaths(session, (), (AlternativePath(from_code=None, to_code=None),), "Add path"))
    push(session.undo_stack, SetForms(session, (), (OrganisationForm(name="Kommunalförbund"),), "Add form"))
    assert not tab.no_paths.isVisible() and not tab.no_forms.isVisible()
