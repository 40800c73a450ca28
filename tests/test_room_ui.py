"""Room voting in the app: a phone's vote becomes an ordinary edit (grid, undo, file, meeting link), arrivals and
senders show live, the QR code reaches the projector, and switching off, ending the meeting or closing stops it."""

from __future__ import annotations

import asyncio

import dataclasses
import json
import threading
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

import pytest
from PySide6.QtCore import Qt

from workshop.app import build
from workshop.domain.model import Organisation
from workshop.domain.vocabulary import MeetingStatus, RoundKind
from workshop.storage import EngagementStore
from workshop.ui.room.network import interfaces
from workshop.ui.room.qr import QrPanel, qr_image
from workshop.ui.session.commands import push
from workshop.ui.session.edits import AddOrganisation
from workshop.ui.session.scope_edits import RenameOrganisation
from workshop.ui.session.presenter_channel import PresenterContent


@pytest.fixture
def window(open_app, example_path):
    """The app on a fresh example file, showing the Room voting view."""
    return open_app(example_path, size=(1400, 900), view="room")


class Phone:
    """A participant's phone: its own cookie jar; requests run off the GUI thread, as a real phone's do."""

    def __init__(self, url: str):
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def round(self) -> dict:
        return json.load(self.opener.open(self.url + "/round", timeout=10))

    def post(self, organisation: str, item: str, value, name: str = "") -> tuple[int, dict]:
        """POST a vote and wait for the answer in this thread; returns (status, answer)."""
        body = json.dumps({"organisation": organisation, "item": item, "value": value, "name": name}).encode()
        request = urllib.request.Request(self.url + "/vote", body, {"Content-Type": "application/json"})
        try:
            with self.opener.open(request, timeout=20) as r:
                return r.status, json.load(r)
        except urllib.error.HTTPError as exc:
            return exc.code, json.load(exc)

    def vote(self, qtbot, organisation: str, item: str, value, name: str = "") -> tuple[int, dict]:
        """POST a vote from another thread while the GUI thread keeps running; returns (status, answer)."""
        answer: list = []
        thread = threading.Thread(target=lambda: answer.append(self.post(organisation, item, value, name)))
        thread.start()
        qtbot.waitUntil(lambda: bool(answer), timeout=20000)
        thread.join()
        return answer[0]


def _start(view, kind=RoundKind.CRITERIA, key="1 Tjänst") -> Phone:
    view.choose_round(kind, key)
    view.choose_network("127.0.0.1")
    assert view.start(), view.message.text()
    return Phone(view.bridge.url)


def _organisation(data: dict, short_code: str) -> dict:
    """The organisation of a round's JSON with this short code."""
    return next(o for o in data["organisations"] if o["short_code"] == short_code)


def _arrivals_column(data: dict, organisation: dict) -> int:
    """The room view's arrivals column of an organisation (after the item and the count)."""
    return 2 + [o["id"] for o in data["organisations"]].index(organisation["id"])


def _voting_on(window, code: str):
    """The Criteria voting tab, on screen, showing the alternative `code`."""
    window.show_view("alternatives")
    voting = window.views["alternatives"].voting
    voting.alternative.setCurrentIndex(voting.alternative.findData(code))
    return voting


def _stored_vote(path, org_uid, alt, n):
    with EngagementStore.open(path, read_only=True) as store:
        return next((v for v in store.load().votes
                     if (v.organisation_uid, v.alternative_code, v.criterion_number) == (org_uid, alt, n)), None)


def test_interfaces_list_loopback_and_never_all_interfaces():
    """The network list comes from QNetworkInterface: this computer's own address is there, 0.0.0.0 never is."""
    addresses = [i.address for i in interfaces()]
    assert "127.0.0.1" in addresses
    assert "0.0.0.0" not in addresses and "::" not in addresses


def test_a_phone_vote_is_an_ordinary_edit_in_the_grid_the_file_and_the_undo_stack(window, qtbot, example_path):
    """A vote tapped on a phone shows in the voting grid, is on disk, is one undo step, and undo takes it back."""
    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    gis = _organisation(data, "GIS")
    crit3 = data["items"][2]
    before = _stored_vote(example_path, gis["id"], "1 Tjänst", 3).value
    new = 1 if before != 1 else 2
    assert phone.vote(qtbot, gis["id"], crit3["id"], new, "Anna") == (
        200, {"organisation": gis["id"], "item": crit3["id"], "value": new, "participant": 1})

    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 3).value == new
    voting = window.views["alternatives"].voting
    voting.alternative.setCurrentIndex(voting.alternative.findText("1 Tjänst", Qt.MatchFlag.MatchContains))
    model = voting.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "GIS")
    assert model.data(model.index(2, column)) == str(new)
    stack = window.session.undo_stack
    assert stack.undoText() == "Phone vote of Gislaved, 1 Tjänst, criterion 3"
    stack.undo()
    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 3).value == before
    assert model.data(model.index(2, column)) == str(before)


def test_arrivals_and_the_sender_of_each_organisations_latest_vote(qtbot, template_path):
    """On a new engagement: '1 of 2 organisations have voted on criterion 2', the cell names the latest
    sender; a value typed over it shows as typed."""
    _app, win, controller = build(["workshop", str(template_path)])
    qtbot.addWidget(win)
    try:
        for name, code in (("Gislaved", "GIS"), ("Hylte", "HYL")):
            push(win.session.undo_stack, AddOrganisation(win.session, Organisation(name=name, short_code=code)))
        win.show()
        win.show_view("room")
        view = win.views["room"]
        alt = win.session.engagement.alternatives[0].code
        phone = _start(view, RoundKind.CRITERIA, alt)
        data = phone.round()
        gis, hyl = data["organisations"]
        item = data["items"][1]
        assert phone.vote(qtbot, gis["id"], item["id"], 3, "Anna")[0] == 200
        assert view.headline.text() == "1 of 2 organisations have voted on criterion 2"
        assert view.arrivals.data(view.arrivals.index(1, 2)) == "3 · Anna"
        other = Phone(phone.url)  # a second phone of the same organisation: the latest vote counts
        assert other.vote(qtbot, gis["id"], item["id"], 4)[0] == 200
        # votes in quick succession: the window follows them at its pace (at most FOLLOW_MS behind)
        qtbot.waitUntil(lambda: view.arrivals.data(view.arrivals.index(1, 2)) == "4 · participant 2", timeout=2000)
        assert other.vote(qtbot, hyl["id"], item["id"], 1, "Bo")[0] == 200
        qtbot.waitUntil(lambda: view.headline.text() == "2 of 2 organisations have voted on criterion 2",
                        timeout=2000)
        assert view.arrivals.data(view.arrivals.index(1, 3)) == "1 · Bo"
        crit = win.session.engagement.criteria[1].number
        old = win.session.vote(hyl["id"], alt, crit)  # the facilitator types over it
        win.session.set_vote(hyl["id"], alt, crit, dataclasses.replace(old, value=2))
        assert view.arrivals.data(view.arrivals.index(1, 3)) == "2 · typed"
        win.session.undo_stack.undo()  # Bo's 1 (and the 2 typed over it outside the undo stack)
        win.session.undo_stack.undo()  # participant 2's 4: Anna's 3 is back, and said to be hers
        assert view.arrivals.data(view.arrivals.index(1, 2)) == "3 · Anna"  # it read "3 · typed"
        assert view.headline.text() == "1 of 2 organisations have voted on criterion 2"  # it still said 2 of 2
    finally:
        controller.close()


def test_refused_vote_reaches_the_phone_with_the_reason_and_changes_nothing(window, qtbot, example_path):
    """A value off the scale is refused before the GUI (400 with a reason); the undo stack stays empty."""
    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    status, answer = phone.vote(qtbot, data["organisations"][0]["id"], data["items"][0]["id"], 7)
    assert status == 400 and "between 1 and 4" in answer["error"]
    assert window.session.undo_stack.count() == 0


def test_before_any_round_the_view_says_what_will_show_instead_of_an_empty_table(window, qtbot):
    """Idle, the arrivals table (empty) is not shown, a line says what will be; a round brings the table."""
    view = window.views["room"]
    assert view.idle.isVisible() and "Once room voting is on" in view.idle.text()
    assert not view.table.isVisible() and not view.headline.isVisible()
    _start(view)
    qtbot.waitUntil(lambda: view.table.isVisible())
    assert not view.idle.isVisible() and view.arrivals.rowCount() == 7
    view.switch.click()  # off: the last round's arrivals stay to read
    assert view.table.isVisible() and not view.idle.isVisible()


