"""Text that would act instead of showing, written so that it shows: the one rule for the terminal and for
names the app did not choose (file names in the window's title, its menus and its messages).

A name holding ESC, CR or NUL would otherwise act on a terminal (`\\x1b]0;…\\x07` retitles it,
`\\r` overwrites the line), and a right-to-left override would reorder what follows it, on a terminal as in
a window ("rtl\\u202ekcab.workshop" read "rtlpohskrow.back"). `shown()` writes every such character as a
visible escape (`\\x1b`, `\\r`, `\\u202e`) and leaves everything else, å ä ö and emoji included, as it is.
"""

from __future__ import annotations

import unicodedata

# Characters that reorder the text after them (bidirectional embeddings, overrides and isolates).
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def sets_direction(ch: str) -> bool:
    """Whether the character sets the direction of the text after it (a bidi embedding, override or isolate)."""
    return ord(ch) in _BIDI


def acts(ch: str) -> bool:
    """Whether the character would act on a terminal instead of showing (controls, bidi, surrogates)."""
    code = ord(ch)
    return code in _BIDI or unicodedata.category(ch) in ("Cc", "Cs")


def shown(text: object) -> str:
    """The text as one terminal line that shows exactly what was typed: controls as escapes."""
    s = "" if text is None else str(text)
    if not any(acts(ch) for ch in s):
        return s
    return "".join(_escape(ch) if acts(ch) else ch for ch in s)
