"""While a meeting runs and its runner is not in front, the status bar names it: numbers entered on the
Potential or Alternatives screens go to its minutes, and nothing there had said so."""

from __future__ import annotations

from workshop.domain.vocabulary import MeetingStatus


def _run_and_leave(window, row: int = 1):
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(row)
    uid = view.current_uid()
    view.run_current()
    return view, uid


def test_the_running_meeting_is_named_outside_its_runner_and_not_inside(open_app, example_path):
    window = open_app(example_path, size=(1366, 708))
    notice = window.running_notice
    assert not notice.box.isVisible()  # nothing runs in the example
    view, uid = _run_and_leave(window)
    title = view.edits.meeting(uid).title
    assert not notice.box.isVisible()  # the runner itself shows what runs
    view.runner.leave()
    assert notice.box.isVisible()
    window.show_view("potential")
    assert notice.box.isVisible()
    assert title in notice.label.text() and "minutes" in notice.label.text()
    # At most about half the bar: at 1366 px it took the room of passing messages, cut mid-word beside it.
    assert notice.box.width() <= window.statusBar().width() // 2


def test_back_to_the_meeting_opens_its_runner(open_app, example_path):
    window = open_app(example_path, size=(1366, 708))
    view, uid = _run_and_leave(window)
    view.runner.leave()
    window.show_view("alternatives")
    view.table.selectRow(0)  # another meeting selected in the list meanwhile
    window.running_notice.back.click()
    assert window.current_view_key() == "meetings"
    assert view.pages.currentWidget() is view.runner and view.runner.meeting_uid == uid
    assert not window.running_notice.box.isVisible()


def test_the_notice_goes_when_the_meeting_ends(open_app, example_path, monkeypatch):
    window = open_app(example_path, size=(1366, 708))
    view, uid = _run_and_leave(window)
    view.runner.leave()
    assert window.running_notice.box.isVisible()
    view.edits.set_status(uid, MeetingStatus.CLOSED)
    assert not window.running_notice.box.isVisible()
    window.session.undo_stack.undo()
    assert window.running_notice.box.isVisible()


def test_run_meeting_with_none_chosen_says_what_to_do(open_app, example_path):
    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    view.run_current()
    assert view.pages.currentWidget() is not view.runner
    assert "Choose the meeting" in view.message.text()


def test_back_to_the_meeting_finds_it_on_its_item_with_its_clocks_running_on(open_app, example_path):
    """The facilitator steps to item 2, spends 3 s there, looks at Potential and comes back with the status
    bar's button: the runner is still on item 2 and its clock says 0:05 after 2 s more (it had started again
    on item 1 with the clocks at nought, and leaving item 2 then stored 2 s over the 3 s the file held)."""
    from workshop.storage import EngagementStore

    window = open_app(example_path, size=(1366, 708))
    window.show_view("meetings")
    now = [1_000_000]
    window.views["meetings"].runner.clock.now = lambda: now[0]  # the test's own clock
    view, uid = _run_and_leave(window)
    runner = view.runner
    runner.next()
    item = runner.current_item()
    now[0] += 3_000
    window.show_view("potential")
    window.running_notice.back.click()
    assert view.pages.currentWidget() is runner and runner.current_item().uid == item.uid
    now[0] += 2_000
    runner.next()
    with EngagementStore.open(example_path, read_only=True) as store:
        spent = next(a.seconds_spent for m in store.load().meetings for a in m.agenda if a.uid == item.uid)
    assert spent == item.seconds_spent + 5
    # Left and run again: it starts on the first open item, each clock as the file holds it.
    runner.leave()
    view.run_current()
    assert runner._seconds[item.uid] == item.seconds_spent + 5
