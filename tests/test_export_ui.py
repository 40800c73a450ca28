"""File → Export in the window: PDFs with a progress dialog and open-when-done, data files, import from JSON."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from pdf_support import text_of
from workshop.app import build
from workshop.export.transfer import write_json
from workshop.storage import EngagementStore
from workshop.ui.widgets import dialogs


@pytest.fixture
def app_window(qtbot, example_path, monkeypatch):
    """The app as `make run` builds it, on the example; opening files is recorded, not done."""
    opened = []
    monkeypatch.setattr(dialogs, "open_file", lambda path: opened.append(path) or True)
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, window.export_controller, opened
    controller.close()


def _answer_save(monkeypatch, path):
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(path))


def test_export_menu_sits_in_the_file_menu(app_window):
    """File has an Export submenu with minutes, pre-read, report and data, and an Import action."""
    window, exports, _ = app_window
    file_actions = window.menus["file"].actions()
    assert exports.menu.menuAction() in file_actions and exports.import_action in file_actions
    assert set(exports.actions) == {"export_minutes", "export_preread", "export_report", "export_xlsx",
                                    "export_csv", "export_json"}
    assert all(a.isEnabled() for a in exports.actions.values())


def test_report_is_written_with_a_progress_dialog_and_opened(app_window, qtbot, tmp_path, monkeypatch):
    """Export → Report shows progress, writes the PDF, and opens it when done."""
    window, exports, opened = app_window
    target = tmp_path / "rapport.pdf"
    _answer_save(monkeypatch, target)
    with qtbot.waitSignal(exports.done, timeout=30000):
        exports.actions["export_report"].trigger()
        assert exports.progress is not None and exports.progress.isVisible()
    text = " ".join(text_of(target).split())
    assert "Slutrapport" in text and "Utredning it-drift GGVVH" in text  # the open engagement's report
    assert "Gislaved" in text and "1 Tjänst 3 4 4 2 2 4 4 23 1" in text  # named (not anonymised), its result
    assert opened == [str(target)]
    assert exports.progress is None


def test_minutes_ask_for_the_meeting(app_window, qtbot, tmp_path, monkeypatch):
    """Export → Minutes offers the meetings by date and title and writes that meeting's minutes."""
    window, exports, opened = app_window
    offered = []

    def choose(parent, title, label, items, current=""):
        offered.extend(items)
        return items[1]

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    target = tmp_path / "protokoll"  # the .pdf is added
    _answer_save(monkeypatch, target)
    exports.open_when_done.setChecked(False)
    with qtbot.waitSignal(exports.done, timeout=30000):
        exports.actions["export_minutes"].trigger()
    assert offered[1] == "2024-06-18 09:00–12:00 — Arbetsmöte Gislaved"
    assert "Arbetsmöte Gislaved" in text_of(tmp_path / "protokoll.pdf")
    assert opened == []


def test_the_meeting_list_starts_at_the_meeting_chosen_or_the_one_a_document_is_likely_for(app_window, monkeypatch):
    """It had started at the oldest meeting, so Enter exported the Startmöte's pre-read: it starts at the
    meeting chosen in Meetings, else for a pre-read at the next one not yet held, for minutes at the last
    one held."""
    window, exports, _opened = app_window
    started = []
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, label, items, current="": started.append(current))
    meetings = window.session.engagement.meetings
    for kind in ("preread", "minutes"):
        exports.actions[f"export_{kind}"].trigger()
    # Every meeting of the example was held: both start at the last one.
    assert all(m.status == "closed" for m in meetings)
    assert started[0].endswith(meetings[-1].title) and started[1].endswith(meetings[-1].title)
    window.show_view("meetings")
    window.views["meetings"].select(meetings[3].uid)
    exports.actions["export_preread"].trigger()
    assert started[2].endswith(meetings[3].title)


