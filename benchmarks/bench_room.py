"""Room voting under load: 300 phones on loopback, each sending the 7 votes of a criteria round.

App: the real window in this process (Alternatives view on the round's alternative, the presenter window
showing its votes radar, revealed) and the Room voting view serving the round from its thread. A phone's
POST is answered once the GUI thread has made the vote an undoable edit and committed it; Qt repaints
the charts on its next pass. A vote's time runs from its POST to the later of the answer and the end of
the first projector repaint that shows it: the app notes each vote's arrival (after the commit) and the
end of each repaint of the projector's radar with the batches it painted, on the phones' clock
(time.perf_counter is system-wide monotonic). A batch that leaves the radar's drawing as it was (only
the agreed line is shown and it did not move) needs no repaint of its own: its votes are shown once the
last batch that changed the drawing is. Baseline, same run: a bare aiohttp handler in a thread of this
process that parses the same JSON and writes the same row with sqlite3 (WAL, synchronous=FULL, commit).

Phones are a child process (_room_phones.py), each with its own loopback address and cookie. Two loads:
paced (every phone opens the page within 20 s and taps a vote every 2–6 s, reading each criterion: ~42
votes/s, a busy room) for the latency, and burst (all at once, no pauses) for the votes per second held.
The paced run's time until the phone's answer alone is printed too: the GUI thread saves a vote
only once it is done with the one before, its redraw and repaint included, so the projector's work shows
in the answers as well. The same paced load also runs with the main window hidden (the projector's radar
alone repainting), against the bridge and a session with no window at all, and against the bare handler
handing each vote to the Qt thread to be saved (the issue's design with no Workshop code: its floor), to
show where the time goes: the design's own cost, the room path's (checks, undo command, history), the
projector's, the window's. Lost: votes answered 200 whose value is not what the file holds for that
organisation and criterion after the last one processed.
"""

from __future__ import annotations

import asyncio
import bisect
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

HERE = Path(__file__).resolve().parent
PHONES = 300
ALTERNATIVE = "1 Tjänst"
SIZE = (1920, 1080)
TARGET_MS = 50.0


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _phones(url: str, mode: str, seed: int, app=None) -> list[dict]:
    """Run the phones against the URL; the Qt event loop runs meanwhile when `app` is given."""
    # Output to files, not pipes: the phones' one JSON line is larger than a pipe holds while we wait.
    out_file, err_file = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    proc = subprocess.Popen([sys.executable, str(HERE / "_room_phones.py"), url, str(PHONES), mode, str(seed)],
                            stdout=out_file, stderr=err_file, text=True)
    if app is not None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: proc.poll() is not None and loop.quit())
        timer.start(20)
        loop.exec()
        timer.stop()
    proc.wait(timeout=600)
    out_file.seek(0)
    err_file.seek(0)
    if proc.returncode != 0:
        raise RuntimeError(f"the phones failed: {err_file.read()[-2000:]}")
    return json.loads(out_file.read())["votes"]


def _answered_ms(votes: list[dict]) -> list[float]:
    """Each saved vote's time from its POST to the phone's answer alone (the projector's repaint aside)."""
    return [(v["end"] - v["start"]) * 1000 for v in votes if v["status"] == 200]


def _summary(votes: list[dict]) -> dict:
    ok = [v for v in votes if v["status"] == 200]
    span = max(v["end"] for v in votes) - min(v["start"] for v in votes)
    return {"p95": _p95([v["ms"] for v in ok]) if len(ok) > 1 else float("nan"), "per_s": len(ok) / span,
            "ok": len(ok), "sent": len(votes)}


