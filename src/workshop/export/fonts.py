"""The Unicode font family every PDF uses (DejaVu Sans, shipped in resources/fonts).

reportlab's built-in fonts cover Latin-1 only and are never embedded; a
registered TrueType family is embedded as a subset, so any typed text shows.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from workshop.resources import resource

REGULAR = "WorkshopSans"
BOLD = "WorkshopSans-Bold"
ITALIC = "WorkshopSans-Italic"
BOLD_ITALIC = "WorkshopSans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_REPORTLAB_CMAP = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 (surrogate pairs).

    reportlab 5.1 writes them as five hex digits ("<1F600>"), which is not a valid entry: copying,
    searching and text extraction of an emoji the font draws then gave a wrong character (pdftotext)
    or nothing (pypdf). Everything else is reportlab's own CMap, unchanged.
    """
    cmap = _REPORTLAB_CMAP(fontname, subset)
    for v in subset:
        if v > 0xFFFF:
            cmap = cmap.replace(f"<{v:04X}>\n", f"<{chr(v).encode('utf-16-be').hex().upper()}>\n")
    return cmap


_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once (safe to call from any thread, any number of times)."""
    global _registered
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # reportlab looks it up by this name when it saves a PDF
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # <b>/<i> inside paragraphs resolve through these mappings.
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


def covered_codepoints() -> frozenset[int]:
    """The code points both the regular and the bold face have a glyph for."""
    register_fonts()
    return _covered()


_cache: dict[str, frozenset[int]] = {}


def _covered() -> frozenset[int]:
    if "regular" not in _cache:
        # User text appears in regular and bold (headings, names in tables); a
        # character counts as covered when both faces have it. The oblique faces
        # cover less; there a missing glyph still shows as the font's box.
        regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
        bold = pdfmetrics.getFont(BOLD).face.charToGlyph
        _cache["regular"] = frozenset(set(regular) & set(bold))
    return _cache["regular"]