def test_ending_a_meeting_offers_its_minutes_and_writes_them(app_window, qtbot, tmp_path, monkeypatch):
    """End meeting, then yes to the offer: the minutes of that meeting are written without asking which one."""
    from PySide6.QtCore import Qt

    window, exports, _ = app_window
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a, **k: pytest.fail("asked which meeting"))
    target = tmp_path / "protokoll.pdf"
    _answer_save(monkeypatch, target)
    exports.open_when_done.setChecked(False)
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(1)  # Arbetsmöte Gislaved
    view.run_current()
    with qtbot.waitSignal(exports.done, timeout=30000):
        qtbot.keyClick(view.runner.notes, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Arbetsmöte Gislaved" in text_of(target)


def test_cancelling_the_report_writes_nothing(app_window, qtbot, tmp_path, monkeypatch):
    """Cancel in the progress dialog stops the build; no file and no temp file are left."""
    window, exports, _ = app_window
    out = tmp_path / "out"
    out.mkdir()
    _answer_save(monkeypatch, out / "r.pdf")
    exports.actions["export_report"].trigger()
    button = exports.progress.findChild(QPushButton)
    assert button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: exports.job is None, timeout=30000)
    assert list(out.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_export_errors_are_shown_not_raised(app_window, tmp_path, monkeypatch):
    """A folder that does not exist gives an error message and no file."""
    window, exports, _ = app_window
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    _answer_save(monkeypatch, tmp_path / "missing" / "d.xlsx")
    exports.actions["export_xlsx"].trigger()
    assert errors and "does not exist" in errors[0]


def test_data_exports_write_xlsx_csv_and_json(qtbot, example_path, tmp_path, monkeypatch):
    """Export → Excel, CSV (a folder) and JSON write the open engagement: the workbook its results, the CSV
    folder every vote, neither an internal note; the JSON (the engagement's backup) imports as the engagement
    the window holds, internal notes included."""
    import openpyxl

    from workshop.export.transfer import read_json

    marker = "ZQXINTERN4417"
    with EngagementStore.open(example_path) as store:
        meeting = store.load().meetings[1]
        store.records.set_meeting_internal_notes(meeting.uid, f"Internt: {marker}")
    monkeypatch.setattr(dialogs, "open_file", lambda path: True)
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        exports = window.export_controller
        exports.open_when_done.setChecked(False)
        for key, name in (("export_xlsx", "d.xlsx"), ("export_csv", "csv"), ("export_json", "e.json")):
            _answer_save(monkeypatch, tmp_path / name)
            exports.actions[key].trigger()
        book = openpyxl.load_workbook(tmp_path / "d.xlsx")
        results = [(r[0], r[3], r[5]) for r in book["Resultat"].iter_rows(min_row=2, values_only=True)]
        assert results == [("S", 21, 4), ("1 Teknik", 22, 2), ("1 Tjänst", 23, 1), ("2", 22, 2)]
        cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row]
        assert not [c for c in cells if marker in c]
        votes = (tmp_path / "csv" / "votes.csv").read_text(encoding="utf-8-sig").splitlines()
        assert len(votes) == 1 + 5 * 4 * 7
        assert not [p.name for p in (tmp_path / "csv").iterdir() if marker in p.read_text(encoding="utf-8-sig")]
        backup = read_json(tmp_path / "e.json")
        assert backup == window.session.engagement
        assert next(m for m in backup.meetings if m.uid == meeting.uid).internal_notes == f"Internt: {marker}"
    finally:
        controller.close()


def test_import_from_json_opens_the_new_engagement(app_window, example, tmp_path, monkeypatch):
    """File → Import from JSON checks the file, writes a new engagement and opens it."""
    window, exports, _ = app_window
    source = tmp_path / "in.json"
    write_json(example, source)
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(source))
    _answer_save(monkeypatch, tmp_path / "imported.workshop")
    exports.import_action.trigger()
    assert window.session is not None and window.session.path.name == "imported.workshop"
    with EngagementStore.open(tmp_path / "imported.workshop") as store:
        assert store.load() == example


