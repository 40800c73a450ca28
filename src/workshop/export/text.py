"""User text is text: the one way typed text goes into a PDF.

reportlab's Paragraph parses its input as markup. Raw user text would raise
on "<", turn "S&P 500" into "S&P; 500", open local files for `<img src>` and
make links for `<a href>`. `para()` escapes it so it comes out literally, keeps
line breaks, and swaps characters the font has no glyph for with a visible
replacement character instead of letting them vanish.
"""

from __future__ import annotations

import html
import re

from workshop.domain.visible import REPLACEMENT, sets_direction, unified_breaks
from workshop.export.fonts import covered_codepoints

_KEEP = {"\n", "\t"}


def visible(text: object) -> str:
    """The text with unified line breaks and every character the font lacks made visible.

    For places that draw text without markup (page headers, chart labels).
    """
    s = unified_breaks(text)
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


def viewer_line(text: object) -> str:
    """One line for what the PDF viewer lays out itself, in its own fonts (the outline beside the pages, the
    document's title and author): line breaks and tabs as spaces; a control character, a lone surrogate and a
    typed direction control as the replacement box. The page draws a direction control as typed, with no
    effect; the viewer applies it, and "Alternativ S\u202e – Gemensam" read with the name turned around in
    the outline. A character our font lacks is the viewer's to draw: an emoji had become a box there too."""
    def shown(ch: str) -> str:
        code = ord(ch)
        if ch in "\n\t":
            return " "
        if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or sets_direction(ch):
            return REPLACEMENT
        return ch

    return "".join(map(shown, unified_breaks(text)))


def para(text: object) -> str:
    """Paragraph markup that shows exactly the given text: escaped, line breaks kept."""
    escaped = html.escape(visible(text), quote=False)
    return "<br/>".join(escaped.split("\n"))


def missing_characters(text: str) -> set[str]:
    """Characters of the text the font cannot show (they print as the replacement box)."""
    covered = covered_codepoints()
    return {ch for ch in text if ch not in _KEEP and ch != " " and ord(ch) not in covered}


# Characters XML 1.0 (and so XLSX) cannot hold: C0 controls but tab and line breaks, lone surrogates,
# U+FFFE and U+FFFF. One of them left in makes the sheet's XML ill-formed: Excel and openpyxl refuse the file.
_NOT_IN_SPREADSHEETS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CELL_MAX = 32767  # Excel holds at most this many characters in a cell and "repairs" (cuts) a file with more


def spreadsheet_text(value: object, limit: int | None = None) -> object:
    """A value for a spreadsheet cell, XLSX or CSV alike: in a text, characters XML cannot hold shown as
    U+FFFD (a NUL cut some CSV readers' cell short), and with a `limit` (the workbook's CELL_MAX, Excel's)
    a longer text cut with "…"; anything else as it is."""
    if not isinstance(value, str):
        return value
    value = _NOT_IN_SPREADSHEETS.sub(REPLACEMENT, value)
    return value if limit is None or len(value) <= limit else value[: limit - 1] + "…"
