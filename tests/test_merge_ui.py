"""File → Hand Out a Copy… and File → Merge From… in the window: the conflict dialog, one undoable merge."""

from __future__ import annotations

import pytest
from merge_support import set_vote as _set_vote
from PySide6.QtCore import Qt

from workshop.app import build
from workshop.domain.merging import Side
from workshop.storage import EngagementStore
from workshop.storage.backups import backups_of
from workshop.storage.merge import hand_out_store, merge_files
from workshop.ui.merge import dialog as merge_dialog
from workshop.ui.merge.dialog import MergeDialog
from workshop.ui.merge.model import HERE, THERE, ConflictModel
from workshop.ui.widgets import dialogs


def _vote(session, org, alternative, criterion):
    uid = next(o.uid for o in session.engagement.organisations if o.name == org)
    return session.vote(uid, alternative, criterion).value


def _rows(session) -> dict:
    conn = session.store.db.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


@pytest.fixture
def conflicting_pair(example_path, tmp_path):
    """The example and a copy handed out from it, each with its own vote for Gnosjö on 1 Teknik, criterion 6,
    the copy also with a vote only it changed."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    _set_vote(example_path, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    _set_vote(theirs, "Hylte", "S", 1, 3)  # 1 in the example
    return example_path, theirs


@pytest.fixture
def app_window(qtbot, conflicting_pair):
    _app, window, controller = build(["workshop", str(conflicting_pair[0])])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    controller.close()


def test_conflict_model_passes_qt_checks_and_keeps_one_side_per_row(qtmodeltester, conflicting_pair):
    """The conflict table is a well-behaved model; a row's two versions are a pair of which one is kept."""
    report, _ = merge_files(*conflicting_pair)
    model = ConflictModel()
    model.set_rows(report.conflicts)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Gnosjö's vote on 1 Teknik, criterion 6"
    assert (model.index(0, HERE).data(), model.index(0, THERE).data()) == ("2", "3")
    assert model.undecided() == 1
    model.setData(model.index(0, THERE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.index(0, THERE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, HERE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.choices() == {report.conflicts[0].key: Side.THEIRS} and model.undecided() == 0


def test_merge_button_waits_until_every_conflict_is_decided(qtbot, conflicting_pair):
    """Merge stays disabled until each conflict has a side; Keep All There decides them all."""
    report, _ = merge_files(*conflicting_pair)
    dlg = MergeDialog(report, "example.workshop", "laptop2.workshop")
    qtbot.addWidget(dlg)
    assert not dlg.merge_button.isEnabled()
    dlg.all_there.click()
    assert dlg.merge_button.isEnabled()
    dlg.choose(0, Side.MINE)
    assert dlg.model.choices() == {report.conflicts[0].key: Side.MINE}


def test_the_summary_says_each_count_in_its_own_sentence_and_how_to_choose_by_keyboard(qtbot, conflicting_pair):
    """"…as they are: 1. Changed differently on the two laptops: 1. …" had run together, and "(click it)"
    said a mouse was needed: each is on its own line, and the keys that choose are named (and do choose)."""
    report, _ = merge_files(*conflicting_pair)
    dlg = MergeDialog(report, "example.workshop", "laptop2.workshop")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    first, second = dlg.summary.text().split("\n")
    assert first.endswith("as they are: 1.") and second.startswith("Changed differently on the two laptops: 1.")
    assert "arrow keys" in second and "Space" in second
    dlg.table.setFocus()
    dlg.table.setCurrentIndex(dlg.model.index(0, HERE))
    qtbot.keyClick(dlg.table, Qt.Key.Key_Right)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Space)
    assert dlg.model.choices() == {report.conflicts[0].key: Side.THEIRS}


def test_merge_from_brings_the_copy_in_as_one_undoable_step_after_a_backup(app_window, conflicting_pair,
                                                                            monkeypatch):
    """The facilitator keeps the other laptop's vote: it and the one-sided change come in, a backup is taken
    first, and Undo puts the file back as it was (Redo brings the merge again)."""
    mine, theirs = conflicting_pair
    window = app_window
    session = window.session
    shown = []
    monkeypatch.setattr(merge_dialog, "ask_decisions",
                        lambda parent, report, a, b: shown.extend(report.conflicts) or
                        {c.key: Side.THEIRS for c in report.conflicts})
    backups_before = len(backups_of(mine))
    before = _rows(session)
    assert window.actions["merge_from"].isEnabled()
    window.merge_controller.merge_from(str(theirs))
    assert [c.text() for c in shown] == ["Gnosjö's vote on 1 Teknik, criterion 6: 2 here, 3 there"]
    assert _vote(session, "Gnosjö", "1 Teknik", 6) == 3 and _vote(session, "Hylte", "S", 1) == 3
    assert len(backups_of(mine)) == backups_before + 1
    session.undo_stack.undo()
    assert _vote(session, "Gnosjö", "1 Teknik", 6) == 2 and _vote(session, "Hylte", "S", 1) == 1
    assert _rows(session) == before  # every row of every table, the stored bases included
    session.undo_stack.redo()
    assert _vote(session, "Gnosjö", "1 Teknik", 6) == 3
    with EngagementStore.open(mine, read_only=True) as store:
        assert next(v.value for v in store.load().votes if v.alternative_code == "S" and v.criterion_number == 1
                    and v.organisation_uid == next(o.uid for o in store.load().organisations
                                                   if o.name == "Hylte")) == 3


def test_cancelling_the_dialog_changes_nothing(app_window, conflicting_pair, monkeypatch):
    """Cancel: the file and the undo stack stay as they were."""
    mine, theirs = conflicting_pair
    window = app_window
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *args: None)
    window.merge_controller.merge_from(str(theirs))
    assert _vote(window.session, "Gnosjö", "1 Teknik", 6) == 2
    assert window.session.undo_stack.count() == 0


def test_a_file_that_does_not_belong_is_refused_in_words(app_window, tmp_path, monkeypatch, example):
    """Merging a file that was never handed out from this one says why and changes nothing."""
    window = app_window
    other = tmp_path / "other.workshop"
    EngagementStore.create(other, example).close()
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    window.merge_controller.merge_from(str(other))
    assert errors and "no common base" in errors[0]
    assert window.session.undo_stack.count() == 0


def test_merging_the_open_file_itself_is_refused_in_words(app_window, conflicting_pair, tmp_path, monkeypatch):
    """Picking the open file itself in Merge From (or a link to it) says so, as `workshop merge` does; it had
    said "e.workshop holds nothing this file lacks; nothing to merge", as if a merge had been made."""
    mine, _theirs = conflicting_pair
    window = app_window
    link = tmp_path / "link.workshop"
    link.symlink_to(mine)
    errors, infos = [], []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append((title, message)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, message: infos.append(message))
    before = mine.read_bytes()
    for path in (mine, link):
        errors.clear()
        assert window.merge_controller.merge_from(str(path)) is None
        assert errors == [("Cannot merge", f"{path.name} is the file open here. Choose the copy from the other laptop.")]
    assert infos == [] and window.session.undo_stack.count() == 0 and mine.read_bytes() == before


def test_hand_out_writes_a_copy_that_merges_back(app_window, tmp_path, monkeypatch):
    """File → Hand Out a Copy… writes a copy that merges back into the open file with nothing to ask."""
    window = app_window
    copy = tmp_path / "laptop3.workshop"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(copy))
    window.actions["handout"].trigger()
    assert copy.exists()
    _set_vote(copy, "Värnamo", "2", 2, 1)
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda parent, report, a, b: {})
    report = window.merge_controller.merge_from(str(copy))
    assert report.conflicts == [] and _vote(window.session, "Värnamo", "2", 2) == 1


