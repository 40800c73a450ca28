"""Meetings: the agenda rules, the repository's writes and undo snapshots, and the Meetings view."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from meeting_keys import type_text
from workshop.domain.agenda import (
    earlier_actions, format_clock, moved, parked_to_end, parse_due_date, parse_starts_at, progress,
)
from workshop.domain.errors import DomainError
from workshop.domain.vocabulary import MeetingStatus
from workshop.domain.meetings import ActionItem, AgendaItem, Meeting
from workshop.storage import EngagementStore
from workshop.ui.widgets import dialogs
from workshop.ui.session.presenter_channel import PresenterChannel
from workshop.ui.session.session import EngagementSession
from workshop.ui.meetings.view import MeetingsView


@pytest.fixture
def session(example_path):
    """A session on a fresh copy of the example."""
    s = EngagementSession(EngagementStore.open(example_path))
    yield s
    s.close()


@pytest.fixture
def view(qtbot, session):
    """The Meetings view, shown."""
    v = MeetingsView(session, PresenterChannel())
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    return v


def _stored(path):
    with EngagementStore.open(path) as store:
        return store.load()


def _meeting(path, uid):
    return next(m for m in _stored(path).meetings if m.uid == uid)


# --- pure rules -------------------------------------------------------------
def test_parking_sends_an_item_to_the_end_and_moves_keep_the_rest():
    """A parked item comes back at the end; moving keeps every other item in order."""
    assert parked_to_end(["a", "b", "c"], "a") == ["b", "c", "a"]
    assert moved(["a", "b", "c", "d"], 0, 2) == ["b", "c", "a", "d"]
    assert moved(["a", "b", "c"], 2, 0) == ["c", "a", "b"]


def test_earlier_actions_share_an_organisation_and_come_before():
    """Open actions of earlier meetings with a shared organisation are listed; later or unrelated ones are not."""
    open_a, done = ActionItem(text="open"), ActionItem(text="done", status="closed")
    earlier = Meeting(kind="work", title="e", starts_at="2024-06-01T09:00", organisation_uids=("x",),
                      action_items=(open_a, done))
    other = Meeting(kind="work", title="o", starts_at="2024-06-01T09:00", organisation_uids=("y",),
                    action_items=(ActionItem(text="other org"),))
    later = Meeting(kind="work", title="l", starts_at="2024-07-01T09:00", organisation_uids=("x",),
                    action_items=(ActionItem(text="later"),))
    now = Meeting(kind="joint", title="n", starts_at="2024-06-15T09:00", organisation_uids=("x", "z"))
    listed = earlier_actions([earlier, other, later, now], now)
    assert [e.action.text for e in listed] == ["open"]
    closed_here = dataclasses.replace(done, closed_in_meeting_uid=now.uid)
    earlier = dataclasses.replace(earlier, action_items=(open_a, closed_here))
    assert [e.action.text for e in earlier_actions([earlier, now], now)] == ["open", "done"]


def test_dates_clocks_and_progress():
    """Starts and due dates are checked; clocks read m:ss or h:mm:ss; progress counts by status."""
    assert parse_starts_at("2024-06-10 13:00") == "2024-06-10T13:00"
    assert parse_starts_at("") == ""
    with pytest.raises(DomainError):
        parse_starts_at("next tuesday")
    assert parse_due_date(" 2024-09-17 ") == "2024-09-17"
    with pytest.raises(DomainError):
        parse_due_date("17/9")
    assert format_clock(65) == "1:05" and format_clock(3723) == "1:02:03"
    p = progress([AgendaItem(text="a", status="answered"), AgendaItem(text="b", status="parked"),
                  AgendaItem(text="c")])
    assert (p.total, p.answered, p.parked, p.open) == (3, 1, 1, 1)


# --- repository -------------------------------------------------------------
def test_repository_writes_and_restores_agenda_items(example_store):
    """Inserted items land at their index; removed ones come back with notes and place on restore."""
    repo = example_store.meetings
    meeting = example_store.load().meetings[1]
    items = [AgendaItem(text="Ny punkt", kind="free"), AgendaItem(text="Andra", kind="free")]
    repo.insert_items(meeting.uid, items, 1)
    order = repo.agenda_order(meeting.uid)
    assert order[1:3] == [items[0].uid, items[1].uid]
    repo.set_item_notes(order[0], "anteckning")
    removed = repo.remove_items([order[0]])
    assert repo.agenda_order(meeting.uid) == order[1:]
    repo.restore(removed)
    assert repo.agenda_order(meeting.uid) == order
    assert repo.item_notes(order[0]) == "anteckning"


def test_repository_refuses_bad_values(example_store):
    """Empty titles and texts, unknown kinds and statuses are refused before anything is written."""
    repo = example_store.meetings
    before = example_store.load()
    uid = before.meetings[0].uid
    with pytest.raises(DomainError, match="The meeting title must not be empty"):
        repo.add_meeting(Meeting(kind="work", title="  "))
    with pytest.raises(DomainError, match="“party” is not a kind of meeting"):
        repo.add_meeting(Meeting(kind="party", title="x"))
    with pytest.raises(DomainError, match="The agenda item must not be empty"):
        repo.insert_items(uid, [AgendaItem(text=" ", kind="free")])
    with pytest.raises(DomainError, match="“done” is not an agenda item status"):
        repo.set_item_status(repo.agenda_order(uid)[0], "done")
    with pytest.raises(DomainError, match="The decision must not be empty"):
        repo.add_decision(uid, dataclasses.replace(ActionItem(text=""), text=""))  # type: ignore[arg-type]
    assert example_store.load() == before


# --- the view ---------------------------------------------------------------
def test_meeting_model_passes_qt_model_tester(view, qtmodeltester):
    """The meeting list and agenda models follow Qt's model rules."""
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.agenda.model)


