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


def test_enter_in_a_form_field_adds_the_record_and_clears_the_form_for_the_next(open_app, example_path, qtbot):
    """Framework → Steering group: Enter in Name or Role had done nothing, and the person was added only when
    the form was left. Enter adds them and empties the form for the next; on a record shown, it saves."""
    window = open_app(example_path, size=(1366, 768), view="framework")
    session = window.session
    editor = window.views["framework"].steering
    before = len(session.engagement.steering_group())
    editor.clear_form()
    for name, role in (("Eva Ek", "Kommunchef"), ("Per Al", "It-chef")):
        qtbot.keyClicks(editor.inputs["name"], name)
        editor.inputs["role"].setFocus()
        qtbot.keyClicks(editor.inputs["role"], role)
        qtbot.keyClick(editor.inputs["role"], Qt.Key.Key_Return)
        assert editor.inputs["name"].text() == editor.inputs["role"].text() == ""
        assert editor.table.currentRow() == -1  # an empty form for the next, not the one added
    members = session.engagement.steering_group()
    assert [(p.name, p.role) for p in members[-2:]] == [("Eva Ek", "Kommunchef"), ("Per Al", "It-chef")]
    assert len(members) == before + 2
    editor.select(len(members) - 1)
    editor.inputs["role"].setText("IT-chef")
    qtbot.keyClick(editor.inputs["role"], Qt.Key.Key_Return)
    assert session.engagement.steering_group()[-1].role == "IT-chef"


def test_undoing_a_removal_puts_the_organisation_back_in_its_place_in_every_meeting(open_app, example_path, qtbot):
    """Gnosjö removed and put back by Undo had come last in every meeting's organisations."""
    window = open_app(example_path, size=(1366, 768), view="framework")
    session = window.session
    before = {m.uid: m.organisation_uids for m in session.engagement.meetings}
    gnosjo = next(o for o in session.engagement.organisations if o.name == "Gnosjö")
    assert any(gnosjo.uid in uids[:-1] for uids in before.values())  # not last somewhere: the test can tell
    editor = window.views["framework"].organisations
    editor.table.selectRow([o.uid for o in session.engagement.organisations].index(gnosjo.uid))
    qtbot.mouseClick(editor.buttons["remove"], Qt.MouseButton.LeftButton)
    session.undo_stack.undo()
    assert {m.uid: m.organisation_uids for m in session.engagement.meetings} == before