def test_merging_keeps_what_is_typed_and_the_running_meeting_shows_what_came_in(open_app, example_path, tmp_path,
                                                                                  monkeypatch):
    """Three ways the merge lost or overwrote work: a record typed into a cleared form was dropped (the form
    refilled), and a running meeting's notes showed the old text, so the next keystroke wrote it over the
    version that came in (and over the merge's undo). The chooser also said "Open engagement"."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
        item = store.load().meetings[0].agenda[0]
    with EngagementStore.open(theirs) as store:
        store.meetings.set_item_notes(item.uid, "Där: ny version.")
    window = open_app(example_path, size=(1366, 708), view="meetings")
    meetings = window.views["meetings"]
    meetings.select(window.session.engagement.meetings[0].uid)
    meetings.run_current()
    runner = meetings.runner
    assert runner.autosaver.item_uid == item.uid and runner.notes.toPlainText() == item.notes
    window.show_view("framework")
    editor = window.views["framework"].scoped_out
    editor.clear_form()
    editor.inputs["text"].setText("Telefoni")
    titles, errors = [], []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, folder, title="": titles.append(title) or str(theirs))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *a: {})
    steps = window.session.undo_stack.count()
    window.actions["merge_from"].trigger()  # the new item has no reason yet: it cannot be stored
    assert titles == ["Merge from which copy?"] and "the reason must not be empty" in errors[0]
    assert window.session.undo_stack.count() == steps and runner.notes.toPlainText() == item.notes  # no merge
    editor.inputs["reason"].setPlainText("Egen upphandling")
    window.actions["merge_from"].trigger()
    assert "Telefoni" in [s.text for s in window.session.engagement.scoped_out]  # stored first, then merged
    assert runner.notes.toPlainText() == "Där: ny version."  # the file's, not the old text
    runner.notes.setPlainText(runner.notes.toPlainText() + " Ok.")
    runner.flush()
    assert window.session.store.meetings.item_notes(item.uid) == "Där: ny version. Ok."
    window.session.undo_stack.undo()  # the merge: the notes typed after it were saved first, then put back
    assert runner.notes.toPlainText() == item.notes
    assert window.session.store.meetings.item_notes(item.uid) == item.notes


def test_handing_out_to_a_name_without_its_suffix_asks_before_replacing_that_file(app_window, tmp_path,
                                                                                    monkeypatch):
    """Typing "copy" in the save dialog when copy.workshop exists: the dialog asked about "copy" (no such
    file), then the app added ".workshop" and replaced the colleague's copy without a word."""
    window = app_window
    existing = tmp_path / "copy.workshop"
    existing.write_bytes(b"the colleague's copy")
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "copy"))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    window.actions["handout"].trigger()
    assert asked == ["“copy.workshop” already exists. Replace it?"]
    assert existing.read_bytes() == b"the colleague's copy"


