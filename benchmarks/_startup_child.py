"""Child process for bench_startup: start, show a window, report when it is first painted.

Prints one line: "<seconds from interpreter start to first paint> <peak RSS in KiB>".
mode "app": Workshop opened on the given engagement file (its first view).
mode "app-potential": the same, showing the Potential view with its radar chart.
mode "bare": a bare PySide6 main window holding a pyqtgraph PlotWidget.
"""

import resource
import sys
import time

T0 = time.perf_counter()
START = float(sys.argv[3]) if len(sys.argv) > 3 else None

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        elapsed = time.perf_counter() - T0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{elapsed:.6f} {rss}", flush=True)
        self.app.quit()


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode in ("app", "app-potential"):
        from workshop.app import build

        app, window, _controller = build(["workshop", path])
        if mode == "app-potential":
            window.show_view("potential")
    else:
        import pyqtgraph as pg
        from PySide6.QtWidgets import QMainWindow

        app = QApplication(["bare"])
        window = QMainWindow()
        plot = pg.PlotWidget()
        plot.plot([0, 1, 2], [1, 0, 1])
        window.setCentralWidget(plot)
        window.resize(1440, 900)
    spy = FirstPaint(app)
    app.installEventFilter(spy)
    window.show()
    app.exec()


main()
