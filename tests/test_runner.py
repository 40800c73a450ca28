"""The meeting runner: a whole meeting from the keyboard, notes that survive a crash, hostile text, clocks."""

from __future__ import annotations

import pytest
from kill_support import kill_once_typed
from meeting_keys import type_text
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton

from workshop.storage import EngagementStore
from workshop.ui.widgets import dialogs

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app_window(open_app, example_path):
    """The app as `make run` builds it, on a fresh example file."""
    return open_app(example_path, size=(1600, 1000))


def _stored(path):
    with EngagementStore.open(path) as store:
        return store.load()


def _meeting(path, uid):
    return next(m for m in _stored(path).meetings if m.uid == uid)


def _running(window, qtbot, row: int = -1):
    """Open the Meetings view and run the meeting in `row` (the last by default)."""
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.setFocus()
    view.table.selectRow(row if row >= 0 else view.model.rowCount() - 1)
    qtbot.keyClick(view.table, Qt.Key.Key_R, CTRL)
    assert view.pages.currentWidget() is view.runner
    return view, view.runner


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_whole_meeting_from_the_keyboard(app_window, qtbot, monkeypatch, example_path):
    """Prepare, run and close a meeting by keyboard alone; the file holds everything that happened."""
    window = app_window
    answers = iter(["Arbetsmöte Gnosjö, uppföljning"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    asked = []
    # Yes to ending the meeting; no to exporting its minutes now (offered once it has ended).
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, *a, **k: asked.append(title)
                        or title != "Meeting ended")
    window.show_view("meetings")
    view = window.views["meetings"]
    e = window.session.engagement
    gnosjo = next(o for o in e.organisations if o.short_code == "GNO")
    # --- prepare: create, organisation, attendees, agenda
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    uid = view.current_uid()
    details = view.details
    details.organisations.setFocus()
    details.organisations.setCurrentRow([o.uid for o in e.organisations].index(gnosjo.uid))
    qtbot.keyClick(details.organisations, Qt.Key.Key_Space)
    details.place.setFocus()
    type_text(details.place, "Gnosjö kommunhus")
    qtbot.keyClick(details.place, Qt.Key.Key_Tab)
    details.new_name.setFocus()
    type_text(details.new_name, "Karin Sjöberg")
    qtbot.keyClick(details.new_name, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_G, ALT)  # the Agenda tab's mnemonic
    assert view.tabs.currentWidget() is view.agenda
    tree = view.agenda.catalogue
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(2).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # the next question: the picker moved down
    view.agenda.free.setFocus()
    type_text(view.agenda.free, "Nästa steg")
    qtbot.keyClick(view.agenda.free, Qt.Key.Key_Return)
    assert [a.kind for a in _meeting(example_path, uid).agenda] == ["question", "question", "free"]
    # --- run
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R, CTRL)
    runner = view.runner
    assert runner.notes.hasFocus()
    assert runner.panels.earlier.count() == 2  # the open actions of the final joint meeting
    type_text(runner.notes, "Driften sköts av två personer.")
    qtbot.keyClick(runner.notes, Qt.Key.Key_A, ALT)  # answered → next
    type_text(runner.notes, "Återkommer")
    qtbot.keyClick(runner.notes, Qt.Key.Key_P, ALT)  # parked → goes to the end
    qtbot.keyClick(runner.notes, Qt.Key.Key_U, ALT)
    type_text(runner.follow_up, "Hur många servrar?")
    qtbot.keyClick(runner.follow_up, Qt.Key.Key_Return)
    qtbot.keyClick(runner.notes, Qt.Key.Key_D, ALT)
    type_text(runner.panels.decision_text, "Gnosjö deltar i förstudien.")
    qtbot.keyClick(runner.panels.decision_text, Qt.Key.Key_Return)
    qtbot.keyClick(runner.panels.decision_text, Qt.Key.Key_T, ALT)
    type_text(runner.panels.action_text, "Skicka serverlista")
    qtbot.keyClick(runner.panels.action_text, Qt.Key.Key_Tab)
    type_text(runner.panels.action_owner, "Karin Sjöberg")
    qtbot.keyClick(runner.panels.action_owner, Qt.Key.Key_Tab)
    type_text(runner.panels.action_due, "2026-12-01")
    qtbot.keyClick(runner.panels.action_due, Qt.Key.Key_Return)
    qtbot.keyClick(runner.panels.action_text, Qt.Key.Key_K, ALT)
    assert runner.panels.earlier.hasFocus()
    qtbot.keyClick(runner.panels.earlier, Qt.Key.Key_Space)  # close the first earlier action here
    qtbot.keyClick(runner.panels.earlier, Qt.Key.Key_N, ALT)  # back to the notes of "Nästa steg"
    assert runner.question.text() == "Nästa steg"
    type_text(runner.notes, "Klart")
    qtbot.keyClick(runner.notes, Qt.Key.Key_A, ALT)  # answered → the follow-up added after it
    assert runner.question.text() == "Hur många servrar?"
    qtbot.keyClick(runner.notes, Qt.Key.Key_S, ALT)  # skipped → the parked item, back at the end
    assert runner.notes.toPlainText() == "Återkommer"
    type_text(runner.notes, " – besvarad")  # the cursor is at the end of what was written before
    qtbot.keyClick(runner.notes, Qt.Key.Key_A, ALT)
    qtbot.keyClick(runner.notes, Qt.Key.Key_E, CTRL)  # end the meeting
    assert view.pages.currentIndex() == 0
    assert asked[-2:] == ["End meeting", "Meeting ended"]
    # --- what the file holds
    stored = _stored(example_path)
    m = next(x for x in stored.meetings if x.uid == uid)
    assert (m.status, m.place, m.organisation_uids) == ("closed", "Gnosjö kommunhus", (gnosjo.uid,))
    assert [p.name for p in stored.people if p.uid in m.attendee_uids] == ["Karin Sjöberg"]
    assert [(a.kind, a.status, a.notes) for a in m.agenda] == [
        ("question", "answered", "Driften sköts av två personer."),
        ("free", "answered", "Klart"),
        ("follow-up", "skipped", ""),
        ("question", "answered", "Återkommer – besvarad"),  # the parked item came back at the end
    ]
    assert m.agenda[2].text == "Hur många servrar?"
    assert [d.text for d in m.decisions] == ["Gnosjö deltar i förstudien."]
    assert [(a.text, a.owner, a.due_date, a.status) for a in m.action_items] == [
        ("Skicka serverlista", "Karin Sjöberg", "2026-12-01", "open")]
    closed = [a for x in stored.meetings for a in x.action_items if a.closed_in_meeting_uid == uid]
    assert len(closed) == 1 and closed[0].status == "closed"


