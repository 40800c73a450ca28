"""Numbers tied to meetings and followed across them: schema step 3, the per-meeting records, what changed
since an organisation's previous meeting, the JSON export of the new fields, and the views that show them."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest
from sqlite_utils.migrations import Migrations

from bad_input_matrix import as_version_1_held_it, write_v1_file
from workshop.domain.history import PotentialRecord, changes_since_previous, previous_meeting
from workshop.domain.meetings import Meeting
from workshop.domain.plan import PlanPhase
from workshop.export.errors import ImportFormatError
from workshop.export.json_codec import engagement_from_dict, engagement_to_dict
from workshop.storage import EngagementStore
from workshop.storage.connection import backup_path, open_database
from workshop.storage.schema import Schema, current_schema, schema_version


def _meetings(*titles: str) -> list[Meeting]:
    return [Meeting(kind="work", title=t, starts_at=f"2024-0{n + 6}-10T09:00") for n, t in enumerate(titles)]


def test_changes_compare_with_the_latest_earlier_value_of_each_score():
    """A score is compared with what the organisation last gave for it before (not only in the meeting just
    before); an unchanged score is not a change; a first score is one, with no 'before'."""
    one, two, three = _meetings("Ett", "Två", "Tre")
    rec = lambda m, area, value, why="": PotentialRecord(meeting_uid=m.uid, organisation_uid="o",  # noqa: E731
                                                         area_code=area, value=value, rationale=why)
    history = [rec(one, "A", 40), rec(one, "B", 10), rec(two, "A", 40), rec(three, "B", 30, "Ny bedömning"),
               rec(three, "C", 5)]
    changes = changes_since_previous("o", three.uid, [one, two, three], history, [], ["A", "B", "C"])
    assert [(c.subject, c.before, c.after, c.delta, c.rationale) for c in changes] == [
        ("B", 10, 30, 20, "Ny bedömning"), ("C", None, 5, None, "")]
    assert changes_since_previous("o", two.uid, [one, two, three], history, [], ["A", "B"]) == []
    assert previous_meeting("o", three.uid, [one, two, three], history, []) == two
    assert previous_meeting("o", one.uid, [one, two, three], history, []) is None


def _write_v2_file(path, engagement) -> None:
    """A file as version 2 of the app wrote it: version 1's rows, migrated by steps 1 and 2 only."""
    write_v1_file(path, engagement)
    steps = Migrations("workshop")
    for migration in current_schema().migrations._migrations[:2]:
        steps(name=migration.name)(migration.fn)
    open_database(path, Schema(steps, 2)).close()


def test_a_version_2_file_is_migrated_after_a_backup_and_its_links_become_meeting_records(tmp_path, example):
    """Step 3 runs on a version-2 file after its .bak-v2 copy; the scores that named a meeting become that
    meeting's records, so its minutes and the organisation pages have something to compare."""
    path = tmp_path / "v2.workshop"
    _write_v2_file(path, example)
    with EngagementStore.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version() >= 3
        loaded = store.load()
    assert loaded == as_version_1_held_it(example)
    assert len(loaded.potential_history) == 45 and len(loaded.vote_history) == 140
    old = sqlite3.connect(backup_path(path, 2))
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 2
        assert not old.execute("SELECT 1 FROM sqlite_master WHERE name = 'potential_history'").fetchone()
    finally:
        old.close()


