"""Internal notes: kept in the file and the full JSON, found in no document or data export, one key away."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from meeting_keys import type_text
from PySide6.QtCore import Qt
from pdf_support import text_of

from workshop.cli import main
from workshop.export.json_codec import engagement_from_json
from workshop.storage import EngagementStore

MARKER = "ZQXHEMLIG7731"
ALT = Qt.KeyboardModifier.AltModifier


def _with_internal_notes(path: Path) -> str:
    """Put the marker in every agenda item's and every meeting's internal notes; returns a meeting id."""
    with EngagementStore.open(path) as store:
        e = store.load()
        for m in e.meetings:
            store.records.set_meeting_internal_notes(m.uid, f"Mötet: {MARKER} Aneby tveksamma")
            for item in m.agenda:
                store.records.set_item_internal_notes(item.uid, f"Hemlig anteckning: {MARKER}")
        return next(m.uid for m in e.meetings if m.agenda and m.decisions)


def _xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:  # every cell, shared strings and inline strings alike
        return " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_internal_notes_are_in_no_export_but_the_full_json(example_path, tmp_path, capsys):
    """Minutes, pre-read, report, XLSX, CSV and the public JSON never hold internal notes; the full JSON does."""
    meeting = _with_internal_notes(example_path)
    out = tmp_path / "out"
    out.mkdir()
    f = str(example_path)
    for args in (["minutes", f, "--meeting", meeting, "-o", str(out / "m.pdf")],
                 ["minutes", f, "--meeting", meeting, "-o", str(out / "m_en.pdf"), "--language", "en"],
                 ["preread", f, "--meeting", meeting, "-o", str(out / "p.pdf")],
                 ["report", f, "-o", str(out / "r.pdf")],
                 ["export", f, "--format", "xlsx", "-o", str(out / "d.xlsx")],
                 ["export", f, "--format", "csv", "-o", str(out / "csv")],
                 ["export", f, "--format", "json", "--public", "-o", str(out / "public.json")],
                 ["export", f, "--format", "json", "-o", str(out / "full.json")]):
        assert main(args) == 0, args
    for pdf in ("m.pdf", "m_en.pdf", "p.pdf", "r.pdf"):
        text = text_of(out / pdf)
        assert "Aneby" not in text and MARKER not in text, pdf
        assert MARKER.encode() not in (out / pdf).read_bytes()
    assert len(text_of(out / "m.pdf")) > 500  # the minutes were written, with their notes
    assert MARKER not in _xlsx_text(out / "d.xlsx")
    csv_files = list((out / "csv").iterdir())
    assert csv_files and all(MARKER not in p.read_text(encoding="utf-8") for p in csv_files)
    public = (out / "public.json").read_text(encoding="utf-8")
    assert MARKER not in public and '"internal_notes"' not in public
    full = (out / "full.json").read_text(encoding="utf-8")
    data = json.loads(full)
    m = next(m for m in data["engagement"]["meetings"] if m["id"] == meeting)
    assert MARKER in m["internal_notes"] and all(MARKER in a["internal_notes"] for a in m["agenda"])


def test_full_json_round_trips_internal_notes_and_the_public_one_imports_without(example_path, tmp_path):
    """Importing the full export gives the internal notes back; the public one imports with none."""
    _with_internal_notes(example_path)
    full, public = tmp_path / "full.json", tmp_path / "public.json"
    assert main(["export", str(example_path), "--format", "json", "-o", str(full)]) == 0
    assert main(["export", str(example_path), "--format", "json", "--public", "-o", str(public)]) == 0
    back = engagement_from_json(full.read_text(encoding="utf-8"))
    assert all(MARKER in m.internal_notes for m in back.meetings)
    assert main(["import", str(public), "-o", str(tmp_path / "p.workshop")]) == 0
    with EngagementStore.open(tmp_path / "p.workshop", read_only=True) as store:
        e = store.load()
    assert e.meetings and all(m.internal_notes == "" and all(a.internal_notes == "" for a in m.agenda)
                              for m in e.meetings)


def test_the_public_export_carries_no_one_s_e_mail_or_phone(example_path, tmp_path):
    """A public JSON export had carried people's e-mail and phone: personal data a public record does not need.
    The full export (the backup) keeps them."""
    with EngagementStore.open(example_path) as store:
        person = store.load().people[0]
        store.records.set_contact(person.uid, "anna.sanell@gislaved.se", "0371-81000")
    full, public = tmp_path / "full.json", tmp_path / "public.json"
    assert main(["export", str(example_path), "--format", "json", "-o", str(full)]) == 0
    assert main(["export", str(example_path), "--format", "json", "--public", "-o", str(public)]) == 0
    assert "anna.sanell@gislaved.se" in full.read_text(encoding="utf-8")
    text = public.read_text(encoding="utf-8")
    assert "anna.sanell@gislaved.se" not in text and "0371-81000" not in text
    assert main(["import", str(public), "-o", str(tmp_path / "p.workshop")]) == 0


def test_a_version_1_export_still_imports(example, tmp_path):
    """An export written before internal notes and approvals existed is read with them empty."""
    from workshop.export.json_codec import engagement_to_dict

    data = engagement_to_dict(example)
    data["format_version"] = 1
    for m in data["engagement"]["meetings"]:
        for key in ("internal_notes", "approval", "addenda"):
            m.pop(key)
        for a in m["agenda"]:
            a.pop("internal_notes")
    for p in data["engagement"]["people"]:
        p.pop("email"), p.pop("phone")
    e = engagement_from_json(json.dumps(data))
    assert len(e.meetings) == len(example.meetings) and all(m.approval is None for m in e.meetings)


@pytest.fixture
def app_window(open_app, example_path):
    return open_app(example_path, size=(1366, 768))


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_runner_internal_notes_are_one_key_away_and_stored_apart(app_window, qtbot, example_path):
    """Alt+I opens the item's internal notes, Alt+M the meeting's; typed text is stored apart from the notes."""
    window = app_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    runner = view.runner
    panel = runner.internal
    assert not panel.body.isVisible() and "not in the minutes" in panel.toggle.text()
    qtbot.keyClick(runner.notes, Qt.Key.Key_I, ALT)
    assert panel.body.isVisible() and panel.item_notes.hasFocus()
    type_text(panel.item_notes, f"Hemlig: {MARKER}")
    qtbot.keyClick(panel.item_notes, Qt.Key.Key_M, ALT)
    assert panel.meeting_notes.hasFocus()
    type_text(panel.meeting_notes, "Om mötet: hemligt")
    qtbot.keyClick(panel.meeting_notes, Qt.Key.Key_N, ALT)
    assert runner.notes.hasFocus()
    item = runner.current_item()
    runner.flush()
    with EngagementStore.open(example_path, read_only=True) as store:
        m = next(m for m in store.load().meetings if m.uid == runner.meeting_uid)
    stored = next(a for a in m.agenda if a.uid == item.uid)
    assert stored.internal_notes == f"Hemlig: {MARKER}" and MARKER not in stored.notes
    assert m.internal_notes == "Om mötet: hemligt"
    shown = window.presenter_channel.current
    assert shown.kind == "question" and MARKER not in f"{shown.title} {shown.body} {shown.position}"


def test_an_older_file_gains_internal_notes_and_records_when_opened(example, tmp_path):
    """A file from before schema step 0004 opens migrated: every meeting a draft, no internal notes, no contact."""
    from bad_input_matrix import write_v1_file

    path = tmp_path / "old.workshop"
    write_v1_file(path, example)
    with EngagementStore.open(path) as store:
        e = store.load()
        assert len(e.meetings) == len(example.meetings)
        assert all(m.approval is None and m.addenda == () and m.internal_notes == "" for m in e.meetings)
        assert all(p.email == "" and p.phone == "" for p in e.people)
        item = e.meetings[0].agenda[0]
        store.records.set_item_internal_notes(item.uid, MARKER)
        assert store.records.item_internal_notes(item.uid) == MARKER
    assert path.with_name("old.workshop.bak-v1").exists()