def test_notes_are_saved_within_half_a_second_while_typing(app_window, qtbot, example_path):
    """Continuous typing reaches the file every half second, not only when the typing stops: the first
    keystroke starts a save at most half a second away, later keystrokes do not push it back, and when
    it comes the file holds everything typed so far (the save timer is fired here, not waited for)."""
    _view, runner = _running(app_window, qtbot)
    item_uid = runner.autosaver.item_uid
    timer = runner.autosaver.timer
    runner.notes.setFocus()
    original = runner.notes.toPlainText()

    def stored():
        with EngagementStore.open(example_path) as store:
            return store.meetings.item_notes(item_uid)

    for burst in ("Driften ", "sköts av ", "två personer."):
        type_text(runner.notes, burst[0])
        assert timer.isActive() and timer.isSingleShot() and timer.interval() <= 500
        due = timer.remainingTime()
        type_text(runner.notes, burst[1:])
        assert timer.isActive() and timer.remainingTime() <= due, "typing pushed the save back"
        timer.timeout.emit()  # the half second is up
        assert stored() == runner.notes.toPlainText() and not runner.autosaver.pending()
    assert stored() == original + "Driften sköts av två personer."


def test_notes_survive_sigkill(example_path, tmp_path):
    """A child process killed with SIGKILL right after typing leaves the notes in the file, exactly."""
    text = "Anteckning före strömavbrottet: 🙂 <b>fet</b> &amp; שלום"
    text_file = tmp_path / "text.txt"
    text_file.write_text(text, encoding="utf-8")
    before = _stored(example_path)
    line = kill_once_typed("notes_crash_child.py", example_path, text_file)
    item_uid = line.split()[1]
    original = next(a.notes for m in before.meetings for a in m.agenda if a.uid == item_uid)
    after = next(a.notes for m in _stored(example_path).meetings for a in m.agenda if a.uid == item_uid)
    assert after == original + text


