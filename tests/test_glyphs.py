"""Every symbol the interface and the documents print exists in the bundled font (no empty boxes on the
projector or in a PDF)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

ROOT = Path(__file__).resolve().parents[1]
FONTS = sorted((ROOT / "resources" / "fonts").glob("DejaVuSans*.ttf"))


def test_every_character_in_the_code_is_in_each_bundled_font():
    """Each non-ASCII character written anywhere in the code (marks, arrows, dashes, å ä ö) has a glyph in
    every face of the bundled font; a symbol without one is replaced, not shown as a box."""
    used: dict[str, str] = {}
    for path in sorted((ROOT / "src" / "workshop").rglob("*.py")):
        for ch in path.read_text(encoding="utf-8"):
            if ord(ch) > 127:
                used.setdefault(ch, str(path.relative_to(ROOT)))
    assert len(FONTS) == 4
    for font in FONTS:
        glyphs = TTFontFile(str(font)).charToGlyph
        missing = {f"{ch} U+{ord(ch):04X} ({where})" for ch, where in used.items() if ord(ch) not in glyphs}
        assert not missing, f"{font.name} lacks: {sorted(missing)}"


def test_the_check_would_see_a_symbol_the_font_lacks():
    """The pause sign ⏸ (once the parked mark) is not in the font: the check above would catch it."""
    glyphs = TTFontFile(str(FONTS[0])).charToGlyph
    assert 0x23F8 not in glyphs and ord("‖") in glyphs