def test_the_json_export_carries_every_new_field_and_refuses_malformed_ones(example):
    """Round trip identical with the plan, records and links; a phase ending before it starts, a record of an
    unknown meeting, a plan that is not a list are refused naming the path; a version-1 export still reads."""
    data = engagement_to_dict(example)
    assert engagement_from_dict(json.loads(json.dumps(data))) == example
    assert data["format_version"] == 3
    assert data["engagement"]["plan"][2]["name"] == "Överlämning och avslut"
    assert data["engagement"]["preferences"][0]["meeting_uid"] == example.meetings[-1].uid
    for change, message in (
        (lambda e: e["plan"][0].update(ends_on="2020-01-01"), "engagement.plan[0]: The phase"),
        (lambda e: e["potential_history"][0].update(meeting_uid="nope"), "engagement.potential_history[0].meeting_uid"),
        (lambda e: e.update(plan={}), "engagement.plan: expected a list"),
        (lambda e: e["recommendation"].update(alternative_code="9"), "engagement.recommendation.alternative_code"),
        (lambda e: e["votes"][0].update(rationale=3), "engagement.votes[0].rationale: expected text"),
        (lambda e: e["plan"][1].update(starts_on="2025-13-01"), "engagement.plan[1]"),
    ):
        bad = json.loads(json.dumps(data))
        change(bad["engagement"])
        with pytest.raises(ImportFormatError, match=__import__("re").escape(message)):
            engagement_from_dict(bad)
    old = json.loads(json.dumps(data))
    old["format_version"] = 1
    for key in ("plan", "prestudy", "recommendation", "potential_history", "vote_history"):
        del old["engagement"][key]
    assert engagement_from_dict(old).plan == ()
    newer_key_in_v1 = json.loads(json.dumps(data))  # a version-2 export must hold them all
    del newer_key_in_v1["engagement"]["plan"]
    with pytest.raises(ImportFormatError, match="missing key “plan”"):
        engagement_from_dict(newer_key_in_v1)


def test_a_score_typed_while_a_meeting_runs_names_it_and_its_minutes_list_it(example_path, qapp):
    """The session names the running meeting on a score typed in the grid; closing it, a later score names
    none; the meeting's minutes list the score with its rationale."""
    from workshop.domain.vocabulary import MeetingStatus
    from workshop.export.minutes import minutes_story
    from workshop.ui.meetings.edits import MeetingEdits
    from workshop.ui.potential.model import PotentialTableModel
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        edits = MeetingEdits(session)
        meeting = edits.create("Uppföljning Gislaved", starts_at="2024-10-01 09:00",
                               organisation_uids=[session.engagement.organisations[0].uid])
        edits.set_status(meeting.uid, MeetingStatus.RUNNING)
        model = PotentialTableModel(session)
        assert model.setData(model.index(0, 0), "60")
        assert model.set_rationale(0, 0, "Nytt avtal för datacentret")
        edits.set_status(meeting.uid, MeetingStatus.CLOSED)
        assert session.engagement.potentials[0].meeting_uid == meeting.uid
        assert model.setData(model.index(0, 1), "70")  # outside a meeting: keeps the meeting it named
        assert session.engagement.potentials[1].meeting_uid != meeting.uid
        story = minutes_story(session.engagement, session.engagement.meetings[-1])
        text = " ".join(p.getPlainText() for p in story if hasattr(p, "getPlainText"))
        assert "Nytt avtal för datacentret" in text and "Förändringar sedan förra mötet" in text
        assert "Inga poäng eller röster" not in text
    finally:
        session.close()


def test_the_plan_view_refuses_a_phase_ending_before_it_starts_beside_the_form(example_path, qtbot):
    """Typing an end before the start and pressing Save changes shows why beside the form; nothing changes;
    a good change is one undo step and shows in the timeline."""
    from workshop.ui.closing.view import ClosingView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = ClosingView(session)
        qtbot.addWidget(view)
        view.show()
        view.plan.select(0)
        view.plan.inputs["ends_on"].setText("2024-01-01")
        assert not view.plan.update()
        assert "ends (2024-01-01) before it starts (2025-04-01)" in view.plan.message.text()
        assert session.engagement.plan[0].ends_on == "2025-09-30" and session.undo_stack.count() == 0
        view.plan.inputs["ends_on"].setText("2025-12-31")
        assert view.plan.update()
        assert session.engagement.plan[0].ends_on == "2025-12-31" and view.plan.message.text() == ""
        assert view.timeline.phases()[0].ends_on == "2025-12-31"
        session.undo_stack.undo()
        assert session.engagement.plan[0].ends_on == "2025-09-30"
        assert view.plan.inputs["ends_on"].text() == "2025-09-30"
        view.plan.clear_form()
        view.plan.inputs["name"].setText("Utvärdering")
        view.plan.inputs["activities"].setPlainText("Utvärdera\n\nRapportera")
        assert view.plan.add()
        assert session.engagement.plan[-1] == dataclasses.replace(
            session.engagement.plan[-1], name="Utvärdering", activities=("Utvärdera", "Rapportera"))
        assert isinstance(session.engagement.plan[-1], PlanPhase)
    finally:
        session.close()