def test_hostile_and_huge_notes_are_kept_exactly(app_window, qtbot, example_path):
    """A 100,000-character note with emoji, right-to-left, control characters and markup is stored as typed."""
    view, runner = _running(app_window, qtbot)
    item_uid = runner.autosaver.item_uid
    hostile = "<b>x</b> &amp; <img src=/etc/passwd> 🙂 مرحبا \x07\x1b[31m\t"
    text = hostile + "ö" * (100_000 - len(hostile))
    runner.notes.setPlainText(text)
    qtbot.waitUntil(lambda: not runner.autosaver.pending(), timeout=2000)
    with EngagementStore.open(example_path) as store:
        assert store.meetings.item_notes(item_uid) == text
    index = [a.uid for a in runner.meeting().agenda].index(runner.current_item().uid)
    runner.go_to(0 if index else 1)
    runner.go_to(index)
    assert runner.notes.toPlainText() == text
    runner.follow_up.setText("<i>följdfråga</i> &lt;")
    runner.add_follow_up()
    runner.next()
    assert runner.question.text() == "<i>följdfråga</i> &lt;"
    assert runner.question.textFormat() == Qt.TextFormat.PlainText


def test_undo_of_a_status_and_empty_entries_refused(app_window, qtbot, example_path):
    """Undo puts an item back to open and in place; empty follow-ups, decisions and actions are refused."""
    view, runner = _running(app_window, qtbot)
    uid = runner.meeting_uid
    first = runner.current_item()
    qtbot.keyClick(runner.notes, Qt.Key.Key_P, ALT)
    assert _meeting(example_path, uid).agenda[-1].uid == first.uid
    app_window.session.undo_stack.undo()
    stored = _meeting(example_path, uid)
    assert stored.agenda[0].uid == first.uid and stored.agenda[0].status == first.status
    count = app_window.session.undo_stack.count()
    runner.follow_up.setText("  ")
    runner.add_follow_up()
    assert "must not be empty" in runner.message.text()
    runner.panels.add_decision()
    runner.panels.action_due.setText("soon")
    runner.panels.action_text.setText("Något")
    runner.panels.add_action()
    assert "not a date" in runner.message.text()
    assert app_window.session.undo_stack.count() == count


def test_follow_up_saved_into_the_catalogue(app_window, qtbot, example_path):
    """A follow-up with “also save in the catalogue” becomes a question of the item's theme; undo removes both."""
    view, runner = _running(app_window, qtbot)
    item = next(a for a in runner.meeting().agenda if a.theme_title)
    runner.go_to([a.uid for a in runner.meeting().agenda].index(item.uid))
    runner.to_catalogue.setChecked(True)
    runner.follow_up.setText("Vilka avtal löper ut?")
    runner.add_follow_up()
    stored = _stored(example_path)
    theme = next(t for t in stored.themes if t.title == item.theme_title)
    question = next(q for q in stored.questions if q.text == "Vilka avtal löper ut?")
    assert question.theme_uid == theme.uid
    added = next(a for a in _meeting(example_path, runner.meeting_uid).agenda if a.text == question.text)
    assert added.kind == "follow-up" and added.question_uid == question.uid
    app_window.session.undo_stack.undo()
    assert not any(q.text == "Vilka avtal löper ut?" for q in _stored(example_path).questions)


def test_clocks_count_per_item_and_are_stored(app_window, qtbot, example_path):
    """Time on an item is kept as its seconds_spent when moving on, and the meeting clock adds them up."""
    app_window.show_view("meetings")
    now = [1_000_000]
    app_window.views["meetings"].runner.clock.now = lambda: now[0]  # the test's own clock
    view, runner = _running(app_window, qtbot)
    first = runner.current_item()
    now[0] += 65_000  # a minute and five seconds pass
    runner.clock.ticked.emit()
    assert "1:05" in runner.clocks.text()
    qtbot.keyClick(runner.notes, Qt.Key.Key_Right, ALT)
    stored = next(a for a in _meeting(example_path, runner.meeting_uid).agenda if a.uid == first.uid)
    assert stored.seconds_spent == first.seconds_spent + 65


def test_switching_views_keeps_the_last_keystrokes(app_window, qtbot, example_path):
    """Leaving the runner for another view saves the notes at once, without waiting for the timer."""
    view, runner = _running(app_window, qtbot)
    uid = runner.autosaver.item_uid
    type_text(runner.notes, "sista ordet")
    app_window.show_view("potential")
    with EngagementStore.open(example_path) as store:
        assert store.meetings.item_notes(uid).endswith("sista ordet")


def test_jump_to_an_item_with_ctrl_g(app_window, qtbot, monkeypatch):
    """Ctrl+G offers the agenda and shows the item picked, on the laptop and on the projector channel."""
    view, runner = _running(app_window, qtbot)
    agenda = runner.meeting().agenda
    from PySide6.QtWidgets import QPushButton

    offered, starts = [], []

    def pick(parent, title, label, items, current=""):
        offered.extend(items)
        starts.append(current)
        return items[-1]

    monkeypatch.setattr(dialogs, "ask_choice", pick)
    runner.next()  # on item 2: the list starts there, not at item 1
    qtbot.keyClick(runner.notes, Qt.Key.Key_G, CTRL)
    assert len(offered) == len(agenda) and starts == [offered[1]]
    assert runner.question.text() == agenda[-1].text
    assert app_window.presenter_channel.current.body == agenda[-1].text
    assert app_window.presenter_channel.current.position == f"{len(agenda)} / {len(agenda)}"
    runner.findChild(QPushButton, "runnerGoTo").click()  # the key was shown nowhere: a button says it
    assert len(starts) == 2 and starts[1] == offered[-1]


