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
