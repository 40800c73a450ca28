"""The Report view: the results at a glance, kept current, with buttons for every document."""

from __future__ import annotations

import pytest



@pytest.fixture
def window(open_app, example_path):
    """The app on a fresh example file."""
    return open_app(example_path)


def _rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_report_view_shows_the_published_results(window):
    """Shares 60/15/25 beside 40/25/35, sums 21/22/23/22 with 1 Tjänst first, the preferences."""
    view = window.views["report"]
    assert _rows(view.groups) == [
        ["IT-drift", "60 %", "40 %"],
        ["Förändringshantering", "15 %", "25 %"],
        ["Systemförvaltning & vidmakthållande", "25 %", "35 %"],
    ]
    criteria = {row[0]: (row[8], row[9]) for row in _rows(view.criteria)}
    assert criteria == {"S": ("21", "4"), "1 Teknik": ("22", "2"), "1 Tjänst": ("23", "1"), "2": ("22", "2")}
    assert dict(_rows(view.preferences))["Vaggeryd"] == "1 Teknik"
    assert "Alternative 1\u00a0Tjänst leads" in view.robustness.text()


def test_report_view_follows_edits_without_slowing_them_while_hidden(window, monkeypatch):
    """Scores changed in the Potential view show in the Report view when it is shown; while it is hidden
    the edits do not recompute its summary (~8 ms each with 290 organisations); shown, it follows at once."""
    from workshop.ui.report import view as report_view

    window.show_view("report")
    report = window.views["report"]
    calls = []
    real = report_view.summarize
    monkeypatch.setattr(report_view, "summarize", lambda e: calls.append(1) or real(e))
    window.show_view("potential")
    model = window.views["potential"].model
    for row in range(model.rowCount()):
        assert model.setData(model.index(row, 0), "0")  # area A to zero for everyone
    assert calls == []
    window.show_view("report")
    assert len(calls) == 1 and _rows(report.groups)[0][1] != "60 %"
    assert model.setData(model.index(0, 1), "0")  # an edit while the report shows: at once
    assert len(calls) == 2


def test_document_buttons_trigger_the_export_actions(window):
    """Each document button runs the File → Export action of the same name."""
    view = window.views["report"]
    assert set(view.buttons) == {"export_report", "export_minutes", "export_preread", "export_xlsx",
                                 "export_csv", "export_json"}
    fired = []
    window.actions["export_report"].triggered.disconnect()
    window.actions["export_report"].triggered.connect(lambda: fired.append("report"))
    view.buttons["export_report"].click()
    assert fired == ["report"]


def test_the_report_button_says_whether_the_report_would_be_final(window, monkeypatch):
    """Under "Engagement report (PDF)…" the view says what the report written now calls itself: the
    example (every meeting held, a recommendation written) is the final report; a meeting planned after it
    makes the next one an interim report, and the view says how many meetings are held; undo takes it back."""
    from workshop.ui.widgets import dialogs

    view = window.views["report"]
    window.show_view("report")
    state = view.report_state
    assert state.isVisible()
    assert state.text().startswith("Written now, it is the final report")
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Uppföljning <b>nästa år</b>")
    window.show_view("meetings")
    window.views["meetings"].new_meeting()
    window.show_view("report")
    held = sum(1 for m in window.session.engagement.meetings if m.status == "closed")
    assert state.text() == (f"Written now, it is an interim report, dated today. {held} of {held + 1} meetings held.")
    window.session.undo_stack.undo()
    assert state.text().startswith("Written now, it is the final report")


def test_the_report_button_says_an_alternative_not_scored_keeps_the_report_interim(window, monkeypatch):
    """A fifth alternative added with no score yet: the report written now is an interim one, and the view
    says why (every meeting is held, so no count of them)."""
    from workshop.domain.model import Alternative
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddAlternative

    view = window.views["report"]
    window.show_view("report")
    push(window.session.undo_stack, AddAlternative(window.session, Alternative(code="3", name="Extern leverantör")))
    assert view.report_state.text() == ("Written now, it is an interim report, dated today. Not every alternative "
                                        "is scored on every criterion yet.")  # every meeting held: no count
    window.session.undo_stack.undo()
    assert view.report_state.text().startswith("Written now, it is the final report")


