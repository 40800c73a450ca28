"""Views that recompute on every change only while someone can see them.

A hidden view (the Report, the Robustness tab) that recomputed its summary
on every score typed elsewhere cost ~8 ms per edit with 290 organisations.
Such a view calls `refresh_when_shown()` on a change: at once while it is
visible, otherwise it notes that it is stale and refreshes when next shown.
Its `refresh()` sets `_stale = False`.
"""

from __future__ import annotations


class RefreshWhenShown:
    """Mixin for a QWidget with a `refresh()`: refresh now if visible, else when shown."""

    _stale = True

    def refresh_when_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)