def test_qr_code_in_the_window_and_on_the_projector_and_off_when_switched_off(window, qtbot):
    """Starting shows the QR code and the URL; the projector gets them; switching off clears both and the
    port no longer answers."""
    view = window.views["room"]
    phone = _start(view)
    assert view.qr is not None and view.qr.url.text() == phone.url
    image = qr_image(phone.url)
    assert not image.isNull() and image.width() == image.height()
    view.show_on_projector()
    content = window.presenter_channel.current
    assert content.title == "Rösta i telefonen"  # the projector speaks the documents' language: Swedish
    panel = content.chart_factory()
    qtbot.addWidget(panel)
    assert isinstance(panel, QrPanel) and panel.url.text() == phone.url
    view.switch.click()
    assert not view.bridge.running and view.qr is None
    assert window.presenter_channel.current.kind == "blank"
    with pytest.raises(urllib.error.URLError):
        phone.round()


def test_what_the_room_votes_on_reads_from_the_back_under_the_code(window, qtbot):
    """Under the code on the projector, "Skanna för att rösta: 1 Tjänst: Samverkan …" was set at half the
    address's size (~19 px on a 1080-line screen), the smallest text on the screen: it is now as large as a
    chart's labels, at least the 28 px the room's text has, and still on at most two lines."""
    from workshop.ui.presenter.window import MIN_BODY_PX, PresenterWindow

    view = window.views["room"]
    _start(view)
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    qtbot.waitExposed(presenter)
    view.show_on_projector()
    caption = presenter.chart.caption
    assert caption.text().startswith("Skanna för att rösta: 1 Tjänst")
    assert caption.fontInfo().pixelSize() >= MIN_BODY_PX
    assert caption.shown() == caption.text()  # whole


def test_votes_are_linked_to_the_running_meeting_and_ending_it_ends_the_round(window, qtbot, example_path):
    """With a meeting running, phone votes carry its link; closing the meeting stops the server."""
    from workshop.ui.meetings.edits import MeetingEdits

    edits = MeetingEdits(window.session)
    meeting = window.session.engagement.meetings[0]
    edits.set_status(meeting.uid, MeetingStatus.RUNNING)
    view = window.views["room"]
    phone = _start(view, RoundKind.PREFERENCES, "")
    data = phone.round()
    hyl = _organisation(data, "HYL")
    s = next(c for c in data["items"][0]["choices"] if c["label"] == "S")
    assert phone.vote(qtbot, hyl["id"], "preference", s["value"])[0] == 200
    assert {p.organisation_uid: p.alternative_code for p in window.session.engagement.preferences}[hyl["id"]] == "S"
    phone2 = _start(view, RoundKind.CRITERIA, "S")
    org = data["organisations"][0]["id"]
    assert phone2.vote(qtbot, org, phone2.round()["items"][0]["id"], 1)[0] == 200
    assert _stored_vote(example_path, org, "S", 1).meeting_uid == meeting.uid
    edits.set_status(meeting.uid, MeetingStatus.CLOSED)
    assert not view.bridge.running
    with pytest.raises(urllib.error.URLError):
        phone2.round()


def test_closing_the_file_stops_the_round(qtbot, example_path):
    """Closing the engagement (or the app) leaves nothing listening."""
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    window.show_view("room")
    phone = _start(window.views["room"])
    controller.close()
    qtbot.waitUntil(lambda: _refused(phone), timeout=5000)


def _refused(phone: Phone) -> bool:
    try:
        phone.round()
    except urllib.error.URLError:
        return True
    return False


def test_votes_arriving_together_are_each_an_undo_step_and_the_views_are_told_once(window, qtbot, example_path):
    """Five phones voting while the GUI thread is busy: five undo steps, five rows in the file, the grid
    shows them all, and the views were told once for the lot (naming the five cells) rather than five times."""
    import time

    view = window.views["room"]
    phone = _start(view, RoundKind.CRITERIA, "S")
    data = phone.round()
    item = data["items"][3]
    told: list[str] = []
    keys: list[tuple] = []
    window.session.changed.connect(lambda part, *_: told.append(part))
    window.session.changed.connect(lambda part, changed: part == "votes" and keys.append(changed))
    answers: list = []
    new = {o["id"]: 1 if window.session.vote(o["id"], "S", 4).value != 1 else 2 for o in data["organisations"]}

    def send(org: str) -> None:
        body = json.dumps({"organisation": org, "item": item["id"], "value": new[org]}).encode()
        request = urllib.request.Request(phone.url + "/vote", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=20) as r:
            answers.append(r.status)

    threads = [threading.Thread(target=send, args=(o["id"],)) for o in data["organisations"]]
    for t in threads:
        t.start()
    time.sleep(1.5)  # the GUI thread is busy: the five votes wait in its queue
    qtbot.waitUntil(lambda: len(answers) == 5, timeout=20000)
    for t in threads:
        t.join()
    assert answers == [200] * 5
    assert window.session.undo_stack.count() == 5
    assert told.count("votes") == 1
    assert sorted(keys[0]) == sorted((o["id"], "S", 4) for o in data["organisations"])  # the cells to show anew
    with EngagementStore.open(example_path, read_only=True) as store:
        assert {v.organisation_uid: v.value for v in store.load().votes
                if (v.alternative_code, v.criterion_number) == ("S", 4)} == new
    voting = _voting_on(window, "S")
    assert [voting.model.data(voting.model.index(3, c)) for c in range(5)] == [str(v) for v in new.values()]


def test_arrivals_model_passes_qt_model_tester(window, qtmodeltester):
    """The arrivals table's model is a well-behaved Qt model, empty and filled."""
    view = window.views["room"]
    qtmodeltester.check(view.arrivals)
    _start(view)
    assert view.arrivals.rowCount() == 7 and view.arrivals.columnCount() == 7
    qtmodeltester.check(view.arrivals)


def test_a_phone_potential_lands_in_the_potential_grid_keeping_the_rationale(window, qtbot):
    """A potential round for Hylte: 77 for area C from a phone shows in the grid; the cell keeps its rationale."""
    e = window.session.engagement
    hylte = next(o for o in e.organisations if o.short_code == "HYL")
    view = window.views["room"]
    phone = _start(view, RoundKind.POTENTIAL, hylte.uid)
    data = phone.round()
    assert [o["id"] for o in data["organisations"]] == [hylte.uid]
    area = next(i for i in data["items"] if i["label"] == "C")
    before = window.session.potential(hylte.uid, "C")
    assert phone.vote(qtbot, hylte.uid, area["id"], 77)[0] == 200
    after = window.session.potential(hylte.uid, "C")
    assert after.value == 77 and after.rationale == (before.rationale if before else "")
    model = window.views["potential"].model
    row = [o.uid for o in e.organisations].index(hylte.uid)
    column = [a.code for a in e.areas].index("C")
    assert model.data(model.index(row, column)) == "77"
    assert window.session.undo_stack.undoText() == "Phone potential of Hylte for C"
    assert view.headline.text() == "1 of 9 areas scored by Hylte"  # was "1 of 1 organisations have scored area C"
    row_c = [i["label"] for i in data["items"]].index("C")
    assert view.arrivals.data(view.arrivals.index(row_c, 1)) == "1 of 1"
    assert view.arrivals.data(view.arrivals.index(0, 1)) == "0 of 1"  # area A was scored before the round
    assert view.arrivals.data(view.arrivals.index(0, 2)).endswith(" · earlier")


