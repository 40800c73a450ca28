"""Text never acts, anywhere: every hostile payload in every text field, through every output.

Each output is built once from one engagement whose every text field holds every payload
(tests/hostile_text.py). For each: the text comes back literally (after the output's own documented
change: PDFs show characters the font lacks and controls as a visible box, XLSX replaces what XML
cannot hold, CSV prefixes formulas, the terminal escapes controls), no file is read, no link or image
appears, and nothing fails.
"""

from __future__ import annotations

import builtins
import csv
import io
import json
import re
import unicodedata

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6 import QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel

from hostile_text import ALL, LONG_NAME, LONG_WORD, PAYLOADS, hostile_engagement
from pdf_support import annotations_of, images_of, reader
from workshop.storage import EngagementStore


def squash(text: str) -> str:
    """Text without any whitespace: PDF lines wrap (and long words break) where the typist put none."""
    return "".join(text.split())


def body_text(pdf: bytes) -> str:
    """The squashed text of every page without its header and footer (which would come between the two
    halves of a paragraph or table row running over a page break)."""
    parts: list[str] = []

    def keep(text, cm, tm, _font, _size):
        if 50 < cm[5] + tm[5] < 775:  # between the footer (y ≈ 34 pt) and the header (y ≈ 791 pt)
            parts.append(text)

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=keep)
    return squash("".join(parts))


@pytest.fixture(scope="module")
def hostile():
    """The hostile engagement as built (ids are new on every build: built once)."""
    return hostile_engagement()


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory, hostile):
    """The hostile engagement, stored (what the outputs read is what the file holds)."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.workshop"
    EngagementStore.create(path, hostile).close()
    return path


@pytest.fixture(scope="module")
def stored(hostile_path):
    with EngagementStore.open(hostile_path, read_only=True) as store:
        return store.load()


def test_the_file_holds_every_payload_as_typed(stored, hostile):
    """Storage keeps every payload exactly (NUL, ESC, U+FFFE, U+202E, emoji), so the outputs get them."""
    assert stored == hostile
    assert ALL in stored.organisations[1].name and stored.organisations[-1].name == LONG_NAME


def _joint(e):
    return next(m for m in e.meetings if m.kind == "joint")


@pytest.fixture(scope="module")
def pdfs(stored):
    """Report, minutes and pre-read built once each, with every file the process opened meanwhile."""
    from workshop.export.minutes import render_minutes
    from workshop.export.preread import render_preread
    from workshop.export.report import render_report

    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    builtins.open = spy
    try:
        out = {"report": render_report(stored), "minutes": render_minutes(stored, _joint(stored).uid),
               "preread": render_preread(stored, _joint(stored).uid)}
    finally:
        builtins.open = real_open
    return out, opened


def _pdf_expected(e):
    """For each document, the texts it must show (each a whole field value)."""
    from workshop.domain.approved import scores_given_in  # the minutes show what was given in the meeting
    from workshop.export.text import visible

    m = _joint(e)
    everywhere = [e.info.title]
    minutes = everywhere + [m.title, m.place] + [o.name for o in e.organisations] + \
        [p.name for p in e.people if p.uid in m.attendee_uids] + [p.role for p in e.people if p.uid in m.attendee_uids] + \
        [a.text for a in m.agenda] + [a.notes for a in m.agenda] + [a.theme_title for a in m.agenda if a.theme_title] + \
        [d.text for d in m.decisions] + [a.text for a in m.action_items] + [a.owner for a in m.action_items] + \
        [p.rationale for p in scores_given_in(e, m).potentials] + [c.text for c in e.criteria] + \
        [a.name for a in e.areas if any(p.area_code == a.code for p in scores_given_in(e, m).potentials)]
    preread = everywhere + [m.title, m.place] + [a.text for a in m.agenda]
    report = everywhere + [e.info.client, e.info.facilitator, e.info.contact, e.info.description] + \
        [o.name for o in e.organisations] + [g.name for g in e.groups] + [a.name for a in e.areas] + \
        [s for a in e.areas for s in a.sub_items] + [x for s in e.scoped_out for x in (s.text, s.reason)] + \
        [x for a in e.alternatives for x in (a.name, a.description, *a.pros, *a.cons)] + \
        [p.description for p in e.paths] + [c.text for c in e.criteria] + \
        [x for f in e.organisation_forms for x in (f.name, f.description, *f.pros, *f.cons)] + \
        [p.comment for p in e.preferences] + [mt.title for mt in e.meetings] + \
        [d.text for mt in e.meetings if mt.kind in ("joint", "steering") for d in mt.decisions]
    # Line by line: a long text may run over a page break, where the page's header and footer come between.
    # The 10,000-character word is counted instead (test_long_words_break_in_every_table).
    return {name: [squash(visible(line)) for t in texts for line in t.splitlines() if line.strip() and line != LONG_WORD]
            for name, texts in (("report", report), ("minutes", minutes), ("preread", preread))}


def _split_in_a_table(line: str, text: str) -> bool:
    """A table row running over a page break comes out cell by cell per page: the line's start and end
    are there, with the neighbouring cells' text between them."""
    return len(line) > 80 and line[:40] in text and line[-40:] in text