def test_the_framework_view_adds_a_path_and_refuses_one_to_itself(example_path, qtbot):
    """A path S → S is refused beside the form and nothing is added; S → 2 is added, moved up, and undone."""
    from workshop.ui.framework.view import FrameworkView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = FrameworkView(session)
        qtbot.addWidget(view)
        view.show()
        editor = view.paths
        before = session.engagement.paths
        editor.clear_form()
        editor.set_form({"from": "S", "to": "S", "description": ""})
        assert not editor.add()
        assert "to itself" in editor.message.text() and session.engagement.paths == before
        editor.set_form({"from": "1 Tjänst", "to": None, "description": "Extern leverantör"})
        assert editor.add()
        assert (session.engagement.paths[-1].from_code, session.engagement.paths[-1].to_code) == ("1 Tjänst", None)
        assert editor.table.rowCount() == len(before) + 1
        editor.select(len(before))
        assert editor.move(-1)
        assert session.engagement.paths[-2].description == "Extern leverantör"
        session.undo_stack.undo()
        session.undo_stack.undo()
        assert session.engagement.paths == before
        view.scoped_out.clear_form()
        view.scoped_out.set_form({"text": "Hemmaorganisationens IT-användning", "reason": ""})
        assert not view.scoped_out.add()
        assert "reason must not be empty" in view.scoped_out.message.text()
    finally:
        session.close()


def test_the_history_view_shows_what_changed_and_moves_a_number_to_another_meeting(example_path, qtbot):
    """Choosing an organisation lists its meetings; the last one with scores is chosen; setting the meeting a
    number was given in is one undoable edit."""
    from workshop.ui.history.view import HistoryView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = HistoryView(session)
        qtbot.addWidget(view)
        view.show()
        view.organisation.setCurrentIndex(1)
        titles = [view.meetings.item(r, 1).text() for r in range(view.meetings.rowCount())]
        assert "Arbetsmöte Gnosjö" in titles
        assert view.current_meeting().title == "Gemensamt arbetsmöte: potential och alternativ"
        assert view.changes.rowCount() == 29  # area I moved, and every vote was given for the first time
        # A minus sign ("−10"), as the minutes print it, not a hyphen.
        assert [view.changes.item(0, c).text() for c in range(5)] == ["Potential", "I", "20", "10", "\u221210"]
        view.given.setCurrentCell(0, 0)
        # The meeting's date in the cell (its title had been cut to "Arbetsmöt…"), the whole title in its tooltip.
        assert view.given.item(0, 2).text()[:4].isdigit() and "Arbetsmöte Gnosjö" in view.given.item(0, 2).toolTip()
        gno = session.engagement.organisations[1]
        given = next(p for p in session.engagement.potentials if p.organisation_uid == gno.uid)
        assert given.meeting_uid is not None
        view.given_meeting.setCurrentIndex(0)  # (no meeting)
        assert view.move_to_meeting()
        first = next(p for p in session.engagement.potentials if p.organisation_uid == gno.uid)
        assert first.meeting_uid is None
        with EngagementStore.open(example_path, read_only=True) as store:  # in the file, not only the window
            assert next(p for p in store.load().potentials if p.uid == given.uid).meeting_uid is None
        # The Edit menu says what it would undo: the number's own name, not "Meeting of a number".
        assert session.undo_stack.undoText() == f"Set the meeting of {view.given.item(0, 0).text()}"
        session.undo_stack.undo()
        first = next(p for p in session.engagement.potentials if p.organisation_uid == gno.uid)
        assert first == given  # given in its own meeting again
    finally:
        session.close()