def test_long_names_and_many_renames_keep_the_dialog_on_the_screen(qtbot, conflicting_pair):
    """A name without spaces in a rename widened the dialog to 25,000 px (Merge and Cancel off screen); and
    the dialog was 1100 × 620 whatever the screen. It is now as high as its conflicts need, within the
    screen it opens on."""
    import dataclasses

    from workshop.domain.merging import Rename
    from workshop.domain.messages import term

    report, _ = merge_files(*conflicting_pair)
    long_name = "Kommunalförbundet" * 180
    renames = [Rename(term("alternative {code}", code=str(n)), long_name, long_name + " (2)", Side.THEIRS)
               for n in range(12)]
    dlg = MergeDialog(dataclasses.replace(report, renames=renames), "example.workshop", "laptop2" * 200)
    qtbot.addWidget(dlg)
    dlg.show()
    room = dlg.screen().availableGeometry()
    assert dlg.minimumSizeHint().width() < 1366 and dlg.width() <= room.width()
    assert dlg.height() <= room.height()
    qtbot.waitUntil(lambda: dlg.table.viewport().height() >= dlg.table.rowHeight(0))  # its conflict in view
    assert dlg.renames.text().count("\n") == 12 and dlg.renames.toolTip()  # whole in the tooltip
    assert dlg.buttons.geometry().bottom() <= dlg.height()


