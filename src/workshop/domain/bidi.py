"""Typed text set among the app's own words keeps its direction to itself (Unicode bidi isolates).

A name holding a right-to-left override (U+202E), an embedding, or right-to-left letters (Hebrew, Arabic)
would otherwise reorder the words around it: "Changes since abc‮def (2024-06-18):" showed the date
backwards. `isolate()` wraps such a value in first-strong isolates (FSI … PDI), which confine every
direction it sets, line by line (a line break ends an isolate). Text without any of them is left exactly
as it is. Screens only: PDFs, spreadsheets and the terminal show typed text their own way.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

FSI, PDI = "\u2068", "\u2069"
_OPENERS = "\u2066\u2067\u2068"
# Characters that set the direction of what follows, and right-to-left letters (bidi classes R and AL).
_DIRECTED = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                       "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
_PLAIN = (int, float, Decimal, date, datetime)  # filled in by their format spec; never directed


def _isolate_line(line: str) -> str:
    if not _DIRECTED.search(line):
        return line
    stray = unclosed = 0  # closing isolates with no opener in the line, and openers never closed
    for ch in line:
        if ch in _OPENERS:
            unclosed += 1
        elif ch == PDI:
            if unclosed:
                unclosed -= 1
            else:
                stray += 1
    # Each stray closer ends one of ours early: one more of ours for each. Our closers end the line's
    # unclosed openers first, then ours. A balanced value (one already isolated) gets a single pair.
    return FSI * (1 + stray) + line + PDI * (1 + stray + unclosed)


def isolate(value: object) -> object:
    """`value` isolated for showing among other words when its text sets a direction; else as it is (a
    number stays a number for its format spec)."""
    if value is None or isinstance(value, _PLAIN):
        return value
    text = str(value)
    if not _DIRECTED.search(text):
        return value
    return "\n".join(_isolate_line(line) for line in text.split("\n"))


def joined(separator: str, values) -> str:
    """Typed values side by side ("S — Gemensam samordning", a list of names): each keeps its direction to
    itself, so an override typed in one cannot turn the separator and the values after it around."""
    return separator.join(str(isolate(v)) for v in values)
