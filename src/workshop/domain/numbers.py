"""Numbers and percentages as a reader expects them: the one formatting policy of every output.

Scores keep up to two decimals without trailing zeros ("2", "2.5", "9.75"), shares are whole
percentages ("60 %"), and the decimal mark is the language's (a comma in Swedish). The
interface passes the interface language's mark, the PDFs and spreadsheets the document's.
"""

from __future__ import annotations

import math

DASH = "–"  # shown where a value is unknown


def nice_step(span: float, target: int = 6) -> float:
    """A round step (1, 2 or 5 × 10^k) between about `target` ticks over `span`: the one rule of every
    chart's value axis, on screen and in the PDFs (1 for an empty span)."""
    if not span > 0:
        return 1.0
    raw = span / target
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def decimal_mark_for(language: str) -> str:
    """The decimal mark of a language code ("sv" → ",", anything else → ".")."""
    return "," if language.lower().startswith("sv") else "."


def number(value: float | int | None, decimal_mark: str = ".", digits: int = 2) -> str:
    """A value with at most `digits` decimals and none needless ("2", "2,5", "9,75"), or a dash."""
    if value is None or value != value:  # None or NaN
        return DASH
    rounded = round(float(value), digits)
    if rounded == int(rounded) and abs(rounded) < 1e15:
        return str(int(rounded))
    text = f"{rounded:.{digits}f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark)


def change(delta: int | None) -> str:
    """A change with its sign, as print sets it: "+15", "−10" (a minus sign, not a hyphen), "0", or a dash."""
    if delta is None:
        return DASH
    return f"{delta:+d}".replace("-", "\u2212") if delta else "0"


def percent(share: float | None, decimal_mark: str = ".", digits: int = 0) -> str:
    """A share (0–1) as a percentage ("60 %", "12,5 %" with one digit), or a dash."""
    if share is None or share != share:
        return DASH
    return f"{number(share * 100, decimal_mark, digits)} %"
