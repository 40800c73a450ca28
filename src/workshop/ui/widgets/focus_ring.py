"""The keyboard focus ring: a clear outline around the field, button, list or chart the keyboard is in.

Fusion marks focus with a 1 px tint (a text field), or not at all (a text area, a table): on a projector
nobody could see where Tab had gone. Qt's own focus frame (QFocusFrame, the overlay macOS uses) is placed
around the widget in keyboard focus and paints itself as a ring in the palette's highlight, taken toward the
window's text until it stands out from the window. It lies in the style's focus-frame margin outside the
widget's edge, so no widget changes size. It shows only for focus that came by keyboard (Qt's
WA_KeyboardFocusChange, kept as FocusRing says).

Only the frame paints in Python. A proxy of the application's style had drawn the ring (and a ring around
a list's current cell): every style call of every repaint then went through Python, and the whole window
took 8.5 ms to paint instead of 6 ms.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QStyle, QWidget

LEAST_CONTRAST = 3.0  # WCAG's least contrast for what shows focus (Fusion's highlight has 3.2 on its window)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, mixed toward its window text until it stands out from the window by
    LEAST_CONTRAST: light, dark and high-contrast palettes each keep their own colour."""
    group = QPalette.ColorGroup.Active
    ground = palette.color(group, QPalette.ColorRole.Window)
    start = palette.color(group, QPalette.ColorRole.Highlight)
    text = palette.color(group, QPalette.ColorRole.WindowText)
    if contrast(text, ground) <= contrast(start, ground):
        return start  # the text does no better than the highlight itself
    for step in range(11):
        share = step / 10
        colour = QColor.fromRgbF(start.redF() * (1 - share) + text.redF() * share,
                                 start.greenF() * (1 - share) + text.greenF() * share,
                                 start.blueF() * (1 - share) + text.blueF() * share)
        if contrast(colour, ground) >= LEAST_CONTRAST:
            return colour
    return text


def keyboard_focus(widget: QWidget | None) -> bool:
    """Whether the widget's window has its focus from the keyboard (Qt's WA_KeyboardFocusChange)."""
    return widget is not None and widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


class RingFrame(QFocusFrame):
    """Qt's focus frame, painted as the ring: as wide as the style's focus-frame margin (2 px in Fusion),
    all of it outside the widget."""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        width = max(self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin), 1)
        pen = QPen(ring_colour(self.palette()), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter = QPainter(self)
        painter.setPen(pen)
        half = width / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class FocusRing(QObject):
    """Puts Qt's focus frame around the widget with keyboard focus, and takes it away when focus goes or
    comes by mouse. One for the application (install_focus_ring).

    Qt knows focus came by keyboard only for Tab, Shift+Tab and a label's Alt key. Here a focus moved by
    what a key does (Enter adds an attendee and goes to the name field, Alt+U goes to the follow-up) counts
    as keyboard focus too; a window left with keyboard focus gets it back as it was (Qt forgot it when a
    dialog closed with Esc), a dialog opened from it starts with it, and a click anywhere in a window ends
    it (Qt kept it through a click on the widget already in focus). The ring is placed once the focus has
    settled: showing a view moves the focus twice."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        self._keyed = False  # a key is being handled: the focus it moves moves by keyboard
        self._key_done = _zero_timer(self, lambda: setattr(self, "_keyed", False))
        self._settle = _zero_timer(self, self.follow)
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)  # (~1.5 µs an event: a 40×12 table repainted 300 times, with and without)

    def widget(self) -> QWidget | None:
        """The widget the ring is around now (None: no ring shows)."""
        frame = self._frame(create=False)
        return frame.widget() if frame is not None and frame.isVisible() else None

    def follow(self) -> None:
        """Put the ring around the focus widget if its focus came by keyboard, else take it away."""
        focus = QApplication.focusWidget()
        if _rings(focus) and keyboard_focus(focus):
            frame = self._frame()
            frame.setWidget(focus)
            frame.update()
        elif (frame := self._frame(create=False)) is not None:
            frame.setWidget(None)

    def settle(self) -> None:
        """Follow the focus once the moves under way are done."""
        self._settle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in _KEYS:
            self._keyed = True
            self._key_done.start()  # over when the loop is back: what the key did is done by then
        elif kind in _CLICKS and isinstance(watched, QWidget) and keyboard_focus(watched):
            watched.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)  # now by mouse
            self.settle()
        return False

    def _frame(self, create: bool = True) -> QFocusFrame | None:
        if self.frame is not None and not shiboken6.isValid(self.frame):
            self.frame = None  # went with the window or dialog it was last in
        if self.frame is None and create:
            self.frame = RingFrame()
            self.frame.setObjectName("focusRing")
        return self.frame

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and (new is None or new.window() is not old.window()):
            old.window().setProperty(_LEFT_BY_KEYBOARD, keyboard_focus(old))
        if new is not None and not keyboard_focus(new) and (
                self._keyed  # moved by what a key does
                or (old is not None and old.window() is not new.window() and keyboard_focus(old))  # a dialog
                or (old is None and new.window().property(_LEFT_BY_KEYBOARD))):  # its window comes back
            _mark_keyboard(new)
        self.settle()


def _zero_timer(parent: QObject, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer


_KEYS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut)
_CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin,
           QEvent.Type.TabletPress)
_LEFT_BY_KEYBOARD = "focusLeftByKeyboard"  # a window property: its focus had come by keyboard when it was left


def _mark_keyboard(widget: QWidget) -> None:
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def focus_from_keyboard(widget: QWidget) -> None:
    """Give the widget the focus as a shortcut does, ring and all, also when it had the focus already (from a
    click, or from showing its view: Qt's setFocus then changes nothing)."""
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    _mark_keyboard(widget)
    ring = getattr(QApplication.instance(), "focus_ring", None)
    if ring is not None:
        ring.settle()


def _rings(widget: QWidget | None) -> bool:
    """Whether a ring may go around this focus widget: not a window itself, nor in a popup (a combo box's
    list, a menu), nor in a window that asks for none (the presenter window, which the room sees)."""
    if widget is None or widget.isWindow():
        return False
    window = widget.window()
    if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return False
    return window.property(NO_RING) is not True


NO_RING = "noFocusRing"  # a window property: True keeps the ring out of that window


def install_focus_ring(app: QApplication) -> FocusRing:
    """Start the ring; once per application, however often the window is built."""
    ring = getattr(app, "focus_ring", None)
    if ring is None or not shiboken6.isValid(ring):
        ring = FocusRing(app)
        app.focus_ring = ring
    return ring