def test_a_phone_vote_changes_only_its_cells_and_keeps_the_facilitators_place_in_the_grid(window, qtbot):
    """While the facilitator has a cell of the vote grid selected, a phone's vote shows at once without
    resetting the grid: the current cell and selection stay, and only the voted cell, its criterion's spread
    and agreed score and their sums are repainted (no flicker of the whole grid)."""
    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    gis = _organisation(data, "GIS")
    voting = _voting_on(window, "1 Tjänst")
    model, table = voting.model, voting.table
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    gis_col, gno_col, spread, agreed = (headers.index("GIS"), headers.index("GNO"), headers.index("Spread"),
                                        headers.index("Agreed"))
    table.setCurrentIndex(model.index(0, gno_col))  # the facilitator is typing GNO's votes
    resets: list[str] = []
    changed: set[tuple[int, int]] = set()
    model.modelReset.connect(lambda: resets.append("reset"))
    model.layoutChanged.connect(lambda *_: resets.append("layout"))

    def cells(top_left, bottom_right, *_):
        changed.update((r, c) for r in range(top_left.row(), bottom_right.row() + 1)
                       for c in range(top_left.column(), bottom_right.column() + 1))

    model.dataChanged.connect(cells)
    results_resets: list[str] = []
    voting.results_model.modelReset.connect(lambda: results_resets.append("reset"))
    old = window.session.vote(gis["id"], "1 Tjänst", 3).value
    new = 1 if old != 1 else 2

    assert phone.vote(qtbot, gis["id"], data["items"][2]["id"], new)[0] == 200
    assert model.data(model.index(2, gis_col)) == str(new)
    assert resets == [] and results_resets == []
    total = model.rowCount() - 1
    assert changed == {(2, gis_col), (2, spread), (2, agreed), (total, gis_col), (total, agreed)}
    assert table.currentIndex() == model.index(0, gno_col)
    assert table.selectionModel().selectedIndexes() == [model.index(0, gno_col)]
    results = voting.results_model
    row = [results.headerData(r, Qt.Orientation.Vertical) for r in range(results.rowCount())].index("1 Tjänst")
    raw = Qt.ItemDataRole.UserRole + 1
    sum_column = len(window.session.engagement.criteria)
    assert results.data(results.index(row, sum_column), raw) == model.data(model.index(total, agreed), raw)


def test_a_phone_vote_updates_its_arrivals_row_and_keeps_the_facilitators_place_in_the_table(window, qtbot):
    """The arrivals table is not rebuilt for each vote: the voted item's row changes, the row the facilitator
    selected stays selected, and the organisation's column widens for who sent what, up to about twelve wide
    letters (a longer name wraps in the cell and is whole in its tooltip), so the items' wording keeps room."""
    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    gis = _organisation(data, "GIS")
    table, arrivals = view.table, view.arrivals
    table.selectRow(5)
    resets: list[str] = []
    arrivals.modelReset.connect(lambda: resets.append("reset"))
    assert phone.vote(qtbot, gis["id"], data["items"][2]["id"], 2, "Anna-Karin Johansson")[0] == 200
    column = _arrivals_column(data, gis)
    assert arrivals.data(arrivals.index(2, column)) == "2 · Anna-Karin Johansson"
    assert resets == []
    assert [i.row() for i in table.selectionModel().selectedRows()] == [5]
    text = arrivals.data(arrivals.index(2, column))
    most = view.fontMetrics().horizontalAdvance("M" * 12)
    qtbot.waitUntil(lambda: table.columnWidth(column) >= min(table.fontMetrics().horizontalAdvance(text), most))
    assert table.columnWidth(column) <= most


