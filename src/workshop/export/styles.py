"""The look of every PDF: page layout, header and footer with "page N of M", type styles, tables.

Every style uses the shipped font family; the canvas starts in it too, so no
unembedded built-in font ends up in the file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from workshop.domain.messages import msg
from workshop.export.errors import ExportError
from workshop.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from workshop.export.paragraph import Paragraph
from workshop.export.pdf_tables import SPLIT_IN_ROW, build_table, cell, table_class
from workshop.export.safe_write import check_target, write_bytes_atomically
from workshop.export.text import one_line, para, viewer_line

INK = colors.HexColor("#1B2A3A")
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6B7B")
RULE = colors.HexColor("#9DB3C8")
HEAD_BG = colors.HexColor("#DDE7F0")
ZEBRA = colors.HexColor("#F4F7FA")

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_PADDING = 6  # reportlab's frame keeps this much inside the margins on every side
LINE_WIDTH = PAGE[0] - 2 * MARGIN_X  # the header and footer rules, margin to margin
TEXT_WIDTH = LINE_WIDTH - 2 * FRAME_PADDING  # what the text and every table may take (tables had run 6 pt past the rules)
HEADER_GAP = 6 * mm  # between the left and right parts of a page's header or footer line
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING  # what a page holds


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=REGULAR, fontSize=10, leading=14, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


def make_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name."""
    register_fonts()
    return {
        "cover_kind": _style("cover_kind", fontName=BOLD, fontSize=13, leading=18, textColor=MUTED, spaceAfter=6),
        "cover_title": _style("cover_title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=10),
        "doc_kind": _style("doc_kind", fontName=BOLD, fontSize=11, leading=14, textColor=MUTED, spaceAfter=2),
        "title": _style("title", fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=10),
        "h1": _style("h1", fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceBefore=16, spaceAfter=6,
                     keepWithNext=1),
        "h2": _style("h2", fontName=BOLD, fontSize=12, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=4,
                     keepWithNext=1),
        "h3": _style("h3", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        # An agenda item's heading: no keepWithNext, so a long note does not drag it to the next page
        # (a CondPageBreak before it keeps it from being stranded at the foot of a page instead).
        "item": _style("item", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=2),
        # A free agenda item ("Fika", "Övrigt"): numbered as the questions are, but not set as one of them
        "free_item": _style("free_item", fontName=ITALIC, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=2),
        "body": _style("body", spaceAfter=6),
        "lead": _style("lead", spaceAfter=6, keepWithNext=1),  # a sentence that introduces the table below it
        "note": _style("note", leftIndent=8 * mm, spaceAfter=6),
        "theme": _style("theme", fontName=ITALIC, fontSize=9, leading=12, textColor=MUTED, leftIndent=8 * mm),
        "muted": _style("muted", fontName=ITALIC, fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=6),
        "bullet": _style("bullet", leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2),
        "caption": _style("caption", fontName=ITALIC, fontSize=9, leading=12, textColor=MUTED, alignment=TA_CENTER,
                          spaceBefore=2, spaceAfter=12),
        "cell": _style("cell", fontSize=8.5, leading=11),
        "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11),
        "cell_right": _style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cell_head": _style("cell_head", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        "cell_head_right": _style("cell_head_right", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT,
                                  alignment=TA_RIGHT),
        "toc1": _style("toc1", fontName=BOLD, fontSize=10.5, leading=15),
        "toc2": _style("toc2", fontSize=9.5, leading=13, leftIndent=8 * mm),
        "toc3": _style("toc3", fontSize=9, leading=12, leftIndent=14 * mm, textColor=MUTED),
        "label": _style("label", fontName=BOLD, spaceBefore=4, spaceAfter=2, keepWithNext=1),
    }


def data_table(
    styles: Mapping[str, ParagraphStyle],
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    bold_last: bool = False,
    keep: int = 1,
) -> Flowable:
    """A table with a shaded header row repeated on every page, zebra rows and wrapping cells; too wide
    for the page, it is split into several tables by columns, each repeating the first `keep` columns.
    Up to SMALL_TABLE_ROWS rows it is never split across pages; a longer one leaves at least
    TABLE_MIN_ROWS rows on each page (see pdf_tables.RowsKept)."""
    return build_table(styles, header, rows, widths, TEXT_WIDTH, FRAME_HEIGHT,
                       {"head_bg": HEAD_BG, "accent": ACCENT, "rule": RULE, "zebra": ZEBRA}, right, bold_last, keep)


def field_table(styles: Mapping[str, ParagraphStyle], pairs: Sequence[tuple[str, object]]) -> Table:
    """The title block: label and value pairs, labels in bold."""
    rows = [[cell(k, styles["cell_bold"]), cell(v, styles["cell"])] for k, v in pairs]
    table = table_class(FRAME_HEIGHT)(rows, colWidths=[38 * mm, TEXT_WIDTH - 38 * mm], hAlign="LEFT",
                                      splitInRow=SPLIT_IN_ROW)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say."""

    header_left: str
    header_right: str
    page_label: str  # "Sida {page} av {pages}"
    footer_left: str = ""
    plain_first_page: bool = False  # a cover page without header and footer
    watermark: str = ""  # printed large and pale across every page (e.g. UTKAST on draft minutes)


def _canvas_class(frame: PageFrame):
    """A canvas that holds the pages back until it knows how many there are, then writes "N of M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._marks: list[tuple] = []  # this page's bookmarks, bound to it once it is written (see save)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def bookmarkPage(self, key, *args, **kwargs):
            """A destination on this page. Pages are written only in save(), and a destination names the page
            being written: bound now, every bookmark and contents link had led to the cover. It is bound again
            as its page is written."""
            self._marks.append((key, args, kwargs))
            return super().bookmarkPage(key, *args, **kwargs)

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for key, args, kwargs in state["_marks"]:
                    super().bookmarkPage(key, *args, **kwargs)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            page = self._pageNumber
            if frame.plain_first_page and page == 1:
                return
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top = height - MARGIN_TOP + 8 * mm
            self.line(MARGIN_X, top - 2 * mm, width - MARGIN_X, top - 2 * mm)
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 8)
            self._pair(top, frame.header_left, frame.header_right)
            bottom = MARGIN_BOTTOM - 10 * mm
            self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
            self._pair(bottom, frame.footer_left, frame.page_label.format(page=page, pages=total))
            if frame.watermark:
                self.setFillColorRGB(0.55, 0.55, 0.55, alpha=0.18)
                self.setFont(REGULAR, 96)
                self.translate(width / 2, height / 2)
                self.rotate(45)
                self.drawCentredString(0, -32, frame.watermark)
            self.restoreState()

        def _pair(self, y: float, left: str, right: str) -> None:
            """A line of the header or footer: the right part (what page, what document) whole up to half
            the width, the left part (the engagement's title) cut with "…" to the room left between them."""
            from reportlab.pdfbase.pdfmetrics import stringWidth

            right = _fit(one_line(right), LINE_WIDTH / 2)
            room = LINE_WIDTH - stringWidth(right, REGULAR, 8) - HEADER_GAP
            if left:
                self.drawString(MARGIN_X, y, _fit(one_line(left), room))
            self.drawRightString(self._pagesize[0] - MARGIN_X, y, right)

    return NumberedCanvas