def test_after_a_move_the_number_and_its_meeting_stay_chosen_and_a_second_set_changes_nothing(example_path, qtbot):
    """After Set meeting the box said "(no meeting)" beside the number just moved, and pressing Set again took
    the score out of that meeting's minutes; the meetings list also jumped to another meeting when a row
    came in above the one chosen."""
    from workshop.ui.history.view import HistoryView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = HistoryView(session)
        qtbot.addWidget(view)
        view.show()
        view.organisation.setCurrentIndex(4)  # Hylte
        chosen = view.current_meeting()
        view.given.setCurrentCell(1, 0)
        target = next(m for m in session.engagement.meetings if m.uid != view._given_rows[1][2]
                      and m.uid not in {x.uid for x in view._meetings()})  # one Hylte gave nothing in
        view.given_meeting.setCurrentIndex(view.given_meeting.findData(target.uid))
        assert view.move_to_meeting()
        qtbot.wait(10)
        assert view.given.currentRow() == 1 and view.given_meeting.currentData() == target.uid
        steps = session.undo_stack.count()
        assert view.move_to_meeting() and session.undo_stack.count() == steps  # nothing more to do
        assert view.current_meeting().uid == chosen.uid
    finally:
        session.close()


def test_the_pre_read_numbers_the_agenda_as_the_minutes_do(example):
    """A free agenda item ("Fika") keeps its place in the pre-read with its number in the agenda, so a
    question is "4." in the pre-read and in the minutes alike (the pre-read had numbered only questions,
    1 and 2, where the minutes said 4 and 6)."""
    from workshop.domain.meetings import AgendaItem
    from workshop.export.preread import preread_story

    m = example.meetings[0]
    agenda = (*m.agenda[:2], AgendaItem(text="Fika", kind="free"), *m.agenda[2:])
    e = dataclasses.replace(example, meetings=(dataclasses.replace(m, agenda=agenda), *example.meetings[1:]))
    lines = [p.getPlainText() for p in preread_story(e, e.meetings[0]) if hasattr(p, "getPlainText")]
    questions = lines[lines.index("Frågor") + 1:]
    # Free items are agenda entries of their own ("3. Fika"), not grey lines under the question above.
    assert "3. Fika" in questions and "1. Genomgång av uppdrag, leveranser och tidplan" in questions
    numbered = [q for q in questions if q[:1].isdigit()]
    assert [q.split(".")[0] for q in numbered] == [str(n) for n in range(1, len(agenda) + 1)]


def test_a_pre_read_of_free_items_only_lists_its_agenda(example):
    """A meeting without questions (a steering-group check-in): the pre-read lists its agenda under
    "Dagordning", with no empty "Frågor" heading above it."""
    from workshop.domain.meetings import AgendaItem
    from workshop.export.preread import preread_story

    m = dataclasses.replace(example.meetings[0], agenda=(AgendaItem(text="Läget", kind="free"),
                                                         AgendaItem(text="Nästa steg", kind="free")))
    e = dataclasses.replace(example, meetings=(m, *example.meetings[1:]))
    lines = [p.getPlainText() for p in preread_story(e, m) if hasattr(p, "getPlainText")]
    assert "Frågor" not in lines
    agenda = lines[lines.index("Dagordning") + 1:]
    assert any("Läget" in line for line in agenda) and any("Nästa steg" in line for line in agenda)


def test_the_recommendation_form_keeps_unsaved_text_through_other_edits(example_path, qtbot):
    """Text typed in the recommendation stays while the pre-study is edited; saved, it is one undo step."""
    from workshop.ui.closing.view import ClosingView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = ClosingView(session)
        qtbot.addWidget(view)
        view.show()
        view.rationale.setPlainText("Alternativ 1 Tjänst, efter förstudien.")
        view.alternative.setCurrentIndex(view.alternative.findData("1 Tjänst"))
        view.prestudy.select(0)
        view.prestudy.inputs["title"].setText("Målbild")
        assert view.prestudy.update()
        assert view.rationale.toPlainText() == "Alternativ 1 Tjänst, efter förstudien."
        assert view.store_recommendation()
        r = session.engagement.recommendation
        assert (r.alternative_code, r.rationale) == ("1 Tjänst", "Alternativ 1 Tjänst, efter förstudien.")
        assert len(r.proposals) == 2
        session.undo_stack.undo()
        assert session.engagement.recommendation.alternative_code is None
        assert view.alternative.currentData() is None
        assert session.engagement.prestudy[0].title == "Målbild"
    finally:
        session.close()


