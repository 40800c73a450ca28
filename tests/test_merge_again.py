"""The same copy merged again after it was worked on further: what was decided before is not asked again,
unless either side has changed it since (storage, command line and window)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from merge_support import set_vote as _set_vote

from workshop.app import build
from workshop.cli import main
from workshop.domain.merging import Side
from workshop.storage import EngagementStore
from workshop.storage.merge import hand_out_store, merge_files, write_image
from workshop.storage.merge.bases import bases
from workshop.ui.merge import dialog as merge_dialog
from workshop.ui.widgets import dialogs

TEKNIK_6 = "Gnosjö's vote on 1 Teknik, criterion 6"


def _value(path, org, alternative, criterion):
    with EngagementStore.open(path, read_only=True) as store:
        engagement = store.load()
        uid = next(o.uid for o in engagement.organisations if o.name == org)
        return next(v.value for v in engagement.votes if v.organisation_uid == uid
                    and v.alternative_code == alternative and v.criterion_number == criterion)


@pytest.fixture
def decided_once(example_path, tmp_path):
    """Mine and a handed-out copy that disagree on one vote (2 here, 3 there), merged once keeping mine, the
    result written over mine (as the window does)."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    _set_vote(example_path, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    report, image = merge_files(example_path, theirs, decisions={})
    assert [c.text() for c in report.undecided] == [f"{TEKNIK_6}: 2 here, 3 there"]
    report, image = merge_files(example_path, theirs, decisions={report.conflicts[0].key: Side.MINE})
    write_image(image, example_path, overwrite=True)
    return example_path, theirs


def test_a_conflict_decided_before_is_decided_the_same_way_when_the_copy_comes_again(decided_once, tmp_path):
    """The other laptop worked on and sent its copy again: only its new work comes in, the vote kept here
    stays without a question."""
    mine, theirs = decided_once
    _set_vote(theirs, "Värnamo", "S", 3, 1)  # new work there since the first merge
    report, image = merge_files(mine, theirs)
    assert image is not None and report.conflicts == [] and report.undecided == []
    assert [c.text() for c in report.as_before] == [f"{TEKNIK_6}: 2 here, 3 there"]
    assert report.changes == 2  # the vote, and the example's meeting record of its old value gone
    out = tmp_path / "again.workshop"
    write_image(image, out)
    assert _value(out, "Gnosjö", "1 Teknik", 6) == 2 and _value(out, "Värnamo", "S", 3) == 1


@pytest.mark.parametrize("changed", ["there", "here"])
def test_a_conflict_changed_on_either_side_since_is_asked_again(decided_once, changed):
    """What was decided was 2 against 3: a new value on either side is a new question."""
    mine, theirs = decided_once
    _set_vote(theirs if changed == "there" else mine, "Gnosjö", "1 Teknik", 6, 1)
    report, image = merge_files(mine, theirs)
    expected = f"{TEKNIK_6}: 2 here, 1 there" if changed == "there" else f"{TEKNIK_6}: 1 here, 3 there"
    assert image is None and [c.text() for c in report.undecided] == [expected] and report.as_before == []


def test_a_decision_holds_only_against_the_base_it_was_made_on(decided_once, tmp_path):
    """A copy handed out afresh from the merged file has a newer base: its own disagreement is asked."""
    mine, _theirs = decided_once
    fresh = tmp_path / "laptop3.workshop"
    with EngagementStore.open(mine) as store:
        hand_out_store(store, fresh)
    _set_vote(fresh, "Gnosjö", "1 Teknik", 6, 3)
    _set_vote(mine, "Gnosjö", "1 Teknik", 6, 4)
    report, image = merge_files(mine, fresh)
    assert image is None and [c.text() for c in report.undecided] == [f"{TEKNIK_6}: 4 here, 3 there"]


