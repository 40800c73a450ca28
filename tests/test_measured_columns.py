"""Tables whose rows and some columns fit their contents (the vote grid, the results, the weights): a value
wider than any before widens its column once the edit is told; a narrower one leaves the table still."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from workshop.ui.widgets.measured import MeasuredColumns


def _table(qtbot):
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem("1"))
    model.setHorizontalHeaderLabels(["Votes", "More votes", "Sum"])
    table = QTableView()
    table.setModel(model)
    table.measured = MeasuredColumns(table, lambda: [2])
    table.measured.measure()
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    return model, table


def _text_fits(table, row, column) -> bool:
    text = table.model().index(row, column).data()
    return table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text)


def test_a_wider_value_widens_its_column_and_a_narrower_one_leaves_it(qtbot):
    model, table = _table(qtbot)
    before = table.columnWidth(2)
    model.item(1, 2).setText("12 345 678 901 234,75")
    qtbot.waitUntil(lambda: table.columnWidth(2) > before)
    assert _text_fits(table, 1, 2)
    wide = table.columnWidth(2)
    model.item(1, 2).setText("2")
    qtbot.wait(20)
    assert table.columnWidth(2) == wide  # the table does not jump as the room votes
    assert abs(table.columnWidth(0) - table.columnWidth(1)) <= 1  # the others share what is left


def test_a_new_column_shares_the_width_and_rows_keep_their_measured_height(qtbot):
    model, table = _table(qtbot)
    height = table.rowHeight(0)
    model.insertColumn(0, [QStandardItem("3") for _ in range(3)])  # now the fitted column (2) is "More votes"
    table.measured.measure()
    assert table.horizontalHeader().sectionResizeMode(3).name == "Stretch"
    assert table.rowHeight(0) == height


def test_a_column_with_a_cap_grows_no_wider_than_it(qtbot):
    """A fitted column given a cap (the room's organisation columns, where a phone may send a long name)
    grows to the cap and no further; the others keep their share of the width."""
    model = QStandardItemModel(2, 3)
    for row in range(2):
        for column in range(3):
            model.setItem(row, column, QStandardItem("1"))
    table = QTableView()
    table.setModel(model)
    table.measured = MeasuredColumns(table, lambda: [1, 2], most=120)
    table.measured.measure()
    qtbot.addWidget(table)
    table.resize(700, 200)
    table.show()
    qtbot.waitExposed(table)
    model.item(0, 2).setText("3 · " + "Långtord" * 40)
    qtbot.waitUntil(lambda: table.columnWidth(2) == 120)
    qtbot.wait(20)
    assert table.columnWidth(2) == 120 and table.columnWidth(0) > 300


def test_rows_are_as_high_as_their_wrapped_names(qtbot):
    """A row name longer than its header's width wraps, and its row is measured as high as its lines (up to
    the limit, the last line then ends in "…"); a wider header takes the lines, and the height, back."""
    from workshop.ui.widgets.wrapped_header import WrappedRowNames

    model = QStandardItemModel(2, 2)
    for row in range(2):
        for column in range(2):
            model.setItem(row, column, QStandardItem("1"))
    long_name = "Konsekvenser avseende minskade risker och uppnådd redundans " * 2
    model.setVerticalHeaderLabels(["Kort", long_name])
    table = QTableView()
    names = WrappedRowNames(3, table)
    table.setVerticalHeader(names)
    table.setModel(model)
    table.measured = MeasuredColumns(table, lambda: [])
    names.widened.connect(table.measured.measure)
    qtbot.addWidget(table)
    names.setFixedWidth(150)
    table.resize(500, 400)
    table.show()
    qtbot.waitExposed(table)
    spacing = names.fontMetrics().lineSpacing()
    assert table.rowHeight(1) >= table.rowHeight(0) + 2 * spacing  # three lines beside one
    assert names.shown(1).count("\n") == 2 and names.shown(1).endswith("…")
    assert names.shown(0) == "Kort"
    names.setFixedWidth(2000)
    qtbot.waitUntil(lambda: table.rowHeight(1) == table.rowHeight(0))
    assert names.shown(1) == long_name.strip()
