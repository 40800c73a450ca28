"""Breaking a text into lines no wider than a width, whatever measures it (Qt's font metrics on screen,
reportlab's stringWidth in the PDFs): one rule for the window, the projector and the documents."""

from __future__ import annotations

from collections.abc import Callable


VOWELS = set("aeiouyåäöéüAEIOUYÅÄÖÉÜ")


def _starts_syllable(word: str, k: int) -> bool:
    """True when a syllable may start at word[k]: a consonant before a vowel ("Förändrings-hantering", not
    "Förändringsh-antering"), with a letter before it."""
    return (k + 1 < len(word) and word[k].isalpha() and word[k] not in VOWELS and word[k + 1] in VOWELS
            and word[k - 1].isalpha())


def wrap_to_width(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Text broken into lines no wider than `width` (measured by `measure`), at spaces where it can; a word
    longer than a line is split with a hyphen, where a syllable may start (before a consonant and a vowel)
    when one lies in the line's second half, never leaving a piece shorter than three letters. Every
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
            fits = [k for k in range(1, len(word) - 2) if k <= 2 or measure(word[:k] + "-") <= width]
            most = max(fits)  # a syllable's start, unless it leaves the line less than half full
            cut = max((k for k in fits if k >= max(3, most // 2) and _starts_syllable(word, k)), default=most)
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines
