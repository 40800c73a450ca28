"""What is typed into a form survives a crash: kept beside the file while typed, offered back at the next open
when the file does not hold it, gone after a normal close; a person forgotten is forgotten there too."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from kill_support import kill_once_typed
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from workshop.storage import EngagementStore, StorageError
from workshop.storage.typing_journal import TypedText, journal_path, read_journal, unstored, write_journal
from workshop.ui.filesafety.recovered_dialog import recovered_text
from workshop.ui.filesafety.typing import journaled, place_of
from workshop.ui.widgets import dialogs

TYPED = "Rad ett: <b>inte fetstil</b> & <a href='file:///etc/passwd'>länk</a>\nRad två 🙂 שלום"


def _crash_while_typing(path: Path, tmp_path: Path, view: str, field: str, text: str) -> None:
    """A child app types the text into the field, is past the journal's delay, and is killed (SIGKILL)."""
    text_file = tmp_path / "typed.txt"
    text_file.write_text(text, encoding="utf-8")
    kill_once_typed("typing_crash_child.py", path, view, field, text_file)


def _type(qtbot, field, text: str) -> None:
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    if isinstance(field, QLineEdit):
        field.end(False)  # typing goes on after what the field holds
    else:
        field.moveCursor(QTextCursor.MoveOperation.End)
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _recovered_dialog(window, qtbot):
    typing = window.file_safety.typing
    qtbot.waitUntil(lambda: typing.dialog is not None and typing.dialog.isVisible())
    return typing.dialog


def test_a_description_typed_before_a_kill_is_offered_back_and_copied(example_path, tmp_path, open_app, qtbot):
    before = EngagementStore.open(example_path)
    description = before.load().info.description
    before.close()
    _crash_while_typing(example_path, tmp_path, "engagement", "info_description", TYPED)
    with EngagementStore.open(example_path, read_only=True) as store:
        assert store.load().info.description == description  # the field never stored it

    window = open_app(example_path, size=(1366, 768))
    dialog = _recovered_dialog(window, qtbot)
    shown = dialog.text.toPlainText()
    assert shown.startswith("Engagement › Description (")
    assert shown.endswith(TYPED)  # literally: the markup and the link are text
    assert dialog.text.isReadOnly()
    assert shown == recovered_text(read_journal(example_path))  # what Copy All gives, headings and all
    dialog.copy.click()
    assert TYPED in QApplication.clipboard().text()
    assert journal_path(example_path).exists()  # kept until the dialog is closed
    dialog.done_button.click()
    qtbot.waitUntil(lambda: not journal_path(example_path).exists())
    assert window.session.engagement.info.description == description  # nothing was put in by itself


def test_a_name_being_changed_in_a_list_s_form_is_offered_back(example_path, tmp_path, open_app, qtbot):
    """A line field of a list's form: the place names the view, the list's tab and the record."""
    # The child types into the organisations form's name field, which shows Gislaved; the text goes after it.
    _crash_while_typing(example_path, tmp_path, "framework", "organisations_name", " och Reftele")
    window = open_app(example_path)
    dialog = _recovered_dialog(window, qtbot)
    shown = dialog.text.toPlainText()
    assert "Framework › Organisations › Gislaved › Name (" in shown
    assert "Gislaved och Reftele" in shown


def _journal_while_typing(window, qtbot, path, field, text: str) -> None:
    _type(qtbot, field, text)
    qtbot.waitUntil(lambda: any(text in e.text for e in read_journal(path)))


def test_a_field_that_stores_its_text_takes_it_out_of_the_journal(example_path, open_app, qtbot):
    """While typed the text is in the journal; focus moving on stores it (one edit), and it leaves."""
    window = open_app(example_path, size=(1366, 768))
    window.show_view("engagement")
    view = window.views["engagement"]
    _journal_while_typing(window, qtbot, example_path, view.description, "Tillagt under mötet.")
    entry = read_journal(example_path)[0]
    assert entry.where == "Engagement › Description" and entry.field
    view.edits["client"].setFocus()
    qtbot.waitUntil(lambda: not journal_path(example_path).exists())
    assert "Tillagt under mötet." in window.session.engagement.info.description


def test_a_journal_of_text_the_file_holds_is_not_offered(example_path, open_app, qtbot):
    """A run that ended while its journal held text the file has since stored (another field's whole text):
    nothing is offered, and the journal goes."""
    with EngagementStore.open(example_path, read_only=True) as store:
        e = store.load()
    write_journal(example_path, e.info.uid, [TypedText("Engagement › Client", e.info.client + "  ", "t", "x:1"),
                                             TypedText("Engagement › Title", "", "t", "x:2")])
    window = open_app(example_path)
    qtbot.wait(100)
    assert window.file_safety.typing.dialog is None
    assert not journal_path(example_path).exists()