def test_decisions_stay_out_of_bases_and_out_of_the_merge_itself(decided_once, tmp_path):
    """The remembered decisions are the merge's bookkeeping: a base handed out later does not carry them,
    and a copy does not bring its own as rows to merge."""
    mine, _theirs = decided_once
    fresh = tmp_path / "laptop3.workshop"
    with EngagementStore.open(mine) as store:
        hand_out_store(store, fresh)
    conn = sqlite3.connect(fresh)
    assert conn.execute("SELECT count(*) FROM merge_decisions").fetchone()[0] == 1  # the copy is the file
    from workshop.storage.merge.bases import base_database

    base = sqlite3.connect(":memory:")
    base.deserialize(base_database(conn, bases(conn)[0].uid))
    assert not base.execute("SELECT 1 FROM sqlite_master WHERE name = 'merge_decisions'").fetchone()
    conn.execute("DELETE FROM merge_decisions")  # the copy forgets them: nothing to merge for that
    conn.commit()
    conn.close()
    report, image = merge_files(mine, fresh)
    assert report.changes == 0 and report.conflicts == [] and image is not None


def test_a_conflict_taken_from_the_copy_and_changed_back_here_by_hand_is_asked_again(example_path, tmp_path):
    """The copy's 3 was taken; the facilitator then set 2 again by hand: the next merge asks, it does not
    bring the 3 back over the hand edit (nor does an organisation removed again come back)."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    _set_vote(example_path, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    _report, image = merge_files(example_path, theirs, prefer=Side.THEIRS)
    write_image(image, example_path, overwrite=True)
    _set_vote(example_path, "Gnosjö", "1 Teknik", 6, 2)
    report, image = merge_files(example_path, theirs)
    assert image is None and [c.text() for c in report.undecided] == [f"{TEKNIK_6}: 2 here, 3 there"]


def test_a_change_the_words_do_not_show_is_still_a_change(decided_once):
    """The fingerprint is of the stored values, not of the words shown: a long text changed past what a
    line shows, or a share changed in its second decimal, is asked again."""
    mine, theirs = decided_once
    long = "Samverkan kring drift och förvaltning av gemensamma system, " * 3
    for path, ending, share in ((mine, "här", 0.25), (theirs, "där", 0.3)):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE engagement SET description = ?", [long + ending])
            conn.execute("UPDATE area_groups SET today_share = ? WHERE code = 'DR'", [share])
    report, image = merge_files(mine, theirs, prefer=Side.MINE)
    write_image(image, mine, overwrite=True)
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE engagement SET description = ?", [long + "där, och mer som kom till sedan"])
        conn.execute("UPDATE area_groups SET today_share = 0.3004 WHERE code = 'DR'")  # 30 % either way
    report, image = merge_files(mine, theirs)
    assert image is None and len(report.undecided) == 2 and len(report.as_before) == 1
    assert all("description" in c.text() or "share" in c.text() for c in report.undecided)


def test_a_removal_kept_here_is_asked_again_when_more_changed_under_it_there(example_path, tmp_path):
    """Hylte removed here, its vote changed there; the removal kept. The copy then changes that vote again:
    a new question, with the new value."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    with sqlite3.connect(example_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM organisations WHERE short_code = 'HYL'")
    _set_vote(theirs, "Hylte", "S", 1, 3)
    _report, image = merge_files(example_path, theirs, prefer=Side.MINE)
    write_image(image, example_path, overwrite=True)
    report, image = merge_files(example_path, theirs)
    assert image is not None and len(report.as_before) == 1 and "Hylte" in report.as_before[0].text()
    _set_vote(theirs, "Hylte", "S", 1, 2)
    report, image = merge_files(example_path, theirs)
    assert image is None and [c.text() for c in report.undecided] == [
        "organisation Hylte: removed here, changed there (Hylte's vote on S, criterion 1: 2)"]