class _App:
    """The app serving the round, with the grid and the projector's revealed radar on screen."""

    def __init__(self, path: Path, app):
        from _windows import open_window

        from workshop.domain.vocabulary import RoundKind
        from workshop.ui.presenter.window import PresenterWindow

        self.app = app
        self.window, self.session = open_window(path, SIZE)
        self.window.show_view("room")
        self.room = self.window.views["room"]
        self.room.choose_round(RoundKind.CRITERIA, ALTERNATIVE)
        self.room.choose_network("127.0.0.1")
        if not self.room.start():
            raise RuntimeError(self.room.message.text())
        self.window.show_view("alternatives")
        alternatives = self.window.views["alternatives"]
        alternatives.show_tab("voting")
        voting = alternatives.voting
        voting.alternative.setCurrentIndex(voting.alternative.findData(ALTERNATIVE))
        self.presenter = PresenterWindow(self.window.presenter_channel)
        self.presenter.resize(*SIZE)
        self.presenter.show()
        voting.show_votes_on_projector()
        voting.reveal.setChecked(True)
        app.processEvents()
        chart = self.presenter.chart.chart  # the reveal gate's radar
        if chart is None or not chart.isVisible():
            raise RuntimeError("the projector shows no radar")
        self.last: dict = {}
        self.arrived = 0
        self.closed = False
        self.changes = 0  # the session's vote changes so far (a batch of votes is one)
        self.chart = chart
        self._last_drawn = self._drawn()
        self.visible: list[int] = []  # the batches after which the projector's radar drew something else
        self.arrivals: dict[tuple, list[tuple[float, int]]] = defaultdict(list)  # vote -> [(time, changes)]
        self.shown, self.paint_ms, self._unwatch = _repaint_ends(chart, lambda: self.changes)
        self.session.live.connect(self._changed)  # as the projector follows it
        self.room.bridge.arrived.connect(self._arrived)

    def _changed(self, part: str) -> None:
        """A batch of votes was saved; if the projector's radar now draws something else (its own slot ran
        first), the batch is the newest the projector must repaint to show."""
        from workshop.ui.session.session import VOTES

        if part != VOTES:
            return
        self.changes += 1
        drawn = self._drawn()
        if len(drawn) != len(self._last_drawn) or any(a is not b for a, b in zip(drawn, self._last_drawn)):
            self._last_drawn = drawn
            self.visible.append(self.changes)

    def _drawn(self) -> list:
        """The point arrays of the polygons drawn on their own (the example's five organisations and the agreed
        line; with more than twelve, the batch would need comparing too). A polygon given other points holds new
        arrays, one left as it was keeps its own (RadarChart._move), so comparing them by identity tells whether
        the batch changed the drawing, at a fraction of comparing their bytes in the GUI thread's time."""
        chart = self.chart
        separate = chart.series_count() - chart.batched_count()
        return [a for i in range(separate) for a in chart.series_points(i)]

    def _arrived(self, ballot) -> None:
        self.arrived += 1
        self.last[(ballot.organisation_uid, ballot.item_id)] = ballot.value
        self.arrivals[(ballot.organisation_uid, ballot.item_id, ballot.value)].append(
            (time.perf_counter(), self.changes))

    def shown_ms(self, votes: list[dict]) -> list[dict]:
        """The phones' votes with `ms` from the POST to the later of the answer and the end of the first
        projector repaint that painted the vote's change (RuntimeError when one was never shown)."""
        self.app.processEvents()  # the last votes' repaint
        painted = [changes for _, changes in self.shown]  # never decreasing: repaints come in order
        out = []
        for v in sorted(votes, key=lambda v: v["start"]):
            if v["status"] != 200:
                out.append(v)
                continue
            # Its arrival: the first not yet taken of the same vote after the POST (the phone may hear the
            # answer before the GUI thread notes the arrival). Phones of one organisation voting the same
            # value on one item at nearly the same moment may swap arrivals: their times differ by a batch.
            key = (v["organisation"], v["item"], v["value"])
            waiting = self.arrivals[key]
            arrival = next((a for a in waiting if a[0] >= v["start"]), None)
            if arrival is None:
                raise RuntimeError(f"a vote answered 200 never arrived: {key}")
            waiting.remove(arrival)
            # The projector shows the vote once it has painted the newest batch up to the vote's that changed
            # what the radar draws (the per-organisation lines, or the agreed line only).
            j = bisect.bisect_right(self.visible, arrival[1])
            if j == 0:
                shown = v["end"]
            else:
                k = bisect.bisect_left(painted, self.visible[j - 1])
                if k == len(painted):
                    raise RuntimeError(f"the projector never showed a vote: {key}")
                shown = max(v["end"], self.shown[k][0])
            out.append(v | {"ms": (shown - v["start"]) * 1000})
        self.arrivals.clear()
        return out

    def lost(self, answered: int) -> int:
        """Votes answered 200 that the file does not hold as processed (0 when all arrived and were saved)."""
        with sqlite3.connect(self.session.path) as conn:
            number = dict(conn.execute("SELECT uid, number FROM criteria"))
            stored = {(o, n): v for o, n, v in conn.execute(
                "SELECT organisation_uid, criterion_number, value FROM criteria_votes WHERE alternative_code = ?",
                [ALTERNATIVE])}
        wrong = sum(1 for (org, item), value in self.last.items() if stored.get((org, number[item])) != value)
        return max(0, answered - self.arrived) + wrong

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.room.bridge.stop()
        self._unwatch()
        self.presenter.close()
        self.window.close()
        self.session.close()
        self.app.processEvents()


