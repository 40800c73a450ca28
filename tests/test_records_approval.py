"""Minutes approval (justering): draft until approved, then frozen with dated addenda; refusals change nothing."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_support import reader, text_of
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from workshop.cli import main
from workshop.domain.meetings import Decision
from workshop.export.minutes import render_minutes
from workshop.export.json_codec import engagement_from_json, engagement_to_json
from workshop.storage import EngagementStore
from workshop.ui.meetings import approve


def _first_meeting(path: Path):
    with EngagementStore.open(path, read_only=True) as store:
        return next(m for m in store.load().meetings if m.decisions and m.agenda)


def _folder_state(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_draft_minutes_say_so_and_approved_minutes_name_who_and_when(example_path, tmp_path):
    """A draft says "Utkast" (header and watermark); approved minutes say "Justerat <date> av <names>"."""
    m = _first_meeting(example_path)
    draft = tmp_path / "draft.pdf"
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(draft)]) == 0
    text = text_of(draft)
    assert "Utkast" in text and "UTKAST" in text and "Justerat" not in text
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", "Anna Sanell", "--by", "Per Håkansson",
                 "--date", "2024-06-25"]) == 0
    done = tmp_path / "approved.pdf"
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(done)]) == 0
    text = text_of(done)
    assert "Justerat 2024-06-25 av Anna Sanell och Per Håkansson" in text
    assert "Utkast" not in text and "UTKAST" not in text
    # Every page's header says what the document is, as a draft's does: the approval, then the minutes' date.
    pages = [page.extract_text() for page in reader(done).pages]
    assert all(f"Justerat 2024-06-25 · Protokoll {m.starts_at[:10]}" in page for page in pages)
    english = tmp_path / "en.pdf"
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(english), "--language", "en"]) == 0
    assert "Approved 2024-06-25 by Anna Sanell and Per Håkansson" in text_of(english)


def test_changes_after_approval_are_dated_addenda_after_the_approved_text(example_path, tmp_path):
    """Approved text stays as approved; a changed note, a changed and a new decision follow as addenda."""
    m = _first_meeting(example_path)
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", "Anna Sanell", "--date", "2024-06-25"]) == 0
    with EngagementStore.open(example_path) as store:
        store.meetings.set_item_notes(m.agenda[0].uid, "Ny anteckning efter justering")
        store.meetings.update_decision(m.decisions[0].uid, "Omformulerat beslut")
        store.meetings.add_decision(m.uid, Decision(text="Tillkommet beslut"))
        gone = Decision(text="Strax struket")
        store.meetings.add_decision(m.uid, gone)
        store.meetings.remove_decisions([gone.uid])  # added and removed the same day: nothing to report
        after = next(x for x in store.load().meetings if x.uid == m.uid)
    assert [a.kind for a in after.addenda] == ["notes", "decision-changed", "decision-added"]
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(pdf)]) == 0
    text = text_of(pdf)
    addenda_at = text.index("Tillägg efter justering")
    today = date.today().isoformat()
    original = " ".join(m.decisions[0].text.split())
    assert text.index(original) < addenda_at  # the approved decision, as approved
    for new in ("Ny anteckning efter justering", "Omformulerat beslut", "Tillkommet beslut"):
        assert text.index(new) > addenda_at
    assert f"{today} — Beslut ändrat" in text and f"{today} — Beslut tillagt" in text
    assert "Strax struket" not in text



@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_note_or_vote_emptied_after_approval_says_what_it_is_now(example_path, tmp_path, language):
    """A note cleared after approval, a vote and a potential score removed: each change says what there is now
    ("Nu: inga anteckningar", "Nu: ingen röst", "Nu: ingen bedömning"); a "Tidigare: …" line alone had left
    the reader to guess whether the note was gone or unchanged."""
    with EngagementStore.open(example_path, read_only=True) as store:
        e = store.load()
    joint = next(m for m in e.meetings if m.kind == "joint")
    vote = next(v for v in e.votes if v.meeting_uid == joint.uid)
    score = next(p for p in e.potentials if p.meeting_uid == joint.uid)
    assert main(["approve", str(example_path), "--meeting", joint.uid, "--by", "Anna Sanell",
                 "--date", "2024-08-30"]) == 0
    with EngagementStore.open(example_path) as store:
        store.meetings.set_item_notes(joint.agenda[0].uid, "")
        store.scores.clear_vote(vote.organisation_uid, vote.alternative_code, vote.criterion_number)
        store.scores.clear_potential(score.organisation_uid, score.area_code)
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", str(example_path), "--meeting", joint.uid, "-o", str(pdf), "--language", language]) == 0
    text = text_of(pdf)
    was, now = {"sv": ("Tidigare", "Nu"), "en": ("Before", "Now")}[language]
    notes = " ".join(joint.agenda[0].notes.split())
    emptied = {"sv": ("inga anteckningar", "ingen röst", "ingen bedömning"),
               "en": ("no notes", "no vote", "no score")}[language]
    assert f"{was}: {notes} {now}: {emptied[0]}" in text
    assert f"{was}: {vote.value} {now}: {emptied[1]}" in text
    assert re.search(rf"{was}: {score.value} \([^)]*\) {now}: {emptied[2]}", text)


def test_approval_and_addenda_survive_json_export_and_import(example_path):
    """The full JSON keeps the approval (who, when, approved text) and every addendum."""
    m = _first_meeting(example_path)
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", "Anna Sanell", "--date", "2024-06-25"]) == 0
    with EngagementStore.open(example_path) as store:
        store.meetings.update_decision(m.decisions[0].uid, "Omformulerat beslut")
        e = store.load()
    back = engagement_from_json(engagement_to_json(e))
    assert back == e
    (example_path.parent / "e.json").write_text(engagement_to_json(e), encoding="utf-8")
    assert main(["import", str(example_path.parent / "e.json"), "-o", str(example_path.parent / "i.workshop")]) == 0
    with EngagementStore.open(example_path.parent / "i.workshop", read_only=True) as store:
        assert store.load() == e  # importing records no addenda of its own
    again = next(x for x in back.meetings if x.uid == m.uid)
    assert again.approval.approvers == ("Anna Sanell",) and again.approval.minutes.decisions == m.decisions


@pytest.mark.parametrize("args, says", [
    ([], "at least one person"),
    (["--by", ""], "at least one person"),
    (["--by", "  "], "at least one person"),
    (["--by", "A", "--date", (date.today() + timedelta(days=1)).isoformat()], "in the future"),
    (["--by", "A", "--date", "2024-01-01"], "before the meeting"),
    (["--by", "A", "--date", "2024-02-30"], "not a date"),
    (["--by", "A", "--meeting", "no-such-meeting"], "no meeting with ID"),
])
def test_bad_approvals_are_refused_and_change_nothing(example_path, capsys, args, says):
    """No approver, a future date, a date before the meeting, a bad date, an unknown meeting: exit 2, no change."""
    m = _first_meeting(example_path)
    before = _folder_state(example_path.parent)
    meeting = ["--meeting", m.uid] if "--meeting" not in args else []
    assert main(["approve", str(example_path), *meeting, *args]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1
    assert _folder_state(example_path.parent) == before


def test_approving_twice_is_refused(example_path, capsys):
    """Approved minutes are not approved again (the first approval stands)."""
    m = _first_meeting(example_path)
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", "A", "--date", "2024-06-25"]) == 0
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", "B"]) == 2
    assert "already approved on 2024-06-25 by A" in capsys.readouterr().err


@pytest.fixture
def app_window(open_app, example_path):
    return open_app(example_path)


def test_approve_in_the_meetings_view_and_undo(app_window, monkeypatch, qtbot):
    """The Approve button records who and when, the view says so; a refused date says why; undo takes it back."""
    window = app_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    uid = view.current_uid()
    answers = iter([(["A"], "2099-01-01"), (["Anna Sanell", " Per Håkansson"], "2024-06-25")])
    monkeypatch.setattr(approve, "ask_approval", lambda *a: next(answers))
    view.findChild(QPushButton, "approveMinutes").click()
    assert "in the future" in view.message.text()
    assert view.edits.meeting(uid).approval is None
    view.findChild(QPushButton, "approveMinutes").click()
    assert view.edits.meeting(uid).approval.approvers == ("Anna Sanell", "Per Håkansson")
    assert "approved 2024-06-25 by Anna Sanell, Per Håkansson" in view.approval_state.text()
    # said as done (it had stood in the refusals' red), and nothing left to approve: the button is off
    assert view.message.noted and "Anna Sanell" in view.message.text()
    assert not view.findChild(QPushButton, "approveMinutes").isEnabled()
    window.session.undo_stack.undo()
    assert view.edits.meeting(uid).approval is None and "draft" in view.approval_state.text()
    assert view.findChild(QPushButton, "approveMinutes").isEnabled()
    assert view.message.text() == ""  # "Minutes approved … by …" had stayed under the list, the header saying draft


def test_an_approval_by_several_keeps_the_view_s_title_whole(open_app, example_path, monkeypatch, qtbot):
    """Approved by several (one of them "<b>Eva</b>"), at 1366 × 768: the status beside the title had squeezed
    "Meetings" to nothing. The title stays whole; the status is cut with "…" and whole in its tooltip."""
    window = open_app(example_path, size=(1366, 768), view="meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    names = ["Johan Andersson", "<b>Eva</b> Lindqvist-Åkerström", "Anna-Karin Sanell Håkansson",
             "Per-Olof Gustafsson", "Maria Johansson Eriksson"]
    monkeypatch.setattr(approve, "ask_approval", lambda *a: (names, "2024-06-25"))
    view.findChild(QPushButton, "approveMinutes").click()
    qtbot.wait(20)
    title = next(label for label in view.findChildren(QLabel) if label.text() == "Meetings")
    assert title.width() >= title.fontMetrics().horizontalAdvance("Meetings")
    assert title.height() < 2 * title.fontMetrics().lineSpacing()  # on one line, not a letter per line
    state = view.approval_state
    assert state.text().endswith(", ".join(names)) and state.text().startswith("Minutes approved 2024-06-25 by")
    assert state.geometry().right() < view.findChild(QPushButton, "newMeeting").geometry().left()
    assert state.shown().startswith("Minutes approved 2024-06-25 by Johan Andersson") and state.shown().endswith("…")
    assert "Maria Johansson Eriksson" in state.toolTip()


def test_the_approval_dialog_names_the_meeting_literally(qtbot, example):
    """The dialog did not say whose minutes were being approved."""
    import dataclasses

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    meeting = dataclasses.replace(example.meetings[0], title="<b>Arbetsmöte</b> Gnosjö")
    seen = []

    def look():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        seen.append(dialog.findChild(QWidget, "approvedMeeting").text())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert approve.ask_approval(None, example, meeting, "") is None
    assert seen == [f"Minutes of “<b>Arbetsmöte</b> Gnosjö” ({meeting.starts_at[:10]})"]


def test_a_refused_approval_keeps_the_dialog_open_with_what_was_typed(qtbot, example):
    """A date before the meeting (or no name) had closed the dialog, lost the names typed, and said the
    refusal in the list behind it: it is now said in the dialog, which stays open until the entry is right."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

    meeting = example.meetings[0]
    seen = []

    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        names, when = dialog.findChild(QLineEdit, "approvers"), dialog.findChild(QWidget, "approvedOn")
        names.setText("Anna Andersson, Per Persson")
        when.setText("2001-01-01")  # before the meeting
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        refusal = dialog.findChild(QWidget, "approvalRefused")
        seen.append((dialog.isVisible(), refusal.isVisible(), refusal.text(), names.text()))
        when.setText(meeting.starts_at[:10])
        ok.click()

    QTimer.singleShot(0, fill)
    answer = approve.ask_approval(None, example, meeting, "")
    visible, said, text, names = seen[0]
    assert visible and said and "before the meeting" in text and names == "Anna Andersson, Per Persson"
    assert answer == (["Anna Andersson", " Per Persson"], meeting.starts_at[:10])