def test_new_meeting_from_the_keyboard_with_details(view, qtbot, session, monkeypatch, example_path):
    """Insert creates a meeting; the details typed in the form are stored; empty titles are refused."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "   ")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert "must not be empty" in view.message.text()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Arbetsmöte Hylte")
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    uid = view.current_uid()
    assert view.details.kind.hasFocus()
    qtbot.keyClick(view.details.kind, Qt.Key.Key_Down)  # work → joint
    view.details.place.setFocus()
    type_text(view.details.place, "Hyltebruk")
    qtbot.keyClick(view.details.place, Qt.Key.Key_Tab)
    view.details.title.setFocus()
    view.details.title.selectAll()
    qtbot.keyClick(view.details.title, Qt.Key.Key_Delete)
    qtbot.keyClick(view.details.title, Qt.Key.Key_Tab)
    assert "must not be empty" in view.message.text()
    assert view.details.title.text() == "Arbetsmöte Hylte"
    stored = _meeting(example_path, uid)
    assert (stored.title, stored.kind, stored.place, stored.status) == ("Arbetsmöte Hylte", "joint", "Hyltebruk",
                                                                       "planned")
    session.undo_stack.undo()
    assert _meeting(example_path, uid).place == ""


def test_tab_leaves_the_start_for_the_length_and_back(view, qtbot, example_path):
    """Tabbing through a meeting's details stayed in Starts for five Tabs (year, month, day, hour, minute)
    before reaching Length; Shift+Tab likewise on the way back. One Tab leaves it either way, and a start
    typed there is stored as it leaves."""
    details = view.details
    uid = view.current_uid()
    details.title.setFocus()
    qtbot.keyClick(details.title, Qt.Key.Key_Tab)
    assert details.starts.hasFocus()
    qtbot.keyClick(details.starts, Qt.Key.Key_Tab)
    assert details.duration.hasFocus()
    qtbot.keyClick(details.duration, Qt.Key.Key_Backtab)
    assert details.starts.hasFocus()
    qtbot.keyClick(details.starts, Qt.Key.Key_Backtab)
    assert details.title.hasFocus()
    qtbot.keyClick(details.title, Qt.Key.Key_Tab)
    type_text(details.starts, "202406101400")  # the parts in turn, each moving on to the next when typed
    qtbot.keyClick(details.starts, Qt.Key.Key_Tab)
    assert details.duration.hasFocus()
    assert _meeting(example_path, uid).starts_at == "2024-06-10T14:00"


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_attendees_are_offered_again_and_undo(view, qtbot, session, example_path):
    """A known name adds that person; a new name asks for the role and is remembered for later meetings."""
    view.select(session.engagement.meetings[1].uid)
    uid = view.current_uid()
    people_before = len(session.engagement.people)
    assert "Karin Sjöberg" in view.details.completer.model().stringList()
    view.details.new_name.setFocus()
    type_text(view.details.new_name, "karin sjöberg")
    qtbot.keyClick(view.details.new_name, Qt.Key.Key_Return)
    qtbot.keyClicks(view.details.new_name, "Ny Person")
    qtbot.keyClick(view.details.new_name, Qt.Key.Key_Return)
    assert view.details.new_role.hasFocus()
    type_text(view.details.new_role, "Säkerhetssamordnare")
    qtbot.keyClick(view.details.new_role, Qt.Key.Key_Return)
    stored = _stored(example_path)
    names = {p.uid: p for p in stored.people}
    attendees = [names[p].name for p in next(m for m in stored.meetings if m.uid == uid).attendee_uids]
    assert attendees[-2:] == ["Karin Sjöberg", "Ny Person"]
    assert len(stored.people) == people_before + 1
    assert "Ny Person" in view.details.completer.model().stringList()
    assert view.details.attendees.item(view.details.attendees.rowCount() - 1, 1).text() == "Säkerhetssamordnare"
    session.undo_stack.undo()
    assert len(_stored(example_path).people) == people_before


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the list's popup, offscreen
def test_a_name_picked_from_the_list_of_known_people_leaves_the_field_empty(view, qtbot, session):
    """Type "karin", Down and Enter in the list: Karin was added, but her name was written back into the field
    as the list closed, and the next Enter said she already attends. The field is now empty, ready for the
    next name."""
    view.select(session.engagement.meetings[1].uid)
    field = view.details.new_name
    field.setFocus()
    qtbot.keyClicks(field, "karin")
    popup = view.details.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(20)
    meeting = next(m for m in session.engagement.meetings if m.uid == view.current_uid())
    names = {p.uid: p.name for p in session.engagement.people}
    assert [names[u] for u in meeting.attendee_uids][-1] == "Karin Sjöberg"
    assert field.text() == "" and field.hasFocus()


def test_enter_on_a_theme_with_no_questions_adds_nothing_and_says_nothing_is_wrong(view, qtbot, session):
    """A theme with no question yet: Enter on it had raised an IndexError (the "already there" note looked
    for its first question)."""
    from workshop.ui.catalogue.edits import CatalogueEdits
    from workshop.ui.meetings.agenda import UID

    view.select(session.engagement.meetings[1].uid)
    before = len(view.edits.meeting(view.current_uid()).agenda)
    theme = CatalogueEdits(session).add_theme("Tomt tema")
    view.tabs.setCurrentWidget(view.agenda)
    tree = view.agenda.catalogue
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, UID) == theme.uid)
    tree.setCurrentItem(item)
    view.agenda.add_from_catalogue()
    assert len(view.edits.meeting(view.current_uid()).agenda) == before


def test_agenda_is_picked_from_the_catalogue_and_reordered(view, qtbot, session, example_path):
    """Enter on a theme adds its questions, on a question adds one; free items and Alt+Up reorder; undo."""
    view.select(session.engagement.meetings[1].uid)
    uid = view.current_uid()
    before = [a.uid for a in _meeting(example_path, uid).agenda]
    view.tabs.setCurrentWidget(view.agenda)
    tree = view.agenda.catalogue
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    theme = session.engagement.themes[1]
    there = {a.question_uid for a in _meeting(example_path, uid).agenda}
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    n_theme = len([q for q in session.engagement.questions_of(theme.uid) if q.uid not in there])
    agenda = _meeting(example_path, uid).agenda
    assert 0 < n_theme < len(session.engagement.questions_of(theme.uid))  # one of them was there already
    assert len(agenda) == len(before) + n_theme
    assert [a.theme_title for a in agenda[-n_theme:]] == [theme.title] * n_theme
    assert view.agenda._message.text() == "1 question already on the agenda was not added again."
    tree.setCurrentItem(tree.topLevelItem(1))  # Enter on it again: its questions were added a second time
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert len(_meeting(example_path, uid).agenda) == len(agenda)
    assert view.agenda._message.text() == f"“{theme.title}” is on the agenda already."
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert _meeting(example_path, uid).agenda[-1].question_uid == session.engagement.questions[0].uid
    view.agenda.free.setFocus()
    qtbot.keyClicks(view.agenda.free, "Kaffe")
    qtbot.keyClick(view.agenda.free, Qt.Key.Key_Return)
    agenda = _meeting(example_path, uid).agenda
    free = next(a for a in agenda if a.text == "Kaffe")
    assert free.kind == "free"
    view.agenda.agenda.setFocus()
    view.agenda.agenda.setCurrentIndex(view.agenda.model.index(view.agenda.model.row_of(free.uid), 0))
    position = view.agenda.model.row_of(free.uid)
    qtbot.keyClick(view.agenda.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.uid for a in _meeting(example_path, uid).agenda].index(free.uid) == position - 1
    for _ in range(4):
        session.undo_stack.undo()
    assert [a.uid for a in _meeting(example_path, uid).agenda] == before


def test_free_item_refuses_empty_text(view, qtbot, session, example_path):
    """An empty free item is refused with a message, and the agenda is unchanged."""
    uid = view.current_uid()
    before = _meeting(example_path, uid).agenda
    view.agenda.free.setFocus()
    qtbot.keyClicks(view.agenda.free, "   ")
    qtbot.keyClick(view.agenda.free, Qt.Key.Key_Return)
    assert "must not be empty" in view.message.text()
    assert _meeting(example_path, uid).agenda == before


def test_a_refusal_is_no_longer_said_once_another_meeting_or_tab_is_chosen(view, qtbot, session):
    """"The attendee's name must not be empty." had stayed under the list after another meeting or tab was
    chosen. It goes; a title emptied and left by choosing another tab still says why it came back."""
    meetings = session.engagement.meetings
    view.select(meetings[1].uid)
    view.details.add_attendee()
    assert "must not be empty" in view.message.text()
    view.select(meetings[2].uid)
    assert view.message.text() == ""
    view.details.add_attendee()
    assert "must not be empty" in view.message.text()
    view.tabs.setCurrentWidget(view.agenda)
    assert view.message.text() == ""
    view.tabs.setCurrentWidget(view.details)
    view.details.title.setFocus()
    qtbot.waitUntil(view.details.title.hasFocus)
    view.details.title.setText("")
    view.tabs.setCurrentWidget(view.agenda)
    assert "must not be empty" in view.message.text()
    assert view.details.title.text() == meetings[2].title


def test_deleting_a_meeting_and_undo(view, qtbot, session, example_path):
    """Delete removes a held meeting with its notes and actions; undo brings all of it back, and the scores
    and votes given in it name it again (they had stayed without their meeting after the undo)."""
    before = _stored(example_path)
    meeting = next(m for m in before.meetings if any(p.meeting_uid == m.uid for p in before.potentials))
    view.table.setFocus()
    view.select(meeting.uid)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    after = _stored(example_path)
    assert meeting.uid not in {m.uid for m in after.meetings}
    assert not any(p.meeting_uid == meeting.uid for p in after.potentials)
    session.undo_stack.undo()
    assert _stored(example_path) == before


def test_an_empty_agenda_cannot_be_run(view, session, monkeypatch):
    """Running a meeting without agenda items says so and stays on the preparation page."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Tomt möte")
    view.new_meeting()
    view.run_current()
    assert "agenda is empty" in view.message.text()
    assert view.pages.currentIndex() == 0


