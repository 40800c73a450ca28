"""A label of at most a few lines (meeting titles, questions, the engagement's heading): what does not fit
ends in "…", never a line cut through its letters, and the whole text is in the tooltip, literally."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from workshop.ui.widgets.lines_label import LinesLabel

LONG = ("Hur hanterar kommunen <b>idag</b> sina servrar, nätverk och licenser för verksamhetssystemen "
        "& vem ansvarar för dem när något går sönder? ") * 4


def _label(qtbot, lines: int, text: str, width: int = 360) -> LinesLabel:
    label = LinesLabel(lines, None, "font-size: 14pt;")
    qtbot.addWidget(label)
    label.setText(text)
    label.resize(width, label.maximumHeight())
    label.show()
    qtbot.waitExposed(label)
    return label


def _plain(tooltip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_a_text_that_fits_is_shown_whole_without_a_tooltip(qtbot):
    label = _label(qtbot, 3, "Nästa steg")
    assert label.shown() == label.text() == "Nästa steg"
    assert label.toolTip() == ""


@pytest.mark.parametrize("lines", [1, 2, 4])
def test_a_long_text_ends_in_an_ellipsis_within_its_lines_and_is_whole_in_the_tooltip(qtbot, lines):
    label = _label(qtbot, lines, LONG)
    shown = label.shown()
    assert shown.endswith("…") and len(shown) < len(LONG)
    assert LONG.startswith(shown[:-1].rstrip())  # the start of the text, as typed (markup and all)
    line = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(label.width()) <= line * lines + 4  # no line below the last, cut or whole
    assert label.text() == LONG
    assert _plain(label.toolTip()) == LONG


def test_a_wider_label_shows_more_and_a_short_text_again_drops_the_tooltip(qtbot):
    label = _label(qtbot, 2, LONG, width=300)
    narrow = label.shown()
    label.resize(700, label.height())
    qtbot.wait(10)
    assert len(label.shown()) > len(narrow) and label.shown().endswith("…")
    label.setText("Kort")
    assert label.shown() == "Kort" and label.toolTip() == ""


def test_emoji_line_breaks_and_a_word_without_spaces_are_cut_where_they_stand(qtbot):
    """Qt counts positions in UTF-16 (an emoji is two): the shown part is still the text's own start."""
    text = "😀🙂 första raden\nandra raden " + "Långtord" * 60 + " slut"
    label = _label(qtbot, 2, text, width=320)
    shown = label.shown()
    assert shown.endswith("…")
    assert shown.startswith("😀🙂 första raden\n")
    assert label.heightForWidth(label.width()) <= label.fontMetrics().lineSpacing() * 2 + 4


def test_tabs_and_returns_are_laid_out_as_the_label_shows_them(qtbot):
    """A title pasted from a spreadsheet (tabs, CR LF) stays within its lines and ends in "…"."""
    label = _label(qtbot, 2, "a\tb\t" * 100 + "\r\nslut")
    assert label.shown().endswith("…")
    assert label.heightForWidth(label.width()) <= label.fontMetrics().lineSpacing() * 2 + 4
    assert "\r" not in label.shown() and "\t" not in label.shown()


def test_a_line_break_past_the_last_line_shown_is_marked(qtbot):
    label = _label(qtbot, 2, "rad ett\nrad två\nrad tre")
    assert label.shown() == "rad ett\nrad två…"
    fits = _label(qtbot, 2, "rad ett\n")
    assert fits.shown() == "rad ett" and fits.toolTip() == ""


def test_set_num_accessibility_and_size_hint_follow_the_whole_text(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    label = _label(qtbot, 3, LONG)
    assert label.accessibleName() == LONG
    label.setNum(42)
    assert label.text() == label.shown() == "42" and label.toolTip() == ""
    holder = QWidget()  # a layout that sizes the label from its hint: the cut text must not narrow it
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    title = LinesLabel(2, holder)
    title.setText("Gemensamt arbetsmöte: potential och alternativ för samverkan kring it-drift")
    row.addWidget(title)
    row.addStretch(1)
    holder.resize(1200, 100)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.wait(20)
    assert title.shown() == title.text()


def _list(qtbot, texts: list[str], width: int = 320):
    from workshop.ui.widgets.common import ordered_list_view
    from workshop.ui.widgets.ordered_list import OrderedListModel, Row

    model = OrderedListModel()
    model.set_rows([Row(uid=str(i), text=t, tooltip=t) for i, t in enumerate(texts)])
    view = ordered_list_view(model, "list", None)
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    return view, model


def test_a_list_item_is_at_most_four_lines_and_the_rest_is_in_its_tooltip(qtbot):
    """A 2,000-letter theme in a list takes four lines, not the whole list; its tooltip holds all of it."""
    from workshop.ui.widgets.common import LIST_ITEM_LINES

    view, model = _list(qtbot, [LONG * 4, "Kort"])
    spacing = view.fontMetrics().lineSpacing()
    first = view.visualRect(model.index(0))
    assert LIST_ITEM_LINES * spacing <= first.height() <= (LIST_ITEM_LINES + 1) * spacing + 8
    assert view.visualRect(model.index(1)).top() < view.viewport().height() / 2  # the next item is in view
    assert _plain(model.index(0).data(Qt.ItemDataRole.ToolTipRole)).startswith("Hur hanterar")


def test_a_list_item_just_over_one_line_gets_two_lines_not_a_cut(qtbot):
    """An item whose text needs a second line by a few letters is two lines high (the style had measured it
    at the item's whole width, given it one line and cut it with "…" after a few words)."""
    view, model = _list(qtbot, ["x"])
    metrics = view.fontMetrics()
    text = ""
    room = view.viewport().width()
    while metrics.horizontalAdvance(text + " ord") < room - 2:  # fits the whole width, not inside the padding
        text += " ord"
    model.set_rows([type(model.rows()[0])(uid="0", text=text.strip())])
    qtbot.wait(20)
    assert view.visualRect(model.index(0)).height() >= 2 * metrics.lineSpacing()