def test_a_fixed_port_serves_the_next_round_at_once_and_a_port_in_use_is_said_in_red(window, qtbot):
    """With a fixed port (a firewall rule's), the next round could not start for a minute after a phone had
    voted (the closed connections' TIME_WAIT), said as a raw socket error in the green of "Listening at";
    and the refused round's table showed the last round's arrivals."""
    import socket

    view = window.views["room"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    view.port.setValue(port)
    phone = _start(view, key="S")
    data = phone.round()
    status, _ = phone.vote(qtbot, data["organisations"][0]["id"], data["items"][0]["id"], 3)
    assert status == 200
    view.toggle()  # off: the server closes the phone's connection first, which leaves it in TIME_WAIT
    assert not view.bridge.running
    phone = _start(view, key="1 Tjänst")  # at once, on the same port
    assert phone.url.startswith(f"http://127.0.0.1:{port}/") and phone.round()["title"].startswith("1 Tjänst")
    view.toggle()
    with socket.socket() as other:  # another program listens on the port (past the TIME_WAIT as we do)
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.bind(("127.0.0.1", port))
        other.listen()
        view.choose_round(RoundKind.CRITERIA, "2")
        assert not view.start()
    assert "could not start" in view.message.text() and str(port) in view.message.text()
    assert "B00020" in view.message.styleSheet()  # the error colour
    assert not view.table.isVisible() and view.bridge.round is None  # not the last round's arrivals


def test_a_long_name_never_widens_the_qr_code_off_screen_and_the_preference_round_is_named(window, qtbot):
    """An organisation named without spaces (1,000 letters) widened the window and the projector to
    thousands of pixels, the code and address off both screens; the caption is now cut on two lines. The
    preference round was named after the engagement ("Scan to vote: Utredning …"), its row too."""
    long_name = "Kommunalförbundet" * 60
    gis = window.session.engagement.organisations[0]
    push(window.session.undo_stack, RenameOrganisation(window.session, gis, long_name, gis.short_code))
    view = window.views["room"]
    _start(view, RoundKind.POTENTIAL, gis.uid)
    qtbot.waitUntil(lambda: view.qr is not None and view.qr.isVisible())
    assert window.minimumSizeHint().width() < 1366 and window.width() <= 1400
    assert view.qr.caption.text().endswith(long_name) and view.qr.caption.toolTip()
    panel, short = QrPanel(view.bridge.url, view.qr.caption.text()), QrPanel(view.bridge.url, "Scan to vote")
    qtbot.addWidget(panel)
    qtbot.addWidget(short)
    assert panel.minimumSizeHint().width() == short.minimumSizeHint().width()  # the caption does not widen it
    # The address is set smaller on a narrow projector (1024 px at 28 pt had been 1232 px wide), whole.
    assert panel.minimumSizeHint().width() < 600
    panel.show()
    panel.resize(1600, 900)
    qtbot.waitUntil(lambda: panel.url.font().pointSizeF() == panel.url.full_points())
    panel.resize(560, 700)
    qtbot.waitUntil(lambda: panel.url.font().pointSizeF() < panel.url.full_points())
    shown = panel.url.fontMetrics().horizontalAdvance(panel.url.text())
    assert panel.url.text() == view.bridge.url and shown <= panel.url.contentsRect().width()
    view.toggle()
    _start(view, RoundKind.PREFERENCES, "")
    assert view.qr.caption.text() == "Scan to vote: Preferred alternative"
    assert view.arrivals.data(view.arrivals.index(0, 0)) == "Preferred alternative"


def test_only_votes_given_in_this_round_count_as_arrived(window, qtbot):
    """A round on alternative S, whose votes are all in the file already, began at "5 of 5 organisations have
    voted" with every cell "typed": values from before the round are "earlier" and do not count; a phone's
    vote and one typed during the round do."""
    e = window.session.engagement
    view = window.views["room"]
    phone = _start(view, key="S")
    assert view.headline.text() == "0 of 5 organisations have voted on criterion 1"
    first = view.arrivals.data(view.arrivals.index(0, 2))
    assert first.endswith(" · earlier") and first[0].isdigit()
    data = phone.round()
    gis, gno = data["organisations"][0]["id"], data["organisations"][1]["id"]
    before = window.session.vote(gis, "S", 1).value
    assert phone.vote(qtbot, gis, data["items"][0]["id"], 1 if before != 1 else 2, "Anna")[0] == 200
    assert view.headline.text() == "1 of 5 organisations have voted on criterion 1"
    old = window.session.vote(gno, "S", 1)
    window.session.set_vote(gno, "S", 1, dataclasses.replace(old, value=1 if old.value != 1 else 2))
    assert view.arrivals.data(view.arrivals.index(0, 1)) == "2 of 5"
    assert view.arrivals.data(view.arrivals.index(0, 3)).endswith(" · typed")
    assert e.organisations[0].uid == gis


def test_every_criterion_of_a_round_is_in_view_on_a_laptop(open_app, example_path, qtbot):
    """At 1366 × 768 rows two lines high and a 300 px code left criteria 6 and 7 below the fold."""
    window = open_app(example_path, size=(1366, 708), view="room")
    view = window.views["room"]
    _start(view, key="S")
    qtbot.waitUntil(lambda: view.table.isVisible())
    last = view.arrivals.rowCount() - 1
    assert last == 6
    qtbot.waitUntil(lambda: view.qr.code.height() > 100)  # laid out
    qtbot.waitUntil(lambda: view.table.visualRect(view.arrivals.index(last, 0)).bottom()
                    <= view.table.viewport().height(), timeout=2000)
    assert view.qr.code.height() <= 708 // 3 + 1


def test_the_code_on_the_projector_speaks_the_projectors_language(window, qtbot):
    """With an English interface and Swedish documents and projector, every slide was Swedish but the room
    vote's: "Vote on your phone", "Scan to vote: …". It follows the projector's language; the window keeps
    the interface's."""
    from workshop.ui.shell.language_menu import ProjectorLanguage

    window.presenter_channel.translate = ProjectorLanguage("sv")
    view = window.views["room"]
    _start(view, RoundKind.PREFERENCES, "")
    view.show_on_projector()
    content = window.presenter_channel.current
    assert content.title == "Rösta i telefonen"
    panel = content.chart_factory()
    qtbot.addWidget(panel)
    assert panel.caption.text() == "Skanna för att rösta: Föredraget alternativ"
    assert view.qr.caption.text() == "Scan to vote: Preferred alternative"
    view.toggle()
    assert window.presenter_channel.current.kind == "blank"  # switching off takes it down, in any language


@pytest.mark.parametrize("kind", [RoundKind.PREFERENCES, RoundKind.POTENTIAL])
def test_a_preference_or_potential_round_stays_hidden_on_the_projector_until_revealed(window, qtbot, kind):
    """While a preference (or potential) round runs, its chart on the projector shows that votes are hidden,
    also after the round is switched off, until Reveal; the bars had shown each phone's choice as it came."""
    from workshop.ui.presenter.window import PresenterWindow

    e = window.session.engagement
    hylte = next(o for o in e.organisations if o.short_code == "HYL")
    view = window.views["room"]
    assert not view.reveal.isVisibleTo(view)  # nothing sealed yet
    phone = _start(view, kind, hylte.uid if kind == RoundKind.POTENTIAL else "")
    if kind == RoundKind.PREFERENCES:
        window.show_view("alternatives")
        window.views["alternatives"].show_tab("preferences")
        window.views["alternatives"].preferences.show_on_projector()
    else:
        window.show_view("potential")
        window.views["potential"].show_radar_on_projector()
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    assert presenter.chart is None and "dolda" in presenter.body.text()  # the documents' language: Swedish
    # The title too: it had been in the interface's language above the Swedish notice.
    assert presenter.title.text().startswith("Potential per område" if kind == RoundKind.POTENTIAL
                                             else "Föredraget alternativ per organisation")
    item = phone.round()["items"][0]
    value = item["choices"][0]["value"] if "choices" in item else 50
    assert phone.vote(qtbot, hylte.uid, item["id"], value)[0] == 200
    assert presenter.chart is None  # the vote is stored, the room does not see it
    view.switch.click()  # off: still hidden, also while a criteria round runs next
    _start(view)
    assert presenter.chart is None and view.reveal.isVisibleTo(view)
    view.reveal.click()
    assert presenter.chart is not None and not view.reveal.isVisibleTo(view)


def test_the_map_stays_hidden_while_a_potential_round_runs(window, qtbot):
    """The potential-against-feasibility map draws each alternative at its potential: with every criteria
    round revealed, its markers had moved with each phone's score while the radar and the shares said
    "votes hidden" (with one organisation voting, each move was its score)."""
    from workshop.ui.alternatives.voting.state import ALL_ROUND
    from workshop.ui.presenter.window import PresenterWindow

    hylte = next(o for o in window.session.engagement.organisations if o.short_code == "HYL")
    window.presenter_channel.reveal_votes(ALL_ROUND)
    view = window.views["room"]
    _start(view, RoundKind.POTENTIAL, hylte.uid)
    window.show_view("alternatives")
    window.views["alternatives"].voting.show_map_on_projector()
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    assert presenter.chart is None and "dolda" in presenter.body.text()
    window.show_view("room")
    view.switch.click()
    view.reveal.click()
    assert presenter.chart is not None and not presenter.hides_votes()


def test_a_criteria_round_is_revealed_from_the_room_view_as_from_criteria_voting(window, qtbot):
    """A criteria round's votes stay hidden on the projector; Reveal in the Room voting view (it was only in
    Alternatives → Criteria voting) shows them and ticks that tab's Reveal; hiding them there brings the
    button back. A new round on the same alternative hides them again (they had shown each phone's vote as
    it came); so does a new engagement."""
    from workshop.ui.alternatives.voting.charts import AlternativeRadar, RevealGate

    view = window.views["room"]
    phone = _start(view)  # 1 Tjänst
    gis = _organisation(phone.round(), "GIS")
    item = phone.round()["items"][0]["id"]
    assert phone.vote(qtbot, gis["id"], item, 1)[0] == 200
    voting = _voting_on(window, "1 Tjänst")
    voting.show_votes_on_projector()
    gate = window.presenter_channel.current.chart_factory()
    qtbot.addWidget(gate)
    assert isinstance(gate, RevealGate) and gate.chart is None  # the room sees only how many votes are in
    # ... in this round: the example's earlier votes had made it "35 of 35" before any phone voted.
    asked = len(phone.round()["items"]) * len(phone.round()["organisations"])
    assert gate.notice.text().endswith(f"1 av {asked} röster har kommit in.")
    assert phone.vote(qtbot, gis["id"], phone.round()["items"][1]["id"], 2)[0] == 200
    qtbot.waitUntil(lambda: gate.notice.text().endswith(f"2 av {asked} röster har kommit in."), timeout=3000)
    window.show_view("room")
    assert view.reveal.isVisible()
    view.reveal.click()
    assert isinstance(gate.chart, AlternativeRadar)
    assert voting.reveal.isChecked() and not view.reveal.isVisibleTo(view)
    assert view.message.text() == "Revealed: the projector shows the round's results."
    voting.reveal.setChecked(False)  # hidden again in Criteria voting
    assert gate.chart is None and view.reveal.isVisibleTo(view)
    voting.reveal.setChecked(True)
    assert gate.chart is not None
    old = view.qr
    view.switch.click()  # stopped; the room votes on 1 Tjänst again: hidden until revealed, like the first round
    _start(view)
    assert old.isHidden() and view.qr is not old  # the last round's address was drawn under the new one
    assert gate.chart is None and view.reveal.isVisibleTo(view) and not voting.reveal.isChecked()
    assert gate.notice.text().endswith(f"0 av {asked} röster har kommit in.")  # a new round: none in it yet
    voting.reveal.setChecked(True)
    session = window.session
    window.set_session(None)  # the file closed: the next engagement's rounds start hidden
    assert not window.presenter_channel.revealed_votes
    window.set_session(session)
    assert not window.views["alternatives"].state.is_revealed("1 Tjänst")


def test_a_phone_vote_keeps_the_rationale_and_a_phone_preference_its_meeting(window, qtbot):
    """A phone's vote replaces the value only: the rationale typed for that vote stays (it had been
    emptied without a word), and a preference given on a phone keeps the meeting it was given in."""
    import dataclasses

    session = window.session
    gis = session.engagement.organisations[0]
    old = session.vote(gis.uid, "1 Tjänst", 1)
    session.set_vote(gis.uid, "1 Tjänst", 1, dataclasses.replace(old, rationale="Driften är redan delad"))
    view = window.views["room"]
    phone = _start(view)
    item = next(i for i in phone.round()["items"] if i["label"] == "1")
    value = 1 if old.value != 1 else 2
    assert phone.vote(qtbot, gis.uid, item["id"], value)[0] == 200
    stored = session.vote(gis.uid, "1 Tjänst", 1)
    assert (stored.value, stored.rationale) == (value, "Driften är redan delad")
    view.switch.click()
    before = next(p for p in session.engagement.preferences if p.organisation_uid == gis.uid)
    assert before.meeting_uid is not None
    phone = _start(view, RoundKind.PREFERENCES, "")
    item = phone.round()["items"][0]
    choice = next(c for c in item["choices"] if c["label"] != before.alternative_code)
    assert phone.vote(qtbot, gis.uid, item["id"], choice["value"])[0] == 200
    after = next(p for p in session.engagement.preferences if p.organisation_uid == gis.uid)
    assert (after.alternative_code, after.meeting_uid) == (choice["label"], before.meeting_uid)


def test_the_headline_of_a_long_named_organisation_s_round_keeps_its_news_in_view(window, qtbot):
    """A 1,000-letter name put first had run the headline off the window's edge; the area comes first and
    the name is cut within two lines, whole in the tooltip."""
    long_name = "Kommunalförbundet" * 60
    gis = window.session.engagement.organisations[0]
    width = window.width()
    push(window.session.undo_stack, RenameOrganisation(window.session, gis, long_name, gis.short_code))
    view = window.views["room"]
    phone = _start(view, RoundKind.POTENTIAL, gis.uid)
    area = phone.round()["items"][0]
    assert phone.vote(qtbot, gis.uid, area["id"], 40)[0] == 200
    qtbot.waitUntil(lambda: view.headline.text().startswith("1 of 9 areas scored by"))
    assert window.width() == width and view.headline.sizeHint().width() <= width  # the window did not grow
    # The whole name, as plain text in the tip (with zero-width spaces where it may wrap there).
    assert long_name + "</p>" in view.headline.toolTip().replace("\u200b", "")


def test_an_item_s_whole_wording_is_in_its_tooltip(window):
    """The item column shows two lines of a criterion's wording; the tooltip holds the whole (it held none)."""
    from PySide6.QtGui import QTextDocument

    view = window.views["room"]
    _start(view)
    criterion = window.session.engagement.criteria[6]
    index = view.arrivals.index(6, 0)
    tip = QTextDocument()
    tip.setHtml(view.arrivals.data(index, Qt.ItemDataRole.ToolTipRole))
    assert " ".join(tip.toPlainText().split()) == f"7. {' '.join(criterion.text.split())}"
    assert view.arrivals.data(index) in tip.toPlainText()


def test_the_room_view_names_who_has_still_to_vote(window, qtbot):
    """Under the headline, the organisations that have not voted on every item, by short code (with 290 of
    them as columns, finding who was missing had meant scrolling sideways through them all); once all
    have, it says so."""
    e = window.session.engagement
    view = window.views["room"]
    phone = _start(view, key="S")
    codes = [o.short_code for o in e.organisations]
    assert view.waiting.isVisible() and view.waiting.text() == f"Not yet voted on every item (5): {', '.join(codes)}"
    data = phone.round()
    gis = data["organisations"][0]["id"]
    for item in data["items"]:  # one organisation's phone votes on every criterion
        before = window.session.vote(gis, "S", int(item["label"])).value
        assert phone.vote(qtbot, gis, item["id"], 1 if before != 1 else 2, "Anna")[0] == 200
    # the window's pace
    qtbot.waitUntil(lambda: view.waiting.text().startswith("Not yet voted on every item (4): "), timeout=2000)
    assert codes[0] not in view.waiting.text()
    for o in e.organisations[1:]:  # the facilitator types the others' (a vote typed in the round counts)
        for c in e.criteria:
            old = window.session.vote(o.uid, "S", c.number)
            window.session.set_vote(o.uid, "S", c.number, dataclasses.replace(old, value=1 if old.value != 1 else 2))
    assert view.waiting.text() == "Every organisation has voted on every item."


def test_a_potential_round_says_how_many_areas_are_scored_and_which_are_not(window, qtbot):
    """A potential round's headline said only "Area A scored by Gislaved" (the last vote) and nothing said which
    areas were still to score; a preference round listed who had "not yet voted on every item" of its one. Now:
    "2 of 9 areas scored by Gislaved", the areas still to score, and under the code what the room scores."""
    e = window.session.engagement
    gis = e.organisations[0]
    view = window.views["room"]
    phone = _start(view, RoundKind.POTENTIAL, gis.uid)
    codes = [a.code for a in e.areas]
    assert view.headline.text() == "0 of 9 areas scored by Gislaved"  # the file's earlier scores do not count
    assert view.waiting.text() == f"Areas not yet scored (9): {', '.join(codes)}"
    assert view.table.isColumnHidden(1)  # "Arrived: 0 of 1" beside Gislaved's own column said nothing more
    assert view.qr.caption.text() == "Scan to vote: Potential of Gislaved"  # it said "Scan to vote: Gislaved"
    view.show_on_projector()
    assert window.presenter_channel.current.chart_factory().caption.text() == (
        "Skanna för att rösta: Potential för Gislaved")
    area_a = phone.round()["items"][0]
    before = window.session.potential(gis.uid, "A").value
    assert phone.vote(qtbot, gis.uid, area_a["id"], 0 if before else 1, "Anna")[0] == 200
    old = window.session.potential(gis.uid, "B")  # the facilitator types one: it counts too
    window.session.set_potential(gis.uid, "B", dataclasses.replace(old, value=(old.value + 1) % 100))
    qtbot.waitUntil(lambda: view.headline.text() == "2 of 9 areas scored by Gislaved", timeout=2000)
    assert view.waiting.text() == f"Areas not yet scored (7): {', '.join(codes[2:])}"
    view.switch.click()
    phone = _start(view, RoundKind.PREFERENCES, "")
    short = [o.short_code for o in e.organisations]
    assert view.waiting.text() == f"Not yet stated a preference (5): {', '.join(short)}"
    assert not view.table.isColumnHidden(1)  # five organisations: how many have arrived says something
    choice = phone.round()["items"][0]["choices"]
    for o in e.organisations:
        stated = next(p.alternative_code for p in e.preferences if p.organisation_uid == o.uid)
        other = next(c["value"] for c in choice if c["label"] != stated)
        assert phone.vote(qtbot, o.uid, "preference", other)[0] == 200
    qtbot.waitUntil(lambda: view.waiting.text() == "Every organisation has stated its preference.", timeout=2000)
    assert view.headline.text() == "5 of 5 organisations have stated their preference"


def test_while_a_round_runs_the_view_says_where_to_type_over_a_vote(window, qtbot):
    """The view said only that votes are "stored like typed ones": nothing told the facilitator where to change
    one a phone sent. While a round runs it names the place for its kind; its arrivals then say "typed"."""
    view = window.views["room"]
    gis = window.session.engagement.organisations[0]
    assert "pick their organisation" in view.help.text()
    _start(view, RoundKind.POTENTIAL, gis.uid)
    assert "To change a score, type over it in Potential" in view.help.text()
    old = window.session.potential(gis.uid, "A")
    window.session.set_potential(gis.uid, "A", dataclasses.replace(old, value=(old.value + 1) % 100))
    assert view.arrivals.data(view.arrivals.index(0, 2)).endswith(" · typed")
    view.switch.click()
    assert "pick their organisation" in view.help.text()
    _start(view, RoundKind.PREFERENCES, "")
    assert "pick another in Alternatives & Criteria → Preferences" in view.help.text()
    view.switch.click()
    _start(view, RoundKind.CRITERIA, "S")
    assert "Criteria voting. To change a vote, type over it there" in view.help.text()


@pytest.mark.parametrize("kind", [RoundKind.PREFERENCES, RoundKind.POTENTIAL])
def test_a_60_letter_word_in_the_revealed_results_key_is_broken_not_cut(open_app, qtbot, tmp_path, example, kind):
    """An alternative (or area) named with a 60-letter word and markup: after Reveal the key beside the
    projector's results showed "Informationssäkerhetssamordningsf" and cut the rest at its right edge. The word
    now goes on over the next line, whole, and the markup is shown as typed."""
    from workshop.ui.presenter.window import PresenterWindow
    from workshop.ui.widgets.lines_label import LinesLabel

    word = "Informationssäkerhetssamordningsförmågeutvecklingsplaneringar"
    name = word + ' <b>fet</b> & "citat"'
    changed = dataclasses.replace(example, alternatives=tuple(
        dataclasses.replace(a, name=name) if a.code == "S" else a for a in example.alternatives),
        areas=tuple(dataclasses.replace(a, name=name) if a.code == "B" else a for a in example.areas))
    path = tmp_path / "long.workshop"
    EngagementStore.create(path, changed).close()
    window = open_app(path, size=(1400, 900), view="room")
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    qtbot.waitExposed(presenter)
    view = window.views["room"]
    _start(view, kind, window.session.engagement.organisations[0].uid if kind == RoundKind.POTENTIAL else "")
    view.show_on_projector()
    view.reveal.click()

    def named():
        key = presenter.key
        return next((lab for lab in key.findChildren(LinesLabel) if lab.text() == name), None) if key else None

    qtbot.waitUntil(lambda: named() is not None and named().room() > 400)  # laid out at the projector's size
    label = named()
    shown = label.shown()
    assert shown.replace("\n", "").startswith(word + " <b>fet</b>")  # whole, as typed
    # The label wraps at spaces by itself: no run of letters between them may be wider than the key.
    widest = max(label.fontMetrics().horizontalAdvance(run) for run in shown.split())
    assert widest <= label.room()


def test_the_projector_shows_each_phone_vote_as_it_is_answered_and_the_window_follows(window, qtbot, monkeypatch):
    """Phones voting one after another: the projector's revealed radar draws each vote by the time its phone
    is answered (the room sees it at once), and the window's grid catches up with the last one without
    anything being typed or clicked (it follows a busy room at its own pace); the radar does not redraw
    again when the window catches up."""
    from workshop.ui.presenter.window import PresenterWindow
    from workshop.ui.session import session as session_module

    monkeypatch.setattr(session_module, "FOLLOW_MS", 1500)  # votes 2 and 3 surely come within the window's pace

    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    gis = _organisation(data, "GIS")
    voting = _voting_on(window, "1 Tjänst")
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    voting.show_votes_on_projector()
    voting.per_org.setChecked(True)  # each organisation's line, not only the agreed one
    voting.reveal.setChecked(True)
    radar = presenter.chart.chart
    assert radar is not None and radar.isVisible()
    line = radar.legend_labels().index("Gislaved")

    def drawn() -> bytes:
        return b"".join(a.tobytes() for a in radar.series_points(line))

    model = voting.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("GIS")
    old = window.session.vote(gis["id"], "1 Tjänst", 3).value
    values = [v for v in (1, 2, 3, 4) if v != old][:3]
    for value in values:
        before = drawn()
        assert phone.vote(qtbot, gis["id"], data["items"][2]["id"], value)[0] == 200
        assert drawn() != before, f"the projector did not draw the vote {value} when its phone was answered"
    redraws: list[str] = []
    draw = radar.draw
    monkeypatch.setattr(radar, "draw", lambda: (redraws.append("draw"), draw()))
    told: list = []
    window.session.changed.connect(lambda part, keys: told.append((part, keys)))
    qtbot.waitUntil(lambda: bool(told), timeout=5000)  # the window catches up, without anything done
    assert told == [("votes", ((gis["id"], "1 Tjänst", 3),))]
    assert model.data(model.index(2, column)) == str(values[-1])
    assert redraws == []  # the projector had it already: it follows `live` only


def test_a_phone_kept_waiting_too_long_is_told_to_send_again_and_its_vote_is_not_stored(window, qtbot, monkeypatch,
                                                                                    example_path):
    """The facilitator's computer busy longer than a phone waits: the phone hears "busy; send the vote again"
    (503), and the vote is not saved behind its back once the computer catches up (no undo step, file as it
    was); sent again, it is saved."""
    import time

    from workshop.ui.room import bridge

    monkeypatch.setattr(bridge, "SAVE_TIMEOUT", 0.3)
    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    gis = _organisation(data, "GIS")
    old = _stored_vote(example_path, gis["id"], "1 Tjänst", 3).value
    new = 1 if old != 1 else 2
    steps = window.session.undo_stack.count()
    answer: list = []
    thread = threading.Thread(target=lambda: answer.append(phone.post(gis["id"], data["items"][2]["id"], new)))
    thread.start()
    time.sleep(1.0)  # the GUI thread busy: no event is processed
    thread.join(10)
    assert answer and answer[0][0] == 503 and "send the vote again" in answer[0][1]["error"]
    qtbot.wait(200)  # the computer catches up with its queue
    assert window.session.undo_stack.count() == steps
    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 3).value == old
    assert phone.vote(qtbot, gis["id"], data["items"][2]["id"], new)[0] == 200
    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 3).value == new


