"""The documents' paragraph: reportlab's, but a word longer than a line starts on a line of its own.

reportlab breaks a word too long for any line (a URL, a long compound typed in a note) where it stands: its
first piece fills the rest of the line it starts on, after "Se även". A word that is only longer than the
rest of its line already moves to the next one. Here a line break is put before every word longer than a
whole line unless the word already starts its line, so the word starts on a fresh line, as our own wrapping
does (wrapping.wrap_to_width), and reportlab breaks it only then. The breaks are worked out again at
each wrap, for the width given then.

This reaches into reportlab's line breaking (its word lists and its line-break fragment, pinned at 5.1.0).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import _FK_BREAK, _getFragWords, _processed_frags


class _FreshLine(list):
    """A line break put before a word longer than a line; dropped and worked out again at the next wrap."""


def _may_hold_a_long_word(frags, longest: float) -> bool:
    """False when no word of the parsed text can be wider than `longest` (the common case, measured cheaply:
    each word of the text, which entities and tags cut into fragments, in the widest of their fonts)."""
    if _processed_frags(frags):
        return True
    text = "".join(getattr(f, "text", "") for f in frags)
    fonts = {(f.fontName, f.fontSize) for f in frags}
    return any(stringWidth(word, name, size) > longest for word in text.split() for name, size in fonts)


def _fresh_lines(words: list, longest: float) -> list | None:
    """reportlab's word list with a line break before each word wider than `longest` that does not start its
    line already; None when that changes nothing."""
    out, changed, line_empty = [], False, True
    for w in words:
        if isinstance(w, _FreshLine):  # of an earlier wrap, perhaps at another width
            changed = True
            continue
        f = w[1][0] if len(w) > 1 else None
        if f is not None and getattr(f, "_fkind", None) == _FK_BREAK:
            line_empty = True
        elif isinstance(w[0], (int, float)) and w[0] > 0:
            if w[0] > longest and not line_empty:
                out.append(_FreshLine([0, (f.clone(_fkind=_FK_BREAK, text=""), "")]))
                changed = True
            line_empty = False
        out.append(w)
    return out if changed else None


class Paragraph(_Paragraph):
    """A paragraph whose words too long for a line each start on a fresh line before they are broken."""

    def breakLines(self, width):
        """reportlab's lines, after a line break is put before each word longer than a line (see above)."""
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        longest = max(widths)
        if self.style.splitLongWords and self.frags and _may_hold_a_long_word(self.frags, longest):
            fresh = _fresh_lines(_getFragWords(self.frags, widths[0]), longest)
            if fresh is not None:
                self.frags = fresh
        return super().breakLines(width)