def _repaint_ends(chart, changes) -> tuple[list[tuple[float, int]], list[float], object]:
    """(end time, changes painted) of each repaint of `chart`'s viewport (changes read as the repaint
    starts), how long each repaint took (ms), and a function that stops watching. The filter paints the viewport itself, as the view's own
    viewport filter would, so it sees the paint end."""
    from PySide6.QtCore import QEvent, QObject

    ends: list[tuple[float, int]] = []
    took: list[float] = []

    class Filter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() != QEvent.Type.Paint:
                return False
            painting = changes()
            start = time.perf_counter()
            chart.viewportEvent(event)
            end = time.perf_counter()
            ends.append((end, painting))
            took.append((end - start) * 1000)
            return True

    watcher = Filter()
    chart.viewport().installEventFilter(watcher)
    return ends, took, lambda: chart.viewport().removeEventFilter(watcher)


class _SessionOnly:
    """The room path without views: the bridge making each vote an undoable edit of a session no window shows
    (what the room machinery costs, apart from the grid and charts repainting)."""

    def __init__(self, path: Path, room):
        from workshop.storage import EngagementStore
        from workshop.ui.room.bridge import RoomBridge
        from workshop.ui.session.session import EngagementSession

        self.session = EngagementSession(EngagementStore.open(path))
        self.bridge = RoomBridge(self.session)
        self.bridge.start(room, "127.0.0.1")

    def close(self) -> None:
        self.bridge.stop()
        self.session.close()