def test_removing_an_attendee_with_delete_and_undo(view, qtbot, session, example_path):
    """Del in the attendee table takes the person off this meeting only; undo puts them back in place."""
    meeting = session.engagement.meetings[0]
    view.select(meeting.uid)
    table = view.details.attendees
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    stored = _meeting(example_path, meeting.uid)
    assert stored.attendee_uids == meeting.attendee_uids[:1] + meeting.attendee_uids[2:]
    assert meeting.attendee_uids[1] in {p.uid for p in _stored(example_path).people}
    session.undo_stack.undo()
    assert _meeting(example_path, meeting.uid).attendee_uids == meeting.attendee_uids


def _open_editor(qtbot, table, kind=None):
    """F2 on the current cell; the editor it opens (a line edit unless `kind` says otherwise)."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState, "F2 opened no editor"
    editors = [w for w in table.viewport().findChildren(kind or QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _commit(qtbot, table, editor):
    """Return in the editor (the delegate commits on the next turn of the event loop)."""
    from PySide6.QtWidgets import QAbstractItemView

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_an_attendee_is_corrected_in_place_and_undo(view, qtbot, session, example_path):
    """F2 on a name or role edits the person (everywhere they attend), the list moves them to another
    organisation, an empty name is refused with a message, and each change is one undo step."""
    meeting = session.engagement.meetings[0]
    view.select(meeting.uid)
    table = view.details.attendees
    person_uid = meeting.attendee_uids[0]
    before = next(p for p in session.engagement.people if p.uid == person_uid)
    table.setFocus()
    table.setCurrentCell(0, 0)
    editor = _open_editor(qtbot, table)
    editor.selectAll()
    type_text(editor, "Åsa Lindqvist-Berg")
    _commit(qtbot, table, editor)
    person = next(p for p in _stored(example_path).people if p.uid == person_uid)
    assert person.name == "Åsa Lindqvist-Berg" and person.role == before.role
    assert table.item(0, 0).text() == "Åsa Lindqvist-Berg"

    table.setCurrentCell(0, 1)
    editor = _open_editor(qtbot, table)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    _commit(qtbot, table, editor)
    assert next(p for p in _stored(example_path).people if p.uid == person_uid).role == ""

    table.setCurrentCell(0, 2)  # the organisation: F2 opens the list, arrows choose, Enter moves the person
    choice = _open_editor(qtbot, table, QComboBox)
    other = next(o for o in session.engagement.organisations if o.uid != before.organisation_uid)
    while choice.currentData() != other.uid:
        qtbot.keyClick(choice, Qt.Key.Key_Down if choice.currentIndex() < choice.findData(other.uid) else Qt.Key.Key_Up)
        assert next(p for p in _stored(example_path).people if p.uid == person_uid).organisation_uid == \
            before.organisation_uid  # nothing moves while the list is being gone through
    _commit(qtbot, table, choice)
    assert next(p for p in _stored(example_path).people if p.uid == person_uid).organisation_uid == other.uid
    assert table.item(0, 2).text() == other.name and other.name in table.item(0, 2).toolTip()  # whole when cut

    table.setCurrentCell(0, 0)
    editor = _open_editor(qtbot, table)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    _commit(qtbot, table, editor)
    assert "must not be empty" in view.message.text()
    assert table.item(0, 0).text() == "Åsa Lindqvist-Berg"
    assert next(p for p in _stored(example_path).people if p.uid == person_uid).name == "Åsa Lindqvist-Berg"

    for _ in range(3):
        session.undo_stack.undo()
    assert next(p for p in _stored(example_path).people if p.uid == person_uid) == before
    assert table.item(0, 0).text() == before.name


def _start(view, uid):
    view.select(uid)
    view.run_current()
    view.runner.leave()


@pytest.mark.parametrize("answer", ["closed", "planned"])
def test_starting_a_meeting_while_another_runs_asks_what_became_of_it(view, session, monkeypatch, answer):
    """One meeting runs at a time, since scores and votes name the running one: starting a second asks
    whether the first was held or goes back to the plan; one undo puts both back."""
    first, second = session.engagement.meetings[-2:]
    _start(view, first.uid)
    asked = []
    monkeypatch.setattr(dialogs, "ask_still_running",
                        lambda _parent, running, starting: asked.append((running, starting)) or answer)
    _start(view, second.uid)
    assert asked == [(first.title, second.title)]
    status = {m.uid: m.status for m in session.engagement.meetings}
    assert status[first.uid] == answer and status[second.uid] == MeetingStatus.RUNNING
    assert session.running_meeting_uid == second.uid
    session.undo_stack.undo()
    status = {m.uid: m.status for m in session.engagement.meetings}
    assert status[first.uid] == MeetingStatus.RUNNING and status[second.uid] == second.status


def test_cancelling_the_question_starts_nothing(view, session, monkeypatch):
    first, second = session.engagement.meetings[-2:]
    _start(view, first.uid)
    monkeypatch.setattr(dialogs, "ask_still_running", lambda *a: None)
    view.select(second.uid)
    view.run_current()
    assert view.pages.currentIndex() == 0
    assert session.running_meeting_uid == first.uid
    assert {m.uid: m.status for m in session.engagement.meetings}[second.uid] == second.status


def test_the_meeting_list_shows_a_work_meetings_whole_title_at_1366(open_app, example_path, qtbot):
    """The title is what tells meetings apart: at 1366×768 "Arbetsmöte Gislaved" is not cut to
    "Arbetsmöte…" by the kind and organisation columns beside it."""
    window = open_app(example_path, size=(1366, 708), view="meetings")
    qtbot.wait(50)
    table = window.views["meetings"].table
    model = table.model()
    title = model.index(1, 2).data()
    assert title.startswith("Arbetsmöte ")
    assert table.columnWidth(2) > table.fontMetrics().horizontalAdvance(title) + 8
    last = model.columnCount() - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()


def test_running_a_held_meeting_again_says_so_and_one_undo_ends_it_again(open_app, example_path, qtbot):
    """Reopening a meeting that has ended (to add a forgotten note) asks nothing, but the status bar says
    the meeting runs again and how to take that back; one undo returns it to ended."""
    window = open_app(example_path, size=(1366, 708), view="meetings")
    view = window.views["meetings"]
    held = next(m for m in window.session.engagement.meetings if m.status == MeetingStatus.CLOSED)
    view.select(held.uid)
    view.run_current()
    assert view.pages.currentWidget() is view.runner
    assert window.session.running_meeting_uid == held.uid
    message = window.statusBar().currentMessage()
    assert f"“{held.title}”" in message and "Ctrl+Z" in message
    view.runner.leave()
    window.session.undo_stack.undo()
    assert {m.uid: m.status for m in window.session.engagement.meetings}[held.uid] == MeetingStatus.CLOSED
    assert _meeting(example_path, held.uid).status == MeetingStatus.CLOSED


def test_going_back_to_a_running_meeting_says_nothing(open_app, example_path, qtbot):
    """Only an ended meeting's reopening is told: going back into the one that runs is not news."""
    window = open_app(example_path, size=(1366, 708), view="meetings")
    view = window.views["meetings"]
    held = next(m for m in window.session.engagement.meetings if m.status == MeetingStatus.CLOSED)
    view.select(held.uid)
    view.run_current()
    view.runner.leave()
    window.statusBar().clearMessage()
    view.select(held.uid)
    view.run_current()
    assert view.pages.currentWidget() is view.runner
    assert "Ctrl+Z" not in window.statusBar().currentMessage()  # (the projector hint may stand there)