def test_a_line_taken_out_is_offered_back_too(example_path, open_app, qtbot):
    """An edit that only deletes a line is not "held by the file" because its other lines are."""
    with EngagementStore.open(example_path, read_only=True) as store:
        e = store.load()
    lines = e.info.description.splitlines()
    shorter = "\n".join(lines[:-1]) if len(lines) > 1 else e.info.description[: len(e.info.description) // 2]
    write_journal(example_path, e.info.uid, [TypedText("Engagement › Description", shorter, "t", "x:1")])
    window = open_app(example_path)
    assert _recovered_dialog(window, qtbot).text.toPlainText().endswith(shorter)


def test_another_engagement_s_journal_is_not_offered(example_path, open_app, qtbot):
    """A journal left beside a file since replaced by another engagement (saved over, made anew)."""
    write_journal(example_path, "another-engagement", [TypedText("Engagement › Description", "Annan kund", "t")])
    window = open_app(example_path)
    qtbot.wait(100)
    assert window.file_safety.typing.dialog is None
    assert not journal_path(example_path).exists()


def test_a_refused_write_keeps_the_journal_after_closing(example_path, tmp_path, open_app, qtbot):
    """The file replaced underneath: the description cannot be stored, and closing keeps its only copy,
    offered at the next open."""
    window = open_app(example_path, size=(1366, 768))
    window.show_view("engagement")
    view = window.views["engagement"]
    _journal_while_typing(window, qtbot, example_path, view.description, " Inte sparat.")
    replacement = tmp_path / "replacement.workshop"
    shutil.copy(example_path, replacement)
    os.replace(replacement, example_path)  # another program put a copy in its place
    view.edits["client"].setFocus()  # the description tries to store its text, and is refused
    qtbot.waitUntil(lambda: "replaced or deleted" in view.message.text())
    assert window.session.store.lost
    window.close()
    assert any("Inte sparat." in e.text for e in read_journal(example_path))

    again = open_app(example_path)
    assert "Inte sparat." in _recovered_dialog(again, qtbot).text.toPlainText()


def test_a_write_the_full_disk_refuses_keeps_the_journal_after_closing(example_path, open_app, qtbot):
    """A description the file cannot take (the disk full): the view says why, and closing keeps the journal
    (its only copy), offered at the next open."""
    window = open_app(example_path, size=(1366, 768))
    window.show_view("engagement")
    view = window.views["engagement"]
    _journal_while_typing(window, qtbot, example_path, view.description, " Disken full.")
    view.description.insertPlainText(" Mer text." * 2000)  # pasted: the row needs pages the file cannot get
    view.description.textChanged.emit()
    conn = window.session.store.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")  # a full disk
    view.edits["client"].setFocus()  # the description tries to store its text, and SQLite refuses it
    qtbot.waitUntil(lambda: "full" in view.message.text())
    window.session.reload_all()  # the stored values shown again: the description loses what was typed
    for field in (view.description, view.edits["client"]):  # a click into it and out again
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
    assert any("Disken full." in e.text for e in read_journal(example_path))  # still its only copy
    assert window.session.store.refused and not window.session.store.lost
    window.close()
    assert any("Disken full." in e.text for e in read_journal(example_path))
    again = open_app(example_path)
    assert "Disken full." in _recovered_dialog(again, qtbot).text.toPlainText()


def test_a_list_s_form_keeps_its_entry_when_its_field_is_visited_again(example_path, open_app, qtbot):
    """A list's form stores only on another row or a button: leaving its field, coming back and leaving
    again keeps the text in the journal (it had gone, the text still unstored)."""
    window = open_app(example_path, size=(1366, 768))
    window.show_view("framework")
    form = window.views["framework"].organisations
    form.select(0)
    name, code = form.inputs["name"], form.inputs["short_code"]
    _journal_while_typing(window, qtbot, example_path, name, " och Reftele")
    code.setFocus()
    qtbot.waitUntil(code.hasFocus)
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    code.setFocus()
    qtbot.waitUntil(code.hasFocus)
    assert [e.text for e in read_journal(example_path)] == ["Gislaved och Reftele"]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.setText("Gislaved")  # back to what the file holds, as typed
    name.textEdited.emit("Gislaved")
    code.setFocus()
    qtbot.waitUntil(lambda: not journal_path(example_path).exists())


def test_opening_another_file_while_the_dialog_is_open_keeps_both_journals(example_path, tmp_path, open_app,
                                                                          qtbot):
    other = tmp_path / "other.workshop"
    shutil.copy(example_path, other)
    with EngagementStore.open(example_path, read_only=True) as store:
        uid = store.load().info.uid
    write_journal(example_path, uid, [TypedText("Engagement › Description", "Första filens text", "t", "x:1")])
    write_journal(other, uid, [TypedText("Engagement › Description", "Andra filens text", "t", "y:1")])
    window = open_app(example_path)
    assert "Första filens text" in _recovered_dialog(window, qtbot).text.toPlainText()
    first = window.file_safety.typing.dialog
    from workshop.ui.shell.file_controller import FileController

    controller = window.findChild(FileController)
    controller.open_path(other)
    qtbot.waitUntil(lambda: window.file_safety.typing.dialog not in (None, first))
    assert "Andra filens text" in window.file_safety.typing.dialog.text.toPlainText()
    assert [e.text for e in read_journal(example_path)] == ["Första filens text"]  # not yet seen: kept
    window.file_safety.typing.dialog.done_button.click()
    qtbot.waitUntil(lambda: not journal_path(other).exists())


def test_a_person_forgotten_is_not_written_back_from_memory(example_path, open_app, qtbot, monkeypatch):
    """Their name typed into a list's form (not stored yet), then the person forgotten: the journal holds
    the pseudonym, and typing elsewhere afterwards does not bring the name back."""
    window = open_app(example_path, size=(1366, 768))
    person = next(p for p in window.session.engagement.people if p.name and " " in p.name)
    window.show_view("framework")
    form = window.views["framework"].organisations
    form.clear_form()
    _journal_while_typing(window, qtbot, example_path, form.inputs["name"], f"Ring {person.name}")
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    window.show_view("people")
    people = window.views["people"]
    people.table.selectRow(people.model.row_of(person.uid))
    people.forget_person()
    assert person.name not in journal_path(example_path).read_text(encoding="utf-8")
    window.show_view("engagement")
    _journal_while_typing(window, qtbot, example_path, window.views["engagement"].edits["client"], " AB")
    assert person.name not in journal_path(example_path).read_text(encoding="utf-8")


def test_the_runner_s_notes_and_a_grid_s_cells_keep_no_journal(example_path, open_app, qtbot):
    window = open_app(example_path)
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(view.model.rowCount() - 1)
    view.run_current()
    _type(qtbot, view.runner.notes, "Anteckning")
    qtbot.wait(600)
    assert not journal_path(example_path).exists()
    window.show_view("potential")
    grid = window.views["potential"].table
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 1))
    grid.edit(grid.currentIndex())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    cell_editor = QApplication.focusWidget()
    assert not journaled(cell_editor, window)
    assert journaled(window.views["engagement"].description, window)