@pytest.mark.parametrize("document", ["report", "minutes", "preread"])
def test_pdfs_show_every_field_literally(pdfs, stored, document):
    """Every field's text, markup, entities, formulas and long words included, is in the document as typed
    (controls and characters the font lacks as the visible replacement box)."""
    built, _ = pdfs
    text = body_text(built[document])
    missing = [t[:80] for t in _pdf_expected(stored)[document] if t not in text and not _split_in_a_table(t, text)]
    assert not missing


def test_pdfs_read_no_file_and_hold_no_link_or_image(pdfs):
    """<img src> opens nothing, <a href>/<link> makes no link (only the contents' own page links), and
    no image is embedded, in any of the three documents."""
    built, opened = pdfs
    assert not [f for f in opened if f.startswith("/etc")]
    for pdf in built.values():
        assert images_of(pdf) == 0
        for annot in annotations_of(pdf):
            action = annot.get("/A")
            action = action.get_object() if action is not None else {}
            assert action.get("/S") in (None, "/GoTo"), annot  # no /URI, /Launch or /GoToR
            assert "/URI" not in action and "/F" not in action


def test_report_contents_and_outline_name_the_alternatives_literally(pdfs, stored):
    """The table of contents and the PDF outline (bookmarks) show each alternative's name as typed (in the
    outline, which the viewer lays out, a typed direction control as the replacement box)."""
    from workshop.export.text import one_line, viewer_line

    built, _ = pdfs
    r = reader(built["report"])
    contents_page = squash(r.pages[2].extract_text() + r.pages[3].extract_text())
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(r.outline)
    for alt in stored.alternatives:
        assert squash(one_line(alt.name))[:60] in contents_page
        assert any(viewer_line(alt.name) in t for t in titles)


# Data files ------------------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def test_xlsx_opens_and_shows_every_text_without_formulas(stored):
    """The workbook opens (U+FFFE and controls would make its XML ill-formed), every name and comment is
    in it with only what XML cannot hold replaced, and no cell is a formula."""
    from workshop.export.xlsx import render_xlsx

    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(stored)))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    # Nor does editing one make it a formula (Excel's quote prefix), and text of several lines wraps.
    starting = [c for c in cells if c.row > 1 and isinstance(c.value, str) and c.value.startswith(("=", "+", "@"))]
    assert starting and all(c.quotePrefix for c in starting)
    lines = [c for c in cells if isinstance(c.value, str) and "\n" in c.value]
    assert lines and all(c.alignment.wrap_text for c in lines)
    values = {str(c.value).replace("\r\n", "\n").replace("\r", "\n") for c in cells if c.value is not None}
    wanted = [o.name for o in stored.organisations] + [p.comment for p in stored.preferences] + \
        [a.text for m in stored.meetings for a in m.action_items] + [c.text for c in stored.criteria]
    for text in wanted:
        assert _XML_ILLEGAL.sub("\ufffd", text).replace("\r", "\n") in values