def test_a_form_keeps_what_is_typed_while_another_list_changes(example_path, qtbot):
    """Typed into the scoped-out form but not saved: a path added meanwhile leaves the text in place, and the
    paths' alternative choices follow a new alternative."""
    from workshop.domain.model import Alternative
    from workshop.ui.framework.view import FrameworkView
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddAlternative
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = FrameworkView(session)
        qtbot.addWidget(view)
        view.show()
        view.scoped_out.inputs["reason"].setPlainText("Halvskrivet motiv")
        push(session.undo_stack, AddAlternative(session, Alternative(code="3", name="Extern leverantör")))
        assert view.scoped_out.inputs["reason"].toPlainText() == "Halvskrivet motiv"
        combo = view.paths.inputs["to"]
        assert combo.findData("3") >= 0
    finally:
        session.close()


def test_the_steering_group_is_edited_and_reordered_among_everyone(example_path, qtbot):
    """A member moved up changes places with the one before, the others keep theirs; a new member is added
    with name, role and organisation; removing one who attended meetings is undone with the attendance."""
    from workshop.ui.framework.view import FrameworkView
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        view = FrameworkView(session)
        qtbot.addWidget(view)
        view.show()
        everyone = [p.name for p in session.engagement.people]
        members = [p.name for p in session.engagement.steering_group()]
        view.steering.select(2)
        assert view.steering.move(-1)
        assert [p.name for p in session.engagement.steering_group()] == [members[0], members[2], members[1],
                                                                         *members[3:]]
        others = [p.name for p in session.engagement.people if not p.steering_group]
        assert others == [n for n in everyone if n not in members]
        view.steering.clear_form()
        view.steering.set_form({"name": "Eva Ek", "role": "Kommundirektör",
                                "organisation": session.engagement.organisations[4].uid})
        assert view.steering.add()
        eva = session.engagement.steering_group()[-1]
        assert (eva.name, eva.role, eva.organisation_uid) == ("Eva Ek", "Kommundirektör",
                                                              session.engagement.organisations[4].uid)
        first = session.engagement.steering_group()[0]
        attended = [m.uid for m in session.engagement.meetings if first.uid in m.attendee_uids]
        assert attended
        view.steering.select(0)
        assert view.steering.remove()
        assert all(first.uid not in m.attendee_uids for m in session.engagement.meetings)
        session.undo_stack.undo()
        assert [m.uid for m in session.engagement.meetings if first.uid in m.attendee_uids] == attended
    finally:
        session.close()


def test_the_history_radar_wraps_a_long_legend_line_cuts_it_after_two_and_keeps_it_whole_in_the_tooltip(qtbot):
    """"Gislaved after <a long meeting title>" ran past the radar's right edge, cut mid-letter; it goes on to a
    second line and ends in "…" there within the widget, and the tooltip holds it whole, as typed (markup is
    text). A shorter one fits its two lines whole."""
    from workshop.ui.history.radar import OrganisationRadar

    radar = OrganisationRadar()
    qtbot.addWidget(radar)
    radar.resize(420, 320)
    name = ("Gislaved after Gemensamt arbetsmöte: potential och alternativ <b>inför beslut</b> om it-driften "
            "i de fem kommunerna och deras bolag")
    radar.set_data(list("ABCDEFGHI"), [(name, [50] * 9, False), ("Median of all organisations", [40] * 9, True)])
    radar.show()
    qtbot.waitExposed(radar)
    first, median = radar.legend_lines()
    lines = first.split("\n")
    assert len(lines) == 2 and lines[1].endswith("…") and name.startswith(" ".join(lines)[:-1])
    assert all(radar.fontMetrics().horizontalAdvance(line) <= radar.width() - 58 for line in lines)
    assert median == "Median of all organisations"
    assert "&lt;b&gt;inför beslut&lt;/b&gt;" in radar.toolTip() and "Gemensamt arbetsmöte" in radar.toolTip()
    radar.set_data(list("ABCDEFGHI"), [("Vaggeryd efter mötet 2024-06-10 (delvis bedömd)", [50] * 9, False)])
    radar.resize(340, 320)
    assert radar.legend_lines() == ["Vaggeryd efter mötet 2024-06-10\n(delvis bedömd)"]
    radar.grab()  # paints without error


