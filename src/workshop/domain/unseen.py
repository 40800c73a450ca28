"""Two versions of a text that differ only in what does not show: a zero-width space, a soft hyphen, a
no-break space for a space, a space at the end of a line, an accent typed apart from its letter, a line
separator or a carriage return (Windows' line end) where the other has a plain line break, or a character
drawn as another (the Kelvin sign for "K", a Cyrillic "а" for a Latin "a"). Drawn as
they are, the two read the same, so the merge dialog marks where they differ (`marked`) and says what
differs (`unseen_difference`) instead of asking the facilitator to choose between two equal-looking texts.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.visible import (LINE_BREAKS, LOOK_ALIKES, drawn_as_another, escaped, hidden, intruders,
                                     unified_breaks)

SPACE_MARK = "·"  # a plain space the other version lacks, as a word processor shows formatting marks
BEFORE = 15  # letters of the text before an unseen character, to say where it is


class UnseenKind(StrEnum):
    """What an unseen character is, in the words the dialog names it by."""

    SPACE = "space"  # a plain space at the end of a line, at its start or beside another
    NO_BREAK_SPACE = "no-break space"
    OTHER_SPACE = "other space"  # a thin, an em or another space than the plain one
    ZERO_WIDTH_SPACE = "zero-width space"
    SOFT_HYPHEN = "soft hyphen"
    ACCENT_APART = "accent apart"  # a combining mark after its letter (ä as a + ¨, as a Mac writes it)
    CARRIAGE_RETURN = "carriage return"  # \r: before \n at a Windows line end, alone an old Mac's line end
    LINE_SEPARATOR = "line separator"  # U+2028
    PARAGRAPH_SEPARATOR = "paragraph separator"  # U+2029
    OTHER_LINE_BREAK = "other line break"  # Word's manual line break (\x0b), a form feed, NEL (\x85)
    LOOK_ALIKE = "look-alike"  # drawn as another character: the Kelvin sign as K, a Cyrillic а as a Latin a
    OTHER = "other"  # a joiner, a direction mark, a control, a private or unassigned character


@dataclass(frozen=True)
class Unseen:
    """One character a version has where the other has nothing that looks different."""

    index: int  # where in its text
    char: str
    kind: UnseenKind
    before: str  # up to BEFORE letters before it on its line ("" at a line's start)

    @property
    def mark(self) -> str:
        """How it shows in a version marked by `marked`: "·" for a plain space, its escape ("\\u200b") else."""
        return SPACE_MARK if self.char == " " else escaped(self.char)


_BREAKS = frozenset("".join(LINE_BREAKS))  # every character that ends a line as typed ("\n" and the others)
_BREAK_KINDS = {"\r": UnseenKind.CARRIAGE_RETURN, "\u2028": UnseenKind.LINE_SEPARATOR,
                "\u2029": UnseenKind.PARAGRAPH_SEPARATOR}


def _kind(ch: str) -> UnseenKind:
    if ch in _BREAK_KINDS:
        return _BREAK_KINDS[ch]
    if ch in _BREAKS:
        return UnseenKind.OTHER_LINE_BREAK
    if ch == " ":
        return UnseenKind.SPACE
    if ch in "\xa0\u202f":
        return UnseenKind.NO_BREAK_SPACE
    if ch == "\u200b":
        return UnseenKind.ZERO_WIDTH_SPACE
    if ch == "\xad":
        return UnseenKind.SOFT_HYPHEN
    if unicodedata.category(ch).startswith("M"):
        return UnseenKind.ACCENT_APART
    if unicodedata.category(ch) == "Zs":
        return UnseenKind.OTHER_SPACE
    if drawn_as_another(ch):
        return UnseenKind.LOOK_ALIKE
    return UnseenKind.OTHER


def _looks(text: str) -> str:
    """What a drawing of the text shows: composed letters, no invisible characters, every kind of space and
    tab a plain one, a look-alike letter of another alphabet its Latin letter, each line's words with one space
    between them and none around them."""
    spaced = "".join(" " if unicodedata.category(ch) == "Zs" or ch == "\t" else ch
                     for ch in unicodedata.normalize("NFC", unified_breaks(text)).translate(LOOK_ALIKES))
    seen = "".join(ch for ch in spaced if ch == "\n" or not hidden(ch))
    return "\n".join(" ".join(word for word in line.split(" ") if word) for line in seen.split("\n"))


def _spacelike(chars: str) -> bool:
    return any(unicodedata.category(ch) == "Zs" or ch == "\t" for ch in chars)


def _unseen_in(text: str, start: int, end: int, other: str, standing_in: frozenset[int],
               other_stands_in: bool) -> list[Unseen]:
    """The unseen characters of text[start:end], a part the other version has as `other` (`other_stands_in`: a
    letter of it stands in a word of another alphabet, so it is the odd one there). A plain space
    opposite another kind of space is that space's counterpart, not news; a letter opposite its letter
    and accent apart is the same letter; a plain line break ("\n") opposite another kind of line break is that
    break's counterpart too (the other is named: "a line separator", not "an invisible character (\\n)")."""
    found = []
    for index in range(start, end):
        ch = text[index]
        if (ch == " " and _spacelike(other)) or (ch == "\n" and any(c in _BREAKS for c in other)):
            continue
        if ch == "\n" and index and text[index - 1] == "\r":  # a Windows line end against a lone "\r": one
            continue                                          # break each, not "another kind of line break"
        # A character drawn as another: "K", the Kelvin sign, for "K" (its composed form is that other), or a
        # letter standing in a word of another alphabet (a Cyrillic "а" in "Vаggeryd", a Latin "o" in "Мoсква").
        # So is a letter of another alphabet opposite the Latin one it is drawn as, in a word too short or too
        # alike to tell its alphabet by ("С" for the code "C", "ТАХІ" for "TAXI").
        alike = index in standing_in or (not other_stands_in and ch.translate(LOOK_ALIKES) in other.replace(ch, ""))
        if ch == " " or hidden(ch) or unicodedata.category(ch).startswith("M") or drawn_as_another(ch) or alike:
            line_start = max(text.rfind(b, 0, index) for b in _BREAKS) + 1  # "before" stays on its line
            kind = UnseenKind.LOOK_ALIKE if alike else _kind(ch)
            found.append(Unseen(index, ch, kind, text[max(line_start, index - BEFORE):index]))
    return found


