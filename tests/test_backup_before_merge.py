"""The backup taken just before a merge says so in the backup list, so a merge regretted is easy to take back."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from merge_support import disagree_on_a_vote, handed_out, set_vote

from workshop.app import build
from workshop.cli import main
from workshop.domain.merging import Side
from workshop.storage import EngagementStore
from workshop.storage.backups import KEEP, backups_of, list_backups, take_backup
from workshop.ui.filesafety import controller as file_safety
from workshop.ui.filesafety.backups_dialog import describe_backup
from workshop.ui.merge import dialog as merge_dialog


def _window(qtbot, path):
    _app, window, controller = build(["workshop", str(path)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, controller


def _merged_in_the_window(qtbot, mine, theirs, monkeypatch):
    """File → Merge From… the copy, keeping the copy's side of every conflict, then close the window."""
    window, controller = _window(qtbot, mine)
    try:
        monkeypatch.setattr(merge_dialog, "ask_decisions",
                            lambda parent, report, a, b: {c.key: Side.THEIRS for c in report.conflicts})
        assert window.merge_controller.merge_from(str(theirs)) is not None
        window.session.undo_stack.undo()  # undo and redo take no second backup
        window.session.undo_stack.redo()
    finally:
        controller.close()


def _pair(example_path, tmp_path):
    theirs = handed_out(example_path, tmp_path)
    disagree_on_a_vote(example_path, theirs)
    return example_path, theirs


def test_the_backup_before_a_merge_is_marked_in_the_list_after_reopening(qtbot, example_path, tmp_path,
                                                                         monkeypatch, swedish_interface):
    """After File → Merge From… laptop2.workshop, the file reopened offers in Restore from Backup… the backup
    taken just before, marked "– före sammanslagning från laptop2.workshop"; no other backup is marked, and
    restoring it puts back the vote as it was before the merge. A long copy's name is shortened in its middle,
    never the words before it."""
    mine, theirs = _pair(example_path, tmp_path)
    _merged_in_the_window(qtbot, mine, theirs, monkeypatch)
    window, controller = _window(qtbot, mine)  # opened again: it reads what was stored beside the backups
    try:
        offered = []

        def pick(parent, backups):
            offered.extend(backups)
            return next(b for b in backups if b.before_merging)

        monkeypatch.setattr(file_safety, "ask_backup", pick)
        window.actions["restore_backup"].trigger()
        shown = [describe_backup(b) for b in offered]
        marked = [s for s in shown if "sammanslagning" in s]
        assert len(marked) == 1 and marked[0].endswith(" – före sammanslagning från laptop2.workshop – 9 möten"), shown
        assert len(shown) > 1  # the backup taken on opening again is not marked
        uid = next(o.uid for o in window.session.engagement.organisations if o.name == "Gnosjö")
        assert window.session.vote(uid, "1 Teknik", 6).value == 2  # as it was before the merge
    finally:
        controller.close()


def test_the_command_line_lists_the_backup_taken_before_a_merge(qtbot, example_path, tmp_path, monkeypatch,
                                                                capsys):
    """`workshop backups` says which backup was taken before merging which copy."""
    mine, theirs = _pair(example_path, tmp_path)
    _merged_in_the_window(qtbot, mine, theirs, monkeypatch)
    capsys.readouterr()
    assert main(["backups", str(mine)]) == 0
    lines = capsys.readouterr().out.splitlines()
    marked = [line for line in lines if "before merging" in line]
    assert len(marked) == 1 and marked[0].endswith("\tbefore merging laptop2.workshop"), lines


