"""The report's table of contents: reportlab's, its entries the documents' own paragraph (export.paragraph).

reportlab's TableOfContents builds each entry as reportlab's Paragraph, so a heading with a word longer than a
line (an alternative's name of one long word) had that word begun on the entry's first line, after "3.3.2
Alternativ 1 –", its first piece filling the rest of it. Here the entries are export.paragraph's: the word
starts on a fresh line, as it does in the heading itself.

This repeats reportlab's TableOfContents.wrap (pinned at 5.1.0) with the one class changed.
"""

from __future__ import annotations

from ast import literal_eval

from reportlab.platypus import Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from workshop.export.paragraph import Paragraph


class Contents(TableOfContents):
    """A table of contents whose entries are export.paragraph's Paragraph."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        """The entries of the last pass as a table of paragraphs, each ending in its dots and page number."""
        entries = self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]

        def draw_entry_end(canvas, _kind, label):
            """After each entry: the dots and its page number (reportlab's callback)."""
            page, level, key = label.split(",")
            style = self.getLevelStyle(int(level))
            dots = " . " if 0 <= self.dotsMinLevel <= int(level) else ""
            page = self.formatter(int(page)) if self.formatter else int(page)
            drawPageNumbers(canvas, style, [(page, literal_eval(key))], availWidth, availHeight, dots)

        self.canv.setNamedCB("drawTOCEntryEnd", draw_entry_end)
        rows = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            link = None
            if key:
                text = f'<a href="#{key}">{text}</a>'
                link = repr(key).replace(",", "\\x2c").replace('"', "\\x2c")
            end = f'<onDraw name="drawTOCEntryEnd" label="{page},{level},{link}"/>'
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(f"{text}{end}", style)])
        self._table = Table(rows, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height
