"""Screenshots of every view and of the projector's screens, to look at layouts by eye.

Run under a real X server (Xvfb) so fonts are laid out as on a laptop:

    Xvfb :103 -screen 0 1920x1080x24 &
    DISPLAY=:103 PYTHONPATH=src python tools/screenshots.py FILE.workshop OUTDIR --size 1366x768 --lang sv

Writes OUTDIR/<lang>-<size>-<view>.png for each view (and each Alternatives tab) and
OUTDIR/<lang>-<size>-projector-<screen>.png for the projector's cover, radar, votes, map and results.
QT_SCALE_FACTOR=1.5 in the environment gives the 150 % layouts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

TABS = ("alternatives", "paths", "voting", "preferences", "robustness")


def main() -> int:
    """Open the file, show each view at the size asked for and save what the window shows."""
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--only", default="", help="comma-separated view names to shoot")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    settings_dir = tempfile.mkdtemp(prefix="workshop-shots-")
    os.environ["WORKSHOP_SETTINGS_DIR"] = settings_dir
    Path(settings_dir, "Workshop").mkdir(exist_ok=True)
    Path(settings_dir, "Workshop", "Workshop.ini").write_text(f"[ui]\nlanguage={args.lang}\n")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from workshop.app import build

    # A copy (SQLite's backup API: whatever its -wal holds too): the shots run a meeting and leave it
    # running, which must not happen to the file given.
    import sqlite3

    copy = Path(settings_dir) / Path(args.file).name
    source, target = sqlite3.connect(f"{Path(args.file).resolve().as_uri()}?mode=ro", uri=True), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    app, window, controller = build(["workshop", str(copy)])
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    logical_w, logical_h = int(width / scale), int((height - 60) / scale)  # less a task bar
    window.showNormal()
    window.setGeometry(0, 30, logical_w, logical_h)
    only = {n for n in args.only.split(",") if n}
    prefix = f"{args.lang}-{args.size}" + (f"@{int(scale * 100)}" if scale != 1 else "")

    def settle(ms: int = 250) -> None:
        for _ in range(5):
            app.processEvents()
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def shoot(widget, name: str) -> None:
        if only and not any(name.startswith(o) for o in only):
            return
        settle()
        widget.grab().save(str(out / f"{prefix}-{name}.png"))
        print(out / f"{prefix}-{name}.png", f"window {window.width()}x{window.height()}")

    settle(500)
    for key in window.view_keys():
        window.show_view(key)
        if key == "alternatives":
            for tab in TABS:
                window.views[key].show_tab(tab)
                shoot(window, f"alternatives-{tab}")
        else:
            shoot(window, key)
        if key == "meetings":  # the agenda beside the catalogue it is picked from
            tabs = window.views[key].tabs
            tabs.setCurrentWidget(window.views[key].agenda)
            shoot(window, "meetings-agenda")
            tabs.setCurrentIndex(0)
    meetings = window.views["meetings"]
    window.show_view("meetings")
    meetings.table.selectRow(meetings.model.rowCount() - 1)
    meetings.run_current()
    shoot(window, "meetings-runner")
    meetings.runner.leave()
    room = window.views["room"]  # a round served on this computer only, as the facilitator sees it
    window.show_view("room")
    room.choose_network("127.0.0.1")
    running = room.start()
    if running:
        shoot(window, "room-running")
    if not only or any(o.startswith("projector") for o in only):
        shoot_projector(window, app, shoot, width, height, scale)
    room.bridge.stop()
    controller.close()
    window.close()
    return 0


def shoot_projector(window, app, shoot, width: int, height: int, scale: float) -> None:
    """The presenter window at the screen's size: cover, radar, shares, votes (revealed), map, results."""
    from workshop.ui.presenter.window import PresenterWindow

    presenter = PresenterWindow(window.presenter_channel, window)
    presenter.setGeometry(0, 0, int(width / scale), int(height / scale))
    presenter.show()
    window.presenter_channel.publish(window.presenter_channel.current.__class__(kind="blank"))
    shoot(presenter, "projector-cover")
    potential = window.views["potential"]
    potential.show_radar_on_projector()
    shoot(presenter, "projector-radar")
    potential.show_shares_on_projector()
    shoot(presenter, "projector-shares")
    window.show_view("alternatives")
    voting = window.views["alternatives"].voting
    for alternative in window.session.engagement.alternatives:
        voting._state.set_revealed(alternative.code, True)
    voting.show_votes_on_projector()
    shoot(presenter, "projector-votes")
    voting.show_map_on_projector()
    shoot(presenter, "projector-map")
    voting.show_results_on_projector()
    shoot(presenter, "projector-results")
    room = window.views["room"]
    if room.bridge.running:
        room.show_on_projector()
        shoot(presenter, "projector-room")
        room.bridge.stop()
    from workshop.domain.vocabulary import RoundKind

    room.choose_round(RoundKind.PREFERENCES)  # a preference round: its chart stays hidden until revealed
    if room.start():
        window.views["alternatives"].show_tab("preferences")
        window.views["alternatives"].preferences.show_on_projector()
        shoot(presenter, "projector-sealed")
        window.show_view("room")
        shoot(window, "projector-sealed-room")
        room.bridge.stop()
    window.presenter_channel.set_blanked(True)
    shoot(presenter, "projector-black")
    window.presenter_channel.set_blanked(False)
    presenter.close()


if __name__ == "__main__":
    sys.exit(main())