def test_text_the_app_puts_in_a_field_is_not_typing(example_path, open_app, qtbot):
    """A field reloaded while it has the keyboard (an undo, the stored values shown again) is not typed."""
    window = open_app(example_path, size=(1366, 768))
    window.show_view("engagement")
    field = window.views["engagement"].description
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setPlainText("Satt av appen")
    qtbot.wait(600)
    assert not journal_path(example_path).exists()


def test_a_file_open_read_only_leaves_the_other_window_s_journal_alone(example_path, open_app, qtbot):
    with EngagementStore.open(example_path, read_only=True) as store:
        uid = store.load().info.uid
    entries = [TypedText("Engagement › Description", "Skrivs i det andra fönstret", "2026-12-07T10:00:00", "z:1")]
    write_journal(example_path, uid, entries)
    holder = EngagementStore.open(example_path)  # another window has the file: this one opens it read-only
    try:
        window = open_app(example_path)
        assert window.session.store.read_only is not None
        window.show_view("engagement")
        _type(qtbot, window.views["engagement"].edits["client"], "x")
        qtbot.wait(600)
        assert window.file_safety.typing.dialog is None
        window.close()
        assert read_journal(example_path) == entries
    finally:
        holder.close()


# --- the journal file itself -------------------------------------------------------------------------------