def unseen_difference(mine: str, theirs: str) -> tuple[tuple[Unseen, ...], tuple[Unseen, ...]] | None:
    """Where two versions that read the same differ (each version's unseen characters the other lacks), or
    None when they are equal or differ in something that shows."""
    if mine == theirs or _looks(mine) != _looks(theirs):
        return None
    here: list[Unseen] = []
    there: list[Unseen] = []
    mine_in, theirs_in = intruders(mine), intruders(theirs)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
        if op != "equal":
            mine_odd, theirs_odd = (any(i in odd for i in range(a, b)) for odd, a, b in
                                    ((mine_in, i1, i2), (theirs_in, j1, j2)))
            here += _unseen_in(mine, i1, i2, theirs[j1:j2], mine_in, theirs_odd)
            there += _unseen_in(theirs, j1, j2, mine[i1:i2], theirs_in, mine_odd)
    # Letters that compose into one drawn alike (Hangul typed on a Mac) are none of these: shown as they are,
    # with no line that would name nothing.
    return (tuple(here), tuple(there)) if here or there else None


def marked(text: str, unseen: tuple[Unseen, ...]) -> str:
    """The text with each of its `unseen` characters shown by its mark ("Be\\u200bslut", "Beslut·")."""
    marks = {u.index: u.mark for u in unseen}
    return "".join(marks.get(i, ch) for i, ch in enumerate(text))
