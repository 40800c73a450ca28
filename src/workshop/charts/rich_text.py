"""User text is text in Qt too: the one way typed text goes where Qt reads rich text.

QLabel shows plain text when told to (`Qt.TextFormat.PlainText`, see `ui.widgets.common.plain_label`),
but tooltips and pyqtgraph's legend and axis labels have no such switch: they are read as HTML whenever
the text looks like it, so an organisation called `<img src="/etc/hostname">` made Qt open that file
for every repaint of the radar's legend. These helpers escape the text so it shows exactly as typed.
Qt-free on purpose: the charts and the interface share them.
"""

from __future__ import annotations

import html
import re
import unicodedata

from workshop.domain.visible import boxed


# Characters a chart's legend entry or axis label shows of a name (our own longest,
# "Median för alla organisationer", is 30).
LABEL_MAX = 32
ZERO_WIDTH_SPACE = "\u200b"  # where a line may break, showing nothing
# A tooltip wraps at about a quarter of the screen's width (Qt's own choice: ~340 px, 40–50 letters at 1366 px).
# A run of letters longer than TIP_RUN cannot fit on one line anyway: it may break after every TIP_STEP of them,
# so its lines fill the tooltip's width. Shorter words ("verksamhetsutvecklingen") stay whole, moved to the next line.
TIP_RUN, TIP_STEP = 40, 8


def showable(text: object) -> str:
    """The text as a chart may hold it: typed line breaks as "\\n", every other control character as the
    replacement box, as in the PDFs (Qt wrote ESC or NUL raw into an exported SVG, which no XML reader takes,
    so the chart could not be saved as SVG or PNG)."""
    return boxed(text)


def short_label(text: object, limit: int = LABEL_MAX) -> str:
    """A name as one line of at most `limit` characters, "…" marking a cut: a chart's legend or axis has
    no room for a 1,000-character name (it took the whole radar's width)."""
    s = " ".join(showable(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def literal(text: object) -> str:
    """An HTML fragment that shows exactly the given text (escaped; line breaks kept)."""
    s = showable(text)
    return "<br/>".join(html.escape(line, quote=False) for line in s.splitlines() or [""])


def closing_bracket(text: str) -> tuple[str, str]:
    """A label's words before a closing "(…)" and that bracket ("14", "(5 of 7)"; "Vaggeryd", "(ej bedömd)"), or
    the label and "": a line break goes before the bracket, never inside it."""
    head, space, tail = text.rpartition(" (")
    if space and head and text.endswith(")") and ")" not in tail[:-1]:
        return head, "(" + tail
    return text, ""


def _may_break_before(run: str, i: int) -> bool:
    """Whether a line may break between run[i-1] and run[i] without tearing a character apart (an accent
    from its letter, a joined emoji, a skin tone from its figure)."""
    ch = run[i]
    return not (unicodedata.category(ch)[0] == "M" or ch == "\u200d" or run[i - 1] == "\u200d"
                or 0x1F3FB <= ord(ch) <= 0x1F3FF or 0xFE00 <= ord(ch) <= 0xFE0F
                or 0xE0020 <= ord(ch) <= 0xE007F  # a flag's tag letters (England's, Scotland's)
                or _inside_a_flag(run, i))


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _inside_a_flag(run: str, i: int) -> bool:
    """Whether run[i] is the second letter of a flag (Sweden's is the two regional letters S and E): an odd
    number of them runs up to it."""
    if not (_regional(run[i]) and _regional(run[i - 1])):
        return False
    n = 0
    while i - 1 - n >= 0 and _regional(run[i - 1 - n]):
        n += 1
    return n % 2 == 1


def breakable(text: str, longer_than: int = 24, every: int = 20) -> str:
    """The text with a zero-width space after every `every` letters of each run without spaces longer than
    `longer_than` (a file path, a pasted word, an error quoting either), so text wrapped to a width wraps it
    instead of growing past the screen; shorter words are left whole. Zero-width spaces already there count as
    breaks (breakable twice is breakable once)."""
    def split(match: re.Match) -> str:
        run, out, count = match[0], [], 0
        for i, ch in enumerate(run):
            if count >= every and _may_break_before(run, i):
                out.append(ZERO_WIDTH_SPACE)
                count = 0
            out.append(ch)
            count += 1
        return "".join(out)

    return re.sub(r"[^\s\u200b]{%d,}" % (longer_than + 1), split, text)


def tooltip(text: object) -> str:
    """A tooltip that shows exactly the given text, whatever it holds; empty stays empty (no tooltip).

    Always rich text (a paragraph that keeps spaces and line breaks): a tooltip that merely might be
    rich text is guessed at by Qt, and an escaped `&lt;b&gt;` guessed as plain would show the entity.
    A word too long for one line may break anywhere (`breakable`): a 300-letter name had made the tooltip
    2,569 px wide, past a 1366 px screen, and Qt's rich text knows no CSS word-break.
    """
    s = "" if text is None else str(text)
    if not s:
        return ""
    s = breakable(s, TIP_RUN, TIP_STEP)
    return f"<p style='white-space:pre-wrap'>{html.escape(s, quote=False)}</p>"
