"""`workshop minutes/preread/report/export/meetings`: files written, and bad input refused with exit 2."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from pdf_support import text_of
from workshop.cli import main


def _meeting_ids(path, capsys):
    return [uid for uid, _when, _title in _meetings_listed(path, capsys)]


def _meetings_listed(path, capsys):
    """(ID, date and time, title) of each meeting, as `workshop meetings` lists them."""
    assert main(["meetings", str(path)]) == 0
    return [tuple(line.split("\t")) for line in capsys.readouterr().out.splitlines()]


def test_meetings_lists_id_date_and_title(example_path, capsys):
    """Each line: the meeting's ID, its date and time, its title."""
    assert main(["meetings", str(example_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 9
    uid, when, title = lines[0].split("\t")
    assert len(uid) == 36 and when == "2024-06-10 13:00–14:30" and title == "Startmöte med styrgruppen"


@pytest.mark.parametrize("command, marker", [("minutes", "Protokoll"), ("preread", "Underlag inför möte")])
def test_meeting_documents_are_written(example_path, tmp_path, capsys, command, marker):
    """`workshop minutes|preread FILE --meeting ID -o OUT.pdf` writes that meeting's PDF and prints its name."""
    uid, when, title = _meetings_listed(example_path, capsys)[1]
    out = tmp_path / "doc.pdf"
    assert main([command, str(example_path), "--meeting", uid, "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = " ".join(text_of(out).split())
    assert marker in text
    assert title in text and when[:10] in text  # the meeting asked for, not another one


def test_report_is_written(example_path, tmp_path, capsys):
    """`workshop report FILE -o OUT.pdf` writes the report of that file: its title, its organisations by name
    (anonymised only when asked) and the published result."""
    out = tmp_path / "r.pdf"
    assert main(["report", str(example_path), "-o", str(out)]) == 0
    text = " ".join(text_of(out).split())
    assert "Slutrapport" in text and "Utredning it-drift GGVVH" in text
    assert "Gislaved" in text and "Organisation A" not in text
    assert "1 Tjänst 3 4 4 2 2 4 4 23 1" in text


def test_xlsx_has_one_sheet_per_table_with_frozen_headers(example_path, tmp_path):
    """Potential, votes, agreed scores, preferences, action items, attendees: headers, frozen first row."""
    out = tmp_path / "d.xlsx"
    assert main(["export", str(example_path), "--format", "xlsx", "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Resultat", "Grupper", "Kriterier", "Potential", "Röster", "Överenskomna poäng",
                             "Föredragna alternativ", "Åtgärder", "Deltagare", "Potential per möte", "Röster per möte",
                             "Genomförandeplan"]
    for ws in wb:
        assert ws.freeze_panes == "A2" and ws.cell(1, 1).value and ws.cell(1, 1).font.bold
    votes = wb["Röster"]
    assert votes.max_row == 1 + 5 * 4 * 7
    agreed = [row for row in wb["Överenskomna poäng"].iter_rows(min_row=2, values_only=True) if row[0] == "1 Tjänst"]
    assert sum(row[3] for row in agreed) == 23


def test_xlsx_dates_are_dates_a_spreadsheet_can_filter_and_count_with(example_path, tmp_path):
    """Dates (a meeting's, an action's due date, a phase's start and end) had been text: Excel's date filters
    and arithmetic did nothing with them. They are dates, shown as written; an empty one stays empty."""
    import datetime as dt

    out = tmp_path / "d.xlsx"
    assert main(["export", str(example_path), "--format", "xlsx", "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    for sheet, columns in (("Åtgärder", (1, 5)), ("Deltagare", (1,)), ("Genomförandeplan", (3, 4)),
                           ("Potential per möte", (1,)), ("Röster per möte", (1,))):
        ws = wb[sheet]
        for column in columns:
            values = [ws.cell(r, column) for r in range(2, ws.max_row + 1)]
            given = [c for c in values if c.value not in (None, "")]
            assert given, (sheet, column)
            assert all(isinstance(c.value, dt.datetime) and c.number_format == "yyyy-mm-dd" for c in given), \
                (sheet, column, [c.value for c in given][:3])


def test_xlsx_keeps_formula_looking_text_as_text(example, tmp_path):
    """A comment starting with '=' is stored as text, never as a formula Excel would run."""
    import dataclasses

    from workshop.export.xlsx import write_xlsx

    prefs = (dataclasses.replace(example.preferences[0], comment='=HYPERLINK("http://x.invalid","klick")'),)
    out = tmp_path / "f.xlsx"
    write_xlsx(dataclasses.replace(example, preferences=prefs), out)
    cell = openpyxl.load_workbook(out)["Föredragna alternativ"].cell(2, 4)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_csv_writes_the_same_tables_into_a_folder(example_path, tmp_path):
    """One UTF-8 CSV per table, readable back with the same rows as the workbook."""
    out = tmp_path / "csv"
    assert main(["export", str(example_path), "--format", "csv", "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["action_items.csv", "agreed_scores.csv", "attendees.csv", "criteria.csv", "groups.csv",
                     "plan.csv", "potential.csv", "potential_by_meeting.csv", "preferences.csv", "results.csv",
                     "votes.csv", "votes_by_meeting.csv"]
    rows = list(csv.reader(io.StringIO((out / "votes.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Alternativ", "Kriterium nr", "Kriterium", "Organisation"]
    assert len(rows) == 1 + 140
    assert "Gnosjö" in (out / "preferences.csv").read_text(encoding="utf-8-sig")
    # Every number carries the meeting it was given in; the plan is its own table.
    assert {r[6] for r in rows[1:]} == {"Gemensamt arbetsmöte: potential och alternativ"}
    prefs = list(csv.reader(io.StringIO((out / "preferences.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert {r[4] for r in prefs[1:]} == {"Avslutande gemensamt arbetsmöte: rekommendation"}
    plan = (out / "plan.csv").read_text(encoding="utf-8-sig")
    assert "Överlämning och avslut" in plan and "2027-10-01" in plan


def test_csv_into_a_folder_of_other_files_is_refused_and_an_earlier_export_is_replaced(example_path, tmp_path,
                                                                                       capsys):
    """A folder holding other files (engagement files, a document) is refused with nothing written: the CSVs
    had been scattered among them. A folder an earlier export wrote is written again."""
    out = tmp_path / "earlier"
    assert main(["export", str(example_path), "--format", "csv", "-o", str(out)]) == 0
    (out / ".DS_Store").write_bytes(b"\0")  # a file manager opened it: still an earlier export
    (out / "Thumbs.db").write_bytes(b"\0")
    assert main(["export", str(example_path), "--format", "csv", "-o", str(out)]) == 0
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "results.csv").write_text("precious")
    (mine / "notes.txt").write_text("mine")
    capsys.readouterr()
    assert main(["export", str(example_path), "--format", "csv", "-o", str(mine)]) != 0
    err = capsys.readouterr().err
    assert "notes.txt" in err and "folder" in err
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt", "results.csv"]
    assert (mine / "results.csv").read_text() == "precious"


def test_the_spreadsheets_hold_the_report_s_conclusions(example_path, tmp_path):
    """The sums, ranks and shares the report publishes are in the workbook as numbers, not left for the
    reader to add up: S 21, 1 Teknik 22, 1 Tjänst 23 (first), 2 22; the groups 60/15/25 % of the potential
    against 40/25/35 % of today's spend; every criterion with its scale and weight."""
    import openpyxl

    out = tmp_path / "numbers.xlsx"
    assert main(["export", str(example_path), "--format", "xlsx", "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["Resultat", "Grupper", "Kriterier"]
    results = [row for row in book["Resultat"].iter_rows(min_row=2, values_only=True)]
    assert [(r[0], r[3], r[5]) for r in results] == [("S", 21, 4), ("1 Teknik", 22, 2), ("1 Tjänst", 23, 1),
                                                     ("2", 22, 2)]
    groups = [row for row in book["Grupper"].iter_rows(min_row=2, values_only=True)]
    assert [(g[4], g[5]) for g in groups] == [(60, 40), (15, 25), (25, 35)]
    assert [c[4] for c in book["Kriterier"].iter_rows(min_row=2, values_only=True)] == [1] * 7


def test_the_results_sheet_says_of_how_many_criteria_a_sum_is(example, tmp_path):
    """1 Teknik agreed on five criteria of seven: its "14" had stood beside the others' sums of seven as if
    complete (only its empty rank hinted). Beside each sum stand the criteria with scores and the criteria in
    all, as numbers: 5 and 7 for it, 7 and 7 for the others."""
    import dataclasses

    from workshop.storage import EngagementStore

    votes = tuple(v for v in example.votes if not (v.alternative_code == "1 Teknik" and v.criterion_number >= 6))
    path, out = tmp_path / "partial.workshop", tmp_path / "numbers.xlsx"
    EngagementStore.create(path, dataclasses.replace(example, votes=votes, agreed_scores=())).close()
    assert main(["export", str(path), "--format", "xlsx", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out)["Resultat"]
    header = [c.value for c in sheet[1]]
    assert header[-2:] == ["Kriterier med poäng", "Kriterier"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["1 Teknik"][5] is None and rows["1 Teknik"][-2:] == (5, 7)
    assert rows["S"][-2:] == (7, 7)


def test_csv_opens_in_the_spreadsheet_of_its_language(example, tmp_path):
    """Swedish Excel splits columns at ";" and reads "3,5" as a number; English Excel "," and "3.5". The
    Swedish files had used "," and "." (each row in column A, a half point read as a date)."""
    import dataclasses

    from workshop.export.csv_export import render_csv

    gnosjo = next(o.uid for o in example.organisations if o.name == "Gnosjö")
    votes = tuple(v for v in example.votes  # S, criterion 6 without Gnosjö's 4: 3, 4, 4, 3, a median of 3.5
                  if not (v.alternative_code == "S" and v.criterion_number == 6 and v.organisation_uid == gnosjo))
    e = dataclasses.replace(example, votes=votes, agreed_scores=())
    for language, delimiter, written in (("sv", ";", "3,5"), ("en", ",", "3.5")):
        text = render_csv(e, language)["agreed_scores.csv"].decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        assert len(rows[0]) > 3 and all(len(r) == len(rows[0]) for r in rows)
        assert written in next(r for r in rows if r[:2] == ["S", "6"]), rows


@pytest.mark.parametrize("args, message", [
    (["minutes", "{file}", "--meeting", "nope", "-o", "{tmp}/m.pdf"], "no meeting with ID “nope”"),
    (["preread", "{file}", "--meeting", "nope", "-o", "{tmp}/m.pdf"], "no meeting with ID “nope”"),
    (["report", "{file}", "-o", "{tmp}/missing/r.pdf"], "does not exist"),
    (["export", "{file}", "--format", "xlsx", "-o", "{tmp}/missing/d.xlsx"], "does not exist"),
    (["export", "{file}", "--format", "json", "-o", "{tmp}"], "is a folder"),
    (["report", "{file}", "-o", "{file}"], "that is the engagement file itself"),
    (["import", "{tmp}/x.json", "-o", "{tmp}/x.json", "--force"], "that is the export being imported itself"),
    (["report", "{tmp}/absent.workshop", "-o", "{tmp}/r.pdf"], "absent.workshop"),
])
def test_bad_arguments_give_one_line_exit_2_and_write_nothing(example_path, tmp_path, capsys, args, message):
    """Unknown meetings, missing folders, folders as files, overwriting the input: one line, exit 2, no file."""
    before = sorted(p.name for p in tmp_path.iterdir())
    engagement_bytes = example_path.read_bytes()
    argv = [a.format(file=example_path, tmp=tmp_path) for a in args]
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], captured.err
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert example_path.read_bytes() == engagement_bytes


def test_the_report_can_hold_a_page_per_organisation(example_path, tmp_path):
    """`report --organisation-pages` adds each organisation's page after the closing chapter."""
    from pdf_support import text_of

    plain, paged = tmp_path / "r.pdf", tmp_path / "p.pdf"
    assert main(["report", str(example_path), "-o", str(plain)]) == 0
    assert main(["report", str(example_path), "-o", str(paged), "--organisation-pages"]) == 0
    assert "Organisationerna över tid" not in text_of(plain)
    text = text_of(paged)
    assert "Organisationerna över tid" in text and "Hylte: potential per område mot medianen" in text
    assert text.index("Genomförandeplan") < text.index("Organisationerna över tid")



def test_csv_keeps_a_long_text_whole(example):
    """Excel's 32,767-character limit is the workbook's: a CSV holds a longer rationale whole."""
    import dataclasses

    from workshop.export.csv_export import render_csv

    long = "Motivering " * 4000  # 44,000 characters
    votes = (dataclasses.replace(example.votes[0], rationale=long), *example.votes[1:])
    text = render_csv(dataclasses.replace(example, votes=votes))["votes.csv"].decode("utf-8-sig")
    assert long.strip() in text
