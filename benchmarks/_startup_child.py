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


def peak_rss_kib() -> int:
    """This process's own peak resident memory (VmHWM). ru_maxrss would carry over the peak of a
    large parent process across fork and exec, hiding the child's real figure."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


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
        rss = peak_rss_kib()
        print(f"{elapsed:.6f} {rss}", flush=True)
        self.app.quit()


def main():
    mode, path = sys.argv[1], sys.argv[2]
    # A first start: settings in a fresh folder, so the user's last view or window size cannot colour the figure.
    import tempfile

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
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