class _Bare:
    """A bare aiohttp handler in its own thread: parse the vote, upsert the row with sqlite3, commit, answer.

    `qt=True`: the same handler as the issue's design hands votes over, with no Workshop code: the server's
    thread sends each parsed vote to the Qt thread by a queued signal, the Qt thread upserts and commits it
    (its own sqlite3 connection), and answers through the server loop's call_soon_threadsafe. Its p95 is the
    floor of that design on this machine (two threads sharing the GIL, two hand-overs)."""

    def __init__(self, path: Path, round_json: dict, numbers: dict[str, int], qt: bool = False):
        from aiohttp import web

        self.last: dict = {}
        ready = threading.Event()
        self._stop: asyncio.Event | None = None
        upsert = ("INSERT INTO criteria_votes (uid, organisation_uid, alternative_code, criterion_number, value)"
                  " VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?) ON CONFLICT"
                  " (organisation_uid, alternative_code, criterion_number) DO UPDATE SET value = excluded.value")

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            return conn

        def write(conn: sqlite3.Connection, body: dict) -> None:
            conn.execute(upsert, [body["organisation"], ALTERNATIVE, numbers[body["item"]], body["value"]])
            conn.commit()
            self.last[(body["organisation"], body["item"])] = body["value"]

        self._gui = _gui_writer(connect(), write) if qt else None

        async def vote(request):
            body = json.loads(await request.read())
            if self._gui is None:
                write(self.conn, body)
            else:
                loop = asyncio.get_running_loop()
                answer = loop.create_future()
                self._gui.incoming.emit((body, loop, answer))
                await answer
            return web.json_response(body)

        async def round_(request):
            return web.json_response(round_json)

        async def serve():
            self.conn = connect()
            self._stop = asyncio.Event()
            app = web.Application()
            app.router.add_get("/v/bare/round", round_)
            app.router.add_post("/v/bare/vote", vote)
            runner = web.AppRunner(app, access_log=None, handle_signals=False)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0, backlog=512)
            await site.start()
            self.url = f"http://127.0.0.1:{runner.addresses[0][1]}/v/bare"
            ready.set()
            await self._stop.wait()
            await runner.cleanup()
            self.conn.close()

        def run():
            self.loop = asyncio.new_event_loop()
            self.loop.run_until_complete(serve())
            self.loop.close()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        ready.wait()
        self.path = path

    def lost(self, answered: int) -> int:
        with sqlite3.connect(self.path) as conn:
            stored = {(o, n): v for o, n, v in conn.execute(
                "SELECT organisation_uid, criterion_number, value FROM criteria_votes WHERE alternative_code = ?",
                [ALTERNATIVE])}
            number = dict(conn.execute("SELECT uid, number FROM criteria"))
        return sum(1 for (org, item), value in self.last.items() if stored.get((org, number[item])) != value)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(10)
        if self._gui is not None:
            self._gui.conn.close()


def _gui_writer(conn: sqlite3.Connection, write):
    """A QObject in the Qt thread that writes each vote handed to it and answers in the server's loop."""
    from PySide6.QtCore import QObject, Signal

    class Writer(QObject):
        incoming = Signal(object)  # (body, server loop, asyncio future)

        def __init__(self):
            super().__init__()
            self.conn = conn
            self.incoming.connect(self._write)

        def _write(self, handed) -> None:
            body, loop, answer = handed
            write(self.conn, body)
            loop.call_soon_threadsafe(answer.set_result, None)

    return Writer()


