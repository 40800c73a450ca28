"""Edit latency: a potential typed into the grid → saved to the file → every visible chart redrawn.

The main window shows the Potential view at 1920×1080 (grid, radar of all
organisations with the median, share bars), after every view has been
opened once, as during a meeting day (hidden views must not slow an edit),
and the presenter window, also
1920×1080, shows the radar too, as in a meeting. One edit is the grid's
setData: validation, undo command, SQLite upsert and commit, the session's
change signal, every visible chart recomputing its data and repainting at
once. The timing stops when every visible chart — main window and
presenter — has painted again, counted by an event filter on each chart's
viewport (if one has not, the event loop runs until it has, inside the
timing). Between edits the event loop is drained outside the timing (Qt's
deferred updates). Sizes: the 5-organisation example, and 290
organisations (every Swedish municipality) × 9 areas.

Baseline, same process, same windows' sizes: a bare loop doing the same
job without the app — a plain sqlite3 upsert + commit, then setData on bare
pyqtgraph PlotWidgets (fixed ranges, like ours) holding the equivalent
polygons (one curve per organisation for 5, one NaN-broken curve for 290)
and a bar chart, and a synchronous repaint of each. The process takes the
app's Qt settings (workshop.app.qt_environment), so both sides have them.

The machine is shared, so app and baseline are measured in alternating
rounds (only the measured side's windows shown); each figure is the median
of the rounds' p95. A second figure per size counts only the GUI thread's
CPU time over the same edits (time.thread_time): it leaves out the disk's
fsync and the time other processes took the cores, so it moves less when the
machine is busy.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

WARMUP = 30
ROUNDS = 5
EDITS_PER_ROUND = 120
SIZE = (1920, 1080)
TARGET_MS = 8.0


def _engagement(orgs: int):
    """The example (5 municipalities) or its framework with `orgs` synthetic municipalities, all scored."""
    import dataclasses

    from workshop.domain.model import Organisation, PotentialScore
    from workshop.templates import example_engagement

    e = example_engagement()
    if orgs == len(e.organisations):
        return e
    rng = random.Random(290)
    organisations = tuple(Organisation(name=f"Kommun {i:03d}", short_code=f"K{i:03d}") for i in range(orgs))
    potentials = tuple(
        PotentialScore(organisation_uid=o.uid, area_code=a.code, value=rng.randint(0, 100))
        for o in organisations for a in e.areas
    )
    return dataclasses.replace(e, organisations=organisations, potentials=potentials, people=(), meetings=(),
                               potential_history=(), vote_history=(),
                               votes=(), agreed_scores=(), preferences=())


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _drain(app, rounds: int = 3) -> None:
    """Let Qt's deferred work (update timers, layout requests) run, outside the timing."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.006)  # past Qt's 5 ms update-request timer
    app.processEvents()


class _PaintCounter:
    """Counts paint events per watched widget, to prove each chart really redrew."""

    def __init__(self, widgets):
        from PySide6.QtCore import QEvent, QObject

        counts = {id(w): 0 for w in widgets}

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and id(obj) in counts:
                    counts[id(obj)] += 1
                return False

        self.counts = counts
        self.filter = Filter()
        for w in widgets:
            w.installEventFilter(self.filter)

    def snapshot(self) -> dict:
        return dict(self.counts)

    def wait_all_painted(self, app, before: dict, timeout: float = 5.0) -> None:
        """Run the event loop until every watched widget has painted since `before`."""
        deadline = time.perf_counter() + timeout
        while any(self.counts[k] <= before[k] for k in self.counts):
            if time.perf_counter() > deadline:
                raise RuntimeError("a chart did not redraw after the edit")
            app.processEvents()


