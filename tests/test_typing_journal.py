"""What is typed into a form survives a crash: kept beside the file while typed, offered back at the next open
when the file does not hold it, gone after a normal close; a person forgotten is forgotten there too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kill_support import kill_once_typed

from workshop.storage import EngagementStore, StorageError
from workshop.ui.filesafety.recovered_dialog import recovered_text
from workshop.storage.typing_journal import (
    TypedText, journal_path, read_journal, unstored, write_journal,
)

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
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _recovered_dialog(window, qtbot):
    qtbot.waitUntil(lambda: window.typing_journal.dialog is not None and window.typing_journal.dialog.isVisible())
    return window.typing_journal.dialog


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


def test_text_the_field_stored_before_the_end_is_not_offered(example_path, open_app, qtbot):
    """The journal of a run that stored its typing (focus moved on) and then ended without closing the file:
    nothing is offered, and the journal goes."""
    window = open_app(example_path, size=(1366, 768))
    window.show_view("engagement")
    field = window.views["engagement"].description
    _type(qtbot, field, "Tillagt under mötet.")
    window.views["engagement"].edits["client"].setFocus()  # focus moves on: the description stores its text
    qtbot.waitUntil(lambda: journal_path(example_path).exists())
    assert "Tillagt under mötet." in window.session.engagement.info.description  # stored on leaving the field
    left = read_journal(example_path)
    assert any("Tillagt under mötet." in e.text for e in left)
    kept = journal_path(example_path).read_bytes()
    window.close()
    assert not journal_path(example_path).exists()  # a normal close removes it
    journal_path(example_path).write_bytes(kept)  # as if the run had ended without closing

    again = open_app(example_path)
    qtbot.wait(100)
    assert again.typing_journal.dialog is None
    assert not journal_path(example_path).exists()


def test_the_runner_s_notes_and_a_grid_s_cells_keep_no_journal(example_path, open_app, qtbot):
    window = open_app(example_path)
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(view.model.rowCount() - 1)
    view.run_current()
    _type(qtbot, view.runner.notes, "Anteckning")
    qtbot.wait(600)
    assert not journal_path(example_path).exists()
    assert window.typing_journal.timer.isActive() is False


def test_a_file_open_read_only_leaves_the_other_window_s_journal_alone(example_path, open_app, qtbot):
    entries = [TypedText("Engagement › Description", "Skrivs i det andra fönstret", "2026-12-07T10:00:00")]
    write_journal(example_path, entries)
    holder = EngagementStore.open(example_path)  # another window has the file: this one opens it read-only
    try:
        window = open_app(example_path)
        assert window.session.store.read_only is not None
        window.show_view("engagement")
        _type(qtbot, window.views["engagement"].edits["client"], "x")
        qtbot.wait(600)
        assert window.typing_journal.dialog is None
        window.close()
        assert read_journal(example_path) == entries
    finally:
        holder.close()


# --- the journal file itself -------------------------------------------------------------------------------

def test_the_journal_keeps_any_text_exactly(tmp_path):
    path = tmp_path / "e.workshop"
    entries = [TypedText("Möten › <i>Styrgrupp</i>", "\x00\x07 <script>alert(1)</script>\r\n" + "ö" * 100_000,
                         "2026-12-07T10:00:00"),
               TypedText("", "", "")]
    write_journal(path, entries)
    assert read_journal(path) == entries
    assert not list(tmp_path.glob(".*.partial"))
    write_journal(path, [])
    assert not journal_path(path).exists()


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"typed": 5}', b'{"typed": [{"where": 1}]}',
                                     b"\xff\xfe", b"x" * (5 * 1024 * 1024)])
def test_a_journal_that_is_not_one_offers_nothing(tmp_path, content):
    path = tmp_path / "e.workshop"
    journal_path(path).write_bytes(content)
    assert read_journal(path) == []


def test_a_journal_that_cannot_be_written_says_why_and_leaves_no_half_file(tmp_path):
    path = tmp_path / "e.workshop"
    journal_path(path).mkdir()  # something else has the name: the finished journal cannot be moved there
    with pytest.raises(StorageError, match="what is being typed could not be kept beside the file"):
        write_journal(path, [TypedText("a", "b", "c")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.workshop.typing"]


def test_only_text_the_file_does_not_hold_is_offered(example_store):
    conn = example_store.db.conn
    e = example_store.load()
    stored_line = e.info.description.splitlines()[0]
    entries = [TypedText("a", stored_line, ""), TypedText("b", "  \n ", ""),
               TypedText("c", e.organisations[0].name + "\n" + e.organisations[1].name, ""),
               TypedText("d", stored_line + "\nEn ny mening", ""), TypedText("e", "Helt ny text", "")]
    assert [x.where for x in unstored(entries, conn)] == ["d", "e"]


def test_forgetting_a_person_reaches_the_journal(example_path):
    from workshop.storage.forget import forget_person

    with EngagementStore.open(example_path) as store:
        person = next(p for p in store.load().people if p.name and " " in p.name)
        write_journal(example_path, [TypedText(f"People › {person.name}", f"Ring {person.name} i morgon", "t")])
        report = forget_person(store, person.uid)
    text = journal_path(example_path).read_text(encoding="utf-8")
    assert person.name not in text and report.pseudonym in text
    assert not re.search(re.escape(person.name.split()[0]) + r"\b", text)