def test_a_phone_vote_equal_to_the_stored_one_still_counts_and_names_its_sender(window, qtbot):
    """A phone confirming the value already in the file writes nothing (no undo step), but the room view
    counts it as this round's and names who sent it: it had kept saying "earlier" until something else
    changed."""
    view = window.views["room"]
    phone = _start(view, key="S")
    data = phone.round()
    gis = _organisation(data, "GIS")
    column = _arrivals_column(data, gis)
    value = window.session.vote(gis["id"], "S", 1).value
    assert view.arrivals.data(view.arrivals.index(0, column)) == f"{value} · earlier"
    steps = window.session.undo_stack.count()
    assert phone.vote(qtbot, gis["id"], data["items"][0]["id"], value, "Sam")[0] == 200
    qtbot.waitUntil(lambda: view.arrivals.data(view.arrivals.index(0, column)) == f"{value} · Sam", timeout=2000)
    assert view.arrivals.data(view.arrivals.index(0, 1)) == "1 of 5"
    assert window.session.undo_stack.count() == steps


def _gislaved_on_criterion_1(window):
    """A round on alternative S started in the Room view: (the view, a phone, Gislaved's id, criterion 1's
    item id, the values other than the one the file holds for them)."""
    view = window.views["room"]
    phone = _start(view, key="S")
    data = phone.round()
    gis = _organisation(data, "GIS")["id"]
    before = window.session.vote(gis, "S", 1).value
    return view, phone, gis, data["items"][0]["id"], [v for v in (1, 2, 3, 4) if v != before]