def test_import_of_a_bad_file_shows_why(app_window, tmp_path, monkeypatch):
    """A file that is not an export is refused with its reason, and nothing is written."""
    window, exports, _ = app_window
    out = tmp_path / "out"
    out.mkdir()
    source = out / "bad.json"
    source.write_text("{}")
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(source))
    _answer_save(monkeypatch, out / "x.workshop")
    exports.import_action.trigger()
    assert errors and "not a Workshop engagement export" in errors[0]
    assert sorted(p.name for p in out.iterdir()) == ["bad.json"]


def _saves_refused(app_window, tmp_path, monkeypatch):
    """(window, export controller, an empty folder to save into, the errors shown as (title, text)); the import
    reads a JSON export of the open engagement."""
    window, exports, _ = app_window
    source = tmp_path / "source.json"
    write_json(window.session.engagement, source)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: str(source))
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append((title, text)))
    return window, exports, folder, errors


def test_a_name_that_names_no_file_is_refused_in_every_save(app_window, tmp_path, monkeypatch):
    """Nothing, only spaces, or only spaces before the extension, in any save dialog (a copy, a hand-out, the
    JSON and XLSX exports, an import): one message saying so, under the action's own title, and nothing
    written (the extension had been added, writing a hidden ".workshop" or a "   .json")."""
    window, exports, folder, errors = _saves_refused(app_window, tmp_path, monkeypatch)
    saves = [(window.actions["save_copy"], ".workshop", "Cannot save a copy"),
             (window.actions["handout"], ".workshop", "Cannot hand out a copy"),
             (exports.actions["export_json"], ".json", "Cannot export"),
             (exports.actions["export_xlsx"], ".xlsx", "Cannot export"),
             (exports.import_action, ".workshop", "Cannot import")]
    for action, suffix, title in saves:
        for typed in ("", "   ", f"   {suffix}"):
            errors.clear()
            _answer_save(monkeypatch, f"{folder}/{typed}")
            action.trigger()
            assert [t for t, _ in errors] == [title], (title, typed)
            assert "is no file name" in errors[0][1]
    assert list(folder.iterdir()) == []


def test_a_name_too_long_for_the_disk_is_refused_in_words_in_every_save(app_window, qtbot, tmp_path, monkeypatch):
    """A name the disk refuses (260 bytes) in any save dialog (a copy, a hand-out, every export, an import) or
    in Merge From: one message saying the name is too long, under the action's own title, and nothing written.
    The copy, the hand-out, the data exports, the import and the merge had raised a traceback, and the report
    had said "OSError: [Errno 36] File name too long"."""
    window, exports, folder, errors = _saves_refused(app_window, tmp_path, monkeypatch)
    long_name = "å" * 130
    saves = [(window.actions["save_copy"], ".workshop", "Cannot save a copy"),
             (window.actions["handout"], ".workshop", "Cannot hand out a copy"),
             (exports.actions["export_json"], ".json", "Cannot export"),
             (exports.actions["export_xlsx"], ".xlsx", "Cannot export"),
             (exports.actions["export_csv"], "", "Cannot export"),
             (exports.actions["export_report"], ".pdf", "Cannot export"),
             (exports.import_action, ".workshop", "Cannot import")]
    for action, suffix, title in saves:
        errors.clear()
        _answer_save(monkeypatch, f"{folder}/{long_name}{suffix}")
        action.trigger()
        qtbot.waitUntil(lambda: exports.job is None, timeout=30000)
        assert [t for t, _ in errors] == [title], (title, errors)
        assert "too long for the disk" in errors[0][1]
    errors.clear()
    window.merge_controller.merge_from(f"{folder}/{long_name}.workshop")
    assert [t for t, _ in errors] == ["Cannot merge"] and "cannot be read" in errors[0][1]
    assert list(folder.iterdir()) == []


def test_a_title_of_emoji_is_proposed_as_a_name_the_disk_takes():
    """The name proposed from a title stays within 150 bytes whatever its letters (120 emoji had made 480
    bytes, which no disk takes as one name), cut between characters, never in one."""
    from workshop.ui.widgets.dialogs import safe_file_name

    assert len(safe_file_name("🎉" * 200).encode("utf-8")) <= 150
    assert safe_file_name("🎉" * 200) == "🎉" * 37
    assert safe_file_name("Arbetsmöte Gnosjö: IT-drift") == "Arbetsmöte Gnosjö IT-drift"


