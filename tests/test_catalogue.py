"""The question catalogue: stored edits, undo, keyboard, drag moves, import/export and hostile text."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from workshop.domain.catalogue_format import catalogue_document, parse_catalogue_document
from workshop.domain.errors import DomainError
from workshop.storage import EngagementStore
from workshop.ui.widgets import dialogs
from workshop.ui.session.session import EngagementSession
from workshop.ui.catalogue.view import CatalogueView
from workshop.ui.widgets.common import select_row

HOSTILE = "<b>bold</b> &amp; <img src=/etc/passwd> 🙂 שלום \x07\t end"


@pytest.fixture
def session(example_path):
    """A session on a fresh copy of the example."""
    s = EngagementSession(EngagementStore.open(example_path))
    yield s
    s.close()


@pytest.fixture
def view(qtbot, session):
    """The catalogue view, shown."""
    v = CatalogueView(session)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def _stored(path):
    with EngagementStore.open(path) as store:
        return store.load()


def _themes(view):
    return [view.themes_model.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(view.themes_model.rowCount())]


def _questions(view):
    m = view.questions_model
    return [m.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())]


def test_models_pass_qt_model_tester(view, qtmodeltester):
    """The theme and question list models follow Qt's model rules."""
    qtmodeltester.check(view.themes_model)
    qtmodeltester.check(view.questions_model)