def test_a_300_letter_name_in_the_history_legend_is_cut_by_halving_not_letter_by_letter(qapp):
    """A name of one 300-letter word is cut into its two lines with a few dozen measurements: trying each
    length from the whole word down took some 600 of them (13 ms) for each legend line on every repaint. The
    lines are the same as the most letters that fit."""
    from PySide6.QtGui import QFontMetrics

    from workshop.ui.history.radar import wrapped

    class Counted:
        def __init__(self, metrics):
            self.metrics, self.calls = metrics, 0

        def horizontalAdvance(self, text):  # noqa: N802 (Qt's name)
            self.calls += 1
            return self.metrics.horizontalAdvance(text)

        def elidedText(self, *args):  # noqa: N802 (Qt's name)
            return self.metrics.elidedText(*args)

    metrics = Counted(QFontMetrics(qapp.font()))
    word = "Verksamhetsutveckling" * 15
    first, second = wrapped(word + " (delvis bedömd)", metrics, 242)
    assert metrics.calls < 60
    assert metrics.metrics.horizontalAdvance(first) <= 242 < metrics.metrics.horizontalAdvance(word[:len(first) + 1])
    assert second.endswith("…") and word.startswith(first)


def test_a_long_meeting_title_is_shortened_and_the_counts_beside_it_stay_in_view(history_view):
    """In Organisations over time a 200-letter meeting title takes the room the date and counts leave and
    is cut with "…"; the Potentials and Votes columns stay on screen (they were pushed out of sight)."""
    long_title = ("Gemensamt arbetsmöte om potential, alternativ och kriterier " * 4).strip()
    view = history_view(lambda title: long_title if "potential" in title else title, size=(1100, 640))
    table = view.meetings
    votes = table.columnCount() - 1
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnViewportPosition(votes) + table.columnWidth(votes) <= table.viewport().width()
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == long_title)
    assert table.columnWidth(1) < table.fontMetrics().horizontalAdvance(long_title)  # shown shortened
    assert table.item(row, 1).toolTip()  # whole in its tooltip
    table.setCurrentCell(row + 1, 0)  # the next meeting compares with the long-titled one
    assert view.compared.shown().endswith("(2024-08-23):")  # the title is cut, not the date


def test_words_written_for_an_old_value_do_not_follow_a_new_one_given_in_another_meeting():
    """The rule of every value given in a meeting (typed or from a phone): a new value in another meeting
    starts without the old one's rationale or comment (a preference changed from S to 2 kept the words written
    for S); words typed before any value was given, or for the same value, stay."""
    from workshop.domain.history import given_in
    from workshop.domain.model import AgreedScore, PotentialScore, Preference, Vote

    vote = Vote(organisation_uid="o", alternative_code="S", criterion_number=1, value=2, rationale="r",
                meeting_uid="m1")
    assert given_in(dataclasses.replace(vote, value=3), vote, "m2").rationale == ""
    assert given_in(dataclasses.replace(vote, value=3), vote, "m1").rationale == "r"  # the same meeting
    assert given_in(dataclasses.replace(vote, value=3), vote, None).meeting_uid == "m1"  # a correction
    preference = Preference(organisation_uid="o", alternative_code="S", comment="why S", meeting_uid="m1")
    assert given_in(dataclasses.replace(preference, alternative_code="2"), preference, "m2").comment == ""
    assert given_in(preference, preference, "m2").comment == "why S"
    agreed = AgreedScore(alternative_code="S", criterion_number=1, value=2, comment="c", meeting_uid="m1")
    assert given_in(dataclasses.replace(agreed, value=3), agreed, "m2").comment == ""
    unscored = PotentialScore(organisation_uid="o", area_code="A", value=None, rationale="before", meeting_uid="m1")
    assert given_in(dataclasses.replace(unscored, value=80), unscored, "m2").rationale == "before"


def _records(session, path, key):
    """The per-meeting records of one potential, in the window's memory and in the file."""
    with EngagementStore.open(path, read_only=True) as store:
        on_disk = store.load_history()["potential_history"]
    of = lambda records: sorted((r.meeting_uid, r.value) for r in records  # noqa: E731
                                if (r.organisation_uid, r.area_code) == key)
    return of(session.engagement.potential_history), of(on_disk)