def test_a_phone_hears_when_its_vote_no_longer_stands_and_when_undo_brings_it_back(window, qtbot):
    """Two phones of Gislaved on criterion 1: the first hears that another phone's later vote counts (not
    its value), then that the facilitator typed over it; undoing brings the first phone's vote back, and
    it hears that its vote stands again."""
    view, anna, gis, item, others = _gislaved_on_criterion_1(window)
    first, second, typed = others[:3]
    assert anna.vote(qtbot, gis, item, first, "Anna")[0] == 200
    assert anna.round()["standing"] == {gis: {item: {"by": "you", "value": first}}}
    bo = Phone(anna.url)
    assert bo.vote(qtbot, gis, item, second, "Bo")[0] == 200
    assert anna.round()["standing"] == {gis: {item: {"by": "phone"}}}
    assert bo.round()["standing"] == {gis: {item: {"by": "you", "value": second}}}
    old = window.session.vote(gis, "S", 1)
    window.session.set_vote(gis, "S", 1, dataclasses.replace(old, value=typed))  # the facilitator types over it
    assert anna.round()["standing"] == {gis: {item: {"by": "facilitator"}}}
    assert bo.round()["standing"] == {gis: {item: {"by": "facilitator"}}}
    window.session.undo_stack.undo()  # Bo's vote, and the value typed over it, go: Anna's is back
    assert window.session.vote(gis, "S", 1).value == first
    assert anna.round()["standing"] == {gis: {item: {"by": "you", "value": first}}}
    assert bo.round()["standing"] == {gis: {item: {"by": "phone"}}}


def test_a_vote_undone_before_its_phone_was_answered_is_not_said_to_stand(window, qtbot, monkeypatch):
    """The facilitator undoes a phone's vote while the server's thread is still busy answering it: the
    phone had then been told its vote stands (the server noted it after the app's newer word)."""
    view, anna, gis, item, others = _gislaved_on_criterion_1(window)
    first, before = others[0], window.session.vote(gis, "S", 1).value
    server = view.bridge._server
    deliver = server.deliver

    async def late(ballot):  # saved at once, but the answer goes on its way a second later
        await deliver(ballot)
        await asyncio.sleep(1.0)

    monkeypatch.setattr(server, "deliver", late)
    answer: list = []
    thread = threading.Thread(target=lambda: answer.append(anna.post(gis, item, first, "Anna")))
    thread.start()
    qtbot.waitUntil(lambda: window.session.vote(gis, "S", 1).value == first, timeout=10000)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(answer), timeout=10000)
    thread.join()
    assert answer[0][0] == 200 and window.session.vote(gis, "S", 1).value == before
    assert anna.round()["standing"] == {gis: {item: {"by": "facilitator"}}}


def test_stopping_a_round_just_after_the_last_votes_shows_them(window, qtbot):
    """Votes in quick succession and Stop at once: the room view shows the last vote and its sender (the
    window had not yet caught up, and the catching up came after the round had stopped)."""
    view = window.views["room"]
    phone = _start(view, key="S")
    data = phone.round()
    gis = _organisation(data, "GIS")
    column = _arrivals_column(data, gis)
    old = window.session.vote(gis["id"], "S", 1).value
    first, last = [v for v in (1, 2, 3, 4) if v != old][:2]
    assert phone.vote(qtbot, gis["id"], data["items"][0]["id"], first, "Ann")[0] == 200
    assert Phone(phone.url).vote(qtbot, gis["id"], data["items"][0]["id"], last, "Bea")[0] == 200
    view.toggle()  # Stop room voting
    assert view.arrivals.data(view.arrivals.index(0, column)) == f"{last} · Bea"
    qtbot.wait(600)  # the window's paced catching up, after the round stopped, keeps it so
    assert view.arrivals.data(view.arrivals.index(0, column)) == f"{last} · Bea"