def test_decisions_and_actions_are_deleted_with_delete_and_undone(app_window, qtbot, example_path):
    """Del removes the selected decision or action item from the file; undo brings each back."""
    view, runner = _running(app_window, qtbot)
    before = _meeting(example_path, runner.meeting_uid)
    assert before.decisions and before.action_items
    panels = runner.panels
    panels.decisions.setFocus()
    panels.decisions.setCurrentRow(0)
    qtbot.keyClick(panels.decisions, Qt.Key.Key_Delete)
    panels.actions.setFocus()
    panels.actions.setCurrentRow(0)
    qtbot.keyClick(panels.actions, Qt.Key.Key_Delete)
    after = _meeting(example_path, runner.meeting_uid)
    assert after.decisions == before.decisions[1:] and after.action_items == before.action_items[1:]
    assert panels.decisions.count() == len(before.decisions) - 1
    app_window.session.undo_stack.undo()
    app_window.session.undo_stack.undo()
    restored = _meeting(example_path, runner.meeting_uid)
    assert restored.decisions == before.decisions and restored.action_items == before.action_items


def test_a_container_s_shortcuts_win_over_the_keys_a_text_field_keeps(qtbot):
    """Where the platform has Emacs keys a line edit keeps Ctrl+E ("end of line"; the meeting runner's
    Ctrl+E did nothing in its fields): with shortcuts_before_fields the container's Ctrl+E runs from the
    field. The field here claims Ctrl+E as such a platform's line edit does."""
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from workshop.ui.widgets.common import shortcuts_before_fields

    class EmacsLineEdit(QLineEdit):
        def event(self, event):
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E:
                event.accept()  # "end of line": the field keeps the key
                return True
            return super().event(event)

    ran = []
    for fixed in (False, True):
        box = QWidget()
        qtbot.addWidget(box)
        field = EmacsLineEdit(box)
        QVBoxLayout(box).addWidget(field)
        shortcut = QShortcut(QKeySequence("Ctrl+E"), box)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda fixed=fixed: ran.append(fixed))
        if fixed:
            shortcuts_before_fields(box)  # without it, the field keeps the key: nothing runs
        box.show()
        qtbot.waitExposed(box)
        box.activateWindow()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
        box.close()
    assert ran == [True]


def test_ctrl_e_asks_to_end_the_meeting_from_the_runner_s_fields(app_window, qtbot, monkeypatch):
    """Ctrl+E asks to end the meeting from the notes, the follow-up, the decision and the action fields."""
    window = app_window
    view, runner = _running(window, qtbot, row=0)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, *a, **k: asked.append(title) and False)
    for field in (runner.notes, runner.follow_up, runner.panels.decision_text, runner.panels.action_text):
        field.setFocus()
        qtbot.wait(10)
        qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert len(asked) == 4


def test_earlier_actions_take_room_only_when_there_are_some(open_app, example_path, qtbot, monkeypatch):
    """The first meeting has nothing carried over: no empty box above the decisions (it took a third of
    the panel's height at 1366×768); a later meeting lists what earlier ones left open. The due-date field
    shows its whole hint ("ÅÅÅÅ-MM-DD", not "ÅÅÅÅ-M…") beside the owner."""
    from workshop.domain.agenda import earlier_actions

    monkeypatch.setattr(dialogs, "ask_still_running", lambda *_a: "closed")  # the one before was held
    window = open_app(example_path, size=(1366, 708))
    shown = []
    window.show_view("meetings")
    view = window.views["meetings"]
    runner = view.runner
    first = window.session.engagement.meetings[0]
    view.edits.add_action(first.uid, "Skicka avtalslistan", "Anna", "")  # left open for the next ones
    for row in range(len(window.session.engagement.meetings)):
        view.table.selectRow(row)
        view.run_current()
        assert view.pages.currentWidget() is runner
        meeting = next(m for m in window.session.engagement.meetings if m.uid == runner.meeting_uid)
        listed = earlier_actions(window.session.engagement.meetings, meeting)
        assert runner.panels.earlier_box.isVisible() == bool(listed), meeting.title
        shown.append(bool(listed))
        due = runner.panels.action_due
        assert due.width() >= due.fontMetrics().horizontalAdvance(due.placeholderText()) + 16
        runner.leave()
    assert True in shown and False in shown