def test_csv_keeps_every_text_and_disarms_formulas(stored):
    """CSV cells hold the text as typed; one starting with "=" gets the leading apostrophe."""
    from workshop.export.csv_export import render_csv

    files = render_csv(stored)
    rows = list(csv.reader(io.StringIO(files["preferences.csv"].decode("utf-8-sig"), newline=""), delimiter=";"))
    names = {row[0] for row in rows[1:]}
    stating = [o for o in stored.organisations if any(p.organisation_uid == o.uid for p in stored.preferences)]
    assert len(stating) == len(stored.organisations)  # every organisation's name is checked below
    for o in stating:
        # As typed, but for what XML cannot hold (NUL, ESC, BEL, U+FFFE …), which the workbook shows as U+FFFD.
        name = _XML_ILLEGAL.sub("\ufffd", o.name)
        assert ("'" + name if name.startswith("=") else name) in names
    assert any(PAYLOADS["bold"] in n and PAYLOADS["entity"] in n and PAYLOADS["emoji"] in n for n in names)
    assert not any("\x00" in n for n in names)


def test_json_round_trip_gives_back_every_text(stored, tmp_path):
    """Export then import: the same engagement, every payload included."""
    from workshop.export.transfer import import_json, write_json

    write_json(stored, tmp_path / "x.json")
    import_json(tmp_path / "x.json", tmp_path / "copy.workshop")
    with EngagementStore.open(tmp_path / "copy.workshop", read_only=True) as store:
        assert store.load() == stored


# Terminal ----------------------------------------------------------------------------------------------

def _acts_on_a_terminal(text: str) -> list[str]:
    return [ch for ch in text if ch not in "\n\t" and (unicodedata.category(ch) == "Cc" or ch == "\u202e")]


@pytest.mark.parametrize("args", [["summary"], ["summary", "--json"], ["meetings"], ["people"],
                                  ["people", "--json"]])
def test_terminal_output_escapes_controls(hostile_path, capsys, args):
    """`workshop summary`, `meetings` and `people` write no raw ESC, BEL, CR, NUL, C1 or RTL override:
    each is shown as an escape (ESC as \\x1b), and the rest of the text as typed (`people` had turned them
    into spaces, and its JSON wrote DEL, C1 and the override raw)."""
    from workshop.cli import main

    assert main([args[0], str(hostile_path), *args[1:]]) == 0
    out = capsys.readouterr().out
    assert not _acts_on_a_terminal(out)
    if "--json" in args:
        data = json.loads(out)
        names = data["preferences"] if isinstance(data, dict) else [person["name"] for person in data]
        assert any(PAYLOADS["controls"] in name for name in names)
    else:
        assert "a\\x1b]0;titel\\x07b\\rc\\x00d\\x7fe\\x9bf" in out and "abc\\u202edef" in out
        assert "<b>fet</b>" in out and "🎉😀" in out


# Qt ------------------------------------------------------------------------------------------------

def _rendered(text: str) -> QTextDocument:
    """The text as Qt shows it where it guesses plain or rich text (tooltips, legends)."""
    doc = QTextDocument()
    if QtGui.Qt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc


def _check_rich(text: str, where: str) -> bool:
    """Whether the tooltip showed a payload (checked to be literal)."""
    doc = _rendered(text)
    html = doc.toHtml()
    assert "<img" not in html and "<a href" not in html, where  # elements; escaped text shows as &lt;img
    if "fet" in doc.toPlainText():  # it shows a payload: literally, tags and entities included
        assert PAYLOADS["bold"] in doc.toPlainText() and "&amp;" in doc.toPlainText(), (where, doc.toPlainText())
        return True
    return False


def _size(model, parent) -> tuple[int, int]:
    """Rows and columns under a parent (a list model's columnCount is not callable from Python: one column)."""
    try:
        columns = model.columnCount(parent)
    except TypeError:
        columns = 1
    return model.rowCount(parent), columns


@pytest.fixture
def hostile_window(qtbot, hostile_path, tmp_path):
    from workshop.app import build

    copy = tmp_path / "hostile.workshop"
    copy.write_bytes(hostile_path.read_bytes())
    _app, window, controller = build(["workshop", str(copy)])
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    controller.close()