def test_the_agenda_s_catalogue_wraps_its_questions_at_1366(open_app, example_path, qtbot):
    """Beside the agenda the catalogue is narrow at 1366×768: a question shows on up to three lines (it
    had been one line, "Vilka …"), whole in its tooltip, and follows the width when the window grows."""
    window = open_app(example_path, size=(1366, 708), view="meetings")
    view = window.views["meetings"]
    view.select(view.edits.meeting(window.session.engagement.meetings[1].uid).uid)
    view.tabs.setCurrentWidget(view.agenda)
    qtbot.wait(50)
    tree = view.agenda.catalogue
    line = tree.fontMetrics().lineSpacing()
    question = tree.topLevelItem(0).child(1)
    assert len(question.text(0)) > 40
    narrow = tree.visualItemRect(question).height()
    assert 2 * line < narrow <= 3 * line + 20
    window.resize(3000, 1000)
    qtbot.waitUntil(lambda: tree.visualItemRect(question).height() < narrow)


def test_the_details_show_every_attendee_s_organisation_at_1366(open_app, example_path, qtbot):
    """A long role ("Avdelningschef verksamhetsstyrning") had pushed the attendees' organisation behind a
    scroll bar; the organisations' checklist is as high as its five rows, leaving the attendees the room."""
    window = open_app(example_path, size=(1366, 708), view="meetings")
    view = window.views["meetings"]
    view.select(window.session.engagement.meetings[0].uid)
    qtbot.wait(50)
    table = view.details.attendees
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeader().sectionSize(2) >= 120
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("Anders Wendesten")
    organisations = view.details.organisations
    assert organisations.height() <= 6 * organisations.sizeHintForRow(0) + 2 * organisations.frameWidth()


