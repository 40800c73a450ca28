"""Keyboard-only use: Tab gets out of every table, and the first Tab into a view lands on something."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


@pytest.fixture
def window(open_app, example_path):
    window = open_app(example_path, size=(1366, 768))
    window.activateWindow()
    return window


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_tab_leaves_a_list_to_pick_from_without_choosing_another_row(window, qtbot):
    """In Meetings, Tab on the list goes to what follows it; the chosen meeting stays (Tab had gone round
    the list's cells for ever, choosing the next meeting at each press)."""
    window.show_view("meetings")
    table = window.views["meetings"].table
    table.selectRow(1)
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert table.currentIndex().row() == 1


def test_tab_goes_from_cell_to_cell_in_a_grid_and_leaves_after_the_last(window, qtbot):
    """In the Potential grid Tab moves along the cells; after the last cell it goes on to the controls after
    the grid, and Shift+Tab on the first cell to those before it."""
    window.show_view("potential")
    table = window.views["potential"].table
    model = table.model()
    _focus(qtbot, table)
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table and table.currentIndex().column() == 1
    table.setCurrentIndex(model.index(model.rowCount() - 1, model.columnCount() - 1))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    _focus(qtbot, table)
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table


def test_the_first_tab_into_a_view_lands_on_a_field_not_its_scroll_area(window, qtbot):
    """From the navigation list, Tab goes to the view's first control (it had stopped on the frameless
    scroll area around it, where nothing showed focus)."""
    window.show_view("engagement")
    _focus(qtbot, window.nav)
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert window.views["engagement"].isAncestorOf(focus) and not isinstance(focus, QScrollArea)


def test_every_field_list_and_table_has_a_name_a_screen_reader_can_say(window, qtbot):
    """In every view, each text field, list and table has an accessible name (its label, heading,
    placeholder or tooltip: several had none, the owner and due date were named after their box), and a
    list chosen from beside a label is named by it ("Voting on", not only its value)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QPlainTextEdit

    unnamed = []
    for key in window.view_keys():
        window.show_view(key)
        qtbot.wait(20)
        view = window.views[key]
        for field in view.findChildren(QLineEdit) + view.findChildren(QPlainTextEdit) + \
                view.findChildren(QAbstractItemView):
            if not field.isVisible() or isinstance(field, QHeaderView) or field.objectName().startswith("qt_"):
                continue
            face = QAccessible.queryAccessibleInterface(field)
            if not (face and face.text(QAccessible.Text.Name).strip()):
                unnamed.append(f"{key}: {type(field).__name__} {field.objectName()}")
    assert not unnamed, "\n".join(unnamed)
    window.show_view("alternatives")
    voting = window.views["alternatives"].voting
    assert voting.alternative.accessibleName() == "Voting on"
    meetings = window.views["meetings"]
    assert meetings.runner.panels.action_owner.accessibleName() == "Owner"
    window.show_view("catalogue")  # a heading that changes names its list as it reads now
    catalogue = window.views["catalogue"]
    themes, questions = (catalogue.findChild(QAbstractItemView, n) for n in ("catalogueThemes", "catalogueQuestions"))
    themes.setCurrentIndex(themes.model().index(1, 0))
    name = QAccessible.queryAccessibleInterface(questions).text(QAccessible.Text.Name)
    assert name == f"Questions of “{window.session.engagement.themes[1].title}”"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_menu_key_on_a_chart_opens_its_menu(window, qtbot):
    """The keyboard's menu key (or Shift+F10) on a chart in focus opens its menu (export, show on the
    projector): the menu hung only where the mouse clicks, so a chart was a Tab stop where nothing could
    be done."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    window.show_view("potential")
    radar = window.views["potential"].radar
    _focus(qtbot, radar)
    QApplication.sendEvent(radar, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(20, 20),
                                                  radar.mapToGlobal(QPoint(20, 20))))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    try:
        assert menu.objectName() == "chartMenu"
        assert any("PNG" in action.text() for action in menu.actions())
    finally:
        menu.close()


def test_tab_in_the_last_cell_being_typed_keeps_the_value_and_leaves_the_grid(window, qtbot):
    """A score typed into the Potential grid's last cell, then Tab: the score is stored and the keyboard goes
    on to what follows the grid (Tab had gone round to the first cell with its editor open)."""
    window.show_view("potential")
    table = window.views["potential"].table
    model = table.model()
    last = model.index(model.rowCount() - 1, model.columnCount() - 1)
    _focus(qtbot, table)
    table.setCurrentIndex(last)
    value = "3" if last.data() != "3" else "2"
    qtbot.keyClicks(table, value)
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not table.isAncestorOf(QApplication.focusWidget()) and QApplication.focusWidget() is not table)
    assert last.data() == value and table.currentIndex() == last


