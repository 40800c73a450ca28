"""User text is text on the terminal too: the one way the command line prints what someone typed.

A name holding ESC, CR or NUL would otherwise act on the terminal (`\\x1b]0;…\\x07` retitles it,
`\\r` overwrites the line), and a right-to-left override would reorder what follows it. `shown()`
writes every such character as a visible escape (`\\x1b`, `\\r`, `\\u202e`) and leaves everything
else, å ä ö and emoji included, as typed.
"""

from __future__ import annotations

import json
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


def _acts(ch: str) -> bool:
    """Whether the character would act on a terminal instead of showing (controls, bidi, surrogates)."""
    code = ord(ch)
    return code in _BIDI or unicodedata.category(ch) in ("Cc", "Cs")


def shown(text: object) -> str:
    """The text as one terminal line that shows exactly what was typed: controls as escapes."""
    s = "" if text is None else str(text)
    if not any(_acts(ch) for ch in s):
        return s
    return "".join(_escape(ch) if _acts(ch) else ch for ch in s)


def json_text(data: object) -> str:
    """JSON for the terminal: like json.dumps with non-ASCII kept, but C1 controls, DEL and bidi
    overrides written as \\u escapes too (json leaves those raw; they only occur inside strings)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(f"\\u{ord(ch):04x}" if _acts(ch) and ch != "\n" else ch for ch in text)