def test_a_new_meeting_starts_on_the_next_weekday_after_the_latest(view, session, monkeypatch):
    """Two meetings added one after the other had the same day and hour (today at nine): a new one now
    starts at nine on the first weekday after the latest meeting, or today when every meeting is past and
    nine has not come yet. After nine it is tomorrow: a meeting added at 10:40 had been planned for 09:00
    that day, an hour gone by, and counted as held (this failed on CI in the morning)."""
    from datetime import datetime

    from workshop.domain.agenda import next_meeting_start

    at = datetime.fromisoformat
    assert next_meeting_start(["2024-06-10T13:00", "2024-09-17T09:00"], at("2024-06-01T12:00")) == "2024-09-18T09:00"
    assert next_meeting_start(["2024-09-20T09:00"], at("2024-06-01T08:00")) == "2024-09-23T09:00"  # Friday: Monday
    assert next_meeting_start(["2024-06-10T13:00", ""], at("2025-03-03T08:59")) == "2025-03-03T09:00"
    assert next_meeting_start(["2024-06-10T13:00"], at("2025-03-03T09:00")) == "2025-03-04T09:00"
    assert next_meeting_start([], at("2025-03-07T10:40")) == "2025-03-10T09:00"  # Friday after nine: Monday
    assert next_meeting_start([], at("2025-03-08T07:00")) == "2025-03-10T09:00"  # a Saturday: Monday
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Möte")
    view.new_meeting()
    view.new_meeting()
    starts = sorted(m.starts_at for m in session.engagement.meetings if m.title == "Möte")
    assert len(starts) == 2 and starts[0] < starts[1]


