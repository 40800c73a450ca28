"""Framework → Organisations removes an organisation as the Engagement view does (the tab had every other list's
Remove button but this one's): its scores and votes go with it, and Undo brings all of it back."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_an_organisation_is_removed_from_the_framework_tab_and_undo_brings_it_back(open_app, example_path, qtbot):
    window = open_app(example_path, size=(1366, 768), view="framework")
    session = window.session
    editor = window.views["framework"].organisations
    hylte = next(o for o in session.engagement.organisations if o.name == "Hylte")
    votes = [v for v in session.engagement.votes if v.organisation_uid == hylte.uid]
    assert votes and "remove" in editor.buttons
    editor.table.selectRow([o.uid for o in session.engagement.organisations].index(hylte.uid))
    qtbot.mouseClick(editor.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "Hylte" not in [o.name for o in session.engagement.organisations]
    assert not [v for v in session.engagement.votes if v.organisation_uid == hylte.uid]
    assert [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())] == [
        "Gislaved", "Gnosjö", "Värnamo", "Vaggeryd"]
    session.undo_stack.undo()
    assert [o.name for o in session.engagement.organisations][-1] == "Hylte"
    assert len([v for v in session.engagement.votes if v.organisation_uid == hylte.uid]) == len(votes)
