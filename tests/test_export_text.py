"""User text is text: the one escaping helper, with hostile and unusual text, rendered for real."""

from __future__ import annotations

import builtins
import io

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pdf_support import annotations_of, fonts_of, images_of, text_of, words
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.labels import LANGUAGES
from workshop.export.styles import make_styles
from workshop.export.text import REPLACEMENT, missing_characters, para, visible

HOSTILE = [
    "S&P 500 & AT&T",
    "a < b > c",
    "<b>not bold</b> and <i>not italic</i>",
    '<img src="/etc/passwd"/> <img src="/etc/hostname" width="50" height="50"/>',
    '<a href="https://example.invalid/x">click</a> <link href="file:///etc/passwd">here</link>',
    "<para>nested <font name=Helvetica>font</font></para> <br/> <unclosed",
    "&amp; &lt; &#60; &nbsp; &bogus;",
    "<![CDATA[x]]> <!-- comment --> <?pi?>",
    "<seq id=x/> <onDraw name=x/> <span style='x'>y</span>",
]


def _render(texts: list[str]) -> bytes:
    register_fonts()
    style = make_styles()["body"]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, initialFontName=REGULAR)
    doc.build([Paragraph(para(t), style) for t in texts])
    return buffer.getvalue()


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_looking_text_comes_out_literally(text):
    """Tags, entities and stray '<' or '&' in notes print exactly as typed and never break the PDF."""
    assert words(text) in text_of(_render([text]))


def test_tags_never_read_files_or_make_links(monkeypatch):
    """An <img src> in a note does not open that file, and an <a href> makes no link."""
    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    pdf = _render(HOSTILE)
    assert not [f for f in opened if f.startswith("/etc/")]
    assert annotations_of(pdf) == []
    assert images_of(pdf) == 0


def test_line_breaks_are_kept():
    """A note typed on several lines keeps its lines (Word's manual line break included)."""
    assert para("one\ntwo\r\nthree\x0bfour") == "one<br/>two<br/>three<br/>four"


def test_swedish_and_other_scripts_render_with_the_shipped_font():
    """å ä ö, Greek, Cyrillic and typographic signs come out as typed, in the embedded font only."""
    text = "Gnosjö, Värnamo och Hylte – ÅÄÖ åäö · Ελληνικά · Кириллица · € ≤ ≥ → “citat” ‘x’"
    pdf = _render([text])
    assert words(text) in text_of(pdf)
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values())
    assert not any("Helvetica" in name for name in fonts)


def test_a_character_the_font_lacks_shows_as_a_visible_box():
    """Characters without a glyph become the replacement character instead of vanishing."""
    text = "före 漢字 efter"
    assert missing_characters(text) == {"漢", "字"}
    assert visible(text) == f"före {REPLACEMENT}{REPLACEMENT} efter"
    assert f"före {REPLACEMENT}{REPLACEMENT} efter" in text_of(_render([text]))


def test_control_characters_are_shown_not_dropped():
    """A stray control character (e.g. from a paste) prints as the replacement box."""
    assert visible("a\x00b\x07c") == f"a{REPLACEMENT}b{REPLACEMENT}c"


def test_every_language_has_the_same_labels():
    """Swedish and English label sets match key for key, so no document misses a word."""
    keys = [set(v) for v in LANGUAGES.values()]
    assert all(k == keys[0] for k in keys)


def test_tabs_and_every_kind_of_typed_line_break_come_out_as_space_and_newline():
    """Notes pasted from Word or another system keep their lines; a tab is a space."""
    assert visible("a\tb\r\nc\rd\x0be\u2028f") == "a b\nc\nd\ne\nf"
    assert visible("plain åäö text") == "plain åäö text"


def test_a_direction_control_in_a_title_turns_nothing_around_in_the_viewer_s_outline_and_properties():
    """The page draws a typed override as typed, with no effect; the viewer's outline and the document's title
    apply it: "3.3.1 Alternativ S‮ – Gemensam samordning…" read with the name backwards beside the pages."""
    import dataclasses

    from pypdf import PdfReader

    from workshop.export.report import render_report
    from workshop.templates import example_engagement

    e = example_engagement()
    e = dataclasses.replace(e, info=dataclasses.replace(e.info, title="Utredning \u202eIT-drift", facilitator="A\u202bB"),
                            alternatives=tuple(dataclasses.replace(a, name=a.name + " \u2067x") if a.code == "S" else a
                                               for a in e.alternatives))
    reader = PdfReader(io.BytesIO(render_report(e)))

    def titles(items) -> list[str]:
        return [t for item in items for t in (titles(item) if isinstance(item, list) else [item.title])]

    outline = titles(reader.outline)
    assert any("x" in t and "Gemensam" in t for t in outline)
    for text in (*outline, reader.metadata.title, reader.metadata.author):
        assert not any(ch in text for ch in "\u202e\u202b\u2067"), text
    assert reader.metadata.title == "Utredning \ufffdIT-drift"


def test_an_emoji_in_a_title_reaches_the_viewer_s_outline_and_properties_as_typed():
    """The viewer draws the outline and the document's title in its own fonts: an emoji there had become the
    replacement box, as on the page, whose font lacks it. A control character is still the box."""
    import dataclasses

    from pypdf import PdfReader

    from workshop.export.report import render_report
    from workshop.templates import example_engagement

    e = example_engagement()
    e = dataclasses.replace(e, info=dataclasses.replace(e.info, title="Utredning 🎉 it-drift\x07", facilitator="Anna 👩‍💻"))
    reader = PdfReader(io.BytesIO(render_report(e)))
    assert reader.metadata.title == "Utredning 🎉 it-drift\ufffd"
    assert reader.metadata.author == "Anna 👩‍💻"
