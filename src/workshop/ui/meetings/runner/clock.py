"""MeetingClock: time on the current item and in the meeting, kept per item as seconds_spent."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


def monotonic_ms() -> int:
    """Milliseconds on the system's monotonic clock (never set back)."""
    return time.monotonic_ns() // 1_000_000


class MeetingClock(QObject):
    """Counts while running; `take()` hands over the seconds since the last take for the current item.

    `now` gives milliseconds from any fixed point (the monotonic clock; a test gives its own).
    """

    ticked = Signal()

    def __init__(self, parent: QObject | None = None, now: Callable[[], int] = monotonic_ms):
        super().__init__(parent)
        self.now = now
        self._started = 0
        self._running = False
        self._banked_ms = 0  # counted but not yet taken as whole seconds
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.ticked)

    def _since_start(self) -> int:
        return self.now() - self._started if self._running else 0

    def start(self) -> None:
        """Start (or resume) counting."""
        if not self._running:
            self._started = self.now()
            self._running = True
            self.timer.start()

    def stop(self) -> None:
        """Stop counting (what ran so far is still to be taken)."""
        if self._running:
            self._banked_ms += self._since_start()
            self._running = False
            self.timer.stop()

    @property
    def running(self) -> bool:
        """True while counting."""
        return self._running

    def pending_seconds(self) -> float:
        """Seconds counted since the last take."""
        return (self._banked_ms + self._since_start()) / 1000

    def take(self) -> int:
        """Whole seconds counted since the last take; the remainder carries over."""
        ms = self._banked_ms + self._since_start()
        if self._running:
            self._started = self.now()
        seconds, self._banked_ms = divmod(ms, 1000)
        return int(seconds)

    def reset(self) -> None:
        """Forget what was counted (a new item or meeting starts from its stored time)."""
        self._banked_ms = 0
        if self._running:
            self._started = self.now()