def test_the_mark_goes_with_its_backup_and_is_never_taken_by_another(tmp_path, example):
    """When the marked backup is the oldest of more than KEEP, its note goes with it; a later backup under the
    same name (one removed by hand, taken again) is not marked by a note left behind."""
    start = datetime(2024, 6, 10, 13, 0)
    with EngagementStore.create(tmp_path / "e.workshop", example) as store:
        marked = take_backup(store.db.conn, store.path, time.time(), now=start, before_merging="laptop2.workshop")
        assert [b.before_merging for b in list_backups(store.path)] == ["laptop2.workshop"]
        for n in range(1, KEEP + 1):
            take_backup(store.db.conn, store.path, time.time(), now=start + timedelta(minutes=n))
        assert marked not in backups_of(store.path)
        assert not any(p.name.startswith(marked.name) for p in marked.parent.iterdir())
        again = take_backup(store.db.conn, store.path, time.time(), now=start + timedelta(minutes=3),
                            before_merging="laptop3.workshop")
        again.unlink()  # removed by hand, its note left behind
        take_backup(store.db.conn, store.path, time.time(), now=start + timedelta(minutes=3))
        assert all(b.before_merging is None for b in list_backups(store.path))


def test_a_long_copy_name_leaves_before_merging_in_view_and_the_list_fits_a_small_laptop(qtbot, swedish_interface):
    """In the Restore from Backup list the marked line keeps "före sammanslagning från" and the name's end in
    view (the name is shortened in its middle), and the dialog fits 1366x768 at 125 % (1093 logical px)."""
    from pathlib import Path

    from PySide6.QtWidgets import QComboBox

    from workshop.storage.backups import Backup
    from workshop.ui.filesafety.backups_dialog import LIST_LETTERS
    from workshop.ui.widgets.dialogs import choice_dialog

    taken = datetime(2024, 6, 10, 13, 5, 2)
    backups = [Backup(Path("a.workshop"), taken, taken, 9, True, "laptop2 från Värnamo kommun, Annas kopia.workshop"),
               Backup(Path("b.workshop"), taken, taken, 9, True)]
    labels = [describe_backup(b) for b in backups]
    dialog = choice_dialog(None, "Återställ", "Välj:", labels, letters=LIST_LETTERS)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox)
    shown = combo.itemText(0)
    assert shown.startswith("2024-06-10 13:05:02 – före sammanslagning från laptop2 från") and "…" in shown, shown
    assert shown.endswith("kopia.workshop – 9 möten"), shown
    assert "…" not in combo.itemText(1)
    assert dialog.sizeHint().width() <= 1093


def _johan_merged_from_his_laptop(example_path):
    """A backup taken before merging "Johan Lindqvists laptop.workshop", and the note of a backup removed by
    hand since; Johan's uid."""
    with EngagementStore.open(example_path) as store:
        johan = next(p for p in store.load().people if p.name == "Johan Lindqvist")
        marked = take_backup(store.db.conn, store.path, time.time(), now=datetime(2024, 6, 10, 13, 5),
                             before_merging="Johan Lindqvists laptop.workshop")
    stray = marked.with_name("2024-06-09_120000.workshop.reason")
    stray.write_text('{"before_merging": "Lindqvist.workshop"}', encoding="utf-8")
    return johan.uid, marked, stray


def _bytes_naming(folder, *names):
    return [p for p in folder.rglob("*") if p.is_file() and any(n.encode() in p.read_bytes() for n in names)]