def test_the_report_button_counts_a_running_meeting_apart(window):
    """A meeting run again (running, neither held nor planned) makes the next report an interim one: the view
    says how many meetings are held and that one is under way, as the report's cover does."""
    view = window.views["report"]
    meeting = window.session.engagement.meetings[-1]
    window.views["meetings"].edits.start(meeting.uid)
    window.show_view("report")
    n = len(window.session.engagement.meetings)
    assert view.report_state.text() == (f"Written now, it is an interim report, dated today. {n - 1} of {n} meetings "
                                        "held. 1 meeting under way.")


def test_minutes_and_preread_buttons_follow_the_first_meeting(open_app, template_path):
    """A new engagement has no meeting: Minutes and Pre-read are grey. The first meeting added makes them
    available at once (they had stayed grey until the File menu was opened), and Undo greys them again."""
    window = open_app(template_path, view="report")
    buttons = window.views["report"].buttons
    assert not buttons["export_minutes"].isEnabled() and not buttons["export_preread"].isEnabled()
    window.views["meetings"].edits.create("Startmöte", starts_at="2025-03-04T09:00")
    assert buttons["export_minutes"].isEnabled() and buttons["export_preread"].isEnabled()
    window.session.undo_stack.undo()
    assert not buttons["export_minutes"].isEnabled() and not buttons["export_preread"].isEnabled()


def test_a_new_engagements_results_say_where_they_come_from(open_app, tmp_path):
    """A blank engagement's Report view had shown three tables of headers only: each says what it is waiting
    for and where that is added, until it has a row."""
    from workshop.domain.model import Alternative
    from workshop.storage import EngagementStore
    from workshop.templates import engagement_from_template
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddAlternative

    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Lönehantering")).close()
    window = open_app(path, view="report")
    view = window.views["report"]
    for table in (view.groups, view.criteria, view.preferences):
        assert not table.isVisible() and view.notes[table].isVisible()
    assert view.notes[view.criteria].text() == ("No alternative yet: they are added in Alternatives & Criteria → "
                                                "Alternatives.")
    assert "prefers" in view.notes[view.preferences].text()
    session = window.session
    push(session.undo_stack, AddAlternative(session, Alternative(code="1", name="Gemensamt lönecenter")))
    assert view.criteria.isVisible() and not view.notes[view.criteria].isVisible()


def test_closing_an_engagement_leaves_no_button_following_the_window(open_app, example_path, template_path):
    """The Report view's buttons had followed the window's export actions through lambdas that outlived them:
    with the Report shown, File → Close and then opening another file raised "Internal C++ object already
    deleted" from each, in the event loop. The new file's Report follows the actions as before."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from workshop.ui.shell.file_controller import FileController

    window = open_app(example_path, view="report")
    window.actions["close"].trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed engagement's views go
    assert window.findChild(FileController).open_path(template_path)  # the export actions are enabled again
    window.show_view("report")
    assert window.views["report"].buttons["export_report"].isEnabled()


def test_the_report_button_says_no_alternative_is_scored_when_none_is(open_app, tmp_path):
    """A new engagement with organisations and no vote: the state under the report's button said "Not every
    alternative is scored on every criterion yet", as the cover did; it says none is, as the cover now does."""
    import dataclasses

    from workshop.domain.model import Organisation
    from workshop.storage import EngagementStore
    from workshop.templates import engagement_from_template

    path = tmp_path / "begun.workshop"
    begun = engagement_from_template("IT-drift samverkan", "Ny utredning")
    begun = dataclasses.replace(begun, organisations=(Organisation(name="Eksjö", short_code="EKS"),))
    EngagementStore.create(path, begun).close()
    window = open_app(path, view="report")
    state = window.views["report"].report_state.text()
    assert "No alternative has scores yet." in state and "No organisation has assessed the potential yet." in state
    assert "Not every" not in state
