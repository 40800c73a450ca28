"""User text is text in Qt too: the one way typed text goes where Qt reads rich text.

QLabel shows plain text when told to (`Qt.TextFormat.PlainText`, see `ui.widgets.common.plain_label`),
but tooltips and pyqtgraph's legend and axis labels have no such switch: they are read as HTML whenever
the text looks like it, so an organisation called `<img src="/etc/hostname">` made Qt open that file
for every repaint of the radar's legend. These helpers escape the text so it shows exactly as typed.
Qt-free on purpose: the charts and the interface share them.
"""

from __future__ import annotations

import html

from workshop.domain.visible import boxed


# Characters a chart's legend entry or axis label shows of a name (our own longest,
# "Median för alla organisationer", is 30).
LABEL_MAX = 32


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


def tooltip(text: object) -> str:
    """A tooltip that shows exactly the given text, whatever it holds; empty stays empty (no tooltip).

    Always rich text (a paragraph that keeps spaces and line breaks): a tooltip that merely might be
    rich text is guessed at by Qt, and an escaped `&lt;b&gt;` guessed as plain would show the entity.
    """
    s = "" if text is None else str(text)
    if not s:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(s, quote=False)}</p>"
