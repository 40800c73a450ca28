"""Longer texts are kept as the facilitator moves on, as every one-line field is: the engagement's and an
alternative's description, the recommendation and a score's rationale had been stored only by a "Save"
button, and a sentence typed there was lost without a word on switching views or closing the file."""

from __future__ import annotations

import pytest

from workshop.storage import EngagementStore

TEXT = "Tillagt under mötet: <b>inte fetstil</b> & C:\\temp"


def _type_engagement_description(window):
    window.show_view("engagement")
    field = window.views["engagement"].description
    field.setPlainText(field.toPlainText() + "\n" + TEXT)
    return lambda e: e.info.description.endswith(TEXT)


def _type_alternative_description(window):
    window.show_view("alternatives")
    view = window.views["alternatives"]
    view.show_tab("alternatives")
    view.info.list.setCurrentRow(1)
    code = window.session.engagement.alternatives[1].code
    view.info.editor.description.setPlainText(TEXT)
    return lambda e: next(a for a in e.alternatives if a.code == code).description == TEXT


def _type_recommendation_rationale(window):
    window.show_view("closing")
    view = window.views["closing"]
    view.rationale.setPlainText(TEXT)
    return lambda e: e.recommendation.rationale == TEXT


def _type_score_rationale(window):
    window.show_view("potential")
    view = window.views["potential"]
    view.table.setCurrentIndex(view.model.index(2, 3))
    org = view.model.organisation(2).uid
    view.rationale.text.setPlainText(TEXT)
    return lambda e: next(p for p in e.potentials if p.organisation_uid == org and p.area_code == "D").rationale == TEXT


FIELDS = [_type_engagement_description, _type_alternative_description, _type_recommendation_rationale,
          _type_score_rationale]


@pytest.mark.parametrize("type_text", FIELDS, ids=lambda f: f.__name__.removeprefix("_type_"))
def test_text_typed_is_stored_on_switching_views_and_undone_in_one_step(open_app, example_path, type_text):
    window = open_app(example_path, size=(1366, 708))
    stored = type_text(window)
    assert not stored(window.session.engagement)  # typing alone stores nothing yet
    window.show_view("people")
    assert stored(window.session.engagement)
    window.session.undo_stack.undo()
    assert not stored(window.session.engagement)


@pytest.mark.parametrize("type_text", FIELDS, ids=lambda f: f.__name__.removeprefix("_type_"))
def test_text_typed_is_in_the_file_after_the_app_is_closed(open_app, example_path, type_text):
    window = open_app(example_path, size=(1366, 708))
    stored = type_text(window)
    window.close()
    with EngagementStore.open(example_path) as store:
        assert stored(store.load())


def test_an_alternative_s_description_is_kept_when_another_alternative_is_chosen(open_app, example_path, qtbot):
    """Typing in S's description, then clicking the next alternative in the list: the text is S's."""
    window = open_app(example_path, size=(1366, 708))
    window.show_view("alternatives")
    info = window.views["alternatives"].info
    window.views["alternatives"].show_tab("alternatives")
    info.list.setCurrentRow(0)
    editor = info.editor
    editor.description.setFocus()
    qtbot.waitUntil(editor.description.hasFocus)
    editor.description.setPlainText(TEXT)
    info.list.setFocus()  # focus leaves the description, as a click on the list does first
    info.list.setCurrentRow(1)
    first = window.session.engagement.alternatives[0]
    assert first.description == TEXT
    assert editor.description.toPlainText() == window.session.engagement.alternatives[1].description