def test_the_runner_s_agenda_shows_each_item_on_two_lines(open_app, example_path, qtbot):
    """At 1366×768 the agenda beside the notes is ~200 px: a question gets two lines ("Hur ser er datacen…"
    told the facilitator nothing of what comes next), the whole in its tooltip."""
    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(1)
    view.run_current()
    agenda = view.runner.agenda
    line = agenda.fontMetrics().lineSpacing()
    long_rows = [r for r in range(agenda.model().rowCount())
                 if agenda.fontMetrics().horizontalAdvance(agenda.model().index(r, 0).data()) > 2 * agenda.width()]
    assert long_rows
    for row in long_rows:
        height = agenda.visualRect(agenda.model().index(row, 0)).height()
        assert 2 * line <= height < 3 * line + 16, row


def test_the_runner_s_heading_is_the_meeting_s_title_with_who_takes_part_beneath(open_app, example_path, qtbot):
    """At 1366×768 the title, kind and organisations in one bold heading took three lines in English and
    pushed the notes down: the title has up to two bold lines, the kind and organisations one line beneath."""
    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(view.model.rowCount() - 1)
    meeting = view.edits.meeting(view.current_uid())
    view.run_current()
    runner = view.runner
    qtbot.wait(20)
    assert runner.title.text() == meeting.title
    assert runner.subtitle.text().endswith("GIS, GNO, VMO, VAG, HYL")
    bold = runner.title.fontMetrics().lineSpacing()
    assert runner.title.height() <= 2 * bold + 8
    assert runner.subtitle.height() <= runner.subtitle.fontMetrics().lineSpacing() + 8
    assert runner.subtitle.y() >= runner.title.y() + runner.title.height() - 1


def test_ctrl_z_in_the_notes_undoes_the_last_thing_done(app_window, qtbot):
    """Words typed, then Alt+S: Ctrl+Z takes back the mark (the notes field had kept the key and taken back
    the words, while Edit → Undo offered the mark) and leaves the notes in focus; typed again, Ctrl+Z takes
    back the typing."""
    from PySide6.QtWidgets import QApplication

    view, runner = _running(app_window, qtbot)
    app_window.activateWindow()
    runner.notes.setFocus()
    qtbot.waitUntil(runner.notes.hasFocus)
    item = runner.current_item()
    before = item.status
    qtbot.keyClicks(runner.notes, " Viktigt")
    qtbot.keyClick(runner.notes, Qt.Key.Key_S, ALT)  # skipped → the next item
    assert next(a for a in runner.meeting().agenda if a.uid == item.uid).status == "skipped" != before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert next(a for a in runner.meeting().agenda if a.uid == item.uid).status == before
    assert "Viktigt" in app_window.session.store.meetings.item_notes(item.uid)
    assert QApplication.focusWidget() is runner.notes  # typing and the runner's keys go on (focus had gone)
    qtbot.keyClicks(runner.notes, "xyz")
    qtbot.keyClick(runner.notes, Qt.Key.Key_Z, CTRL)
    assert "xyz" not in runner.notes.toPlainText()


def test_ctrl_z_after_enter_in_a_decision_or_action_field_takes_it_back(app_window, qtbot):
    """A decision or action added with Enter: Ctrl+Z in its emptied field takes the addition back (the field
    had kept the key and put the words back into itself, while Edit → Undo offered the addition)."""
    view, runner = _running(app_window, qtbot)
    app_window.activateWindow()
    before = len(runner.meeting().decisions)
    field = runner.panels.decision_text
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Vi går vidare")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(runner.meeting().decisions) == before + 1 and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert len(runner.meeting().decisions) == before and field.text() == ""
    qtbot.keyClicks(field, "Ett ord")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # typing since: the field's own undo
    assert field.text() == "" and len(runner.meeting().decisions) == before


def test_alt_l_leaves_and_alt_k_with_no_earlier_actions_says_so(app_window, qtbot):
    """Alt+L is Leave (it had no key, and every runner button is out of the Tab order); Alt+K in a meeting
    with no earlier open action says so and leaves the keyboard in the notes (focus had gone into the hidden
    list, where keys did nothing)."""
    view, runner = _running(app_window, qtbot, row=0)
    app_window.activateWindow()
    runner.notes.setFocus()
    qtbot.waitUntil(runner.notes.hasFocus)
    assert not runner.panels.earlier.isVisible()
    qtbot.keyClick(runner.notes, Qt.Key.Key_K, ALT)
    assert runner.notes.hasFocus() and "earlier" in runner.message.text()
    qtbot.keyClick(runner.notes, Qt.Key.Key_L, ALT)
    assert view.pages.currentWidget() is not runner
    assert "Alt+L" in runner.findChild(QPushButton, "runnerLeave").toolTip()