def test_documents_are_proposed_under_a_name_in_their_own_language(app_window, monkeypatch):
    """With English documents chosen, the save dialog proposes "Minutes 2024-06-10 ….pdf" and "Final report
    ….pdf" (it proposed the Swedish "Protokoll" and "Slutrapport" whatever the document's language)."""
    from workshop.ui.widgets.settings import DOCUMENT_LANGUAGE

    window, exports, _ = app_window
    proposed = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, folder, *a: proposed.append(folder))
    monkeypatch.setattr(dialogs, "ask_item", lambda parent, title, label, items, *a: items[0])
    for language, words in (("en", ("Minutes ", "Final report ")), ("sv", ("Protokoll ", "Slutrapport "))):
        exports.settings.set(DOCUMENT_LANGUAGE, language)
        proposed.clear()
        exports.actions["export_minutes"].trigger()
        exports.actions["export_report"].trigger()
        names = [folder.rsplit("/", 1)[-1] for folder in proposed]
        assert names[0].startswith(words[0]) and names[1].startswith(words[1]), names


def test_a_report_of_an_engagement_under_way_is_proposed_as_an_interim_report_of_today(qtbot, example_path,
                                                                                        monkeypatch, tmp_path):
    """The last meeting still planned: the save dialog proposed "Slutrapport Utredning ….pdf" and the PDF said
    "Slutrapport" on every page. Both now say "Delrapport" with the day it is written, the same day."""
    from datetime import date

    from workshop.domain.vocabulary import MeetingStatus

    class Day(date):
        @classmethod
        def today(cls):
            return date(2024, 9, 1)

    monkeypatch.setattr("workshop.ui.shell.export_controller.date", Day)
    store = EngagementStore.open(example_path)
    store.meetings.set_status(store.load().meetings[-1].uid, MeetingStatus.PLANNED)
    store.close()
    monkeypatch.setattr(dialogs, "open_file", lambda path: True)
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    proposed, target = [], tmp_path / "rapport.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, folder, *a: proposed.append(folder)
                        or str(target))
    exports = window.export_controller
    with qtbot.waitSignal(exports.done, timeout=30000):
        exports.actions["export_report"].trigger()
    controller.close()
    assert proposed[0].rsplit("/", 1)[-1] == "Delrapport 2024-09-01 Utredning it-drift GGVVH.pdf"
    text = text_of(target)
    assert "Delrapport 2024-09-01" in text and "Slutrapport" not in text


def test_a_colon_in_a_meeting_s_title_leaves_one_space_in_the_file_name(app_window, monkeypatch):
    """"Gemensamt arbetsmöte: potential …" was proposed as "… Gemensamt arbetsmöte  potential ….pdf": the
    colon, which file systems refuse, left two spaces in the name sent to the room."""
    window, exports, _ = app_window
    meeting = next(m for m in window.session.engagement.meetings if ": " in m.title)
    proposed = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, folder, *a: proposed.append(folder))
    monkeypatch.setattr(dialogs, "ask_item", lambda *a: meeting)
    exports.actions["export_preread"].trigger()
    name = proposed[0].rsplit("/", 1)[-1]
    assert "  " not in name and meeting.title.replace(": ", " ") in name, name


def test_running_a_meeting_is_undone_by_the_button_s_words(app_window):
    """The undo step of running a meeting reads "Run meeting", as its button does (it read "Start meeting",
    and ending it "Close meeting", like closing the file)."""
    window, _, _ = app_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    view.run_current()
    assert window.session.undo_stack.undoText() == "Run meeting"