def test_a_refusal_in_the_approval_dialog_is_laid_out_whole(qtbot, example):
    """OK with a date before the meeting: the dialog had kept its height, the refusal's two lines and the
    explanation drawn over each other and the fields squeezed. It grows: every label has the height its
    wrapped lines need, none overlaps the next, and the dialog fits a 1366 × 768 screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit

    meeting = example.meetings[0]
    seen = []

    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        dialog.resize(460, dialog.height())
        dialog.findChild(QLineEdit, "approvers").setText("Anna Andersson")
        dialog.findChild(QWidget, "approvedOn").setText("2001-01-01")  # before the meeting
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        QApplication.processEvents()
        shown = sorted((w for w in dialog.findChildren(QWidget) if w.isVisible() and w.parent() is dialog),
                       key=lambda w: w.y())
        rows = [w for w in shown if w.x() < 20]  # the left column: labels and rows spanning the dialog
        seen.append((dialog.size(), [(w.objectName() or type(w).__name__, w.geometry()) for w in rows],
                     [(label.height(), label.heightForWidth(label.width()))
                      for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]))
        dialog.reject()

    QTimer.singleShot(0, fill)
    approve.ask_approval(None, example, meeting, "")
    size, rows, labels = seen[0]
    assert size.width() <= 1366 and size.height() <= 768
    assert all(height >= needed for height, needed in labels), labels
    for (_name, above), (name, below) in zip(rows, rows[1:]):
        assert above.bottom() < below.top(), (name, rows)


def test_a_meeting_title_of_two_lines_is_not_drawn_over_the_explanation(qtbot, example):
    """Justera protokoll… on "Arbetsmöte Gnosjö: IT-drift idag och framåt": the title's second line was drawn
    over the explanation beneath it (Qt sized the dialog for one line of each). On opening, every wrapped
    label has the height its lines need and none overlaps the next."""
    import dataclasses

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    meeting = dataclasses.replace(example.meetings[0], title="Arbetsmöte Gnosjö: IT-drift idag och framåt, "
                                                             "med kommundirektören och it-chefen")
    seen = []

    def look():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        QApplication.processEvents()  # what the facilitator sees once the dialog is up
        title = dialog.findChild(QLabel, "approvedMeeting")
        shown = sorted((w for w in dialog.findChildren(QWidget) if w.isVisible() and w.parent() is dialog),
                       key=lambda w: w.y())
        rows = [w for w in shown if w.x() < 20]
        seen.append((title.heightForWidth(title.width()) > title.fontMetrics().lineSpacing() + 8,
                     [(w.objectName() or type(w).__name__, w.geometry()) for w in rows],
                     [(label.height(), label.heightForWidth(label.width()))
                      for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]))
        dialog.reject()

    QTimer.singleShot(0, look)
    approve.ask_approval(None, example, meeting, "")
    two_lines, rows, labels = seen[0]
    assert two_lines  # the case at hand: the title wraps
    assert all(height >= needed for height, needed in labels), labels
    for (_name, above), (name, below) in zip(rows, rows[1:]):
        assert above.bottom() < below.top(), (name, rows)


def test_every_kind_of_addendum_has_words_in_both_languages_and_the_file_knows_them(example_path):
    """Minutes never print a raw addendum code; the file refuses a kind the domain does not know."""
    import sqlite3

    from workshop.domain.vocabulary import AddendumKind
    from workshop.export.labels import LANGUAGES

    for lab in LANGUAGES.values():
        assert all(f"addendum_{k}" in lab for k in AddendumKind if k != AddendumKind.NOTES)
    con = sqlite3.connect(example_path)
    meeting = con.execute("SELECT uid FROM meetings LIMIT 1").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO minutes_addenda (uid, meeting_uid, made_on, kind, subject_uid) "
                    "VALUES ('x', ?, '2024-06-25', 'rewrite', 'y')", [meeting])
    con.close()


def test_the_runner_says_when_it_runs_approved_minutes(app_window, monkeypatch):
    """Running an approved meeting says that changes become addenda; a note typed there becomes one, which
    minutes exported while the meeting still runs print (they had only once the runner was left)."""
    window = app_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    uid = view.current_uid()
    approve.approve_minutes(window.session, uid, ["Anna Sanell"], "2024-06-25")
    view.run_current()
    runner = view.runner
    assert "addenda" in runner.subtitle.text()
    runner.notes.setPlainText(runner.notes.toPlainText() + " Tillägg.")
    window.session.flush_typed()  # what an export does first
    running = next(m for m in window.session.engagement.meetings if m.uid == uid)
    assert [a.kind for a in running.addenda] == ["notes"]
    assert "Tillägg." in text_of(render_minutes(window.session.engagement, uid))
    runner.leave()
    assert [a.kind for a in view.edits.meeting(uid).addenda] == ["notes"]


@pytest.mark.parametrize("count, says", [(0, ""), (1, "(1 addendum since)"), (3, "(3 addenda since)")])
def test_the_approval_line_counts_addenda_in_words_that_agree(example, count, says):
    """"(1 addendum since)", never "(1 addenda since)"."""
    import dataclasses

    from workshop.domain.approved import approved_minutes_of
    from workshop.domain.meetings import Addendum, MinutesApproval

    meeting = next(m for m in example.meetings if m.decisions and m.agenda)
    item = meeting.agenda[0].uid
    meeting = dataclasses.replace(
        meeting, approval=MinutesApproval(approvers=("Anna Sanell",), approved_on="2024-06-25",
                                          minutes=approved_minutes_of(example, meeting)),
        addenda=tuple(Addendum(made_on="2024-07-01", kind="notes", subject_uid=item, text=meeting.agenda[0].notes)
                      for _ in range(count)))
    text = approve.approval_text(example, meeting)
    assert text.startswith("Minutes approved 2024-06-25 by Anna Sanell")
    assert text.endswith(says) and ("since" in text) == bool(count)


def test_the_addenda_heading_never_stands_alone_at_a_page_s_foot(example):
    """Minutes whose approved text ends anywhere on a page: "Tillägg efter justering" had been left at a page's
    foot with every addendum on the next. The heading, its intro and the first addendum share a page, and
    each addendum's date and item share one with its lines."""
    import dataclasses

    from workshop.domain.meetings import Addendum, ApprovedMinutes, MinutesApproval
    from workshop.export.minutes_records import render_record_minutes

    meeting = next(m for m in example.meetings if m.agenda)
    item = meeting.agenda[0]
    addenda = tuple(Addendum(made_on=f"2024-12-{day:02d}", kind="notes", subject_uid=item.uid,
                             text=f"Ändrad text {day}. " * 8, before=f"Tidigare text {day}. " * 8)
                    for day in range(1, 4))
    seen_apart = []
    for lines in range(0, 60, 3):
        notes = "\n".join(f"Rad {n} av anteckningarna." for n in range(lines))
        agenda = (dataclasses.replace(item, notes=notes), *meeting.agenda[1:])
        text = ApprovedMinutes(agenda=agenda, decisions=meeting.decisions, action_items=meeting.action_items)
        approved = dataclasses.replace(meeting, agenda=agenda, addenda=addenda, approval=MinutesApproval(
            approved_on="2024-11-30", approvers=("Anna Sanell",), minutes=text))
        e = dataclasses.replace(example, meetings=tuple(approved if m.uid == meeting.uid else m
                                                        for m in example.meetings))
        pages = [" ".join(p.extract_text().split()) for p in reader(render_record_minutes(e, meeting.uid)).pages]
        heading = next(i for i, p in enumerate(pages) if "Tillägg efter justering" in p)
        if "2024-12-01" not in pages[heading] or "Ändrad text 1" not in pages[heading]:
            seen_apart.append(lines)
    assert not seen_apart, f"the heading stood apart from the first addendum with {seen_apart} lines of notes"