def test_qt_labels_tooltips_and_legends_show_text_literally(hostile_window, hostile, qtbot):
    """In every view: labels holding user text are plain text, every tooltip (catalogue questions, grid
    cells, headers) and every chart legend shows the payloads literally, with no image or link."""
    from workshop.charts.base import ChartBase
    from workshop.charts.rich_text import LABEL_MAX

    window = hostile_window
    seen_tooltips = literal = 0
    for key in window.view_keys():
        window.show_view(key)
        qtbot.wait(20)
    holding = [label for label in window.findChildren(QLabel)
               if PAYLOADS["bold"] in label.text() or PAYLOADS["image"] in label.text()]
    for label in holding:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()[:60]
    # The check above ran: the title, the history's comparison and a person's facts show hostile names.
    assert {"engagementTitle", "historyCompared", "personFacts"} <= {label.objectName() for label in holding}
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        rows, columns = _size(model, root)
        for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, rows)):
            for section in range(count):
                tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                if tip:
                    seen_tooltips += 1
                    literal += _check_rich(str(tip), f"{view.objectName()} header {section}")
        stack = [model.index(r, c, root) for r in range(rows) for c in range(columns)]
        while stack:
            index = stack.pop()
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip:
                seen_tooltips += 1
                literal += _check_rich(str(tip), f"{view.objectName()} {index.row()},{index.column()}")
            stack += [model.index(r, 0, index) for r in range(_size(model, index)[0])]  # tree children
    assert seen_tooltips > 50 and literal > 50, (seen_tooltips, literal)  # many showed a payload, literally
    legends = shown_payloads = 0
    for chart in window.findChildren(ChartBase):
        legend = getattr(chart, "legend", None)
        for _, label in getattr(legend, "items", []):
            legends += 1
            assert "<img" not in label.item.toHtml() and "<a href" not in label.item.toHtml()
            shown = label.item.toPlainText()
            if "fet" in shown:  # literally, as one line of at most LABEL_MAX characters (a legend has no more room)
                shown_payloads += 1
                assert shown.endswith("…") and len(shown) <= LABEL_MAX, shown
                assert any(" ".join(o.name.split()).startswith(shown[:-1]) for o in hostile.organisations), shown
    assert legends > 0 and shown_payloads > 0  # some legend showed a hostile name, checked above


@pytest.mark.parametrize("document, words", [("report", 5), ("minutes", 2)])
def test_long_words_break_in_every_table(pdfs, document, words):
    """A 10,000-character word (the report: a scoped-out reason and a pro of each of 4 alternatives; the
    minutes: notes and an action item) and a 1,000-character organisation name are laid out in full,
    broken over lines and pages."""
    built, _ = pdfs
    text = body_text(built[document])
    # Counted in pieces: a table row running over a page break comes out with its neighbours' cells between.
    assert text.count("Långtord") >= 0.99 * LONG_WORD.count("Långtord") * words
    assert text.count("Kommunalförbundet") >= 0.99 * LONG_NAME.count("Kommunalförbundet")