def run() -> list[dict]:
    from workshop.app import qt_environment

    qt_environment()
    from PySide6.QtWidgets import QApplication

    import workshop.charts  # noqa: F401  (PySide6 before pyqtgraph)
    from workshop.room.round import criteria_round
    from workshop.storage import EngagementStore
    from workshop.templates import example_engagement

    app = QApplication.instance() or QApplication([])
    engagement = example_engagement()
    room = criteria_round(engagement, ALTERNATIVE)
    numbers = {i.id: i.number for i in room.items}
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        app_path, bare_path = Path(tmp) / "room.workshop", Path(tmp) / "bare.workshop"
        plain_path, handed_path = Path(tmp) / "plain.workshop", Path(tmp) / "handed.workshop"
        for path in (app_path, bare_path, plain_path, handed_path):
            EngagementStore.create(path, engagement).close()
        ours = _App(app_path, app)
        bare = _Bare(bare_path, room.to_json() | {"mine": {}}, numbers)
        lost = {"app": 0, "bare": 0}
        try:
            for mode, seed in (("paced", 1), ("burst", 2)):
                paints_before = len(ours.shown)
                votes = ours.shown_ms(_phones(ours.room.bridge.url, mode, seed, app))
                results[f"app {mode}"] = _summary(votes) | {"paints": len(ours.shown) - paints_before,
                                                            "answered": _p95(_answered_ms(votes))}
                lost["app"] += ours.lost(results[f"app {mode}"]["ok"]) + len(votes) - results[f"app {mode}"]["ok"]
                ours.arrived, ours.last = 0, {}
                votes = _phones(bare.url, mode, seed)
                results[f"bare {mode}"] = _summary(votes)
                lost["bare"] += bare.lost(results[f"bare {mode}"]["ok"]) + len(votes) - results[f"bare {mode}"]["ok"]
                bare.last = {}
            painted = list(ours.paint_ms)  # with the window shown
            ours.window.hide()  # the projector alone: the grid and the window's charts wait until shown
            app.processEvents()
            votes = ours.shown_ms(_phones(ours.room.bridge.url, "paced", 1, app))
            results["projector paced"] = _summary(votes)
            lost["app"] += ours.lost(results["projector paced"]["ok"]) + len(votes) - results["projector paced"]["ok"]
            ours.close()
            plain = _SessionOnly(plain_path, room)
            try:
                results["session paced"] = _summary(_phones(plain.bridge.url, "paced", 1, app))
            finally:
                plain.close()
            handed = _Bare(handed_path, room.to_json() | {"mine": {}}, numbers, qt=True)
            try:
                results["handed paced"] = _summary(_phones(handed.url, "paced", 1, app))
                lost["bare"] += handed.lost(results["handed paced"]["ok"])
            finally:
                handed.close()
        finally:
            bare.close()
            ours.close()
    paced, burst = results["app paced"], results["app burst"]
    base_paced, base_burst = results["bare paced"], results["bare burst"]
    print(f"  room: paced {paced['ok']} votes at {paced['per_s']:.0f}/s, projector painted {paced['paints']} times; "
          f"burst {burst['ok']} votes, p95 {burst['p95']:.0f} ms (bare {base_burst['p95']:.0f} ms); "
          f"{len(ours.visible)} of {ours.changes} batches changed the projector's radar",
          file=sys.stderr)
    return [
        {"figure": f"room vote p95, {PHONES} phones paced (POST→saved and shown on the projector)",
         "value": round(paced["p95"], 1), "unit": "ms", "baseline": round(base_paced["p95"], 1),
         "ratio": paced["p95"] / base_paced["p95"], "target": f"≤ {TARGET_MS:g} ms, ≤ 2× bare"},
        {"figure": "  the same, until the phone's answer only (the repaint aside)",
         "value": round(paced["answered"], 1), "unit": "ms", "baseline": round(base_paced["p95"], 1),
         "ratio": paced["answered"] / base_paced["p95"], "target": ""},
        {"figure": "  the same, main window hidden (the projector's radar alone)",
         "value": round(results["projector paced"]["p95"], 1), "unit": "ms", "baseline": round(base_paced["p95"], 1),
         "ratio": results["projector paced"]["p95"] / base_paced["p95"], "target": ""},
        {"figure": "  one repaint of the projector's radar, p95 (window shown)",
         "value": round(_p95(painted), 2), "unit": "ms", "baseline": round(base_paced["p95"], 1),
         "ratio": _p95(painted) / base_paced["p95"], "target": ""},
        {"figure": "  the same, no window (the room path alone)",
         "value": round(results["session paced"]["p95"], 1), "unit": "ms", "baseline": round(base_paced["p95"], 1),
         "ratio": results["session paced"]["p95"] / base_paced["p95"], "target": f"≤ {TARGET_MS:g} ms, ≤ 2× bare"},
        {"figure": "  the bare handler saving in the Qt thread (the issue's design, no Workshop code)",
         "value": round(results["handed paced"]["p95"], 1), "unit": "ms", "baseline": round(base_paced["p95"], 1),
         "ratio": results["handed paced"]["p95"] / base_paced["p95"], "target": ""},
        {"figure": f"room votes/s held, {PHONES} phones at once",
         "value": round(burst["per_s"]), "unit": "votes/s", "baseline": round(base_burst["per_s"]),
         "ratio": burst["per_s"] / base_burst["per_s"], "target": ""},
        {"figure": f"room votes lost (of {paced['sent'] + burst['sent'] + results['projector paced']['sent']})",
         "value": lost["app"], "unit": "",
         "baseline": lost["bare"], "ratio": None, "target": "0"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
