"""The Engagement view: editing the engagement's details and its organisations, with undo."""

from __future__ import annotations

import pytest

from workshop.app import build
from workshop.storage import EngagementStore
from workshop.ui import dialogs


@pytest.fixture
def window(qtbot, example_path):
    """The app on a fresh example file, Engagement view showing."""
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    window.show()
    yield window
    controller.close()


def _answers(monkeypatch, *texts):
    queue = list(texts)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: queue.pop(0))


def _load(path):
    with EngagementStore.open(path) as store:
        return store.load()


def test_edit_title_is_saved_and_undoable(window, example_path):
    """A new title is stored at once; Undo brings the old one back."""
    view = window.views["engagement"]
    edit = view.edits["title"]
    edit.setText("Utredning it-drift, version 2")
    edit.editingFinished.emit()
    assert _load(example_path).info.title == "Utredning it-drift, version 2"
    assert view.heading.text() == "Utredning it-drift, version 2"
    window.session.undo_stack.undo()
    assert _load(example_path).info.title == "Utredning it-drift GGVVH"
    assert edit.text() == "Utredning it-drift GGVVH"


def test_empty_title_is_refused(window, example_path):
    """An empty title is refused with a message and the old title stays."""
    view = window.views["engagement"]
    view.edits["title"].setText("   ")
    view.edits["title"].editingFinished.emit()
    assert "must not be empty" in view.message.text()
    assert _load(example_path).info.title == "Utredning it-drift GGVVH"
    assert view.edits["title"].text() == "Utredning it-drift GGVVH"


def test_add_organisation_reaches_the_potential_grid(window, monkeypatch, example_path):
    """An added municipality appears in the list, the file and the potential grid; Undo removes it."""
    view = window.views["engagement"]
    _answers(monkeypatch, "Jönköping", "JKP")
    view.add_organisation()
    assert view.organisations.item(5).text() == "Jönköping (JKP)"
    assert [o.name for o in _load(example_path).organisations][-1] == "Jönköping"
    assert window.views["potential"].model.rowCount() == 6
    window.session.undo_stack.undo()
    assert len(_load(example_path).organisations) == 5
    assert window.views["potential"].model.rowCount() == 5


def test_duplicate_organisation_is_refused(window, monkeypatch, example_path):
    """A second 'Gislaved' is refused with a message; nothing is added or put on the undo stack."""
    view = window.views["engagement"]
    _answers(monkeypatch, "gislaved", "GI2")
    view.add_organisation()
    assert "already exists" in view.message.text()
    assert len(_load(example_path).organisations) == 5
    assert window.session.undo_stack.count() == 0


def test_remove_organisation_and_undo_restores_its_scores(window, example_path):
    """Removing Hylte drops its scores and votes; Undo puts all of them back."""
    before = _load(example_path)
    view = window.views["engagement"]
    view.organisations.setCurrentRow(4)
    view.remove_selected_organisation()
    after = _load(example_path)
    assert [o.name for o in after.organisations] == ["Gislaved", "Gnosjö", "Värnamo", "Vaggeryd"]
    assert len(after.potentials) == 4 * 9 and len(after.votes) == 4 * 4 * 7
    window.session.undo_stack.undo()
    assert _load(example_path) == before


def _type_share(qtbot, table, row, text):
    """Select a share cell, type over it and press Return (the delegate commits on the next event-loop turn)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    table.setFocus()
    table.setCurrentCell(row, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_todays_spend_per_group_is_typed_as_percentages_and_the_potential_view_follows(window, qtbot,
                                                                                      example_path):
    """The example's 40/25/35 % show; typing 45 and 20 moves the stored shares, the total warns until the
    shares make 100 %, the Potential view's bars follow, bad text is refused, and Undo goes back."""
    view = window.views["engagement"]
    shares = view.today_shares
    table = shares.table
    assert [table.item(r, 2).text() for r in range(3)] == ["40 %", "25 %", "35 %"]
    assert shares.total.text() == "Total: 100 %"
    window.show_view("potential")
    bars = window.views["potential"].bars
    window.show_view("engagement")

    _type_share(qtbot, table, 0, "45")
    assert [g.today_share for g in _load(example_path).groups] == pytest.approx([0.45, 0.25, 0.35])
    assert "105 %" in shares.total.text() and "should make 100 %" in shares.total.text()
    _type_share(qtbot, table, 1, "20 %")
    assert shares.total.text() == "Total: 100 %"
    window.show_view("potential")
    assert bars.bar_heights(1) == pytest.approx([0.45, 0.20, 0.35])
    window.show_view("engagement")

    _type_share(qtbot, table, 2, "lots")
    assert "is not a percentage" in view.message.text()
    _type_share(qtbot, table, 2, "150")
    assert "between 0 and 100" in view.message.text()
    assert table.item(2, 2).text() == "35 %"
    assert _load(example_path).groups[2].today_share == pytest.approx(0.35)

    _type_share(qtbot, table, 2, "")
    assert _load(example_path).groups[2].today_share is None
    assert "not every group" in shares.total.text()

    for _ in range(3):
        window.session.undo_stack.undo()
    assert [g.today_share for g in _load(example_path).groups] == pytest.approx([0.40, 0.25, 0.35])
    assert [table.item(r, 2).text() for r in range(3)] == ["40 %", "25 %", "35 %"]
    window.show_view("potential")
    assert bars.bar_heights(1) == pytest.approx([0.40, 0.25, 0.35])