def test_terminal_errors_escape_what_was_typed(hostile_path, tmp_path, capsys):
    """An error quoting typed text (an unknown meeting ID holding ESC and BEL) shows it escaped."""
    from workshop.cli import main

    code = main(["minutes", str(hostile_path), "--meeting", "\x1b]0;pwned\x07", "-o", str(tmp_path / "m.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and "\\x1b]0;pwned\\x07" in err and not _acts_on_a_terminal(err)
    assert not (tmp_path / "m.pdf").exists()


def test_every_command_echoes_typed_names_and_paths_escaped(hostile_path, tmp_path, capsys):
    """What a command echoes back (an approver's name, the meeting's title, the file it wrote, a mistyped
    argument) shows ESC and BEL as escapes: `approve`, `handout`, `merge`, `person-export` and argparse's own
    "unrecognized arguments" had printed them raw."""
    from workshop.cli import main
    from workshop.storage import EngagementStore

    evil = "\x1b]0;pwned\x07"
    copy = tmp_path / "mine.workshop"
    copy.write_bytes(hostile_path.read_bytes())
    with EngagementStore.open(copy, read_only=True) as store:
        e = store.load()
    meeting, person = e.meetings[0].uid, e.people[0].uid
    theirs, merged = tmp_path / f"theirs{evil}.workshop", tmp_path / f"merged{evil}.workshop"
    runs = [["approve", str(copy), "--meeting", meeting, "--by", f"Eve{evil}"],
            ["handout", str(copy), "-o", str(theirs)],
            ["merge", str(copy), str(theirs), "-o", str(merged)],
            ["person-export", str(copy), "--person", person, "-o", str(tmp_path / f"p{evil}.json")]]
    for args in runs:
        assert main(args) == 0, args
        out = capsys.readouterr().out
        assert "\\x1b]0;pwned\\x07" in out and not _acts_on_a_terminal(out), args
    with pytest.raises(SystemExit) as stopped:
        main(["summary", str(copy), evil])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "\\x1b]0;pwned\\x07" in err and not _acts_on_a_terminal(err)


def test_message_boxes_and_input_dialogs_show_messages_as_typed(qtbot):
    """A refusal quoting a name ("<img src=…> already exists") and a prompt naming an item show the
    text as typed (built as the app builds them; never shown modally in a test)."""
    from PySide6.QtWidgets import QMessageBox

    from workshop.ui.widgets.dialogs import _plain_box, _plain_input

    text = f"Organisation “{PAYLOADS['image']} {PAYLOADS['bold']}” already exists."
    box = _plain_box(None, QMessageBox.Icon.Warning, "Workshop", text)
    dialog = _plain_input(None, "Rename", text)
    for widget in (box, dialog):
        qtbot.addWidget(widget)
        labels = [label for label in widget.findChildren(QLabel) if label.text() == text]
        assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_a_message_quoting_a_long_file_name_wraps_it_within_the_screen(qtbot):
    """A refusal naming a file whose name is 130 letters without a space (a name too long for the disk) wraps
    that name inside the box, which stays within a 1366-pixel screen: the name had run past the box's edge."""
    from PySide6.QtWidgets import QMessageBox

    from workshop.ui.widgets.dialogs import _plain_box

    name = "/tmp/rapporter/" + "å" * 130 + ".xlsx"
    box = _plain_box(None, QMessageBox.Icon.Warning, "Workshop", f"{name}: the name is too long for the disk.")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = next(label for label in box.findChildren(QLabel) if "too long" in label.text())
    assert label.text().replace("\u200b", "") == f"{name}: the name is too long for the disk."
    assert box.width() <= 1366 and label.geometry().right() <= box.width()
    longest_run = max(re.split("[\\s\u200b]", label.text()), key=len)  # what the label cannot wrap
    assert label.fontMetrics().horizontalAdvance(longest_run) <= label.width()


def test_the_window_fits_a_laptop_screen_whatever_the_names(hostile_window, qtbot):
    """300- and 1,000-character names (a title, groups, organisations in lists and tables) are cut at the
    edge or wrap: the window's minimum width stays within a 1366-pixel screen."""
    window = hostile_window
    for key in window.view_keys():
        window.show_view(key)
        qtbot.wait(20)
    assert window.minimumSizeHint().width() <= 1366


def test_the_meeting_runner_fits_a_laptop_screen_whatever_the_title_and_question(hostile_window, qtbot):
    """A meeting title and question of hundreds of characters stay at most two and four lines in the
    runner (the whole text in the tooltip): the window still fits 1366×768, and the notes keep their room."""
    window = hostile_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    view.run_current()
    runner = view.runner
    qtbot.wait(20)
    assert len(runner.question.text()) > 300 and runner.question.toolTip()
    assert window.minimumSizeHint().height() <= 768 - 60  # a taskbar and the title bar
    assert runner.question.height() <= runner.question.fontMetrics().lineSpacing() * 4 + 8
    assert len(runner.title.text()) > 300 and runner.title.toolTip()
    assert runner.title.height() <= runner.title.fontMetrics().lineSpacing() * 2 + 8
    assert runner.notes.height() >= runner.question.height() / 2


def test_the_running_meeting_note_stays_one_line_whatever_the_title(hostile_window, qtbot):
    """A meeting title of hundreds of characters, markup and bidi controls: the status bar's note of the
    running meeting is one line ending in "…", shown literally, and the window still fits 1366 px."""
    window = hostile_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    view.run_current()
    view.runner.leave()
    window.show_view("potential")
    window.resize(1366, 708)
    qtbot.wait(20)
    label = window.running_notice.label
    assert label.isVisible() and len(label.text()) > 300
    assert label.shown().endswith("…") and label.toolTip()
    assert label.height() <= label.fontMetrics().lineSpacing() + 8
    assert window.minimumSizeHint().width() <= 1366


def test_the_people_view_keeps_its_counts_and_places_in_view_whatever_the_names(hostile_window, qtbot):
    """People and organisations whose names run to hundreds of characters, at 1366×768: the list's name
    columns are cut with "…" (the whole name in its tooltip), so the counts are a short scroll away rather
    than thousands of pixels, and the person's facts take at most three lines so the places below keep
    their room (the name had filled the list sideways and the facts twelve lines)."""
    from workshop.ui.widgets.common import NAME_COLUMN_MAX

    window = hostile_window
    window.resize(1366, 708)
    window.show_view("people")
    qtbot.wait(30)
    view = window.views["people"]
    table, header = view.table, view.table.horizontalHeader()
    assert header.sectionSize(0) <= NAME_COLUMN_MAX and header.sectionSize(1) <= NAME_COLUMN_MAX
    assert table.horizontalScrollBar().maximum() < table.viewport().width() / 2
    name = table.model().index(0, 0)
    assert len(name.data()) > 300 and name.data(Qt.ItemDataRole.ToolTipRole)
    assert len(view.facts.text()) > 300 and view.facts.toolTip()
    assert view.facts.height() <= view.facts.fontMetrics().lineSpacing() * 3 + 8
    places = view.places_table
    assert places.viewport().height() >= 6 * places.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize(("tab", "table_name"), [("preferences", "preferencesTable"), ("robustness", "voteFlips"),
                                                 ("alternatives", "coverageTable")])
def test_tables_of_names_keep_every_column_in_view_whatever_the_names(hostile_window, qtbot, tab, table_name):
    """At 1366×768, an organisation, group or comment of hundreds of characters is cut (whole in its
    tooltip): every column of the preferences, the vote flips and the coverage starts in view, and no row
    takes more than a third of the table (a 10,000-letter name had pushed the alternatives and votes
    thousands of pixels aside, and one comment filled the whole table)."""
    from PySide6.QtWidgets import QTableView

    window = hostile_window
    window.resize(1366, 708)
    window.show_view("alternatives")
    window.views["alternatives"].show_tab(tab)
    qtbot.wait(30)
    table = window.findChild(QTableView, table_name)
    header, rows = table.horizontalHeader(), table.verticalHeader()
    assert table.model().rowCount() > 1
    for column in range(header.count()):
        assert header.sectionViewportPosition(column) < table.viewport().width() - 20, column
    for row in range(table.model().rowCount()):
        assert rows.sectionSize(row) <= table.viewport().height() / 3, row
    names = [table.model().index(row, 0) for row in range(table.model().rowCount())]
    assert all(index.data(Qt.ItemDataRole.ToolTipRole) for index in names if len(str(index.data())) > 40)
    if tab == "preferences":  # four whole lines of a comment, in the cells' own font
        assert rows.maximumSectionSize() >= 4 * table.fontMetrics().lineSpacing()


def test_a_long_pro_or_con_is_whole_in_its_tooltip(hostile_window, qtbot):
    """The alternatives' pros and cons show four lines of a long point: all of it is in the point's tooltip,
    shown literally."""
    from PySide6.QtWidgets import QListWidget

    window = hostile_window
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("alternatives")
    qtbot.wait(20)
    points = [item for lst in window.views["alternatives"].findChildren(QListWidget)
              for item in (lst.item(i) for i in range(lst.count())) if len(item.text()) > 200]
    assert points
    for item in points:
        _check_rich(item.toolTip(), item.text()[:30])
        assert item.text()[:50] in _rendered(item.toolTip()).toPlainText().replace("\u200b", "")  # (where it may wrap)


def test_group_shares_beside_the_grid_are_painted_as_plain_text(hostile_window, qtbot):
    """The group shares table paints prepared texts (QStaticText), which guess rich text unless told:
    a group called "<b>…" showed bold, "<font color=red>" red."""
    from PySide6.QtGui import QStaticText

    window = hostile_window
    window.show_view("potential")
    qtbot.wait(20)
    shares = window.views["potential"].shares
    statics = shares.prepared_texts()
    assert any(PAYLOADS["bold"] in s.text() for s in statics)
    assert all(s.textFormat() == Qt.TextFormat.PlainText for s in statics if isinstance(s, QStaticText))