def test_add_theme_and_question_from_the_keyboard(view, qtbot, monkeypatch, example_path):
    """Insert in the theme list adds a theme, Insert in the question list adds a question; both stored."""
    answers = iter(["Ekonomi", "Vad kostar it-driften i dag?"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    view.themes.setFocus()
    qtbot.keyClick(view.themes, Qt.Key.Key_Insert)
    assert "Ekonomi" in _themes(view)
    assert view.questions.hasFocus()
    qtbot.keyClick(view.questions, Qt.Key.Key_Insert)
    assert _questions(view) == ["Vad kostar it-driften i dag?"]
    e = _stored(example_path)
    theme = next(t for t in e.themes if t.title == "Ekonomi")
    assert [q.text for q in e.questions_of(theme.uid)] == ["Vad kostar it-driften i dag?"]
    assert [t.uid for t in e.themes].index(theme.uid) == 1  # after the theme that was current


def test_empty_title_is_refused_with_a_message(view, monkeypatch, session):
    """A blank theme title or question text is refused, said why, and changes nothing."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "   ")
    before = session.engagement
    view.add_theme()
    assert "must not be empty" in view.message.text()
    view.add_question()
    assert "must not be empty" in view.message.text()
    assert not view.themes_model.setData(view.themes_model.index(0, 0), "")
    assert session.engagement == before
    assert session.undo_stack.count() == 0


def test_editing_text_and_hint_saves_and_undoes(view, qtbot, session, example_path):
    """Typing a question's text and hint saves on leaving the field; one undo restores the old text."""
    select = view.questions_model.index(1, 0)
    view.questions.setCurrentIndex(select)
    uid = view.current_question_uid()
    old = next(q for q in session.engagement.questions if q.uid == uid)
    view.hint.setFocus()
    view.hint.selectAll()
    qtbot.keyClicks(view.hint, "Fråga efter siffror")
    qtbot.keyClick(view.hint, Qt.Key.Key_Tab)  # leaving the field commits
    stored = next(q for q in _stored(example_path).questions if q.uid == uid)
    assert stored.hint == "Fråga efter siffror" and stored.text == old.text
    session.undo_stack.undo()
    assert next(q for q in _stored(example_path).questions if q.uid == uid).hint == old.hint
    assert view.hint.toPlainText() == old.hint


def test_inline_rename_with_f2(view, qtbot, example_path):
    """F2 on a theme, typing and Enter renames it in the file."""
    view.themes.setFocus()
    view.themes.setCurrentIndex(view.themes_model.index(0, 0))
    qtbot.keyClick(view.themes, Qt.Key.Key_F2)
    editor = view.themes.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Bakgrund")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(example_path).themes[0].title == "Bakgrund")
    assert _themes(view)[0] == "Bakgrund"


def test_theme_buttons_rename_and_move_a_theme(view, qtbot, example_path):
    """Themes have buttons for what F2 and Alt+arrows do: Rename opens the title for typing where it stands,
    Move down and Move up move the theme in the file (themes could be reordered only by keys or a drag)."""
    from PySide6.QtWidgets import QPushButton
    before = _themes(view)
    view.themes.setCurrentIndex(view.themes_model.index(0, 0))
    view.findChild(QPushButton, "catalogueThemeDown").click()
    assert [t.title for t in _stored(example_path).themes][:2] == [before[1], before[0]]
    assert view.current_theme_uid() == view.themes_model.uid(1)  # the moved theme stays chosen
    view.findChild(QPushButton, "catalogueThemeUp").click()
    assert [t.title for t in _stored(example_path).themes] == before
    view.findChild(QPushButton, "catalogueRenameTheme").click()
    editor = view.themes.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == before[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Bakgrund")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(example_path).themes[0].title == "Bakgrund")


def test_reorder_with_keyboard_and_drag_then_undo(view, qtbot, session, example_path):
    """Alt+Down moves a question down; a drag (moveRows) moves a theme; undo restores each order."""
    before_questions = _questions(view)
    view.questions.setFocus()
    view.questions.setCurrentIndex(view.questions_model.index(0, 0))
    qtbot.keyClick(view.questions, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _questions(view)[:2] == [before_questions[1], before_questions[0]]
    assert view.current_question_uid() == view.questions_model.uid(1)  # the moved question stays current
    before_themes = _themes(view)
    assert view.themes_model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # what a drop calls
    assert _themes(view)[:3] == [before_themes[1], before_themes[2], before_themes[0]]
    assert [t.title for t in _stored(example_path).themes] == _themes(view)
    session.undo_stack.undo()
    assert _themes(view) == before_themes
    session.undo_stack.undo()
    view.themes.setCurrentIndex(view.themes_model.index(0, 0))
    assert _questions(view) == before_questions


def test_a_dropped_row_moves_through_the_undo_stack(view, session, example_path):
    """Dropping a dragged question below another moves it there in the file; undo moves it back."""
    model = view.questions_model
    before = _questions(view)
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert _questions(view)[:3] == [before[1], before[2], before[0]]
    theme_uid = view.current_theme_uid()
    stored = _stored(example_path)
    assert [q.text for q in stored.questions_of(theme_uid)] == _questions(view)
    session.undo_stack.undo()
    assert _questions(view) == before


def test_deleting_a_used_question_keeps_the_held_meeting(view, qtbot, session, example_path):
    """Delete removes a question asked in a held meeting; the meeting keeps its text; undo relinks it."""
    e = session.engagement
    item = next(a for m in e.meetings if m.status == "closed" for a in m.agenda if a.question_uid)
    question = next(q for q in e.questions if q.uid == item.question_uid)
    theme_row = [t.uid for t in e.themes].index(question.theme_uid)
    view.themes.setCurrentIndex(view.themes_model.index(theme_row, 0))
    view.questions.setCurrentIndex(view.questions_model.index(view.questions_model.row_of(question.uid), 0))
    view.questions.setFocus()
    qtbot.keyClick(view.questions, Qt.Key.Key_Delete)
    stored = _stored(example_path)
    assert question.uid not in {q.uid for q in stored.questions}
    kept = next(a for m in stored.meetings for a in m.agenda if a.uid == item.uid)
    assert kept.text == item.text and kept.notes == item.notes and kept.question_uid is None
    session.undo_stack.undo()
    relinked = next(a for m in _stored(example_path).meetings for a in m.agenda if a.uid == item.uid)
    assert relinked.question_uid == question.uid
    assert question in _stored(example_path).questions


def test_deleting_a_theme_and_undo_restores_it_in_place(view, qtbot, session, example_path):
    """Deleting a theme removes its questions; undo puts theme and questions back where they were."""
    before = _stored(example_path)
    view.themes.setCurrentIndex(view.themes_model.index(2, 0))
    view.themes.setFocus()
    qtbot.keyClick(view.themes, Qt.Key.Key_Delete)
    assert len(_stored(example_path).themes) == len(before.themes) - 1
    session.undo_stack.undo()
    after = _stored(example_path)
    assert after.themes == before.themes and after.questions == before.questions


def test_hostile_text_is_stored_and_shown_as_typed(view, qtbot, session, example_path, monkeypatch):
    """Markup-like text, emoji, right-to-left and control characters survive exactly, in file and view."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: HOSTILE)
    view.add_question()
    uid = view.current_question_uid()
    view.hint.setPlainText(HOSTILE)
    view.hint.commit()
    stored = next(q for q in _stored(example_path).questions if q.uid == uid)
    assert stored.hint == HOSTILE and stored.text == HOSTILE.strip()
    assert view.question_text.toPlainText() == HOSTILE.strip()
    assert view.questions_model.index(view.questions_model.row_of(uid), 0).data(Qt.ItemDataRole.EditRole) \
        == HOSTILE.strip()


def test_export_then_import_round_trip(view, session, qtbot, tmp_path, monkeypatch):
    """Exported JSON carries themes, questions and hints; importing it into a blank engagement adds them all."""
    from workshop.templates import engagement_from_template

    target = tmp_path / "katalog"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    view.export_catalogue()
    data = json.loads((tmp_path / "katalog.json").read_text(encoding="utf-8"))
    e = session.engagement
    # Each theme with its own questions, in the order the catalogue shows them, hints included.
    expected = [(t.title, [(q.text, q.hint) for q in e.questions if q.theme_uid == t.uid]) for t in e.themes]
    assert (data["format"], data["format_version"]) == ("workshop-catalogue", 1)
    assert [(t["title"], [(q["text"], q["hint"]) for q in t["questions"]]) for t in data["themes"]] == expected
    assert sum(len(qs) for _, qs in expected) == len(e.questions) > 0
    assert any(hint for _, qs in expected for _, hint in qs)

    blank_path = tmp_path / "blank.workshop"
    EngagementStore.create(blank_path, engagement_from_template("Blank", "Ny")).close()
    blank = EngagementSession(EngagementStore.open(blank_path))
    try:
        assert blank.engagement.themes == () and blank.engagement.questions == ()
        other = CatalogueView(blank)
        qtbot.addWidget(other)
        monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(tmp_path / "katalog.json"))
        other.import_catalogue()
        imported = _stored(blank_path)
        assert [(t.title, [(q.text, q.hint) for q in imported.questions_of(t.uid)]) for t in imported.themes] \
            == expected
        assert _themes(other) == [title for title, _ in expected]
    finally:
        blank.close()


def test_import_adds_only_what_is_missing_and_undoes(view, session, tmp_path, monkeypatch):
    """Importing a catalogue adds new themes and questions once; undo takes them away."""
    e = session.engagement
    doc = catalogue_document(e.themes[:1], e.questions)
    doc["themes"][0]["questions"].append({"text": "Ny fråga", "hint": "tips"})
    doc["themes"].append({"title": "Helt nytt tema", "questions": [{"text": "Första", "hint": ""}]})
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    view.import_catalogue()
    after = session.engagement
    assert len(after.themes) == len(e.themes) + 1
    assert len(after.questions) == len(e.questions) + 2
    assert any(q.text == "Ny fråga" and q.hint == "tips" and q.theme_uid == e.themes[0].uid for q in after.questions)
    session.undo_stack.undo()
    assert session.engagement.themes == e.themes and session.engagement.questions == e.questions


@pytest.mark.parametrize("bad", ["[]", "{}", '{"format": "workshop-catalogue", "format_version": 1}',
                                 '{"format": "workshop-catalogue", "format_version": 1, "themes": [{"title": " "}]}',
                                 "not json"])
def test_import_of_a_bad_file_is_refused(view, session, tmp_path, monkeypatch, bad):
    """A file that is not a valid catalogue is refused with a message and changes nothing."""
    path = tmp_path / "bad.json"
    path.write_text(bad, encoding="utf-8")
    errors = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    before = session.engagement
    view.import_catalogue()
    assert errors and session.engagement == before and session.undo_stack.count() == 0


_GOOD = '{"format": "workshop-catalogue", "format_version": 1, "themes": [{"title": "Bakgrund", "questions": [{"text": "Vad gör ni?", "hint": ""}]}]}'  # noqa: E501


@pytest.mark.parametrize("name, content, reason", [
    ("nested", _GOOD.replace('"hint": ""', '"hint": ' + "[" * 100_000 + "]" * 100_000).encode(), "nested too deeply"),
    ("surrogate", _GOOD.replace("Bakgrund", "Bak\\ud800grund").encode(), "unpaired surrogate"),
    ("latin-1", _GOOD.replace("gör", "gör").encode("latin-1"), "not UTF-8"),
    ("a NUL first", _GOOD.replace("Bakgrund", "\\u0000Bakgrund").encode(), "missing or empty"),
    ("a key twice", _GOOD.replace('"title": "Bakgrund"', '"title": "A", "title": "B"').encode(), "given twice"),
    ("a FIFO", None, "not a regular file"),
], ids=["nested", "surrogate", "latin-1", "NUL first", "key twice", "FIFO"])
def test_a_catalogue_file_that_cannot_be_one_is_refused_in_words(view, session, tmp_path, monkeypatch, name, content,
                                                                 reason):
    """Lists nested 100,000 deep and a lone surrogate (both had raised a traceback), text that is not UTF-8 (it
    had shown Python's codec error), a title that begins with NUL (the file's own error had been shown), a key
    given twice (the second had won), a FIFO (reading it had hung the window): each refused with its reason,
    nothing changed."""
    import os

    path = tmp_path / "bad.json"
    if content is None:
        os.mkfifo(path)
    else:
        path.write_bytes(content)
    errors = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    before = session.engagement
    view.import_catalogue()
    assert len(errors) == 1 and reason in errors[0] and str(path) in errors[0], errors
    assert session.engagement == before and session.undo_stack.count() == 0


def test_a_catalogue_saved_with_a_byte_order_mark_imports(view, session, tmp_path, monkeypatch):
    """A catalogue saved by Notepad (UTF-8 with a byte-order mark) imports; it had been refused as "Unexpected
    UTF-8 BOM"."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + _GOOD.encode())
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(path))
    themes = len(session.engagement.themes)
    view.import_catalogue()
    assert len(session.engagement.themes) == themes + 1 and session.engagement.themes[-1].title == "Bakgrund"


def test_catalogue_document_parses_back():
    """The export format reads back to the same titles, texts and hints."""
    from workshop.templates import engagement_from_template

    e = engagement_from_template("IT-drift samverkan", "x")
    parsed = parse_catalogue_document(catalogue_document(e.themes, e.questions))
    assert [t.title for t in parsed] == [t.title for t in e.themes]
    assert [qt for t in parsed for qt in t.questions] == [(q.text, q.hint) for q in e.questions]
    with pytest.raises(DomainError):
        parse_catalogue_document({"format": "workshop-catalogue", "format_version": 99, "themes": []})


def test_a_reworded_question_or_theme_reaches_meetings_not_yet_held(example_path):
    """A typo fixed in the catalogue after a meeting was planned had stayed in its agenda, its runner and
    its pre-read. Meetings not yet held now ask the question as the catalogue words it and head it with the
    theme's new title; held meetings keep what was asked; Undo puts the old wording back in both."""
    import sqlite3

    from workshop.ui.catalogue.edits import CatalogueEdits

    e = _stored(example_path)
    planned, held = e.meetings[1], e.meetings[2]
    item = next(a for a in planned.agenda if a.question_uid)
    question = next(q for q in e.questions if q.uid == item.question_uid)
    theme = next(t for t in e.themes if t.uid == question.theme_uid)
    with sqlite3.connect(example_path) as conn:
        conn.execute("UPDATE meetings SET status = 'planned' WHERE uid = ?", [planned.uid])
        conn.execute("INSERT INTO agenda_items (uid, meeting_uid, position, kind, question_uid, theme_title, text) "
                     "VALUES ('held-item', ?, 99, 'question', ?, ?, ?)", [held.uid, question.uid, theme.title,
                                                                           question.text])
    session = EngagementSession(EngagementStore.open(example_path))
    try:
        edits = CatalogueEdits(session)
        edits.edit_question(question.uid, question.text + " (rättad)", question.hint)
        edits.rename_theme(theme.uid, "Nytt tema")

        def agenda_item(meeting_uid, uid):
            m = next(m for m in session.engagement.meetings if m.uid == meeting_uid)
            return next(a for a in m.agenda if a.uid == uid)

        now = agenda_item(planned.uid, item.uid)
        assert (now.text, now.theme_title) == (question.text + " (rättad)", "Nytt tema")
        kept = agenda_item(held.uid, "held-item")
        assert (kept.text, kept.theme_title) == (question.text, theme.title)
        session.undo_stack.undo()
        session.undo_stack.undo()
        back = agenda_item(planned.uid, item.uid)
        assert (back.text, back.theme_title) == (item.text, item.theme_title)
    finally:
        session.close()


def test_undo_shows_the_theme_and_question_it_takes_back(view, session):
    """A question edited in one theme, then another theme chosen: Undo shows the first theme with that
    question chosen (the view had stayed where it was, as if nothing happened); Redo too."""
    view.questions.setCurrentIndex(view.questions_model.index(1, 0))
    theme, uid = view.current_theme_uid(), view.current_question_uid()
    old = next(q for q in session.engagement.questions if q.uid == uid)
    view.edits.edit_question(uid, old.text + " (ändrad)", old.hint)
    view.themes.setCurrentIndex(view.themes_model.index(2, 0))
    assert view.current_theme_uid() != theme
    session.undo_stack.undo()
    assert (view.current_theme_uid(), view.current_question_uid()) == (theme, uid)
    view.themes.setCurrentIndex(view.themes_model.index(2, 0))
    session.undo_stack.redo()
    assert (view.current_theme_uid(), view.current_question_uid()) == (theme, uid)


@pytest.mark.parametrize("view_key", ["catalogue", "meetings"])
def test_a_deletion_says_what_went_and_that_undo_brings_it_back(open_app, example_path, view_key):
    """Deleting a theme or a meeting asks nothing first; the status bar names what went and the key that
    brings it back, and that key does (a theme with six questions had gone without a word)."""
    window = open_app(example_path, size=(1366, 708), view=view_key)
    view = window.views[view_key]
    window.statusBar().clearMessage()
    if view_key == "catalogue":
        name = window.session.engagement.themes[0].title
        select_row(view.themes, 0)
        view.remove_theme()
        gone = lambda: name not in [t.title for t in window.session.engagement.themes]  # noqa: E731
    else:
        meeting = window.session.engagement.meetings[0]
        name = meeting.title
        view.select(meeting.uid)
        view.remove_meeting()
        gone = lambda: meeting.uid not in [m.uid for m in window.session.engagement.meetings]  # noqa: E731
    message = window.statusBar().currentMessage()
    assert gone()
    assert name in message and "Ctrl+Z" in message
    window.undo_action.trigger()
    assert not gone()


def test_a_blank_catalogue_says_both_ways_to_begin(qtbot, tmp_path):
    """A blank engagement's catalogue had said "add one with Insert" (a key, where a button stands below): it
    names the Add theme button, and Import… for a catalogue exported from an earlier engagement."""
    from workshop.templates import engagement_from_template

    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Lönehantering")).close()
    blank = EngagementSession(EngagementStore.open(path))
    try:
        view = CatalogueView(blank)
        qtbot.addWidget(view)
        assert view.questions_heading.text() == ("No theme yet: Add theme adds one (Insert), or Import… brings in a "
                                                 "catalogue exported from another engagement.")
        assert view.questions_heading.wordWrap()
    finally:
        blank.close()