def _fit(text: str, width: float, size: float = 8) -> str:
    """Shorten text with an ellipsis so it fits the width at the header's size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, REGULAR, size) <= width:
        return text
    # The longest prefix that fits with its ellipsis, by halving: taking one character off at a time
    # measured a 10,000-character title 10,000 times per page (30 s for a short pre-read).
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", REGULAR, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


ProgressCallback = Callable[[float], None]


START_ROOM = 15 * mm  # below a heading: room for three lines of text (a table asks for its header and rows itself)


class KeepWithStart(KeepTogether):
    """What keepWithNext groups (headings, labels, an opening sentence, and the flowable after them), kept
    with the *start* of that flowable, not all of it: reportlab's KeepTogether moves the whole group to the
    next page whenever it does not fit where it stands, so a long table under its heading left most of a page
    blank though it ran over two pages anyway (the joint minutes' criteria votes), and "Fördelar:" took its
    whole list to the next page, leaving the foot of the page above blank (the report's 3.3.1). The group
    starts here and runs on when the headings and at least START_ROOM of the last flowable fit and it can be
    split there (a paragraph or list by lines and items, a long table as RowsKept allows); else it moves whole
    to the next page (as a short table does, which is read in one piece)."""

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        *heads, last = self._content
        if not heads:
            return super().split(aW, aH)
        above = sum(f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        # A short table moves whole only where it then stands whole with its heading (RowsKept): one that fits
        # a page alone but not with its heading had left the heading alone on a page, the table on the next.
        last.kept_above = above
        if self._H > aH:
            room = aH - above - last.getSpaceBefore()
            parts = last.splitOn(self.canv, aW, room) if room >= START_ROOM else []
            if len(parts) > 1:
                # The pieces as measured for this room: handing back the whole flowable had the frame split it
                # again (a 290-row table measured twice a page: the report of 290 organisations 1.5 s -> 1.9 s).
                return [*heads, *parts]
        return super().split(aW, aH)


class WholeParagraph(Paragraph):
    """A paragraph that goes to the next page whole rather than leave part of itself behind (a question's
    last word had stood alone on a page); one taller than a whole page is split as any paragraph is."""

    def split(self, avail_width, avail_height):
        _, height = self.wrap(avail_width, FRAME_HEIGHT)
        if height <= FRAME_HEIGHT:
            return []  # nothing here: the frame moves it to the next page
        return super().split(avail_width, avail_height)


class _Doc(SimpleDocTemplate):
    """A document that feeds headings to the table of contents and the PDF outline."""

    def afterFlowable(self, flowable):
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.toc_text
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(viewer_line(text), key, level=level, closed=level > 0)
        # The contents draws each entry as a Paragraph: the heading's text goes in escaped, like every other.
        self.notify("TOCEntry", (level, para(text), self.page, key))


def heading(text: str, style: ParagraphStyle, level: int | None) -> Paragraph:
    """A heading paragraph; with a level it goes into the contents and the PDF outline."""
    p = Paragraph(para(text), style)
    if level is not None:
        p.toc_level = level
        p.toc_text = text  # as typed: the contents and the outline escape it for themselves
    return p


TITLE_SHRINK_MOST = 0.6  # a title's type is made at most this much smaller to keep its longest word whole


def title(text: str, style: ParagraphStyle) -> Paragraph:
    """A document's title in `style`, its type made smaller (down to TITLE_SHRINK_MOST) when its longest word
    is wider than the page's text: "Utredning om informationssäkerhetssamordning" had been broken on the
    report's cover as "informationssäk / erhetssamordning". A word too long even then breaks as before."""
    widest = max((stringWidth(word, style.fontName, style.fontSize) for word in one_line(text).split()), default=0)
    if widest <= TEXT_WIDTH:
        return Paragraph(para(text), style)
    scale = max(TITLE_SHRINK_MOST, (TEXT_WIDTH - 1) / widest)  # a point to spare: reportlab wraps at the last one
    fitted = ParagraphStyle(f"{style.name}_fitted", parent=style, fontSize=style.fontSize * scale,
                            leading=style.leading * scale)
    return Paragraph(para(text), fitted)


def render_pdf(
    story: list[Flowable],
    frame: PageFrame,
    meta: Mapping[str, str],
    progress: ProgressCallback | None = None,
    passes: int = 1,
) -> bytes:
    """The finished PDF as bytes (passes > 1 when a table of contents needs page numbers)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _Doc(
        buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, initialFontName=REGULAR, initialFontSize=10,
        title=viewer_line(meta.get("title", "")), author=viewer_line(meta.get("author", "")),
        subject=viewer_line(meta.get("subject", "")), creator="Workshop", lang=meta.get("lang", "sv"),
        keepTogetherClass=KeepWithStart,
    )
    if progress is not None:
        doc.setProgressCallBack(_progress_adapter(progress, passes))
    canvasmaker = _canvas_class(frame)
    if passes > 1:
        doc.multiBuild(story, canvasmaker=canvasmaker, maxPasses=passes + 3)
    else:
        doc.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(1.0)
    return buffer.getvalue()


def _progress_adapter(progress: ProgressCallback, passes: int):
    state = {"pass": 1, "size": 1, "done": 0.0}

    def on_progress(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = max(1, value)
        elif kind == "PROGRESS":
            # Split flowables go back on the queue, so the raw count can step back; report only forward moves.
            done = min(0.99, (min(state["pass"], passes) - 1 + value / state["size"]) / passes)
            if done > state["done"]:
                state["done"] = done
                progress(done)

    return on_progress


def write_pdf(target: str | os.PathLike[str], build: Callable[[], bytes]) -> None:
    """Check the target, build the PDF in memory, then write it safely."""
    check_target(target)
    try:
        data = build()
    except LayoutError as exc:  # e.g. a flowable too large for any page
        raise ExportError(msg("{path}: the PDF could not be laid out ({error})."), path=target, error=exc) from None
    write_bytes_atomically(target, data)
