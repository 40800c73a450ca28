"""The keyboard focus ring: clear enough for a projector, shown for keyboard focus only, no widget resized."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from workshop.ui.widgets.focus_ring import LEAST_CONTRAST, contrast, ring_colour


@pytest.fixture
def window(open_app, example_path):
    window = open_app(example_path, size=(1366, 768))
    window.activateWindow()
    return window


def _ring():
    return QApplication.instance().focus_ring


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _tab(qtbot, times: int = 1, back: bool = False) -> None:
    for _ in range(times):
        key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ShiftModifier if back else
                       Qt.KeyboardModifier.NoModifier)


def _ringed(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: _ring().widget() is widget)


def _beside(window, widget, x: int, y: int) -> QColor:
    """The colour the window shows at (x, y) of the widget's own coordinates (x = -1: just left of it)."""
    image = window.grab().toImage()
    return image.pixelColor(widget.mapTo(window, QPoint(x, y)))


def test_tab_puts_a_ring_around_the_field_that_a_projector_shows_and_a_click_takes_it_away(window, qtbot):
    """Tab from the list of views into Engagement: the title field has a ring 2 px outside its edge in the
    highlight colour, darkened until it stands out from the window (Fusion's own mark was a 1 px tint nobody
    saw on a projector). A click into it, or into another field, takes the ring away: focus by mouse stays as
    Qt draws it."""
    window.show_view("engagement")
    view = window.views["engagement"]
    _focus(qtbot, window.nav)
    _tab(qtbot)
    title = QApplication.focusWidget()
    assert view.isAncestorOf(title)
    _ringed(qtbot, title)
    colour = ring_colour(window.palette())
    for x, y in ((-1, title.height() // 2), (-2, title.height() // 2), (title.width() // 2, -1),
                 (title.width(), title.height() // 2), (title.width() // 2, title.height())):
        assert _beside(window, title, x, y) == colour, (x, y)
    assert contrast(colour, window.palette().color(QPalette.ColorRole.Window)) >= LEAST_CONTRAST
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(5, title.height() // 2))  # the same field
    qtbot.waitUntil(lambda: _ring().widget() is None)
    _tab(qtbot)
    _tab(qtbot, back=True)
    _ringed(qtbot, title)
    other = title.nextInFocusChain()
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=QPoint(5, other.height() // 2))
    qtbot.waitUntil(lambda: other.hasFocus() and _ring().widget() is None)
    assert _beside(window, other, -1, other.height() // 2) != colour
    assert _beside(window, title, -1, title.height() // 2) != colour


def test_buttons_lists_and_text_areas_get_the_ring(window, qtbot):
    """Tab on through Engagement: the description, the organisations' list and a button each get the ring
    in turn (Fusion had marked a text area and a list in focus not at all)."""
    window.show_view("engagement")
    view = window.views["engagement"]
    description, organisations = view.findChild(object, "info_description"), \
        view.findChild(object, "engagementOrganisations")
    add = view.findChild(object, "addOrganisation")
    colour = ring_colour(window.palette())
    _focus(qtbot, window.nav)
    for widget in (description, organisations, add):
        while QApplication.focusWidget() is not widget:
            _tab(qtbot)
        _ringed(qtbot, widget)
        assert _beside(window, widget, -1, widget.height() // 2) == colour, widget.objectName()


def test_the_ring_changes_no_widget_s_size_and_costs_no_style_call(window, qtbot):
    """The ring is a frame of its own in the margin outside the widget: the field keeps its place and size
    as the ring comes and goes, and the application's style is Qt's own (a proxy style in Python, drawing
    the ring, had put every style call of every repaint through Python: 8.5 ms a window instead of 6)."""
    from PySide6.QtWidgets import QProxyStyle

    window.show_view("engagement")
    _focus(qtbot, window.nav)
    _tab(qtbot)
    title = QApplication.focusWidget()
    before = title.geometry()
    _ringed(qtbot, title)
    assert title.geometry() == before
    assert not isinstance(QApplication.instance().style(), QProxyStyle)


@pytest.mark.parametrize("colours", [
    {"Window": "#efefef", "WindowText": "#000000", "Highlight": "#308cc6"},  # Fusion's own (3.2 to 1: kept)
    {"Window": "#2b2b2b", "WindowText": "#e6e6e6", "Highlight": "#2a5d8f"},  # a dark palette
    {"Window": "#000000", "WindowText": "#ffffff", "Highlight": "#1aebff"},  # high contrast (kept as it is)
    {"Window": "#ffffff", "WindowText": "#000000", "Highlight": "#ffff00"},  # a yellow highlight on white
], ids=["fusion", "dark", "high contrast", "yellow"])
def test_the_ring_stands_out_from_the_window_in_any_palette(colours):
    """The ring is the palette's highlight where it stands out from the window by 3 to 1, and otherwise the
    highlight taken toward the window's text until it does: light, dark and high-contrast palettes alike."""
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(QPalette.ColorGroup.Active, getattr(QPalette.ColorRole, role), QColor(name))
    ring = ring_colour(palette)
    window = QColor(colours["Window"])
    assert contrast(ring, window) >= LEAST_CONTRAST
    highlight = QColor(colours["Highlight"])
    if contrast(highlight, window) >= LEAST_CONTRAST:
        assert ring == highlight


def test_ctrl_and_a_number_brings_the_ring_into_the_view(window, qtbot):
    """From the Potential grid, Ctrl+1 goes to Engagement with the ring around its first field (the view
    shown had moved the focus there first, unmarked, and no ring showed where the keyboard had gone); so it
    does when that field already had the focus from a click."""
    window.show_view("potential")
    table = window.views["potential"].table
    _focus(qtbot, window.nav)
    while QApplication.focusWidget() is not table:
        _tab(qtbot)
    _ringed(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    field = QApplication.focusWidget()
    assert window.views["engagement"].isAncestorOf(field)
    _ringed(qtbot, field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, field.height() // 2))
    qtbot.waitUntil(lambda: _ring().widget() is None)
    qtbot.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _ringed(qtbot, field)


def test_ctrl_z_keeps_the_ring_on_the_field(window, qtbot):
    """A title typed and Ctrl+Z: the field keeps the keyboard and its ring (Undo stores what is typed by
    taking the focus away and giving it back, and the ring had gone with it)."""
    window.show_view("engagement")
    _focus(qtbot, window.nav)
    _tab(qtbot)
    title = QApplication.focusWidget()
    _ringed(qtbot, title)
    qtbot.keyClicks(title, " 2")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    _ringed(qtbot, title)


def test_a_window_left_from_the_keyboard_gets_its_ring_back(window, qtbot):
    """A dialog opened from the keyboard starts with the ring on its first field, and when it closes the
    main window's ring is back on the button that opened it (Qt forgets keyboard focus as a window comes
    back, so after Esc nothing showed where the keyboard was)."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window.show_view("engagement")
    add = window.views["engagement"].findChild(object, "addOrganisation")
    _focus(qtbot, window.nav)
    while QApplication.focusWidget() is not add:
        _tab(qtbot)
    _ringed(qtbot, add)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(field.hasFocus)
    _ringed(qtbot, field)
    dialog.close()
    window.activateWindow()  # as the window manager does when the dialog goes
    qtbot.waitUntil(add.hasFocus)
    _ringed(qtbot, add)


def test_the_projector_never_shows_a_ring(window, qtbot):
    """F5 from the keyboard with a chart put up: the presenter window has the keyboard (its chart the focus)
    and the room sees no ring around the chart."""
    window.show_view("potential")
    view = window.views["potential"]
    _focus(qtbot, window.nav)
    _tab(qtbot)
    view.show_radar_on_projector()
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    presenter.activateWindow()
    qtbot.waitUntil(lambda: presenter.isAncestorOf(QApplication.focusWidget()))
    _tab(qtbot)
    qtbot.wait(20)
    _ring().follow()
    assert _ring().widget() is None
    presenter.close()


def test_a_key_that_moves_the_focus_takes_the_ring_along(window, qtbot):
    """Running a meeting from the keyboard: Ctrl+R puts the ring on the notes, Alt+U on the follow-up field,
    Alt+N back on the notes (those keys move the focus themselves, and Qt had dropped the ring on the way).
    A click on Next (a button that leaves the focus in the notes) takes the ring away; Alt+D brings it to
    the decision field."""
    from workshop.ui.widgets.focus_ring import keyboard_focus

    window.show_view("meetings")
    view = window.views["meetings"]
    runner = view.runner
    _focus(qtbot, window.nav)
    while QApplication.focusWidget() is not view.table:
        _tab(qtbot)
    view.table.selectRow(view.model.rowCount() - 1)
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    _ringed(qtbot, runner.notes)
    for key, field in ((Qt.Key.Key_U, runner.follow_up), (Qt.Key.Key_N, runner.notes)):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        _ringed(qtbot, field)
    qtbot.mouseClick(runner.findChild(object, "runnerNext"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _ring().widget() is None)
    assert runner.notes.hasFocus() and not keyboard_focus(runner.notes)
    qtbot.keyClick(runner.notes, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _ringed(qtbot, runner.panels.decision_text)
    runner.leave()
