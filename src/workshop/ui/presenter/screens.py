"""Which screen the presenter window goes to: the facilitator's choice, remembered by name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication, QScreen


def describe(screen: QScreen) -> str:
    """A screen as the facilitator recognises it: name and size."""
    size = screen.geometry()
    name = screen.name() or screen.model() or "?"
    return f"{name} ({size.width()}×{size.height()})"


def screens_for_presenter(facilitator: QScreen | None) -> list[QScreen]:
    """All screens, the ones other than the facilitator's first (the projector is usually one of them)."""
    screens = list(QGuiApplication.screens())
    return sorted(screens, key=lambda s: s is facilitator)


def remembered(screens: Sequence[QScreen], name: str) -> QScreen | None:
    """The screen with the remembered name, if it is connected."""
    return next((s for s in screens if name and s.name() == name), None)


def fallback_screen(facilitator: QScreen | None, lost: QScreen | None = None) -> QScreen | None:
    """Where the presenter window goes when its screen disappears: the laptop's screen."""
    for candidate in (facilitator, QGuiApplication.primaryScreen(), *QGuiApplication.screens()):
        if candidate is not None and candidate is not lost:
            return candidate
    return None