def test_a_vote_that_fails_unexpectedly_is_answered_at_once_and_the_facilitator_is_told(window, qtbot, monkeypatch):
    """A fault while saving a phone's vote: the phone hears 503 at once (not after waiting 15 s) and the room
    view says what went wrong; the next vote is saved."""
    view = window.views["room"]
    phone = _start(view)
    data = phone.round()
    gis = _organisation(data, "GIS")

    fault = "<b>disk</b> on fire: " + "Skrivfel" * 50  # markup and a 400-letter word, as a path could be

    def broken(room, ballot):
        raise RuntimeError(fault)

    width = window.width()
    monkeypatch.setattr(view.bridge, "_edit", broken)
    status, answer = phone.vote(qtbot, gis["id"], data["items"][0]["id"], 2)
    assert status == 503 and "tell the facilitator" in answer["error"]
    assert fault in view.message.text()  # as given, never as markup
    qtbot.wait(50)
    assert window.width() == width  # the long word wraps; it had widened the window past the screen
    monkeypatch.undo()
    assert phone.vote(qtbot, gis["id"], data["items"][0]["id"], 2)[0] == 200


@pytest.mark.parametrize("kind", [RoundKind.CRITERIA, RoundKind.POTENTIAL, RoundKind.PREFERENCES])
def test_reveal_over_the_code_puts_the_round_s_results_on_the_projector(window, qtbot, kind):
    """Show QR on projector, then Reveal: the window said "the projector shows the round's results" while the
    projector went on showing the code. The round's results chart now goes up in its place; Reveal over
    another slide leaves that slide (the facilitator put it there)."""
    e = window.session.engagement
    hylte = next(o for o in e.organisations if o.short_code == "HYL")
    key = {RoundKind.CRITERIA: "S", RoundKind.POTENTIAL: hylte.uid, RoundKind.PREFERENCES: ""}[kind]
    alternatives, potential = window.views["alternatives"], window.views["potential"]
    if kind == RoundKind.CRITERIA:  # what each view's own button puts up
        alternatives.voting.alternative.setCurrentIndex(alternatives.voting.alternative.findData("S"))
        alternatives.voting.show_votes_on_projector()
    elif kind == RoundKind.POTENTIAL:  # the round's organisation, not "All organisations"
        potential.organisation.setCurrentIndex(potential.organisation.findData(hylte.uid))
        potential.show_radar_on_projector()
        potential.organisation.setCurrentIndex(0)
    else:
        alternatives.preferences.show_on_projector()
    expected = window.presenter_channel.current.title
    view = window.views["room"]
    _start(view, kind, key)
    view.show_on_projector()
    assert window.presenter_channel.current.title == view._projector_title() != expected
    others = [i for i in range(view.round_choice.count()) if i != view.round_choice.currentIndex()]
    view.switch.click()  # stopped (the code goes), another round chosen: Reveal is about the round that ran
    view.round_choice.setCurrentIndex(others[0])
    assert window.presenter_channel.current.kind == "blank"
    view.reveal_round()
    shown = window.presenter_channel.current
    assert shown.kind == "chart" and shown.title == expected
    assert not window.presenter_channel.hides(shown)
    if kind == RoundKind.CRITERIA:
        assert window.presenter_channel.votes_revealed("S")
    window.presenter_channel.publish(PresenterContent(kind="question", title="Bakgrund", body="Fråga"))
    view.reveal_round()
    assert window.presenter_channel.current.title == "Bakgrund"


def test_reveal_over_another_alternative_s_hidden_votes_puts_the_round_s_results_up(window, qtbot):
    """A round on 1 Tjänst; Criteria voting, opened to watch the grid, was on S and its "Votes on projector"
    put S's votes up (hidden: nothing of S is revealed). Reveal the results on the projector revealed 1 Tjänst,
    left S's "Votes are hidden" in front of the room, and said "the projector shows the round's results". The
    round's results now go up; over a question of the meeting (which stays) the window says what is shown."""
    from workshop.ui.presenter.window import PresenterWindow

    view = window.views["room"]
    phone = _start(view)  # 1 Tjänst
    gis = _organisation(phone.round(), "GIS")
    assert phone.vote(qtbot, gis["id"], phone.round()["items"][0]["id"], 1)[0] == 200
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    _voting_on(window, "S").show_votes_on_projector()
    assert presenter.hides_votes()
    window.show_view("room")
    view.reveal.click()
    assert not presenter.hides_votes() and presenter.chart is not None  # the room sees votes
    assert "1 Tjänst" in window.presenter_channel.current.title
    assert view.message.text() == "Revealed: the projector shows the round's results."
    window.presenter_channel.publish(PresenterContent(kind="question", title="Bakgrund", body="Fråga"))
    view.switch.click()
    _start(view)  # the same alternative again: hidden again until revealed
    view.reveal.click()
    assert window.presenter_channel.current.title == "Bakgrund"
    assert view.message.text() == "Revealed. The projector still shows “Bakgrund”."


