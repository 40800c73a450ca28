"""A tooltip of typed text keeps to a sensible width: a 300-letter word (a name pasted without spaces, a long
path) had made it 2,569 px wide, past a 1366 px screen, because Qt's rich text breaks lines only between
words. The one tooltip helper (charts.rich_text.tooltip) lets a word too long for a line break anywhere; the
text stays exactly as typed, and words that fit on a line stay whole."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from workshop.charts.rich_text import TIP_RUN, breakable, tooltip

LONG_NAME = "Gislaved" + "kommunalförbundet" * 17 + "s"  # 298 letters, no space
TEXTS = [LONG_NAME, "Motivering: " + "Långtord" * 40, "C:\\Users\\konsult\\" + "Utredningar\\" * 25 + "ggvvh.workshop",
         "<b>Gnosjö</b>&amp;" + "x" * 300]


def _shown_tip(anchor, html: str) -> QLabel:
    """The tooltip Qt shows for `html` over `anchor` (its QTipLabel)."""
    QToolTip.showText(anchor.mapToGlobal(QPoint(5, 5)), html, anchor)
    tips = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible()]
    assert len(tips) == 1
    return tips[0]


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.mark.parametrize("text", TEXTS)
def test_a_tooltip_of_a_long_word_wraps_within_the_screen_and_shows_the_text_as_typed(qtbot, text):
    anchor = QLabel("x")
    qtbot.addWidget(anchor)
    anchor.show()
    qtbot.waitExposed(anchor)
    try:
        tip = _shown_tip(anchor, tooltip(text))
        screen = anchor.screen().geometry().width()
        assert tip.width() <= min(screen, 1366) / 2, tip.width()  # a quarter of the screen, as Qt wraps
        assert tip.height() > 3 * tip.fontMetrics().height()  # on several lines
    finally:
        QToolTip.hideText()
    assert _plain(tooltip(text)).replace("\u200b", "") == text  # literally, tags and entities as typed


def test_the_potential_grids_tooltip_of_a_300_letter_name_keeps_to_the_screen(open_app, example_path, qtbot):
    conn = sqlite3.connect(example_path)
    with conn:
        conn.execute("UPDATE organisations SET name = ? WHERE position = 0", (LONG_NAME,))
    conn.close()
    window = open_app(example_path, size=(1366, 768), view="potential")
    table = window.views["potential"].table
    html = table.model().headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    try:
        assert _shown_tip(table.verticalHeader().viewport(), html).width() <= 683
    finally:
        QToolTip.hideText()
    assert _plain(html).replace("\u200b", "") == LONG_NAME


def test_words_that_fit_on_a_line_stay_whole_and_letters_keep_their_marks():
    """A long Swedish word is not cut in the middle (it moves to the next line whole); an accent, a joined emoji
    or a skin tone is never parted from its letter; breaking twice adds nothing."""
    words = "Kommunen verksamhetsutvecklingsavdelningen informationssäkerhetssamordningen"
    assert max(len(w) for w in words.split()) <= TIP_RUN and tooltip(words) == tooltip(words).replace("\u200b", "")
    accents = "e\u0301" * 60
    flags = "x" + "\U0001F1F8\U0001F1EA" * 30  # a letter, then Sweden's flag (two regional letters) 30 times
    england = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F" * 10
    for text in (accents, "\U0001F469\u200d\U0001F4BB" * 30, "\U0001F44D\U0001F3FD" * 40, "a\ufe0f" * 50, flags,
                 england):
        broken = breakable(text, TIP_RUN, 8)
        assert "\u200b" in broken and broken.replace("\u200b", "") == text
        for i, ch in enumerate(broken):
            if ch == "\u200b":
                after = broken[i + 1]
                assert after not in "\u0301\u200d\ufe0f" and not 0x1F3FB <= ord(after) <= 0x1F3FF
                assert broken[i - 1] != "\u200d" and not 0xE0020 <= ord(after) <= 0xE007F
        pieces = broken.split("\u200b")  # no flag cut in two: each piece holds whole pairs of regional letters
        assert all(sum(0x1F1E6 <= ord(ch) <= 0x1F1FF for ch in piece) % 2 == 0 for piece in pieces), text
    assert breakable(breakable(LONG_NAME)) == breakable(LONG_NAME)