def test_choices_that_cannot_be_merged_come_back_with_the_reason(app_window, conflicting_pair, monkeypatch):
    """Here criterion 2's scale became 0–4 and a vote 0; there the scale became 2–4. Keeping "there" for the
    scale cannot be merged (the vote lies outside it): every choice made was thrown away with an error. The
    dialog now comes back with the choices as made and why, and another choice merges."""
    import sqlite3

    mine, theirs = conflicting_pair
    window = app_window
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE criteria SET scale_min = 2 WHERE number = 2")
    with window.session.store.db.conn as conn:
        conn.execute("UPDATE criteria SET scale_min = 0 WHERE number = 2")
        conn.execute("UPDATE criteria_votes SET value = 0 WHERE criterion_number = 2 AND alternative_code = 'S' "
                     "AND organisation_uid = (SELECT uid FROM organisations WHERE short_code = 'GIS')")
    asked = []

    def answer(parent, report, here, there, **again):
        asked.append(again)
        scale = next(c.key for c in report.conflicts if "criterion 2" in c.text() and "lowest" in c.text())
        choices = {c.key: Side.THEIRS for c in report.conflicts}
        if again:
            choices[scale] = Side.MINE
        return choices

    monkeypatch.setattr(merge_dialog, "ask_decisions", answer)
    report = window.merge_controller.merge_from(str(theirs))
    assert len(asked) == 2 and asked[0] == {}
    assert "cannot be merged" in asked[1]["problem"]
    assert "a criterion's scale kept from one side leaves votes kept from the other outside it" in asked[1]["problem"]
    assert len(asked[1]["chosen"]) == len(report.conflicts)
    assert _vote(window.session, "Gnosjö", "1 Teknik", 6) == 3  # the other choices kept: there
    crit2 = next(c for c in window.session.engagement.criteria if c.number == 2)
    assert crit2.scale_min == 0


def test_the_dialog_shows_the_choices_it_is_given_back_and_the_problem(qtbot, conflicting_pair):
    report, _ = merge_files(*conflicting_pair)
    dlg = MergeDialog(report, "example.workshop", "laptop2.workshop", chosen={report.conflicts[0].key: Side.THEIRS},
                      problem="These choices cannot be merged: the scale.")
    qtbot.addWidget(dlg)
    assert dlg.model.choices() == {report.conflicts[0].key: Side.THEIRS} and dlg.merge_button.isEnabled()
    assert dlg.problem.text() == "These choices cannot be merged: the scale."


def test_redo_with_a_field_being_typed_in_keeps_the_typing_and_does_not_crash(app_window, conflicting_pair,
                                                                              monkeypatch):
    """Redo stored the typed field as an edit of its own inside the redo, which dropped the merge command
    being redone: a crash. Then Redo left the typing out, and the views it refreshed lost it. The typing is
    stored first, as typing after an undo is in any editor: it is the latest edit, and no merge is redone
    over it."""
    mine, theirs = conflicting_pair
    window = app_window
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *a: {c.key: Side.THEIRS for c in a[1].conflicts})
    window.merge_controller.merge_from(str(theirs))
    session = window.session
    session.undo_stack.undo()
    window.show_view("engagement")
    from PySide6.QtWidgets import QLineEdit

    field = window.views["engagement"].findChild(QLineEdit, "info_title")
    field.setFocus()
    assert window.redo_action.isEnabled()
    field.setText(field.text() + " typed")
    window.redo_action.trigger()
    assert session.engagement.info.title.endswith(" typed") and field.text().endswith(" typed")
    assert _vote(session, "Gnosjö", "1 Teknik", 6) == 2 and not window.redo_action.isEnabled()
    assert "nothing to redo" in window.statusBar().currentMessage()
    window.undo_action.trigger()  # the typing goes; the merge stays undone
    assert not session.engagement.info.title.endswith(" typed")


def test_a_clock_that_came_in_is_shown_and_kept_by_the_running_meeting(app_window, conflicting_pair, monkeypatch):
    """Only the item's time spent changed there: the runner kept its own count and wrote it over the one
    that came in."""
    mine, theirs = conflicting_pair
    window = app_window
    item = window.session.engagement.meetings[0].agenda[0]
    with EngagementStore.open(theirs) as store:
        store.meetings.set_item_seconds(item.uid, 1200)
    window.show_view("meetings")
    meetings = window.views["meetings"]
    meetings.select(window.session.engagement.meetings[0].uid)
    meetings.run_current()
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *a: {c.key: Side.THEIRS for c in a[1].conflicts})
    window.merge_controller.merge_from(str(theirs))
    runner = meetings.runner
    assert runner._seconds.get(item.uid) == 1200
    runner.flush()
    stored = next(a.seconds_spent for a in window.session.store.load().meetings[0].agenda if a.uid == item.uid)
    assert stored >= 1200