def test_a_meeting_planned_for_a_later_day_and_run_now_is_held_now(view, session, monkeypatch):
    """A new meeting is planned for the next weekday; run at once, its minutes had carried that day, and
    approving them today was refused as "before the meeting". Run on an earlier day, it now starts now
    (to the five minutes), said in the status bar; the same Ctrl+Z puts the plan back. A meeting planned
    for a day gone by keeps its plan, and so does one planned for today from an hour before it on."""
    from datetime import datetime

    from workshop.domain.agenda import held_from

    at = datetime.fromisoformat
    assert held_from("2026-12-08T09:00", at("2026-12-07T10:43")) == "2026-12-07T10:40"
    assert held_from("2026-12-07T11:30", at("2026-12-07T10:43")) is None  # today, within the hour: as planned
    assert held_from("2026-12-07T09:00", at("2026-12-07T10:43")) is None  # today, started late: as planned
    # Today, hours ahead (run in the small hours, or another meeting taken first): held now, or its minutes
    # and a meeting held between put changes and open items in the wrong order.
    assert held_from("2026-12-07T14:00", at("2026-12-07T10:43")) == "2026-12-07T10:40"
    assert held_from("2026-12-07T09:00", at("2026-12-07T01:14")) == "2026-12-07T01:10"
    assert held_from("2026-12-08T00:30", at("2026-12-07T23:45")) == "2026-12-07T23:45"  # tomorrow is a later day
    assert held_from("2026-12-07T14:00+01:00", at("2026-12-07T10:43")) == "2026-12-07T10:40"  # a zone: no TypeError
    assert held_from("2024-01-08T09:00", at("2026-12-07T10:43")) is None  # a day gone by: the record stays
    assert held_from("", at("2026-12-07T10:43")) is None
    from workshop.ui.meetings import view as meetings_view

    class Monday(datetime):  # the clock at 10:43 on a Monday: the test had depended on the time of day
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 12, 7, 10, 43)

    monkeypatch.setattr(meetings_view, "datetime", Monday)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Extramöte")
    view.new_meeting()
    meeting = next(m for m in session.engagement.meetings if m.title == "Extramöte")
    planned = meeting.starts_at
    assert planned == "2026-12-08T09:00"
    view.edits.add_free_item(meeting.uid, "Läget")
    view.select(meeting.uid)
    told = []
    monkeypatch.setattr(view, "_tell", told.append)  # the window's status bar
    view.run_current()
    held = view.edits.meeting(meeting.uid)
    assert held.status == "running" and held.starts_at == "2026-12-07T10:40"
    assert planned.replace("T", " ") in told[0] and held.starts_at.replace("T", " ") in told[0]
    session.undo_stack.undo()
    again = view.edits.meeting(meeting.uid)
    assert again.status == "planned" and again.starts_at == planned


