"""Child process for the screen tests: runs under offscreen:configfile=… with a laptop and a projector.

Usage: python presenter_screens_child.py ENGAGEMENT_FILE
Prints one JSON object with what it saw; the test asserts on it.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtGui import QGuiApplication

from workshop.app import build
from workshop.ui.widgets import dialogs


def main() -> None:
    asked: list[list[str]] = []

    def pick_projector(parent, title, label, items):
        asked.append(list(items))
        return next(i for i in items if i.startswith("Projector"))

    dialogs.ask_choice = pick_projector
    app, window, controller = build(["workshop", sys.argv[1]])
    laptop, projector = QGuiApplication.screens()
    window.setScreen(laptop)
    window.show()
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.selectRow(view.model.rowCount() - 1)
    view.run_current()
    app.processEvents()
    window.actions["presenter"].trigger()  # F5
    app.processEvents()
    presenter = window.presenter_controller.presenter
    seen = {
        "screens": [s.name() for s in QGuiApplication.screens()],
        "asked": asked,
        "on": presenter.screen().name(),
        "full_screen": presenter.isFullScreen(),
        "geometry": list(presenter.geometry().getRect()),
        "body_px": presenter.body_pixel_size(),
        "body": presenter.body.text(),
        "question": view.runner.question.text(),
    }
    window.actions["presenter"].trigger()  # F5 again: the remembered screen, no question
    app.processEvents()
    seen["asked_again"] = len(asked) > 1
    app.screenRemoved.emit(projector)  # what unplugging the projector triggers
    app.processEvents()
    seen["after_loss"] = {
        "on": presenter.screen().name(),
        "full_screen": presenter.isFullScreen(),
        "visible": presenter.isVisible(),
        "body": presenter.body.text(),
        "inside_laptop": laptop.geometry().contains(presenter.geometry()),
        "height": presenter.height(),
        "title_px": presenter.title.font().pixelSize(),
    }
    window.show_view("potential")
    window.views["potential"].show_shares_on_projector()  # a chart put up in the small window on the laptop
    app.processEvents()
    seen["chart_small_pt"] = presenter.chart.font_size
    window.actions["presenter"].trigger()  # F5: full screen on the projector again
    app.processEvents()
    app.processEvents()
    seen["chart_projector"] = {"on": presenter.screen().name(), "pt": presenter.chart.font_size,
                               "height": presenter.height()}
    print(json.dumps(seen), flush=True)
    controller.close()


if __name__ == "__main__":
    main()
