"""Column widths that keep words whole: a name in a narrow column had broken inside a word ("Åsa Öberg-Lind /
qvist" under Ansvarig, "Samordningsförbun / det", a 13 mm header "Befor / e").

Each column is measured for its longest word (its header in the header's bold, its cells in theirs), and a
column narrower than that takes the difference from what the table leaves of the page, then from the
columns with most to spare: a column gives no more than a quarter of its width and never goes below its
own longest word (a column of running text wraps anyway). A word wider than half the page, or than the
others can give, stays broken inside its cell as before (the cell styles' splitLongWords).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

CELL_PADDING = 3  # pt each side of a cell's text: a five-digit sum fits a 12.5 mm column
GIVES_AT_MOST = 0.25  # of a column's width, to another column's word
WORD_MAX = 120  # characters: a longer "word" (a pasted link, hostile text) is broken whatever the widths


def _longest(texts, style: ParagraphStyle) -> float:
    words = {w for t in texts if isinstance(t, (str, int, float)) for w in str(t).split() if len(w) <= WORD_MAX}
    return max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)


def column_needs(header: Sequence[object], rows: Sequence[Sequence[object]], styles: Mapping[str, ParagraphStyle],
                 right: set[int], bold_last: bool) -> list[float]:
    """Per column, the width its longest word needs with the cell's padding (0 for a column of no words)."""
    needs = []
    for c in range(len(header)):
        body = rows[:-1] if bold_last else rows
        widest = max(_longest([header[c]], styles["cell_head_right" if c in right else "cell_head"]),
                     _longest([row[c] for row in body if c < len(row)], styles["cell_right" if c in right else "cell"]))
        if bold_last and rows:
            widest = max(widest, _longest([rows[-1][c]] if c < len(rows[-1]) else [],
                                          styles["cell_right" if c in right else "cell_bold"]))
        needs.append(widest + 2 * CELL_PADDING + 1 if widest else 0.0)  # a point to spare: wrapping cuts at the last
    return needs


def words_whole(widths: Sequence[float], needs: Sequence[float], room: float) -> list[float]:
    """The widths, each column widened to its need where the page and the other columns allow (see above);
    the total stays within `room` (or as it was, when it was wider)."""
    widths = list(widths)
    floor = [max(need, (1 - GIVES_AT_MOST) * w) for w, need in zip(widths, needs)]
    for c, need in enumerate(needs):
        lack = need - widths[c]
        if lack <= 0 or need > room / 2:
            continue
        spare = max(0.0, room - sum(widths))
        donors = sorted((d for d in range(len(widths)) if d != c and widths[d] > floor[d]),
                        key=lambda d: floor[d] - widths[d])
        if spare + sum(widths[d] - floor[d] for d in donors) < lack:
            continue  # it would break anyway: the other columns keep their widths
        widths[c] += lack
        lack -= min(spare, lack)
        for d in donors:
            given = min(lack, widths[d] - floor[d])
            widths[d] -= given
            lack -= given
        floor[c] = max(floor[c], widths[c])  # what it took, it does not give to the next column
    return widths