def test_the_meeting_list_shows_titles_on_two_lines_and_a_planned_meeting_has_no_minutes_yet(
        view, session, monkeypatch):
    """At 1366×768 most titles were cut after a word or two: kind and title now take two lines (the
    organisations stay one, "GIS, …"); and a meeting only planned said "Minutes: draft"."""
    from workshop.ui.widgets.lines_label import LinesDelegate

    assert isinstance(view.table.itemDelegateForColumn(2), LinesDelegate)
    view.window().resize(1366, 708)
    view.table.resizeRowsToContents()
    line = view.table.fontMetrics().lineSpacing()
    heights = [view.table.rowHeight(r) for r in range(view.model.rowCount())]
    assert max(heights) >= 2 * line and min(heights) < 2 * line  # long titles wrap, short ones stay one line
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Planerat möte")
    view.new_meeting()
    assert view.edits.meeting(view.current_uid()).status == "planned"
    assert view.approval_state.text() == ""
    view.select(session.engagement.meetings[0].uid)
    assert view.approval_state.text() == "Minutes: draft"


def test_the_meeting_list_says_all_for_every_organisation_and_names_a_kind_short(view, session):
    """A joint meeting's organisations read "All (5)" (they had been cut to "GIS, …"), a meeting of some
    of them lists their codes; the steering group's long kind is "Steering group" in the narrow column,
    whole in its tooltip."""
    from workshop.charts.rich_text import tooltip

    model = view.model
    column = {name: i for i, name in enumerate(model.COLUMNS)}
    rows = {model.meeting(r).kind: r for r in range(model.rowCount())}
    shown = lambda r, c, role=Qt.ItemDataRole.DisplayRole: model.data(model.index(r, column[c]), role)
    assert shown(rows["joint"], "organisations") == "All (5)"
    assert shown(rows["joint"], "organisations", Qt.ItemDataRole.ToolTipRole) == tooltip("GIS, GNO, VMO, VAG, HYL")
    work = model.meeting(rows["work"])
    codes = {o.uid: o.short_code for o in session.engagement.organisations}
    assert shown(rows["work"], "organisations") == ", ".join(codes[o] for o in work.organisation_uids)
    assert shown(rows["steering"], "kind") == "Steering group"
    assert shown(rows["steering"], "kind", Qt.ItemDataRole.ToolTipRole) == tooltip("Steering-group check-in")


