"""Breaking a text into lines no wider than a width, whatever measures it (Qt's font metrics on screen,
reportlab's stringWidth in the PDFs): one rule for the window, the projector and the documents."""

from __future__ import annotations

from collections.abc import Callable


def wrap_to_width(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Text broken into lines no wider than `width` (measured by `measure`), at spaces where it can; a word
    longer than a line is split with a hyphen, never leaving a piece shorter than three letters. Every
    character is kept: nothing is cut off with "…"."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while measure(word) > width and len(word) > 5:
            cut = max(k for k in range(1, len(word) - 2) if k <= 2 or measure(word[:k] + "-") <= width)
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines
