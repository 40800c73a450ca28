"""A label of at most a few wrapped lines: a meeting title or question of any length cannot grow the window
past the screen, and what does not fit ends in "…" rather than being clipped mid-line."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from workshop.charts.rich_text import tooltip as literal_tooltip
from workshop.ui.widgets.accessible import shown_text

ELLIPSIS_SLACK = 2  # px the last line is kept short of the width, so the label's own wrapping never moves a word
HINT_LETTERS = 60  # the width a label asks for (when its text is that long): its shortened text must not decide


def normalised(text: str) -> str:
    """The text as the label lays it out: line breaks as "\n", a tab as a space (a label's tab stops are not
    the layout's), no trailing blank lines or spaces (they would count as a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").rstrip()


def _utf16_prefix(text: str, units: int) -> str:
    """The start of `text` that is `units` UTF-16 code units long (Qt counts positions in those: an emoji
    is two)."""
    return text.encode("utf-16-le")[:2 * units].decode("utf-16-le", errors="ignore")


def _line_starts(text: str, font: QFont, width: int, limit: int) -> list[int]:
    """Where each wrapped line of `text` (normalised) starts at `width` px, up to `limit` + 1 lines."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # a line break in the text breaks the line
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) <= limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def wrapped_lines(text: str, font: QFont, width: int, limit: int) -> int:
    """How many lines `text` takes wrapped at `width` px, counting no further than `limit` + 1."""
    text = normalised(text)
    if not text:
        return 0
    return len(_line_starts(text, font, width, limit)) if width > 0 else 1


def elide_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """`text` (normalised) as it wraps at `width` px in `font`, cut to `lines` lines with "…" ending the
    last one; the text itself when it fits (or when there is no width to wrap at yet)."""
    text = normalised(text)
    if width <= 0 or not text:
        return text
    starts = _line_starts(text, font, width, lines)
    if len(starts) <= lines:
        return text
    before = _utf16_prefix(text, starts[lines - 1])
    line, _break, more = text[len(before):].partition("\n")  # the last line shown, and whether more follows
    line = " ".join(line.split()) + ("…" if more.strip() else "")
    last = QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideRight, max(width - ELLIPSIS_SLACK, 1))
    return before + last


def broken_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """`text` as elide_lines shows it, with a line break where each wrapped line ends: for drawing that does
    not wrap by itself (a header's style draws line breaks, never wraps)."""
    shown = elide_lines(text, font, width, lines)
    if width <= 0 or not shown:
        return shown
    at = [len(_utf16_prefix(shown, s)) for s in _line_starts(shown, font, width, lines)]
    pieces = [shown[a:b] for a, b in zip(at, at[1:] + [len(shown)])]
    return "\n".join(piece.rstrip("\n").strip(" ") for piece in pieces)


def laid_out(text: str, font: QFont, width: int, lines: int = 0) -> str:
    """`text` (normalised) as a word-wrapped label shows it whole at `width` px in `font`: a word longer than
    the width gets a line break where the line is full (a QLabel cannot break inside a word: a 300-letter
    word had widened the projector to 9,533 px); with `lines`, cut to that many lines, "…" ending the last
    (as elide_lines). Breaks between words are left to the label."""
    text = normalised(text)
    if width <= 0 or not text:
        return text
    starts = _line_starts(text, font, width, lines or 1_000_000)
    at = [len(_utf16_prefix(text, s)) for s in starts]
    cut = bool(lines) and len(at) > lines
    kept = at[:lines] if cut else at
    # Where the label breaks a line by itself (after a space, a hyphen, the "/" of "</b>"), no break is added.
    opportunity = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text.replace("\n", "\u2028"))
    pieces, previous = [], 0
    for start, index in zip(starts[1:], kept[1:]):
        opportunity.setPosition(start)
        if not text[index - 1].isspace() and not opportunity.isAtBoundary():  # the layout broke inside a word
            pieces += [text[previous:index], "\n"]
            previous = index
    if not cut:
        return "".join(pieces) + text[previous:]
    line, _break, more = text[kept[-1]:].partition("\n")
    line = " ".join(line.split()) + "…"
    last = QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideRight, max(width - ELLIPSIS_SLACK, 1))
    return "".join(pieces) + text[previous:kept[-1]] + last


class LinesLabel(QLabel):
    """Plain text (never markup), word-wrapped, at most `lines` lines high. Longer text is cut at the end
    of the last line with "…" and is whole in the tooltip, shown literally, and in the accessible name.
    `text()` is the whole text; set it with `setText` or `setNum` (the margin and indent stay Qt's
    defaults: the height allowed is computed from them once). `fixed`: one line is one line high from the
    start, also before its text is first shortened (a layout then never learns its height a pass late)."""

    def __init__(self, lines: int, parent: QWidget | None = None, style: str = "", hint_letters: int = HINT_LETTERS,
                 *, fixed: bool = False):
        super().__init__(parent)
        self._lines = lines
        self._fixed = fixed
        self._hint_letters = hint_letters
        self._whole = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMinimumWidth(1)  # a name without spaces is cut rather than widening the window off screen
        self.setAlignment(self.alignment() & ~Qt.AlignmentFlag.AlignVertical_Mask | Qt.AlignmentFlag.AlignTop)
        if style:
            self.setStyleSheet(style)
        self.ensurePolished()  # the style sheet's font decides the line height
        self._cap_height()

    def set_lines(self, lines: int) -> None:
        """Allow this many lines from now on."""
        if lines != self._lines:
            self._lines = lines
            self._cap_height()
            self._show()

    def room(self) -> int:
        """The width the text wraps at."""
        return self.contentsRect().width() - 2 * self.margin()

    def _cap_height(self) -> None:
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.margin() + 4
        if self._fixed:
            self.setMinimumHeight(height if self._lines == 1 else 0)
        self.setMaximumHeight(height)

    def text(self) -> str:  # noqa: D102 (QLabel's; the whole text, not the part shown)
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self._whole:
            self._whole = text
            # The hint follows the whole text: a label squeezed to nothing while empty showed nothing of a text
            # set later (nothing new to show at that width, so its layout was never asked again).
            self.updateGeometry()
        self._show()

    def setNum(self, number) -> None:  # noqa: N802 (Qt's name)
        self.setText(str(number))

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the whole text asks for (up to `hint_letters` letters), never as the shortened text:
        in a layout that sizes it from its hint, cutting the text would narrow the label, which would cut
        the text further."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        whole = max((metrics.horizontalAdvance(line) for line in normalised(self._whole).split("\n")), default=0)
        wanted = min(whole + 2 * ELLIPSIS_SLACK, metrics.averageCharWidth() * self._hint_letters) + 2 * self.margin()
        return QSize(max(hint.width(), wanted), hint.height())

    def shown(self) -> str:
        """The text as shown: the whole, or its first lines ending in "…"."""
        return super().text()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._show()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._cap_height()  # the font as shown: it had changed since construction with no FontChange seen here

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._cap_height()
            self._show()

    def _show(self) -> None:
        # A word longer than the width gets its line breaks here (laid_out): the label wraps at spaces only, so a
        # 60-letter area name on the projector's key had been cut at the key's right edge, mid-word, with no "…".
        shown = laid_out(self._whole, self.font(), self.room(), self._lines)
        if shown != super().text():
            super().setText(shown)
        cut = shown.replace("\n", "") != normalised(self._whole).replace("\n", "")
        # With a buddy, "&" marks the Alt key ("&&" an ampersand): the tooltip and the name have the words as read.
        whole = shown_text(self._whole) if self.buddy() is not None else self._whole
        self.setToolTip(literal_tooltip(whole) if cut else "")
        self.setAccessibleName(whole)

    def setBuddy(self, buddy: QWidget | None) -> None:  # noqa: N802 (Qt's name)
        super().setBuddy(buddy)
        self._show()  # "&" now marks an Alt key: the tooltip and the name read without it


class LinesDelegate(QStyledItemDelegate):
    """Items of a word-wrapped list at most `lines` lines high: longer text ends in "…" on its last line,
    like a LinesLabel (a 300-letter theme had been one item as tall as the whole list). The whole text stays
    the item's own: editing, the tooltip and the accessible name have all of it."""

    MARGIN = 16  # px of an item's width that padding and the focus frame take from its text

    def __init__(self, lines: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._lines = lines
        if isinstance(parent, QTreeView):  # a tree keeps its rows' heights: measure again at a new width
            parent.header().sectionResized.connect(lambda *_: parent.scheduleDelayedItemsLayout())

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        width = option.rect.width() - self.MARGIN
        if option.text and width > 0:
            option.text = elide_lines(option.text, option.font, width, self._lines)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        # Measured as wrapped MARGIN px narrower than the item: the style measures at the item's whole width
        # but draws inside its padding, so a text just over one line got one line's height and was cut with
        # "…" after a few words ("3. Nuvarande hantering av it-drift …").
        narrow = QStyleOptionViewItem(option)
        if narrow.rect.width() <= 0 and isinstance(option.widget, QTreeView):
            # A tree asks without a width; the style wraps only in a valid rectangle (height too).
            narrow.rect = QRect(0, 0, _tree_item_width(option.widget, index), max(narrow.rect.height(), 1))
        if narrow.rect.width() > self.MARGIN:
            narrow.rect = narrow.rect.adjusted(0, 0, -self.MARGIN, 0)
        hint = super().sizeHint(narrow, index)
        most = QFontMetrics(option.font).lineSpacing() * self._lines + self.MARGIN
        return QSize(option.rect.width() if option.rect.width() > 0 else hint.width(), min(hint.height(), most))


def _tree_item_width(tree: QTreeView, index) -> int:
    """The width an item of a tree has for its text: its column less the indentation of its depth."""
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    indent = tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
    return max(tree.columnWidth(index.column()) - indent, 0)