def test_prefer_decides_again_and_forgetting_a_person_clears_what_was_remembered(decided_once, tmp_path):
    """`--prefer theirs` takes the copy's version of a conflict kept before too; forgetting someone drops
    the remembered conflicts (their fingerprints may hash the name), so the next merge asks again."""
    mine, theirs = decided_once
    report, image = merge_files(mine, theirs, prefer=Side.THEIRS)
    assert report.as_before == [] and [c.text() for c in report.conflicts] == [f"{TEKNIK_6}: 2 here, 3 there"]
    out = tmp_path / "theirs-taken.workshop"
    write_image(image, out)
    assert _value(out, "Gnosjö", "1 Teknik", 6) == 3
    from workshop.storage.forget import forget_person

    with EngagementStore.open(mine) as store:
        forget_person(store, store.load().people[0].uid)
    with sqlite3.connect(mine) as conn:
        assert conn.execute("SELECT count(*) FROM merge_decisions").fetchone()[0] == 0
    report, image = merge_files(mine, theirs)
    assert image is None and [c.text() for c in report.undecided] == [f"{TEKNIK_6}: 2 here, 3 there"]


def test_the_command_line_says_which_conflicts_were_decided_as_before(decided_once, tmp_path, capsys):
    mine, theirs = decided_once
    out, listed = tmp_path / "out.workshop", tmp_path / "conflicts.json"
    capsys.readouterr()
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", str(listed)]) == 0
    printed = capsys.readouterr().out
    assert f"kept here, as in an earlier merge: {TEKNIK_6}: 2 here, 3 there" in printed
    assert printed.startswith("0 changes came in")
    data = json.loads(listed.read_text())
    assert data["conflicts"] == [] and [(c["text"], c["decided"]) for c in data["as_before"]] == [
        (f"{TEKNIK_6}: 2 here, 3 there", "mine")]


def test_merging_the_same_copy_twice_in_the_window_asks_once(qtbot, decided_once, monkeypatch):
    """The second Merge From… of an unchanged copy has nothing to ask and says so, naming what stays as
    decided."""
    mine, theirs = decided_once
    _app, window, controller = build(["workshop", str(mine)])
    qtbot.addWidget(window)
    asked, told = [], []
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *a, **k: asked.append(a[1]) or {})
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    try:
        window.merge_controller.merge_from(str(theirs))
        assert asked == []
        assert len(told) == 1 and "laptop2.workshop holds nothing this file lacks" in told[0]
        assert f"Kept here as in an earlier merge from this copy" in told[0]
        assert f"• {TEKNIK_6}: 2 here, 3 there" in told[0]
    finally:
        controller.close()


def test_the_dialog_lists_what_it_keeps_as_before_beside_the_new_questions(qtbot, decided_once):
    """A new conflict is asked; the one kept before is named above it, not only counted."""
    from workshop.ui.merge.dialog import MergeDialog

    mine, theirs = decided_once
    _set_vote(mine, "Värnamo", "S", 3, 1)
    _set_vote(theirs, "Värnamo", "S", 3, 2)
    report, _ = merge_files(mine, theirs)
    box = MergeDialog(report, mine.name, theirs.name)
    qtbot.addWidget(box)
    assert box.model.rowCount() == 1 and "Värnamo" in box.model.index(0, 0).data()
    assert box.as_before.text().endswith(f"\n• {TEKNIK_6}: 2 here, 3 there")



