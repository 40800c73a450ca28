"""A word-wrapped label keeps the height of all its lines at the width it has now: taller when narrowed,
and back to one line when widened again (it once kept the tallest height it ever had)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from workshop.ui.widgets.layout import hold_wrapped_heights


def test_a_wrapped_label_shrinks_back_to_its_lines_when_it_is_wide_again(qtbot):
    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("Intern — kommer inte med i protokollet", root)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(QPlainTextEdit(root), 1)
    hold_wrapped_heights(root)
    qtbot.addWidget(root)
    root.resize(600, 400)
    root.show()
    qtbot.waitExposed(root)
    one_line = label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: label.height() < 2 * one_line + 4)
    root.resize(70, 400)  # a few letters a line: many lines
    qtbot.waitUntil(lambda: label.height() >= 4 * one_line)
    root.resize(600, 400)
    qtbot.waitUntil(lambda: label.height() < 2 * one_line + 4)
    assert label.minimumHeight() < 2 * one_line + 4