def test_stepping_past_the_last_item_says_so_and_tab_leaves_the_notes(app_window, qtbot):
    """Next on the last item had done nothing without a word; Tab in the notes had typed a tab into the
    minutes."""
    view, runner = _running(app_window, qtbot)
    runner.go_to(len(runner.meeting().agenda) - 1)
    runner.next()
    assert "last item" in runner.message.text() and runner.message.isVisible()
    runner.previous()
    assert runner.message.text() == ""
    assert runner.notes.tabChangesFocus()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_an_edit_in_the_runner_leaves_a_chart_on_the_projector(app_window, qtbot):
    """A decision or a follow-up added while the votes are on the projector leaves them there (the question
    had come back over them); moving on to the next item puts its question up."""
    view, runner = _running(app_window, qtbot)
    channel = app_window.presenter_channel
    app_window.show_view("potential")
    app_window.views["potential"].show_shares_on_projector()
    app_window.show_view("meetings")
    assert channel.current.kind == "chart"
    runner.panels.decision_text.setText("Vi går vidare med alternativ 3")
    runner.panels.add_decision()
    runner.follow_up.setText("Hur många servrar har ni?")
    runner.add_follow_up()
    assert channel.current.kind == "chart"
    qtbot.keyClick(runner.notes, Qt.Key.Key_P, ALT)  # parked: the runner moves on, and so does the room
    assert channel.current.kind == "question" and channel.current.body == runner.current_item().text


