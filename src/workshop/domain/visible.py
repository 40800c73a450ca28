"""Text that would act instead of showing, written so that it shows: the one rule for the terminal and for
names the app did not choose (file names in the window's title, its menus and its messages).

A name holding ESC, CR or NUL would otherwise act on a terminal (`\\x1b]0;…\\x07` retitles it,
`\\r` overwrites the line), and a right-to-left override would reorder what follows it, on a terminal as in
a window ("rtl\\u202ekcab.workshop" read "rtlpohskrow.back"). `shown()` writes every such character as a
visible escape (`\\x1b`, `\\r`, `\\u202e`) and leaves everything else, å ä ö and emoji included, as it is.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that reorder the text after them (bidirectional embeddings, overrides and isolates).
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
REPLACEMENT = "\ufffd"  # the boxed question mark: a character that cannot show as itself
# Line breaks as typed, including Word's manual line break (\x0b) and the Unicode separators.
LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
# What is left that no drawing shows as itself once line breaks are "\n": other controls (C0, DEL, C1),
# lone surrogates and the two non-characters XML refuses.
_UNSHOWABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def escaped(ch: str) -> str:
    """One character as the escape that names it ("\\n", "\\xad", "\\u200b")."""
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
    return "".join(escaped(ch) if acts(ch) else ch for ch in s)


def hidden(ch: str) -> bool:
    """Whether the character acts (see `acts`) or cannot be told from another on a terminal: an invisible
    format character (a zero-width space, a soft hyphen, a joiner), a space other than the plain one (a
    no-break space), a line or paragraph separator, a private or unassigned code point."""
    return acts(ch) or (ch != " " and unicodedata.category(ch) in ("Cf", "Co", "Cn", "Zs", "Zl", "Zp"))


# Letters of other alphabets that the bundled font draws exactly as a Latin one, each with that Latin letter: a
# name pasted from a web page or typed with a Cyrillic or Greek keyboard layout left on.
_ALIKE = {
    "CYRILLIC": dict(zip("аеорсхуѕіјԁһԛԝӏАВЕКМНОРСТХЅІЈҮԚԜ", "aeopcxysijdhqwlABEKMHOPCTXSIJYQW")),
    "GREEK": dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo")),
}
LOOK_ALIKES = str.maketrans({k: v for table in _ALIKE.values() for k, v in table.items()})
_DRAWN_AS = {script: frozenset(table.values()) for script, table in _ALIKE.items()}  # Latin letters each can pass as
_LETTERS = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    return name if name in ("LATIN", "CYRILLIC", "GREEK") else ""


def intruders(text: str) -> frozenset[int]:
    """Where a letter stands in a word of another alphabet that has a letter drawn exactly as it: a Cyrillic "а" in
    "Vаggeryd", a Latin "o" in "Мoсква". A word is judged by the alphabet most of its letters are in (a tie by
    the Latin one), unless every letter of that other alphabet could pass as a Latin one ("Нуltе" is Hylte with
    three of them); a word, or a whole text, in one alphabet has no intruder."""
    found: set[int] = set()
    for word in _LETTERS.finditer(text):
        scripts = [_script(ch) for ch in word.group()]
        counts = sorted(((scripts.count(s), s == "LATIN", s) for s in set(scripts) - {""}), reverse=True)
        if len(counts) < 2:
            continue
        main = counts[0][2]  # a tie goes to the Latin alphabet these engagements are written in ("ΟK")
        if main != "LATIN" and "LATIN" in scripts and all(
                ch in _ALIKE.get(main, {}) for ch, script in zip(word.group(), scripts) if script == main):
            main = "LATIN"
        for offset, (ch, script) in enumerate(zip(word.group(), scripts)):
            if script and script != main and (
                    (main == "LATIN" and ch in _ALIKE.get(script, {}))
                    or (script == "LATIN" and ch in _DRAWN_AS.get(main, ()))):
                found.add(word.start() + offset)
    return frozenset(found)


def drawn_as_another(ch: str) -> bool:
    """A visible character that stands for another and is drawn as it: its composed form is that other one
    (the Kelvin sign for "K", the Ångström sign for "Å")."""
    return not hidden(ch) and unicodedata.normalize("NFC", ch) != ch


def literal(text: object) -> str:
    """The text as one terminal line from which exactly what was typed can be read back, for telling two
    versions apart (`workshop merge --list`): as `shown`, and also a backslash as \\\\ (a typed "\\n" is not
    a line break), every `hidden` character as its escape ("\\u200b") and, in a text not composed as typed
    text usually is (NFC: "a\\u0308" from a Mac's file name, where "ä" is one character), its combining marks;
    a character drawn as another (the Kelvin sign as "K") and a letter standing in a word of another alphabet
    that has one drawn exactly as it (`intruders`: a Cyrillic "а" in "Vаggeryd"): a word in Cyrillic reads as typed.
    `shown` leaves those as they are: the names it shows (a file's, in every message and the window's title)
    keep a Windows path's backslashes and an emoji's joiners, which escaped there would only be harder to read."""
    s = "" if text is None else str(text)
    marks = unicodedata.normalize("NFC", s) != s
    standing_in = intruders(s)
    return "".join("\\\\" if ch == "\\" else escaped(ch) if hidden(ch) or drawn_as_another(ch) or i in standing_in or (
        marks and unicodedata.category(ch).startswith("M")) else ch for i, ch in enumerate(s))


def unified_breaks(text: object) -> str:
    """The text with every kind of typed line break as "\\n"."""
    s = "" if text is None else str(text)
    for old, new in LINE_BREAKS.items():
        s = s.replace(old, new)
    return s


def boxed(text: object) -> str:
    """The text with unified line breaks and every other control shown as the replacement box (tabs kept):
    what a drawing of it (a chart's label, a PDF's line) may hold."""
    return _UNSHOWABLE.sub(REPLACEMENT, unified_breaks(text))