class _TwoMeetings:
    """A session on the example with two new meetings of the first organisation, each (title, start), and the
    potential grid; `give(meeting, value)` types a value into the first cell while the meeting runs."""

    def __init__(self, path, *meetings: tuple[str, str]):
        from workshop.ui.meetings.edits import MeetingEdits
        from workshop.ui.potential.model import PotentialTableModel
        from workshop.ui.session.session import EngagementSession

        self.path = path
        self.session = EngagementSession(EngagementStore.open(path))
        self.edits = MeetingEdits(self.session)
        org = self.session.engagement.organisations[0].uid
        self.meetings = [self.edits.create(title, starts_at=at, organisation_uids=[org]) for title, at in meetings]
        self.model = PotentialTableModel(self.session)
        self.key = (org, self.model.area(0).code)

    def give(self, meeting, value: str, close: bool = True) -> None:
        from workshop.domain.vocabulary import MeetingStatus

        self.edits.set_status(meeting.uid, MeetingStatus.RUNNING)
        assert self.model.setData(self.model.index(0, 0), value)
        if close:
            self.edits.set_status(meeting.uid, MeetingStatus.CLOSED)

    def records(self):
        return _records(self.session, self.path, self.key)


@pytest.mark.parametrize("same_time", [False, True], ids=["earlier meeting", "same start and title"])
def test_undoing_a_score_puts_back_exactly_the_records_of_each_meeting(example_path, qapp, same_time):
    """Given 7 in a later meeting, then 9 in an earlier one (or one with the same start and title), then undone:
    the record of 9 had stayed in the earlier meeting, whose minutes listed it (and with equal starts and
    titles the file and the window disagreed). Undo and redo put back exactly the records there were."""
    two = _TwoMeetings(example_path, ("Möte", "2030-02-01 09:00"),
                       ("Möte", "2030-02-01 09:00" if same_time else "2030-01-01 09:00"))
    late, early = two.meetings
    try:
        stack = two.session.undo_stack
        start = two.records()
        two.give(late, "7")
        given_late = two.records()
        assert given_late[0] == given_late[1] == sorted([*start[0], (late.uid, 7)])
        two.give(early, "9", close=False)
        given_early = two.records()
        assert given_early[0] == given_early[1]
        stack.undo()
        assert two.records() == given_late
        stack.redo()
        assert two.records() == given_early
        stack.undo()
        stack.undo()  # the early meeting running
        stack.undo()  # the late one closed
        stack.undo()  # 7 given
        assert two.records() == start
    finally:
        two.session.close()


def test_undoing_a_move_to_another_meeting_puts_back_both_meetings_records(example_path, qapp):
    """30 given in one meeting, 40 in a later one, then the score moved to the first (History → Set meeting) and
    undone: the first meeting's own 30 had gone from the file and its minutes."""
    from workshop.ui.session.commands import push
    from workshop.ui.session.scope_edits import SetGivenIn

    two = _TwoMeetings(example_path, ("Ett", "2030-01-01 09:00"), ("Två", "2030-02-01 09:00"))
    first, second = two.meetings
    try:
        two.give(first, "30")
        two.give(second, "40")
        before = two.records()
        push(two.session.undo_stack, SetGivenIn(two.session, "potential", two.key, second.uid, first.uid, "Flytta"))
        moved = two.records()
        assert moved[0] == moved[1] and (first.uid, 40) in moved[1]
        two.session.undo_stack.undo()
        assert two.records() == before
        two.session.undo_stack.redo()
        assert two.records() == moved
    finally:
        two.session.close()


def test_the_window_and_the_file_agree_when_a_meeting_title_holds_a_tab(example_path, qapp):
    """Two meetings at the same time, one titled "Möte" and one "Möte<tab>!": the file had compared them as text
    joined by tabs and the window as rows, and kept a record the window had dropped."""
    two = _TwoMeetings(example_path, ("Möte", "2030-02-01 09:00"), ("Möte\t!", "2030-02-01 09:00"))
    plain, tabbed = two.meetings
    try:
        two.give(tabbed, "7")
        two.give(plain, "9", close=False)  # the window follows the edit, not a reading of the file
        in_window, in_file = two.records()
        assert in_window == in_file
    finally:
        two.session.close()