def test_data_exports_speak_the_documents_language(app_window, tmp_path, monkeypatch):
    """With English documents chosen, the workbook's sheets and the CSV headings were still Swedish ("Röster",
    "Kod"): the window wrote them without a language, unlike `workshop export --language en`."""
    import openpyxl

    from workshop.ui.widgets.settings import DOCUMENT_LANGUAGE

    window, exports, opened = app_window
    exports.open_when_done.setChecked(False)
    for language, sheet in (("en", "Votes"), ("sv", "Röster")):
        exports.settings.set(DOCUMENT_LANGUAGE, language)
        _answer_save(monkeypatch, tmp_path / f"{language}.xlsx")
        exports.actions["export_xlsx"].trigger()
        assert sheet in openpyxl.load_workbook(tmp_path / f"{language}.xlsx").sheetnames
        _answer_save(monkeypatch, tmp_path / f"csv-{language}")
        exports.actions["export_csv"].trigger()
        heading = (tmp_path / f"csv-{language}" / "votes.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert ("Organisation" in heading) and (("Alternative" in heading) == (language == "en")), heading


def test_closing_the_window_during_an_export_cancels_it_and_waits(app_window, tmp_path):
    """Closing the app while a report was being written left its thread running, which then signalled from
    an object already gone (a traceback on stderr). Closing cancels the export and waits for it."""
    import time

    window, exports, _opened = app_window
    steps = []

    def slow(progress):
        for i in range(1000):
            steps.append(i)
            progress(i / 1000)
            time.sleep(0.01)

    exports._start(slow, str(tmp_path / "never.pdf"), "Export")
    while not steps:
        time.sleep(0.01)
    window.close()
    assert exports.thread is None or not exports.thread.is_alive()
    assert len(steps) < 1000 and not (tmp_path / "never.pdf").exists()


def test_minutes_exported_while_the_meeting_runs_hold_the_notes_just_typed(app_window, qtbot, tmp_path, monkeypatch):
    """Notes typed in the running meeting are in minutes exported from the menu at once, with the runner in
    front, and typing goes on after it: the export had read the engagement as it was when the meeting
    started, so the PDF lacked every note typed since."""
    window, exports, _ = app_window
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a, **k: pytest.fail("asked which meeting"))
    exports.open_when_done.setChecked(False)
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(1)  # Arbetsmöte Gislaved
    view.run_current()
    view.runner.notes.setFocus()
    qtbot.keyClicks(view.runner.notes, "Sondnotering")  # not yet saved: the autosave waits for a pause
    exports.actions["export_minutes"].setData(view.runner.meeting_uid)
    target = tmp_path / "protokoll.pdf"
    _answer_save(monkeypatch, target)
    with qtbot.waitSignal(exports.done, timeout=30000):
        exports.actions["export_minutes"].trigger()
    assert "Sondnotering" in text_of(target)
    qtbot.keyClicks(view.runner.notes, " två")
    view.runner.flush()
    item = view.runner.current_item()  # the session's value, which the next export reads
    assert item is not None and "Sondnotering två" in item.notes


def test_the_meeting_choice_shows_each_meeting_s_date_time_and_title_whole(qtbot, example):
    """Minutes / Pre-read ask which meeting: the list was 48 letters wide, so "2024-08-23 09:00–13:00 —
    Gemensamt arbetsmöte: potential och alternativ" showed as "…potential och a", cut inside a word."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    from workshop.export.common import meeting_when
    from workshop.ui.widgets.dialogs import choice_dialog

    items = [f"{meeting_when(m) or '–'} — {m.title}" for m in example.meetings]
    dialog = choice_dialog(None, "Protokoll", "Möte:", items, items[0])
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    for item in items:
        assert combo.fontMetrics().horizontalAdvance(item) <= room, item
    assert dialog.width() < 900


def test_the_swedish_export_menu_and_report_view_do_not_call_every_report_final(swedish_interface, app_window):
    """File → Export and the Report view offered "Slutrapport (PDF)…" while the report of an engagement under
    way is a Delrapport; they say "Rapport (PDF)…" and the document says which it is."""
    window, exports, _opened = app_window  # built after the Swedish translator is installed
    assert exports.actions["export_report"].text() == "&Rapport (PDF)…"
    report = window.views["report"]
    buttons = [b.text() for b in report.findChildren(QPushButton)]
    assert "Rapport (PDF)…" in buttons and not any("Slutrapport" in b for b in buttons)
