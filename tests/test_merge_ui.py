"""File → Hand Out a Copy… and File → Merge From… in the window: the conflict dialog, one undoable merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop.app import build
from workshop.domain.merging import Side
from workshop.domain.model import Vote
from workshop.storage import EngagementStore
from workshop.storage.backups import backups_of
from workshop.storage.merge import hand_out_store, merge_files
from workshop.ui.merge import dialog as merge_dialog
from workshop.ui.merge.dialog import MergeDialog
from workshop.ui.merge.model import HERE, THERE, ConflictModel
from workshop.ui.widgets import dialogs


def _set_vote(path, org, alternative, criterion, value):
    with EngagementStore.open(path) as store:
        uid = next(o.uid for o in store.load().organisations if o.name == org)
        store.scores.set_vote(Vote(organisation_uid=uid, alternative_code=alternative, criterion_number=criterion,
                                   value=value))


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