def test_a_person_forgotten_here_before_does_not_wipe_what_this_file_remembers(example_path, tmp_path):
    """Someone forgotten here, the copy still naming them: each merge forgets them in the copy too, and had
    wiped this file's remembered conflicts with it, so the kept vote was asked again every time."""
    from workshop.storage.forget import forget_person

    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    _set_vote(example_path, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    with EngagementStore.open(example_path) as store:
        forget_person(store, next(p.uid for p in store.load().people if p.name == "Johan Lindqvist"))
    _report, image = merge_files(example_path, theirs, prefer=Side.MINE)
    write_image(image, example_path, overwrite=True)
    report, image = merge_files(example_path, theirs)
    assert image is not None and [c.text() for c in report.as_before] == [f"{TEKNIK_6}: 2 here, 3 there"]


@pytest.fixture
def item_kept_once(example_path, tmp_path):
    """Notes typed here on an agenda question the other laptop removed; merged once, the question kept here,
    the result written over mine (as the window does)."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
        meeting = store.load().meetings[3]
        store.meetings.set_item_notes(meeting.agenda[1].uid, "Antecknat här under mötet: två tekniker och en it-chef")
    with EngagementStore.open(theirs) as store:
        store.meetings.remove_items([meeting.agenda[1].uid])
    report, _ = merge_files(example_path, theirs)
    report, image = merge_files(example_path, theirs, decisions={c.key: Side.MINE for c in report.conflicts})
    write_image(image, example_path, overwrite=True)
    return example_path, theirs, meeting, report


def test_items_after_a_removed_one_are_not_said_to_have_moved(item_kept_once):
    """The other laptop removed one question: the three after it closed up, which it did not list as moves
    ("moved: agenda item …" three times, for items nobody had moved), nor count as changes that came in."""
    _mine, _theirs, _meeting, report = item_kept_once
    assert [c.text().split(":")[0] for c in report.conflicts] == [
        "agenda item “Hur många medarbetare arbetar med it-dr…” of meeting “Arbetsmöte Gnosjö”"]
    assert report.incoming == [] and report.changes == 0


def test_a_copy_merged_again_after_keeping_what_it_removed_brings_nothing(qtbot, item_kept_once, monkeypatch):
    """Merging the unchanged copy a second time is nothing to merge, and the window says so: the items
    after the kept one had come in as moved on every merge (a backup and an undo step each time, for
    nothing)."""
    mine, theirs, _meeting, _report = item_kept_once
    report, _image = merge_files(mine, theirs)
    assert report.incoming == [] and report.changes == 0 and report.conflicts == []
    assert len(report.as_before) == 1
    _app, window, controller = build(["workshop", str(mine)])
    qtbot.addWidget(window)
    asked, told = [], []
    monkeypatch.setattr(merge_dialog, "ask_decisions", lambda *a, **k: asked.append(a[1]) or {})
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    try:
        window.merge_controller.merge_from(str(theirs))
        assert asked == [] and window.session.undo_stack.count() == 0
        assert len(told) == 1 and "laptop2.workshop holds nothing this file lacks" in told[0]
    finally:
        controller.close()


def test_an_item_moved_there_is_the_one_move_listed(example_path, tmp_path):
    """A question the other laptop took from first to last is listed as moved; the others, one place up
    each, are not."""
    theirs = tmp_path / "laptop2.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    with EngagementStore.open(theirs) as store:
        meeting = store.load().meetings[3]
        order = [item.uid for item in meeting.agenda]
        store.meetings.set_agenda_order(meeting.uid, order[1:] + order[:1])
    report, image = merge_files(example_path, theirs)
    assert [str(t) for t in report.incoming] == [
        "moved: agenda item “Vilka är de viktigaste motiven för er k…” of meeting “Arbetsmöte Gnosjö”"]
    assert report.changes == 1 and image is not None


def test_every_conflict_kept_as_before_is_shown_when_one_takes_two_lines(qtbot, item_kept_once):
    """A new question beside two kept as before, the first of them long enough to wrap: the list had room for
    one line per conflict, so the second was cut off behind "…" (only the tooltip named it)."""
    from workshop.ui.merge.dialog import MergeDialog

    mine, theirs, meeting, _report = item_kept_once
    _set_vote(mine, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    report, _ = merge_files(mine, theirs, decisions={})
    report, image = merge_files(mine, theirs, decisions={report.conflicts[0].key: Side.MINE})
    write_image(image, mine, overwrite=True)
    _set_vote(mine, "Värnamo", "S", 3, 1)
    _set_vote(theirs, "Värnamo", "S", 3, 2)
    report, _ = merge_files(mine, theirs)
    assert len(report.as_before) == 2 and len(report.conflicts) == 1
    box = MergeDialog(report, mine.name, theirs.name)
    qtbot.addWidget(box)
    box.resize(1229, 652)  # as on a 1366 × 768 screen
    box.show()
    qtbot.waitExposed(box)
    shown = box.as_before.shown()
    assert shown.endswith(f"\n• {TEKNIK_6}: 2 here, 3 there")