def test_the_dialog_lists_what_comes_in_without_a_question(qtbot, conflicting_pair):
    """Only the number of changes coming in was said: Hylte's new vote came in unseen. Each is listed in words,
    and a meeting's new place typed with markup shows as typed."""
    import sqlite3

    mine, theirs = conflicting_pair
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE meetings SET place = '<b>Gnosjö</b> bibliotek' WHERE rowid = 1")
    report, _image = merge_files(mine, theirs)
    from workshop.domain.messages import words

    texts = [words(change) for change in report.incoming]
    assert "Hylte's vote on S, criterion 1: 3" in texts
    assert any("“<b>Gnosjö</b> bibliotek”" in t for t in texts)
    assert not any("as given in meeting" in t for t in texts)  # the meetings' records follow the scores
    dialog = MergeDialog(report, mine.name, theirs.name)
    qtbot.addWidget(dialog)
    shown = [dialog.incoming.item(i).text() for i in range(dialog.incoming.count())]
    assert shown == texts and not dialog.incoming.isHidden()
    assert "&lt;b&gt;" in dialog.incoming.item(shown.index(next(t for t in texts if "bibliotek" in t))).toolTip()


def test_a_long_list_of_what_comes_in_names_the_first_and_counts_the_rest(qtbot, example_path, tmp_path):
    """Every organisation's votes changed on the other laptop: the first INCOMING_NAMED are named, the rest
    counted ("and 40 more"), none of them the meetings' records."""
    import sqlite3

    from workshop.storage.merge.engine import INCOMING_NAMED

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE criteria_votes SET value = 5 - value")
        changed = conn.total_changes
    report, _image = merge_files(example_path, theirs)
    assert len(report.incoming) == INCOMING_NAMED and report.incoming_more == changed - INCOMING_NAMED
    dialog = MergeDialog(report, example_path.name, theirs.name)
    qtbot.addWidget(dialog)
    assert dialog.incoming.item(dialog.incoming.count() - 1).text() == f"and {changed - INCOMING_NAMED} more"


def test_a_field_only_the_other_laptop_changed_in_a_row_both_changed_is_listed(qtbot, example_path, tmp_path):
    """A meeting retitled on both laptops, its place changed on the other one only: the place comes in without
    a question, and is listed (it had been counted, "1 change", with no line saying what)."""
    import sqlite3

    from workshop.domain.messages import words

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE meetings SET place = 'Gnosjö bibliotek', title = 'Startmöte B' WHERE rowid = 1")
    with sqlite3.connect(example_path) as conn:
        conn.execute("UPDATE meetings SET title = 'Startmöte A' WHERE rowid = 1")
    report, _image = merge_files(example_path, theirs)
    assert len(report.conflicts) == 1  # the title
    assert any("place “Gnosjö bibliotek”" in words(change) for change in report.incoming)
    dialog = MergeDialog(report, example_path.name, theirs.name)
    qtbot.addWidget(dialog)
    assert ": 1." in dialog.summary.text() and dialog.incoming.count() == 1


def test_an_organisation_removed_there_is_one_line_not_one_per_vote(example_path, tmp_path):
    """Hylte removed on the other laptop: "removed: organisation Hylte", not also each of its 28 votes nor its
    three people's emptied organisation (48 lines had said one removal)."""
    import sqlite3

    from workshop.domain.messages import words

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    with sqlite3.connect(theirs) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM organisations WHERE name = 'Hylte'")
    report, _image = merge_files(example_path, theirs)
    said = [words(change) for change in report.incoming]
    assert any(s.startswith("removed: ") and "Hylte" in s for s in said)
    assert said == ["removed: organisation Hylte"], said