def test_forgetting_a_person_reaches_the_note_beside_a_backup_taken_before_a_merge(example_path, capsys):
    """The note beside a backup names the copy merged, and the copy's name can hold a person's: forgetting Johan
    had left "before merging Johan Lindqvists laptop.workshop" in `workshop backups`. Now the note gets the same
    pseudonym as every text ("Person 3:s laptop.workshop"), is counted in what forgetting says, and a note left
    by a backup removed by hand goes; no byte beside the file names him."""
    uid, marked, stray = _johan_merged_from_his_laptop(example_path)
    assert main(["forget-person", str(example_path), "--person", uid]) == 0
    said = capsys.readouterr().out
    assert "gone from the file and 2 backups (and 1 backup's note “before merging …”)." in said, said
    assert main(["backups", str(example_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    ends = [line.split("\t")[-1] for line in lines if marked.name in line]
    assert ends == ["before merging Person 3:s laptop.workshop"], lines
    assert not stray.exists()
    assert _bytes_naming(example_path.parent, "Lindqvist", "Johan") == []


def test_a_damaged_note_is_removed_and_its_backup_forgotten_in(example_path, capsys):
    """A note another program damaged (bytes that are not UTF-8, "Lindqvist" among them) had put its backup
    among those not reached on every run, the name kept in both. The note, which names nothing readable, goes;
    the backup is rewritten as the others."""
    uid, marked, _stray = _johan_merged_from_his_laptop(example_path)
    note = marked.with_name(marked.name + ".reason")
    note.write_bytes(b'{"before_merging": "Lindqvist \xff\xfe.workshop"}')
    assert main(["forget-person", str(example_path), "--person", uid]) == 0
    said = capsys.readouterr().out
    assert "not reached" not in said and "backup's note" not in said  # removed, not said to hold the pseudonym
    assert not note.exists()
    assert _bytes_naming(example_path.parent, "Lindqvist", "Johan") == []


def test_a_readable_note_that_cannot_be_written_again_is_kept(example_path, capsys):
    """A note that reads well but whose rewritten text cannot be written as UTF-8 (a lone surrogate escaped in
    its JSON, from another program) is not removed as damaged: it is named as not reached, as one that
    cannot be written."""
    uid, marked, _stray = _johan_merged_from_his_laptop(example_path)
    note = marked.with_name(marked.name + ".reason")
    note.write_text('{"before_merging": "Johan Lindqvists laptop \\ud800.workshop"}', encoding="utf-8")
    assert main(["forget-person", str(example_path), "--person", uid]) == 1
    assert f"not reached (could not be rewritten): {note}\n" in capsys.readouterr().out
    assert note.exists()


def test_a_note_that_cannot_be_rewritten_leaves_its_backup_for_the_rerun(example_path, capsys, monkeypatch):
    """A note that cannot be written is named with its backup as not reached (exit 1), and the backup keeps the
    name until then, so running forget-person again finds both by it and finishes them."""
    from workshop.storage import backups

    uid, marked, _stray = _johan_merged_from_his_laptop(example_path)

    def refused(backup, text):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backups, "_write_note", refused)
    assert main(["forget-person", str(example_path), "--person", uid]) == 1
    monkeypatch.undo()
    said = capsys.readouterr().out
    assert f"not reached (could not be rewritten): {marked}.reason\n" in said
    assert f"not reached (could not be rewritten): {marked}\n" in said
    left = sorted(_bytes_naming(example_path.parent, "Lindqvist"))
    assert left == sorted([marked, backups.reason_path(marked)])
    assert main(["forget-person", str(example_path), "--person", uid]) == 0
    assert "now also in 1 backup (and 1 backup's note “before merging …”)." in capsys.readouterr().out
    assert _bytes_naming(example_path.parent, "Lindqvist", "Johan") == []


def test_the_people_view_says_the_note_beside_a_backup_has_the_pseudonym_too(qtbot, example_path, monkeypatch):
    """Forgetting in the People view counts the note "before merging …" it rewrote, as the command line does."""
    from workshop.ui.widgets import dialogs

    _johan_merged_from_his_laptop(example_path)
    window, controller = _window(qtbot, example_path)
    try:
        window.show_view("people")
        view = window.views["people"]
        view.table.selectRow(next(r for r in range(view.model.rowCount())
                                  if view.model.person(r).person.name == "Johan Lindqvist"))
        monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
        view.forget_button.click()
        assert "The note “before merging …” beside one of them says “Person 3” too." in view.message.text()
        assert [b.before_merging for b in list_backups(example_path) if b.before_merging] == [
            "Person 3:s laptop.workshop"]
    finally:
        controller.close()