def test_ctrl_z_with_a_cell_being_typed_leaves_the_keyboard_in_the_grid(window, qtbot):
    """A score being typed into the Potential grid, then Ctrl+Z: the score is stored and undone, and the
    grid keeps the keyboard (the closed cell editor had taken the focus away with it)."""
    window.show_view("potential")
    table = window.views["potential"].table
    table.model().setData(table.model().index(1, 1), "7")  # an earlier edit: Undo is on offer
    _focus(qtbot, table)
    table.setCurrentIndex(table.model().index(2, 3))
    before = table.model().index(2, 3).data()
    qtbot.keyClicks(table, "4")  # opens the cell's editor with the digit in it
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert table.model().index(2, 3).data() == before


def test_tab_on_a_refused_last_cell_keeps_it_open_to_be_typed_again(window, qtbot):
    """A score the rules refuse typed into the Potential grid's last cell, then Tab: nothing is stored, the
    reason is shown and the cell stays open with the text selected (Tab had left the grid, the text gone)."""
    window.show_view("potential")
    view = window.views["potential"]
    table = view.table
    model = table.model()
    last = model.index(model.rowCount() - 1, model.columnCount() - 1)
    before = last.data()
    _focus(qtbot, table)
    table.setCurrentIndex(last)
    qtbot.keyClicks(table, "9")  # opens the cell's editor with the digit in it
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "99")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert QApplication.focusWidget() is editor and editor.text() == "999" and editor.selectedText() == "999"
    assert last.data() == before and view.message.text()
    qtbot.keyClicks(editor, "4")  # typed again over the selection
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not table.isAncestorOf(QApplication.focusWidget()) and QApplication.focusWidget() is not table)
    assert last.data() == "4"


def test_ctrl_and_a_number_goes_to_a_view_with_the_keyboard_in_it(window, qtbot):
    """A view had been reached only by tabbing to the list of views: View lists each with Ctrl+1…, and the
    keyboard lands in the view chosen. The list follows the file: a new one's views are listed once."""
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    menu = [a for a in window.menus["view"].actions() if a.objectName().startswith("action_view_")]
    assert [a.text().replace("&&", "&") for a in menu] == titles  # "&" as itself, not a mnemonic
    assert [a.shortcut().toString() for a in menu[:3]] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    _focus(qtbot, window.nav)
    meetings = window.view_keys().index("meetings") + 1
    qtbot.keyClick(window.nav, getattr(Qt.Key, f"Key_{meetings}"), Qt.KeyboardModifier.ControlModifier)
    view = window.views["meetings"]
    assert window.current_view_key() == "meetings"
    assert view.isAncestorOf(QApplication.focusWidget())
    window.set_session(window.session)  # the same file shown afresh: its views are listed once, not twice
    assert len([a for a in window.menus["view"].actions() if a.objectName().startswith("action_view_")]) == len(titles)


def test_enter_on_a_focused_button_presses_it_as_space_does(window, qtbot):
    """Tab to "Start room voting" (or "Run meeting", "Show on projector"…) and Enter: nothing happened, as Qt's
    buttons take Enter only in dialogs. It presses the button; a field that uses Enter itself keeps it."""
    window.show_view("room")
    room = window.views["room"]
    room.choose_network("127.0.0.1")
    _focus(qtbot, room.switch)
    qtbot.keyClick(room.switch, Qt.Key.Key_Return)
    try:
        assert room.bridge.running
        qtbot.keyClick(room.switch, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter
        assert not room.bridge.running
    finally:
        room.bridge.stop()
    window.show_view("meetings")
    agenda = window.views["meetings"].agenda
    window.views["meetings"].tabs.setCurrentWidget(agenda)
    _focus(qtbot, agenda.free)
    rows = agenda.model.rowCount()
    qtbot.keyClicks(agenda.free, "Paus")
    qtbot.keyClick(agenda.free, Qt.Key.Key_Return)  # the field's own Enter: one item, not a button's too
    assert agenda.model.rowCount() == rows + 1 and agenda.free.text() == ""


@pytest.mark.parametrize("view_key", ["potential", "alternatives"])
def test_tab_never_stops_on_the_chart_of_the_tab_behind(window, qtbot, view_key):
    """At 1366×768 the charts beside the Potential grid and the vote grid are tabs: the chart of the tab
    behind is hidden, and Tab from the chart in front goes on to the next control (it had stopped on the
    other chart, shown 100 px wide under the first: the keyboard was on something nobody could see)."""
    window.resize(1366, 708)  # maximised on a 1366×768 screen
    window.show_view(view_key)
    view = window.views[view_key]
    if view_key == "alternatives":
        view.show_tab("voting")
        view = view.voting
    charts = next(c for c in view.findChildren(QWidget) if type(c).__name__ == "SplitOrTabs")
    qtbot.waitUntil(charts.tabbed)
    front, behind = charts.tabs.widget(0), charts.tabs.widget(1)
    assert charts.tabs.currentWidget() is front and not behind.isVisible()
    _focus(qtbot, front)
    qtbot.keyClick(front, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not behind
    charts.tabs.setCurrentWidget(behind)
    assert behind.isVisible() and not front.isVisible()