def test_notes_added_to_on_both_laptops_show_what_each_added_whole_and_literally(qtbot, example_path, tmp_path):
    """Both laptops added a line to one question's notes: each version had been cut to 50 letters on one line,
    in the cells and in the tooltip alike, so the notes to keep were chosen on their first few words.
    Each cell now shows its version with its lines, a few lines at most (a 300-letter word and markup
    included, as typed), and its tooltip the whole text; the conflicts file has both texts whole."""
    from PySide6.QtGui import QFontMetrics

    from workshop.ui.merge.dialog import VERSION_LINES

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
        item = store.load().meetings[3].agenda[0]
        here = item.notes + "\nHär: Gnosjö vill gå vidare med teknikleverans."
        store.meetings.set_item_notes(item.uid, here)
    there = item.notes + "\n<b>Där</b>: <a href='x'>kalkyl</a> &amp; " + "Ö" * 300 + "\nrad tre"
    with EngagementStore.open(theirs) as store:
        store.meetings.set_item_notes(item.uid, there)
    report, _ = merge_files(example_path, theirs)
    [conflict] = report.conflicts
    assert "teknikleverans" not in conflict.text() and "rad tre" not in conflict.text()  # one line: cut
    assert (conflict.as_json()["here_text"], conflict.as_json()["there_text"]) == (here, there)
    dlg = MergeDialog(report, example_path.name, theirs.name)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    cell = {side: dlg.model.index(0, column) for side, column in (("here", HERE), ("there", THERE))}
    assert cell["here"].data().endswith("\nHär: Gnosjö vill gå vidare med teknikleverans.”")
    assert "\n<b>Där</b>: <a href='x'>kalkyl</a> &amp; ÖÖÖ" in cell["there"].data()
    tip = cell["there"].data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Där&lt;/b&gt;: &lt;a href='x'&gt;kalkyl&lt;/a&gt; &amp;amp;" in tip and "rad tre" in tip
    lines = QFontMetrics(dlg.table.font()).lineSpacing()
    assert dlg.table.rowHeight(0) <= lines * VERSION_LINES + 24  # six lines, not the 300 letters' eleven
    room = dlg.screen().availableGeometry()
    assert dlg.width() <= room.width() and dlg.height() <= room.height()
    assert dlg.buttons.geometry().bottom() <= dlg.height()


def test_a_difference_far_into_a_long_text_is_shown_from_a_little_before_it():
    """Two long notes that differ only in their last line show that line in each cell (from "…" a little before
    it), not the same first lines twice."""
    from workshop.ui.merge.model import around_difference

    common = "Gemensam inledning som båda har kvar oförändrad. " * 6
    shown = around_difference(common + "Här: ja.", common + "Där: nej.")
    assert shown.startswith("…") and shown.endswith("oförändrad. Här: ja.") and len(shown) < 80
    assert around_difference("Kort här.", "Kort där.") == "Kort här."


def test_the_status_bar_counts_what_came_in_as_the_dialog_did_and_the_conflicts_decided(app_window,
                                                                                      conflicting_pair, monkeypatch):
    """The dialog said one change comes in; the status bar after the merge said 2 (the vote's meeting record
    counted too) and nothing of the conflict decided."""
    _mine, theirs = conflicting_pair
    listed = []
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda parent, report, a, b: listed.append(
        report.incoming_count) or {c.key: Side.MINE for c in report.conflicts})
    report = app_window.merge_controller.merge_from(str(theirs))
    assert listed == [1] and report.changes == 2
    assert "(changes that came in: 1; conflicts you decided: 1)" in \
        app_window.statusBar().currentMessage()


def test_the_file_chooser_calls_engagement_files_what_they_are(qtbot):
    """Merge From…'s chooser listed every .workshop file as of type "unknown" (the system knows no such
    type), the other laptop's copy included; other files keep the system's name for their type."""
    from PySide6.QtCore import QFileInfo

    provider = dialogs.file_dialog(None, "Merge from which copy?", ".", dialogs.engagement_filter()).iconProvider()
    assert provider.type(QFileInfo("/media/usb/laptop2.workshop")) == "Workshop engagement"
    assert provider.type(QFileInfo("/media/usb/LAPTOP2.WORKSHOP")) == "Workshop engagement"
    assert provider.type(QFileInfo("/media/usb/minutes.pdf")) != "Workshop engagement"


