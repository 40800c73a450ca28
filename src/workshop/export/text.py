"""User text is text: the one way typed text goes into a PDF.

reportlab's Paragraph parses its input as markup. Raw user text would raise
on "<", turn "S&P 500" into "S&P; 500", open local files for `<img src>` and
make links for `<a href>`. `para()` escapes it so it comes out literally, keeps
line breaks, and swaps characters the font has no glyph for with a visible
replacement character instead of letting them vanish.
"""

from __future__ import annotations

import html

from workshop.export.fonts import covered_codepoints

REPLACEMENT = "\ufffd"  # shown as a boxed question mark; the font has it
# Line breaks as typed, including Word's manual line break (\x0b) and the Unicode separators.
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_KEEP = {"\n", "\t"}


def visible(text: object) -> str:
    """The text with unified line breaks and every character the font lacks made visible.

    For places that draw text without markup (page headers, chart labels).
    """
    s = "" if text is None else str(text)
    for old, new in _LINE_BREAKS.items():
        s = s.replace(old, new)
    # Each distinct character is judged once (a meeting's notes are long, their alphabet is short).
    covered = covered_codepoints()
    swap: dict[int, str] = {}
    for ch in set(s):
        code = ord(ch)
        if ch in _KEEP:
            if ch == "\t":
                swap[code] = " "
        elif code < 0x20 or 0x7F <= code < 0xA0:
            swap[code] = REPLACEMENT  # control characters have no glyph
        elif code not in covered and ch != " ":
            swap[code] = REPLACEMENT
    return s.translate(swap) if swap else s


def one_line(text: object) -> str:
    """Like visible(), with line breaks turned into spaces (headers, footers, chart labels)."""
    return " ".join(visible(text).split("\n"))


def para(text: object) -> str:
    """Paragraph markup that shows exactly the given text: escaped, line breaks kept."""
    escaped = html.escape(visible(text), quote=False)
    return "<br/>".join(escaped.split("\n"))


def missing_characters(text: str) -> set[str]:
    """Characters of the text the font cannot show (they print as the replacement box)."""
    covered = covered_codepoints()
    return {ch for ch in text if ch not in _KEEP and ch != " " and ord(ch) not in covered}