def test_a_planned_meeting_offers_no_approval_of_minutes(view, session, monkeypatch):
    """"Approve minutes…" was offered for a meeting not yet held: the dialog was filled in, then refused."""
    from workshop.ui.meetings import approve

    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Planerat möte")
    view.new_meeting()
    assert not view.approve_button.isEnabled()
    asked = []
    monkeypatch.setattr(approve, "ask_approval", lambda *a: asked.append(a))
    view.approve_current()  # as the keyboard would
    assert not asked and "has not been held yet" in view.message.text()
    view.select(session.engagement.meetings[0].uid)
    assert view.approve_button.isEnabled()
    past = next(m for m in session.engagement.meetings if m.title == "Planerat möte")
    view.edits.update_details(past.uid, starts_at="2024-01-08T09:00")  # planned for a day now past: held without Run
    view.select(past.uid)
    assert view.approve_button.isEnabled()


def test_no_meetings_says_what_to_do_and_shows_an_empty_form(open_app, template_path):
    """A blank engagement: the empty list said nothing, Delete was enabled, and the disabled form showed
    "2000-01-01 00:00" and "5 min"."""
    window = open_app(template_path, size=(1366, 708), view="meetings")
    view = window.views["meetings"]
    assert view.empty_hint.isVisible() and "New meeting" in view.empty_hint.text()
    assert not view.delete_button.isEnabled() and not view.approve_button.isEnabled()
    details = view.details
    assert (details.starts.text().strip(), details.duration.text(), details.title.text()) == ("", "", "")


def test_a_free_item_has_its_own_button_and_the_catalogue_its_own(open_app, example_path, qtbot):
    """Typing "Nästa steg" and clicking the button level with the field had added the chosen theme's
    questions (the catalogue's button stood at its foot) and left the text in the field. The field has its
    own button beside it; the catalogue's stands over the catalogue."""
    from PySide6.QtWidgets import QPushButton

    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    view.tabs.setCurrentWidget(view.agenda)
    editor = view.agenda
    count = len(view.edits.meeting(view.current_uid()).agenda)
    editor.free.setText("Nästa steg")
    add_free = editor.findChild(QPushButton, "agendaAddFree")
    assert abs(add_free.geometry().center().y() - editor.free.geometry().center().y()) < 10
    add_free.click()
    agenda = view.edits.meeting(view.current_uid()).agenda
    assert len(agenda) == count + 1 and any(a.text == "Nästa steg" and a.kind == "free" for a in agenda)
    assert editor.free.text() == ""
    add = editor.findChild(QPushButton, "agendaAdd")
    assert add.geometry().bottom() < editor.catalogue.geometry().top()


def test_ctrl_z_after_enter_in_the_free_item_field_takes_the_item_back(open_app, example_path, qtbot):
    """A free item added with Enter: Ctrl+Z in the emptied field takes the item back (the field had put "Kaffe"
    back into itself while the item stayed on the agenda, and Enter again added it twice)."""
    from PySide6.QtWidgets import QApplication

    window = open_app(example_path, size=(1366, 768), view="meetings")
    view = window.views["meetings"]
    view.tabs.setCurrentWidget(view.agenda)
    window.activateWindow()
    view.agenda.free.setFocus()
    qtbot.waitUntil(view.agenda.free.hasFocus)
    qtbot.keyClicks(view.agenda.free, "Kaffe")
    qtbot.keyClick(view.agenda.free, Qt.Key.Key_Return)
    assert any(a.text == "Kaffe" for m in window.session.engagement.meetings for a in m.agenda)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.agenda.free.text() == ""
    assert not any(a.text == "Kaffe" for m in window.session.engagement.meetings for a in m.agenda)


def test_every_field_of_a_meeting_s_details_has_its_own_alt_key(view):
    """Kind, Title, Starts, Length and Place each had an Alt key; the organisations taking part had none, so
    from the keyboard they were reached only by tabbing through the others. Each field now has its own
    letter, shared with no other label or tab of the Meetings view (Swedish: "Deltagande or&ganisationer")."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    details = view.details
    form = details.findChild(QFormLayout)
    label = form.labelForField(details.organisations)
    assert isinstance(label, QLabel) and label.buddy() is details.organisations

    def letter(text: str) -> str:
        text = text.replace("&&", "")
        at = text.find("&")
        return text[at + 1].lower() if at >= 0 else ""

    labels = [w.text() for w in view.findChildren(QLabel) if w.buddy() is not None]
    tabs = view.tabs.tabBar()
    letters = [letter(t) for t in labels] + [letter(tabs.tabText(i)) for i in range(tabs.count())]
    assert letter(label.text()) and letters.count(letter(label.text())) == 1, (label.text(), letters)
