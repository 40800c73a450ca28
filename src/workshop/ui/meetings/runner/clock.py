"""MeetingClock: time on the current item and in the meeting, kept per item as seconds_spent."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal


class MeetingClock(QObject):
    """Counts while running; `take()` hands over the seconds since the last take for the current item."""

    ticked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._elapsed = QElapsedTimer()
        self._running = False
        self._banked_ms = 0  # taken from the timer but not yet whole seconds saved
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.ticked)

    def start(self) -> None:
        """Start (or resume) counting."""
        if not self._running:
            self._elapsed.start()
            self._running = True
            self.timer.start()

    def stop(self) -> None:
        """Stop counting (what ran so far is still to be taken)."""
        if self._running:
            self._banked_ms += self._elapsed.elapsed()
            self._running = False
            self.timer.stop()

    @property
    def running(self) -> bool:
        """True while counting."""
        return self._running

    def pending_seconds(self) -> float:
        """Seconds counted since the last take."""
        ms = self._banked_ms + (self._elapsed.elapsed() if self._running else 0)
        return ms / 1000

    def take(self) -> int:
        """Whole seconds counted since the last take; the remainder carries over."""
        ms = self._banked_ms + (self._elapsed.restart() if self._running else 0)
        seconds, self._banked_ms = divmod(ms, 1000)
        return int(seconds)

    def reset(self) -> None:
        """Forget what was counted (a new item or meeting starts from its stored time)."""
        self._banked_ms = 0
        if self._running:
            self._elapsed.restart()