def test_the_journal_keeps_any_text_exactly(tmp_path):
    path = tmp_path / "e.workshop"
    entries = [TypedText("Möten › <i>Styrgrupp</i>", "\x00\x07 <script>alert(1)</script>\r\n" + "ö" * 100_000,
                         "2026-12-07T10:00:00", "a:1"),
               TypedText("", "", "")]
    write_journal(path, "uid-1", entries)
    assert read_journal(path) == entries == read_journal(path, "uid-1")
    assert read_journal(path, "uid-2") == []
    assert not list(tmp_path.glob(".*.partial"))
    write_journal(path, "uid-1", [])
    assert not journal_path(path).exists()


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"typed": 5}', b'{"typed": [{"where": 1}]}',
                                     b"\xff\xfe", b'{"typed": [{"where": "a", "text": 5, "typed_at": "t"}]}',
                                     b'{"typed": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"])
def test_a_journal_that_is_not_one_offers_nothing(tmp_path, content):
    """Whatever lies beside the file under the journal's name offers nothing (lists nested 100,000 deep had
    raised a traceback as the file opened, and again as it closed)."""
    path = tmp_path / "e.workshop"
    journal_path(path).write_bytes(content)
    assert read_journal(path) == []


def test_a_journal_larger_than_typing_is_refused_by_name(tmp_path, monkeypatch):
    from workshop.storage import typing_journal

    monkeypatch.setattr(typing_journal, "READ_LIMIT", 1000)
    path = tmp_path / "e.workshop"
    write_journal(path, "u", [TypedText("a", "x" * 2000, "t")])
    with pytest.raises(typing_journal.JournalTooLarge, match="larger than anything typed by hand"):
        read_journal(path)


def test_a_journal_that_cannot_be_written_says_why_and_leaves_no_half_file(tmp_path):
    path = tmp_path / "e.workshop"
    journal_path(path).mkdir()  # something else has the name: the finished journal cannot be moved there
    with pytest.raises(StorageError, match="what is being typed could not be kept beside the file"):
        write_journal(path, "u", [TypedText("a", "b", "c")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.workshop.typing"]


def test_a_half_written_journal_a_kill_left_goes_with_the_journal(tmp_path):
    path = tmp_path / "e.workshop"
    write_journal(path, "u", [TypedText("a", "b", "c")])
    leftover = tmp_path / ".e.workshop.typing.partial"
    leftover.write_text('{"typed": [{"where": "a", "text": "halv')
    write_journal(path, "u", [])
    assert list(tmp_path.iterdir()) == []


def test_only_text_the_file_does_not_hold_is_offered(example_store):
    conn = example_store.db.conn
    e = example_store.load()
    lines = e.info.description.splitlines()
    entries = [TypedText("a", e.info.description + "\n\n", ""), TypedText("b", "  \n ", ""),
               TypedText("c", e.organisations[0].name, ""), TypedText("d", lines[0] + "\nEn ny mening", ""),
               TypedText("e", "Helt ny text", "")]
    assert [x.where for x in unstored(entries, conn)] == ["d", "e"]


def test_forgetting_a_person_reaches_the_journal(example_path):
    from workshop.storage.forget import forget_person

    with EngagementStore.open(example_path) as store:
        uid = store.load().info.uid
        person = next(p for p in store.load().people if p.name and " " in p.name)
        write_journal(example_path, uid, [TypedText(f"People › {person.name}", f"Ring {person.name} i morgon", "t")])
        (example_path.parent / f".{example_path.name}.typing.partial").write_text(person.name)
        report = forget_person(store, person.uid)
    text = journal_path(example_path).read_text(encoding="utf-8")
    assert person.name not in text and report.pseudonym in text
    assert not re.search(re.escape(person.name.split()[0]) + r"\b", text)
    assert not list(example_path.parent.glob(".*.partial"))
    assert read_journal(example_path, uid)  # still the engagement's journal


def test_a_place_names_view_tab_what_the_form_is_about_and_the_field(example_path, open_app):
    """Where recovered text belongs, in the window's words: a meeting by its title, a question by its theme
    and number, a list's record, a tab whose name holds "&" as shown."""
    window = open_app(example_path, size=(1366, 768))
    e = window.session.engagement

    def place(view: str, field) -> str:
        window.show_view(view)
        return place_of(field, window.current_view_title())

    meetings = window.views["meetings"]
    meetings.table.selectRow(0)
    title = meetings.model.meeting(0).title
    assert place("meetings", meetings.details.title) == f"Meetings › Details and attendees › {title} › Title"
    catalogue = window.views["catalogue"]
    assert place("catalogue", catalogue.hint) == (
        f"Catalogue › {e.themes[0].title} › 1 › Facilitator's hint (never shown to the room)")
    alternatives = window.views["alternatives"]
    forms = next(w for w in alternatives.findChildren(QLineEdit) if "Paths & forms" in place("alternatives", w))
    assert place("alternatives", forms).startswith("Alternatives & Criteria › Paths & forms › ")