def test_approved_minutes_keep_their_meeting_before_the_approval(app_window, monkeypatch):
    """A meeting whose minutes were approved cannot be moved to a day after the approval (the minutes then
    read "Justerat 2024-06-25" over a meeting held in 2025, which approving itself refuses); the view says
    why and shows the stored start again. A move that keeps it before the approval is taken."""
    window = app_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(0)
    uid = view.current_uid()
    monkeypatch.setattr(approve, "ask_approval", lambda *a: (["Anna Sanell"], "2024-06-25"))
    view.approve_current()
    _refused_then_taken(view, uid, "2025-01-15T13:00", "approved on 2024-06-25", "2024-06-25T08:00")


def _refused_then_taken(view, uid: str, refused: str, because: str, taken: str) -> None:
    """The Meetings view's start field: `refused` is not stored, the message says `because` and the field shows
    the stored start again; `taken` is stored and the message goes."""
    from PySide6.QtCore import QDateTime

    held = view.edits.meeting(uid).starts_at
    starts = view.details.starts
    starts.setDateTime(QDateTime.fromString(refused, "yyyy-MM-ddTHH:mm"))
    starts.editingFinished.emit()
    assert view.edits.meeting(uid).starts_at == held
    assert because in view.message.text()
    assert starts.dateTime().toString("yyyy-MM-ddTHH:mm") == held
    starts.setDateTime(QDateTime.fromString(taken, "yyyy-MM-ddTHH:mm"))
    starts.editingFinished.emit()
    assert view.edits.meeting(uid).starts_at == taken and view.message.text() == ""


def test_a_held_meeting_cannot_be_moved_into_the_future(app_window):
    """A held meeting moved to next year had stayed "Held" and counted as held in the report. The move is
    refused with the reason, the stored start shown again; a move within the past is taken."""
    from datetime import datetime, timedelta

    window = app_window
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(1)
    uid = view.current_uid()
    assert view.edits.meeting(uid).status == "closed"
    ahead = (datetime.now() + timedelta(days=30)).strftime("%Y-%m-%dT10:00")
    _refused_then_taken(view, uid, ahead, "has been held", "2024-06-17T09:00")