def test_go_to_stays_on_the_screen_with_an_item_of_a_300_letter_word(qtbot):
    """"Go to…" (Ctrl+G) listed the agenda as wide as its longest item: 2,871 px with a 300-letter word, OK and
    Cancel off the screen. The list is a usual width, the long item ends in "…" and is whole in its tooltip."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from workshop.ui.widgets.dialogs import choice_dialog, chosen

    long = "Fika " + "Kommunalförbund" * 20
    items = ["1. Bakgrund", long, "3. Övrigt"]
    dialog = choice_dialog(None, "Go to", "Item:", items, long)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() < 900 and chosen(dialog, items) == long
    combo = dialog.findChild(QComboBox)
    assert long in combo.itemData(1, Qt.ItemDataRole.ToolTipRole).replace("\u200b", "")  # (where it may wrap)
    # The closed list shows the item's start and end with "…" between, not a word cut at its edge.
    start, end = combo.currentText().split("…")
    assert long.startswith(start) and long.endswith(end) and start and end
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= combo.width()
    # Two items alike but for their ends read apart.
    twins = [f"2024-08-23 09:00 — {'Gemensamt arbetsmöte om potential och alternativ ' * 2}{tail}"
             for tail in ("del 1", "del 2")]
    dialog = choice_dialog(None, "Go to", "Item:", twins, twins[1])
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox)
    assert combo.itemText(0) != combo.itemText(1) and chosen(dialog, twins) == twins[1]


def test_ending_a_meeting_counts_the_questions_left_open_not_its_free_items(app_window, qtbot, monkeypatch):
    """"Items still open or parked: 9" had counted "Fika" and the welcome among them: a free item is not
    answered. The question counts the questions and follow-ups left open or parked."""
    view, runner = _running(app_window, qtbot)
    uid = runner.meeting_uid
    question = next(a for a in runner.meeting().agenda if a.kind == "question")
    view.edits.set_item_status(uid, question.uid, "open")
    view.edits.add_free_item(uid, "Fika")
    meeting = runner.meeting()
    assert any(a.kind == "free" and a.status == "open" for a in meeting.agenda)
    questions = sum(1 for a in meeting.agenda if a.kind != "free" and a.status in ("open", "parked"))
    assert questions >= 1
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, question, *a, **k: asked.append(question))
    runner.end_meeting()
    assert asked and asked[0].endswith(f"Questions still open or parked: {questions}.")


def test_the_runner_with_its_internal_notes_open_fits_the_window_a_1366_screen_first_opens(open_app, example_path,
                                                                                           qtbot):
    """At 1229×690 (how the window first opens on a 1366×768 screen), every question of the catalogue run with
    the internal notes open: the window had grown to 705 px, past the screen's room above the task bar. A long
    question takes one line less while the notes are open, and is whole in its tooltip."""
    from workshop.domain.agenda import theme_items

    window = open_app(example_path, size=(1229, 690), view="meetings")
    view = window.views["meetings"]
    e = window.session.engagement
    meeting = view.edits.create("Alla frågor", starts_at="2030-01-01 09:00", organisation_uids=[e.organisations[0].uid])
    items = [i for t in e.themes for i in theme_items(t, e.questions)]
    view.edits.add_items(meeting.uid, items)
    view.select(meeting.uid)
    view.run_current()
    runner = view.runner
    runner.internal.focus_item()
    for index in range(len(items)):
        runner.go_to(index)
        qtbot.wait(5)
        assert window.height() <= 690, f"item {index + 1}: the window grew to {window.height()} px"
        if runner.question.shown() != runner.question.text():
            assert runner.question.shown().endswith("…") and runner.question.toolTip()


def test_earlier_actions_get_the_height_the_empty_lists_do_not_need(open_app, example_path, qtbot, monkeypatch):
    """A new meeting for every organisation at 1366×768: the open actions of earlier meetings (two, of six and
    nine lines) got a quarter of the panel, 96 px, and the first was cut, while the empty Decisions and Action
    items lists kept 250 px between them. The empty lists now keep only their least height (room to add one),
    and the earlier actions get the rest: the first whole, the second all but a line (the list scrolls)."""
    monkeypatch.setattr(dialogs, "ask_still_running", lambda *_a: "closed")
    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    e = window.session.engagement
    new = view.edits.create("Uppföljning", starts_at="2024-10-01T09:00",
                            organisation_uids=[o.uid for o in e.organisations])
    view.edits.add_free_item(new.uid, "Läget sedan sist")
    view.select(new.uid)
    view.run_current()
    assert view.pages.currentWidget() is view.runner, view.message.text()
    panels = view.runner.panels
    earlier = panels.earlier
    qtbot.waitUntil(lambda: earlier.isVisible())
    qtbot.wait(100)  # laid out
    assert earlier.count() == 2
    first, second = (earlier.visualItemRect(earlier.item(n)) for n in (0, 1))
    assert first.bottom() <= earlier.viewport().height() and second.top() < earlier.viewport().height() - 100
    for box in (panels.decisions.parentWidget(), panels.actions.parentWidget()):
        assert box.height() <= box.minimumSizeHint().height() + 2, box.title()


def test_a_word_longer_than_the_side_lists_stays_in_them_and_whole_in_the_tooltip(open_app, example_path, qtbot,
                                                                                  monkeypatch):
    """An earlier action "<a href='file:///etc/passwd'>Öppna</a> Informationssäkerhets…planering": its word ran
    off the right of the list behind a sideways scroll bar. Lines are as wide as the list now (the word ends in
    "…"), and the tooltip holds the whole text, literally."""
    from workshop.charts.rich_text import tooltip

    long = "Informationssäkerhetssamordningsförmågeutvecklingsplanering"
    monkeypatch.setattr(dialogs, "ask_still_running", lambda *_a: "closed")
    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    e = window.session.engagement
    first = e.meetings[0]
    text = f"<a href='file:///etc/passwd'>Öppna</a> {long}"
    view.edits.add_action(first.uid, text, "Anna", "")
    new = view.edits.create("Uppföljning", starts_at="2024-10-01T09:00",
                            organisation_uids=[o.uid for o in e.organisations])
    view.edits.add_free_item(new.uid, "Läget sedan sist")
    view.select(new.uid)
    view.run_current()
    earlier = view.runner.panels.earlier
    qtbot.waitUntil(lambda: earlier.isVisible())
    qtbot.wait(100)
    item = next(earlier.item(n) for n in range(earlier.count()) if long in earlier.item(n).text())
    assert not earlier.horizontalScrollBar().isVisible()  # nothing to the right, out of sight
    # Shown as typed, never a link (the zero-width spaces are where the word may wrap in the tooltip).
    assert item.toolTip() == tooltip(item.text()) and long in item.toolTip().replace("\u200b", "")


def test_a_decision_or_action_entered_is_shown_and_selected_in_its_list(open_app, example_path, qtbot, monkeypatch):
    """At 1366×768 the Decisions and Action items lists show two or three lines: the fourth decision entered
    cleared its field while the list stayed on the first, the new one out of sight (as if Enter had done
    nothing), and Del then deleted the first. The one entered is now the list's current item, in view."""
    monkeypatch.setattr(dialogs, "ask_still_running", lambda *_a: "closed")
    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    new = view.edits.create("Uppföljning", starts_at="2024-10-01T09:00")
    view.edits.add_free_item(new.uid, "Läget sedan sist")
    view.select(new.uid)
    view.run_current()
    panels = view.runner.panels
    qtbot.waitUntil(lambda: panels.decisions.isVisible())
    for n in range(1, 7):
        panels.decision_text.setText(f"Beslut {n}: kommunerna tar fram ett gemensamt underlag till förstudien")
        qtbot.keyClick(panels.decision_text, Qt.Key.Key_Return)
        panels.action_text.setText(f"Åtgärd {n}: skicka serverlistan till projektledaren")
        panels.action_owner.setText("Karin Sjöberg")
        qtbot.keyClick(panels.action_text, Qt.Key.Key_Return)
        qtbot.wait(20)
        for widget, word in ((panels.decisions, "Beslut"), (panels.actions, "Åtgärd")):
            current = widget.currentItem()
            assert current is not None and current.text().startswith(f"{word} {n}:"), widget.objectName()
            assert widget.viewport().rect().contains(widget.visualItemRect(current)), widget.objectName()