def test_ctrl_z_in_a_field_being_typed_in_undoes_the_typing_while_phones_vote(window, qtbot, example_path):
    """A phone's vote is not the facilitator's doing: Ctrl+Z in the field they are typing in still takes back
    their typing, and the vote stays. A vote arriving had made it the window's Undo: in the agenda's free item
    field it silently took back the participant's vote and left the typing; in a form field it stored the
    typing and took it back as an edit."""
    phone = _start(window.views["room"])
    data = phone.round()
    gis, crit1 = _organisation(data, "GIS"), data["items"][0]
    before = _stored_vote(example_path, gis["id"], "1 Tjänst", 1).value
    new = 1 if before != 1 else 2
    window.show_view("meetings")
    view = window.views["meetings"]
    view.tabs.setCurrentWidget(view.agenda)
    field = view.agenda.free
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Kaffe")
    assert phone.vote(qtbot, gis["id"], crit1["id"], new)[0] == 200
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""
    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 1).value == new
    stack = window.session.undo_stack
    assert stack.undoText() == "Phone vote of Gislaved, 1 Tjänst, criterion 1" and not stack.canRedo()
    window.show_view("engagement")
    client = window.views["engagement"].edits["client"]
    stored = window.session.engagement.info.client
    client.setFocus()
    qtbot.waitUntil(client.hasFocus)
    qtbot.keyClicks(client, " och regionen")
    assert phone.vote(qtbot, gis["id"], crit1["id"], before)[0] == 200
    qtbot.keyClick(client, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert client.text() == stored and not stack.canRedo()  # undone in the field: nothing stored, nothing to redo
    qtbot.keyClick(client, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # once more than typed, as people do
    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 1).value == before and not stack.canRedo()
    window.undo_action.trigger()  # Edit → Undo still takes a phone vote back
    assert _stored_vote(example_path, gis["id"], "1 Tjänst", 1).value == new


def test_starting_a_round_turns_criteria_voting_and_potential_to_what_the_room_scores(window, qtbot):
    """Criteria voting was on S; a round on 1 Tjänst started: opening the tab to watch the phones' votes
    arrive showed S's grid and counted S's old votes. The tab now shows the round's alternative (and Potential
    the organisation of a potential round), and nothing new goes on the projector for it."""
    voting = _voting_on(window, "S")
    window.show_view("room")
    view = window.views["room"]
    phone = _start(view)  # 1 Tjänst
    assert voting.alternative.currentData() == "1 Tjänst"
    assert window.presenter_channel.current.kind != "chart"  # the projector is not given its votes for it
    gis = _organisation(phone.round(), "GIS")
    assert phone.vote(qtbot, gis["id"], phone.round()["items"][0]["id"], 1)[0] == 200
    view.switch.click()
    potential = window.views["potential"]
    hyl = next(o for o in window.session.engagement.organisations if o.short_code == "HYL")
    _start(view, RoundKind.POTENTIAL, hyl.uid)
    assert potential.organisation.currentData() == hyl.uid


def test_a_phones_factors_are_an_undoable_edit_like_three_factors_typed_in_the_grid(window, qtbot):
    """An engagement scoring potential by factors (0–5): Hylte's phone sends will 5, benefit 4, ability 4 for area C.
    The grid shows 64 and edits "5 4 4", as after typing them; one undo step takes it back; the arrivals cell says
    what was sent ("64 (5 4 4) · Anna", the factors in its tip); the facilitator typing other factors over it is
    "typed", and the phone hears that the facilitator changed it."""
    from workshop.domain.vocabulary import PotentialMode
    from workshop.ui.session.edits import EditInfo

    session = window.session
    old_info = session.engagement.info
    push(session.undo_stack, EditInfo(session, old_info, dataclasses.replace(
        old_info, potential_mode=PotentialMode.FACTORS, potential_factor_scale=5), "factors"))
    e = session.engagement
    hylte = next(o for o in e.organisations if o.short_code == "HYL")
    view = window.views["room"]
    phone = _start(view, RoundKind.POTENTIAL, hylte.uid)
    data = phone.round()
    area = next(i for i in data["items"] if i["label"] == "C")
    assert [f["id"] for f in area["factors"]] == ["will", "benefit", "ability"] and area["factors"][0]["max"] == 5
    before = session.potential(hylte.uid, "C")
    factors = {"will": 5, "benefit": 4, "ability": 4}
    assert phone.vote(qtbot, hylte.uid, area["id"], factors, "Anna") == (
        200, {"organisation": hylte.uid, "item": area["id"], "value": factors, "participant": 1})
    after = session.potential(hylte.uid, "C")
    assert (after.value, after.will, after.benefit, after.ability) == (64, 5, 4, 4)
    model = window.views["potential"].model
    cell = model.index([o.uid for o in e.organisations].index(hylte.uid), [a.code for a in e.areas].index("C"))
    assert model.data(cell) == "64" and model.data(cell, Qt.ItemDataRole.EditRole) == "5 4 4"
    assert session.undo_stack.undoText() == "Phone potential of Hylte for C"
    row_c = [i["label"] for i in data["items"]].index("C")
    qtbot.waitUntil(lambda: view.arrivals.data(view.arrivals.index(row_c, 2)) == "64 (5 4 4) · Anna", timeout=2000)
    tip = view.arrivals.data(view.arrivals.index(row_c, 2), Qt.ItemDataRole.ToolTipRole)
    assert "Will 5 · benefit 4 · ability 4 (scale 0–5)" in tip and "Sent from a phone by Anna" in tip
    assert phone.round()["standing"] == {hylte.uid: {area["id"]: {"by": "you", "value": factors}}}
    session.undo_stack.undo()
    assert session.potential(hylte.uid, "C") == before
    session.undo_stack.redo()
    assert model.setData(cell, "3 3 3")  # the facilitator types other factors over it
    qtbot.waitUntil(lambda: view.arrivals.data(view.arrivals.index(row_c, 2)) == "22 (3 3 3) · typed", timeout=2000)
    assert phone.round()["standing"] == {hylte.uid: {area["id"]: {"by": "facilitator"}}}


def test_the_swedish_help_quotes_the_word_the_arrivals_table_shows_for_a_typed_vote(swedish_interface, example):
    """The Swedish help said a vote typed over shows "som inskriven" (or "inskrivet") while the table's cell reads
    "… · inskrivet": each round's help now names the cell's own word."""
    from workshop.room.round import criteria_round, potential_round, preference_round
    from workshop.ui.room.view import _help
    from workshop.ui.widgets.i18n import tr

    word = tr("{value} · typed").split(" · ")[1]
    assert word == "inskrivet"
    for room in (criteria_round(example, "S"), potential_round(example, "GIS"), preference_round(example)):
        assert f"”{word}”" in _help(room)


def _score_by_factors(session, scale: int) -> None:
    """The engagement scores potential by factors on 0–scale (as the Potential view's setting does)."""
    from workshop.domain.vocabulary import PotentialMode
    from workshop.ui.session.edits import EditInfo

    old = session.engagement.info
    push(session.undo_stack, EditInfo(session, old, dataclasses.replace(
        old, potential_mode=PotentialMode.FACTORS, potential_factor_scale=scale), "factors"))


def test_a_row_typed_on_a_larger_factor_scale_shows_in_the_arrivals_as_stored(window, qtbot):
    """"8 8 8" typed on a factor scale of 10, the scale then lowered to 5: a potential round for that organisation
    had raised an error as it started (the table recomputed the potential on 0–5 and refused 8) and the table never
    filled. It shows the potential the row holds, with its factors: "51 (8 8 8) · earlier"."""
    session = window.session
    _score_by_factors(session, 10)
    e = session.engagement
    hylte = next(o for o in e.organisations if o.short_code == "HYL")
    model = window.views["potential"].model
    cell = model.index([o.uid for o in e.organisations].index(hylte.uid), [a.code for a in e.areas].index("C"))
    assert model.setData(cell, "8 8 8")
    assert session.potential(hylte.uid, "C").value == 51
    _score_by_factors(session, 5)
    view = window.views["room"]
    phone = _start(view, RoundKind.POTENTIAL, hylte.uid)
    row_c = [i["label"] for i in phone.round()["items"]].index("C")
    assert view.table.isVisible() and view.arrivals.rowCount() == len(e.areas)
    assert view.arrivals.data(view.arrivals.index(row_c, 2)) == "51 (8 8 8) · earlier"
    # Its tip names no scale: "(scale 0–5)" beside factors of 8 and a potential 0–5 would make 100 had contradicted it.
    tip = view.arrivals.data(view.arrivals.index(row_c, 2), Qt.ItemDataRole.ToolTipRole)
    assert "Will 8 · benefit 8 · ability 8" in tip and "scale" not in tip
    view.toggle()
    assert view.arrivals.data(view.arrivals.index(row_c, 2)) == "51 (8 8 8) · earlier"


def test_changing_the_factor_scale_mid_round_stops_the_round_and_says_why(window, qtbot):
    """A potential round begun on factors 0–5, the scale then changed to 0–10: the round had gone on asking for
    0–5 and stored a phone's 5 5 5 as 100 while "5 5 5" typed on 0–10 gives 12. It stops: the phones find it
    closed, as when the facilitator stops it, and the view says why and to start it again; started again, it
    asks for 0–10 and 5 5 5 is stored as 12."""
    import urllib.error

    session = window.session
    _score_by_factors(session, 5)
    hylte = next(o for o in session.engagement.organisations if o.short_code == "HYL")
    view = window.views["room"]
    phone = _start(view, RoundKind.POTENTIAL, hylte.uid)
    area = next(i for i in phone.round()["items"] if i["label"] == "C")
    assert area["factors"][0]["max"] == 5
    _score_by_factors(session, 10)
    assert not view.bridge.running and view.switch.text() == "Start room voting"
    assert view.message.text() == (
        "Room voting stopped: how potential is scored changed while the room voted. "
        "The phones see the round as closed; start room voting again to vote as it is scored now.")
    session.undo_stack.undo()  # the scale back to 0–5: the message names no scale, so it stays true
    assert not view.bridge.running and "0–10" not in view.message.text()
    session.undo_stack.redo()
    with pytest.raises(urllib.error.URLError):
        phone.round()
    phone = _start(view, RoundKind.POTENTIAL, hylte.uid)
    assert next(i for i in phone.round()["items"] if i["label"] == "C")["factors"][0]["max"] == 10
    assert phone.vote(qtbot, hylte.uid, area["id"], {"will": 5, "benefit": 5, "ability": 5})[0] == 200
    row = session.potential(hylte.uid, "C")
    assert (row.value, row.will, row.benefit, row.ability) == (12, 5, 5, 5)


def test_switching_between_direct_and_factors_mid_round_stops_it_and_other_info_does_not(window, qtbot):
    """Scoring potential directly, then by factors (and back), during a potential round stops it as a changed scale
    does; a new title, or a criteria round, goes on."""
    from workshop.ui.session.edits import EditInfo

    session = window.session
    view = window.views["room"]
    hylte = next(o for o in session.engagement.organisations if o.short_code == "HYL")
    _start(view, RoundKind.POTENTIAL, hylte.uid)
    old = session.engagement.info
    push(session.undo_stack, EditInfo(session, old, dataclasses.replace(old, title="Another title"), "title"))
    assert view.bridge.running
    _score_by_factors(session, 5)
    assert not view.bridge.running and "how potential is scored changed" in view.message.text()
    _start(view, RoundKind.POTENTIAL, hylte.uid)
    session.undo_stack.undo()  # back to typed directly
    assert not view.bridge.running and "how potential is scored changed" in view.message.text()
    _start(view, RoundKind.CRITERIA, "S")
    _score_by_factors(session, 5)
    assert view.bridge.running


def test_a_phone_vote_of_a_round_no_longer_scored_so_is_refused_not_stored(window, qtbot):
    """Should a vote reach the session before the round stops (its change held back meanwhile), the bridge refuses
    it with a reason rather than storing factors on the old scale."""
    session = window.session
    _score_by_factors(session, 5)
    hylte = next(o for o in session.engagement.organisations if o.short_code == "HYL")
    view = window.views["room"]
    _start(view, RoundKind.POTENTIAL, hylte.uid)
    room = view.bridge.round
    before = session.potential(hylte.uid, "C")
    with session.held():
        _score_by_factors(session, 10)
        ballot = room.check({"organisation": hylte.uid, "item": room.items[2].id,
                             "value": {"will": 5, "benefit": 5, "ability": 5}})
        refused = view.bridge._save_one(ballot)
    assert "How potential is scored has changed" in str(refused)
    assert session.potential(hylte.uid, "C") == before