class _AppLoop:
    """The app on one engagement file: main window on the Potential view, presenter showing the radar."""

    def __init__(self, path: Path, app):
        from _windows import open_window

        from workshop.ui.presenter.window import PresenterWindow

        self.app = app
        self.window, self.session = open_window(path, SIZE)
        for key in self.window.view_keys():  # every view opened once, as during a meeting day
            self.window.show_view(key)
            _drain(app)
        self.window.show_view("potential")
        self.view = self.window.views["potential"]
        self.presenter = PresenterWindow(self.window.presenter_channel)
        self.presenter.resize(*SIZE)
        self.presenter.show()
        self.view.show_radar_on_projector()
        _drain(app)
        charts = [self.view.radar, self.view.bars, self.presenter.chart]
        assert all(c is not None and c.isVisible() for c in charts), "a chart is not visible"
        self.counter = _PaintCounter([c.viewport() for c in charts])
        self.rng = random.Random(4)
        self.edits = 0

    def windows(self):
        return (self.window, self.presenter)

    def edit(self) -> float:
        from PySide6.QtCore import Qt

        model = self.view.model
        index = model.index(self.rng.randrange(model.rowCount()), self.rng.randrange(model.columnCount()))
        value = str(self.rng.randint(0, 100))
        if index.data() == value:
            value = str((int(value) + 1) % 101)
        before = self.counter.snapshot()
        c0, t0 = time.thread_time(), time.perf_counter()
        assert model.setData(index, value, Qt.ItemDataRole.EditRole), self.view.message.text()
        self.counter.wait_all_painted(self.app, before)
        elapsed, cpu = (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
        _drain(self.app)
        self.edits += 1
        return elapsed, cpu

    def close(self) -> None:
        painted = list(self.counter.counts.values())
        assert all(n >= self.edits for n in painted), f"not every chart redrew: {painted} for {self.edits} edits"
        model = self.view.model
        stored = self.session.store.load().potentials
        assert len(stored) == model.rowCount() * model.columnCount(), "the edits did not reach the file"
        self.presenter.close()
        self.window.close()
        self.session.close()
        self.app.processEvents()


class _BaselineLoop:
    """The same job without the app: raw upsert + commit, setData on bare plots, synchronous repaint."""

    def __init__(self, path: Path, orgs: int, app):
        import numpy as np
        import pyqtgraph as pg
        from PySide6.QtWidgets import QHBoxLayout, QWidget

        self.app, self.np, self.orgs = app, np, orgs
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.org_uids = [r[0] for r in self.conn.execute("SELECT uid FROM organisations ORDER BY position")]
        self.areas = [r[0] for r in self.conn.execute("SELECT code FROM areas ORDER BY position")]
        self.host = QWidget()
        row = QHBoxLayout(self.host)
        self.radar, self.bars, self.projector = pg.PlotWidget(), pg.PlotWidget(), pg.PlotWidget()
        row.addWidget(self.radar)
        row.addWidget(self.bars)
        self.host.resize(*SIZE)
        self.host.show()
        self.projector.resize(*SIZE)
        self.projector.show()
        for plot in (self.radar, self.projector):
            plot.setRange(xRange=(-1.3, 1.3), yRange=(-1.25, 1.25), padding=0)
            plot.setAspectLocked(True)
        self.bars.setRange(xRange=(-0.6, 2.6), yRange=(0, orgs * 100 * 6), padding=0)
        self.matrix = np.random.default_rng(1).uniform(0, 100, (orgs, len(self.areas)))
        self.angles = np.pi / 2 - 2 * np.pi * np.arange(len(self.areas) + 2) / len(self.areas)

        def curves(plot):
            if orgs > 12:
                return [plot.plot([], [], connect="finite")]
            return [plot.plot([], []) for _ in range(orgs)]

        self.curve_groups = (curves(self.radar), curves(self.projector))
        self.bar = pg.BarGraphItem(x=[0, 1, 2], height=[0.6, 0.15, 0.25], width=0.4)
        self.bars.addItem(self.bar)
        _drain(app)
        self.counter = _PaintCounter([w.viewport() for w in (self.radar, self.bars, self.projector)])
        self.rng = random.Random(4)

    def windows(self):
        return (self.host, self.projector)

    def _xy(self):
        np, m = self.np, self.matrix
        r = np.zeros((m.shape[0], m.shape[1] + 2))
        r[:, : m.shape[1]] = m / 100
        r[:, m.shape[1]] = r[:, 0]
        x, y = r * np.cos(self.angles), r * np.sin(self.angles)
        x[:, -1] = np.nan
        y[:, -1] = np.nan
        return x, y

    def edit(self) -> float:
        r, c = self.rng.randrange(self.orgs), self.rng.randrange(len(self.areas))
        v = self.rng.randint(0, 100)
        before = self.counter.snapshot()
        c0, t0 = time.thread_time(), time.perf_counter()
        self.conn.execute(
            "INSERT INTO potential_scores (uid, organisation_uid, area_code, value) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (organisation_uid, area_code) DO UPDATE SET value = excluded.value",
            [f"b{r}-{c}", self.org_uids[r], self.areas[c], v],
        )
        self.conn.commit()
        self.matrix[r, c] = v
        x, y = self._xy()
        for group in self.curve_groups:
            if len(group) == 1:
                group[0].setData(x.ravel(), y.ravel(), connect="finite")
            else:
                for k, curve in enumerate(group):
                    curve.setData(x[k, :-1], y[k, :-1])
        m = self.matrix
        self.bar.setOpts(height=[m[:, :2].sum(), m[:, 2:4].sum(), m[:, 4:].sum()])
        for w in (self.radar, self.bars, self.projector):
            w.viewport().repaint()
        self.counter.wait_all_painted(self.app, before)
        elapsed, cpu = (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
        _drain(self.app)
        return elapsed, cpu

    def close(self) -> None:
        self.conn.close()
        self.host.close()
        self.projector.close()
        self.app.processEvents()


def measure(orgs: int, app, folder: Path) -> list[dict]:
    """One figure: app vs baseline for this many organisations, in alternating rounds."""
    from workshop.storage import EngagementStore

    engagement = _engagement(orgs)
    app_path, base_path = folder / f"edit-{orgs}.workshop", folder / f"base-{orgs}.workshop"
    EngagementStore.create(app_path, engagement).close()
    EngagementStore.create(base_path, engagement).close()
    loops = {"app": _AppLoop(app_path, app), "baseline": _BaselineLoop(base_path, orgs, app)}
    p95s: dict[str, list[float]] = {"app": [], "baseline": []}
    cpu_p95s: dict[str, list[float]] = {"app": [], "baseline": []}

    def only(active) -> None:
        # Only the measured loop's windows are on screen, as in real use (others' flushes cost too).
        for loop in loops.values():
            for w in loop.windows():
                w.setVisible(loop is active)
        _drain(app)

    for loop in loops.values():
        only(loop)
        for _ in range(WARMUP):
            loop.edit()
    for _ in range(ROUNDS):
        for name, loop in loops.items():
            only(loop)
            walls, cpus = zip(*(loop.edit() for _ in range(EDITS_PER_ROUND)))
            p95s[name].append(_p95(list(walls)))
            cpu_p95s[name].append(_p95(list(cpus)))
    for loop in loops.values():
        loop.close()
    rows = []
    for label, figures, target in (("", p95s, f"≤ {TARGET_MS:g} ms"), (" (GUI thread CPU)", cpu_p95s, "")):
        value, baseline = statistics.median(figures["app"]), statistics.median(figures["baseline"])
        rows.append({
            "figure": f"edit latency {orgs} orgs{label}",
            "value": round(value, 2),
            "unit": "ms",
            "baseline": round(baseline, 2),
            "ratio": value / baseline if baseline else None,
            "target": target,
        })
    return rows


def run() -> list[dict]:
    import workshop.charts  # noqa: F401  (PySide6 before pyqtgraph)
    from PySide6.QtWidgets import QApplication

    from workshop.app import qt_environment

    if QApplication.instance() is None:
        qt_environment()  # the app's own process settings (app and baseline share the process)
    app = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        return [row for orgs in (5, 290) for row in measure(orgs, app, Path(tmp))]


if __name__ == "__main__":
    for row in run():
        print(row)