def test_a_follow_up_saved_in_the_catalogue_goes_to_its_question_s_theme_and_says_where(app_window, qtbot,
                                                                                       example_path):
    """The follow-up's theme was found by the title the agenda item kept: with the theme renamed since, the
    question went to the last theme; from a free item it went there too. Both without a word. It now goes to
    the theme of the item's question, and the runner says under which theme it was saved."""
    view, runner = _running(app_window, qtbot)
    e = app_window.session.engagement
    item = next(a for a in runner.meeting().agenda if a.question_uid)
    theme = next(t for t in e.themes
                 if t.uid == next(q.theme_uid for q in e.questions if q.uid == item.question_uid))
    assert theme.uid != e.themes[-1].uid
    app_window.views["catalogue"].edits.rename_theme(theme.uid, "Driften i dag")
    runner.go_to([a.uid for a in runner.meeting().agenda].index(item.uid))
    runner.to_catalogue.setChecked(True)
    runner.follow_up.setText("Vilka avtal löper ut?")
    runner.add_follow_up()
    question = next(q for q in _stored(example_path).questions if q.text == "Vilka avtal löper ut?")
    assert question.theme_uid == theme.uid
    assert runner.message.text() == "Also saved in the catalogue, under “Driften i dag”."
    free = next(n for n, a in enumerate(runner.meeting().agenda) if a.kind == "free")
    runner.go_to(free)
    runner.follow_up.setText("Vem äger nätet?")
    runner.add_follow_up()
    last = app_window.session.engagement.themes[-1].title
    assert runner.message.text() == f"Also saved in the catalogue, under “{last}”."


def test_ending_a_meeting_gives_it_the_length_it_was_held(app_window, qtbot, monkeypatch):
    """A meeting planned for 120 minutes, ended 11 minutes after it started: its minutes read "02:35–04:35", the
    planned end. Ending it sets its length to the time held, up to the next five minutes ("02:35–02:50"); one
    undo takes back the end and the length together."""
    from datetime import datetime, timedelta

    from workshop.domain.agenda import held_minutes
    from workshop.export.common import meeting_when
    from workshop.ui.meetings.runner import view as runner_view

    at = datetime.fromisoformat
    assert held_minutes("2026-12-08T02:35", at("2026-12-08T02:35:11")) == 5  # seconds: the shortest length
    assert held_minutes("2026-12-08T02:35", at("2026-12-08T02:46")) == 15
    assert held_minutes("2026-12-08T09:00", at("2026-12-08T08:59")) is None  # not begun: the plan stays
    assert held_minutes("2026-12-01T09:00", at("2026-12-08T10:00")) is None  # typed in afterwards
    assert held_minutes("2026-12-08", at("2026-12-08T10:00")) is None  # no time of day
    view, runner = _running(app_window, qtbot)
    uid = runner.meeting_uid
    view.edits.update_details(uid, starts_at="2026-12-08 02:35", duration_minutes=120)
    planned = runner.meeting()
    assert meeting_when(planned) == "2026-12-08 02:35–04:35"

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 12, 8, 2, 46)

    monkeypatch.setattr(runner_view, "datetime", Later)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, *a, **k: title == "End meeting")  # no minutes
    runner.end_meeting()
    ended = view.edits.meeting(uid)
    assert ended.status == "closed" and meeting_when(ended) == "2026-12-08 02:35–02:50"
    app_window.session.undo_stack.undo()
    again = view.edits.meeting(uid)
    assert again.status == "running" and again.duration_minutes == 120
