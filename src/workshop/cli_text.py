"""User text is text on the terminal too: the one way the command line prints what someone typed.

A name holding ESC, CR or NUL would otherwise act on the terminal (`\\x1b]0;…\\x07` retitles it,
`\\r` overwrites the line), and a right-to-left override would reorder what follows it. `shown()`
writes every such character as a visible escape (`\\x1b`, `\\r`, `\\u202e`) and leaves everything
else, å ä ö and emoji included, as typed. Where two versions of a text are set side by side to choose
between (`workshop merge --list`), `literal()` writes a typed backslash and invisible characters as
escapes too, so two texts that differ never print alike.
"""

from __future__ import annotations

import json

from workshop.domain.visible import acts, literal, shown

__all__ = ["json_text", "literal", "shown"]


def json_text(data: object) -> str:
    """JSON for the terminal: like json.dumps with non-ASCII kept, but C1 controls, DEL and bidi
    overrides written as \\u escapes too (json leaves those raw; they only occur inside strings)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(f"\\u{ord(ch):04x}" if acts(ch) and ch != "\n" else ch for ch in text)