def test_a_name_of_one_long_word_wraps_in_its_cell(qtbot, example_path, tmp_path):
    """An organisation renamed here to a 300-letter word (and otherwise there): its cell was measured as one
    line, so two lines of it showed, cut; it wraps to the cell's six lines (whole in the tooltip)."""
    from PySide6.QtGui import QFontMetrics

    from workshop.ui.merge.dialog import VERSION_LINES

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
        gnosjo = next(o.uid for o in store.load().organisations if o.name == "Gnosjö")
        store.rename_organisation(gnosjo, "<i>Gnosjö</i> " + "Ö" * 300)
    with EngagementStore.open(theirs) as store:
        store.rename_organisation(gnosjo, "Gnosjö & <b>x</b>")
    report, _ = merge_files(example_path, theirs)
    dlg = MergeDialog(report, example_path.name, theirs.name)
    qtbot.addWidget(dlg)
    dlg.resize(1229, 652)
    dlg.show()
    qtbot.waitExposed(dlg)
    row = next(r for r in range(dlg.model.rowCount()) if "name" in dlg.model.index(r, 0).data())
    lines = QFontMetrics(dlg.table.font()).lineSpacing()
    assert lines * (VERSION_LINES - 1) <= dlg.table.rowHeight(row) <= lines * VERSION_LINES + 24
    assert dlg.model.index(row, THERE).data() == "“Gnosjö & <b>x</b>”"


def test_a_copy_with_a_text_that_is_not_utf8_is_refused_in_words(app_window, conflicting_pair, monkeypatch):
    """Merge From… a copy whose notes another program wrote in bytes that are not UTF-8 says the copy is damaged
    and where, and changes nothing; it had raised UnicodeDecodeError out of the merge."""
    import sqlite3

    mine, theirs = conflicting_pair
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE agenda_items SET notes = CAST(X'48e4ff20' AS TEXT) WHERE rowid = "
                     "(SELECT min(rowid) FROM agenda_items)")
    conn.close()
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append((title, message)))
    before = _rows(app_window.session)
    assert app_window.merge_controller.merge_from(str(theirs)) is None
    assert errors == [("Cannot merge", f"{theirs}: the file is damaged (a text in the column agenda_items.notes is "
                                       "not valid UTF-8).")]
    assert app_window.session.undo_stack.count() == 0 and _rows(app_window.session) == before


def test_undoing_the_merge_takes_back_the_status_bar_saying_it_was_made(app_window, conflicting_pair, monkeypatch):
    """Edit → Undo right after a merge: the status bar went on saying "Merged laptop2.workshop (…); Edit → Undo
    takes the merge back" for ten seconds, over a file that no longer held it. Redo says nothing of it either."""
    _mine, theirs = conflicting_pair
    window = app_window
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *a: {c.key: Side.THEIRS for c in a[1].conflicts})
    window.merge_controller.merge_from(str(theirs))
    assert window.statusBar().currentMessage().startswith("Merged laptop2.workshop")
    window.undo_action.trigger()
    assert _vote(window.session, "Gnosjö", "1 Teknik", 6) == 2
    assert "Merged" not in window.statusBar().currentMessage()
    window.redo_action.trigger()
    assert _vote(window.session, "Gnosjö", "1 Teknik", 6) == 3


def test_an_alternative_added_there_is_listed_with_its_name(example_path, tmp_path):
    """An alternative "3" added on both laptops: the dialog listed "added: alternative 3" while the facilitator's
    own alternative 3 was renamed "3 (2)" by the same merge, as if their own had come in. The one added there is
    named: "added: alternative 3 “Delad servicedesk”"."""
    from workshop.domain.messages import words
    from workshop.domain.model import Alternative

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    for path, name in ((example_path, "Gemensam e-tjänstplattform"), (theirs, "Delad servicedesk")):
        with EngagementStore.open(path) as store:
            store.add_alternative(Alternative(code="3", name=name, area_codes=("A",)))
    report, _image = merge_files(example_path, theirs)
    texts = [words(change) for change in report.incoming]
    assert any(t.startswith("added: alternative 3") and "“Delad servicedesk”" in t for t in texts), texts
