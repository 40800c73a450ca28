"""Beside the potential grid: each group's sum and share of the total, next to its today-share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLine, QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QRegion, QStaticText
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain.potential import GroupPotential
from workshop.ui.session.session import FRAMEWORK, GROUPS, INFO, ORGANISATIONS, POTENTIALS, EngagementSession
from workshop.ui.potential.data import potential_data
from workshop.ui.widgets.i18n import tr
from workshop.charts.locale import percent

Index = QModelIndex | QPersistentModelIndex
GROUP, AREAS, SUM, SHARE, TODAY = range(5)





class GroupShareModel(QAbstractTableModel):
    """One row per group, plus a total: potential sum, its share, and the share of today's spend.

    The cells' texts are computed once per edit (refresh) and looked up after.
    """

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        # Short headings, as the report's group table has them ("Potential", "Idag"): the group names get
        # the room ("Förändrin…" beside "Andel av potentialen").
        self.HEADERS = (tr("Group"), tr("Areas"), tr("Sum"), tr("Potential"), tr("Today"))
        self._session = session
        self._rows: list[GroupPotential] = []
        self._cells: list[list[str]] = []
        self.refresh()

    def _texts(self, rows: list[GroupPotential]) -> list[list[str]]:
        e = self._session.engagement
        areas = {g.code: "".join(a.code for a in e.areas if a.group_code == g.code) for g in e.groups}
        cells = [[g.name, areas.get(g.code, ""), str(g.potential_sum), percent(g.potential_share), percent(g.today_share)]
                 for g in rows]
        if rows:
            grand = sum(g.potential_sum for g in rows)
            today = [g.today_share for g in rows]
            cells.append([tr("Total"), "", str(grand), percent(1.0 if grand else None),
                          percent(sum(today)) if None not in today else "–"])
        return cells

    def refresh(self) -> None:
        """Recompute from the session's scores; only cells whose text changed are reported."""
        rows = potential_data(self._session).groups()
        cells = self._texts(rows)
        if len(cells) == len(self._cells) and [r[:2] for r in cells] == [r[:2] for r in self._cells]:
            changed = [i for i, (a, b) in enumerate(zip(self._cells, cells)) if a != b]
            self._rows, self._cells = rows, cells
            if changed:  # shares shown as whole percentages often stay the same: then nothing repaints
                self.dataChanged.emit(self.index(min(changed), SUM), self.index(max(changed), TODAY))
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    def cells(self) -> list[list[str]]:
        """Every cell's text, row by row (the total last)."""
        return self._cells

    def is_bold(self, row: int, column: int) -> bool:
        """The total row and the potential shares stand out."""
        return row == len(self._rows) or column == SHARE

    def groups(self) -> list[GroupPotential]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != GROUP:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_bold(index.row(), index.column()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


class GroupSharesTable(QWidget):
    """The group shares as a small read-only table, painted directly.

    A QTableView took ~1 ms to repaint its changing cells on every edit (a
    delegate and a dozen model calls per cell); this paints prepared texts
    with one QPainter. The model stays the source of the texts.
    """

    PAD = 8
    MIN_GROUP = 90  # px left for group names when the numbers need the rest

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self.setObjectName("potentialShares")
        self.model_ = GroupShareModel(session, self)
        self._rows: list[list[QStaticText]] = []
        self._texts: list[list[str]] = []
        self._widths: list[int] = []
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._advances: dict[str, int] = {}
        self._statics: dict[tuple[str, bool], QStaticText] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.model_.dataChanged.connect(self._take)
        self.model_.modelReset.connect(self._take)
        self._take()
        session.changed.connect(self._on_changed)

    def _on_changed(self, part: str) -> None:
        if part in (POTENTIALS, ORGANISATIONS, INFO, GROUPS, FRAMEWORK):
            self.model_.refresh()

    def _take(self, *_args) -> None:
        m = self.model_
        texts = [list(m.HEADERS)] + [list(row) for row in m.cells()]
        if texts == self._texts:
            return
        reshaped = len(texts) != len(self._texts) or any(len(a) != len(b) for a, b in zip(texts, self._texts))
        changed = []  # (row, column) of each cell whose text changed
        rows = []
        for r, row in enumerate(texts):
            old = None if reshaped else self._texts[r]
            prepared = []
            for c, text in enumerate(row):
                if old is not None and old[c] == text:
                    prepared.append(self._rows[r][c])  # unchanged: keep the laid-out text
                    continue
                prepared.append(self._static(text, r == 0 or m.is_bold(r - 1, c)))
                changed.append((r, c))
            rows.append(prepared)
        self._texts, self._rows = texts, rows
        advance = self._advance
        columns = range(len(texts[0])) if reshaped else {c for _, c in changed}  # only where a text changed
        widths = list(self._widths) if not reshaped else [0] * len(texts[0])
        for c in columns:
            widths[c] = max(advance(row[c]) for row in texts) + 2 * self.PAD
        if reshaped or widths != self._widths:
            self._widths = widths
            self.setMinimumWidth(sum(widths[1:]) + self.MIN_GROUP)  # the numbers are never cut off
            if reshaped:
                self.fit_height()
            self.update()
            return
        height, lefts, widths = self._row_height(), *self._columns()  # only the cells whose text changed
        region = QRegion()
        for r, c in changed:
            region |= QRect(lefts[c], r * height, widths[c], height)
        self.update(region)

    def prepared_texts(self) -> list[QStaticText]:
        """Every cell's laid-out text as it is painted, headings first."""
        return [static for row in self._rows for static in row]

    def column_widths(self) -> list[int]:
        """Each column's width as painted."""
        return self._columns()[1]

    def _columns(self) -> tuple[list[int], list[int]]:
        """Each column's left edge and width; the group column takes what the numbers leave."""
        widths = list(self._widths)
        if widths:  # too narrow, the group names are shortened
            widths[GROUP] = max(self.MIN_GROUP, self.width() - sum(widths[1:]))
        lefts = [sum(widths[:c]) for c in range(len(widths))]
        return lefts, widths

    def _static(self, text: str, bold: bool) -> QStaticText:
        """A text laid out once in its font and remembered (sums and shares come back as the room edits)."""
        key = (text, bold)
        static = self._statics.get(key)
        if static is None:
            if len(self._statics) > 4096:
                self._statics.clear()
            static = self._statics[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # a group name is text, never markup (Auto would guess)
            static.prepare(font=self._bold if bold else self.font())
        return static

    def _advance(self, text: str) -> int:
        """The width of a text in the bold font, remembered (an edit changes a few of the texts)."""
        width = self._advances.get(text)
        if width is None:
            if len(self._advances) > 4096:
                self._advances.clear()
            width = self._advances[text] = QFontMetrics(self._bold).horizontalAdvance(text)
        return width

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def fit_height(self) -> None:
        """Tall enough for every row."""
        self.setFixedHeight(self._row_height() * max(len(self._texts), 1))  # the last row's line is the border

    def _cells_in(self, region: QRegion, height: int, lefts: list[int], widths: list[int]) -> list[tuple[int, int]]:
        """The (row, column) of every cell the region touches, in drawing order (an edit: a few cells)."""
        cells = set()
        last_row = len(self._rows) - 1
        for rect in region:
            rows = range(max(0, rect.top() // height), min(rect.bottom() // height, last_row) + 1)
            columns = [c for c in range(len(widths)) if lefts[c] <= rect.right() and lefts[c] + widths[c] > rect.left()]
            cells.update((r, c) for r in rows for c in columns)
        return sorted(cells)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.base())
        height = self._row_height()
        lefts, widths = self._columns()
        if event.rect().top() < height:
            painter.fillRect(0, 0, self.width(), height, palette.button())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        bold_now = None
        lines = []  # each drawn cell's right and bottom border, drawn in one call after the texts
        for r, c in self._cells_in(event.region(), height, lefts, widths):
            y, x, static = r * height, lefts[c], self._rows[r][c]
            bold = r == 0 or self.model_.is_bold(r - 1, c)
            if bold != bold_now:  # a change of font is all the texts need between them
                painter.setFont(self._bold if bold else self.font())
                bold_now = bold
            size = static.size()
            if c == GROUP and size.width() > widths[c] - 2 * self.PAD:
                area = QRectF(x + self.PAD, y, widths[c] - 2 * self.PAD, height)
                elided = painter.fontMetrics().elidedText(self._texts[r][c], Qt.TextElideMode.ElideRight,
                                                          int(area.width()))
                painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
            else:
                text_x = x + self.PAD if (c == GROUP and r) else x + (widths[c] - size.width()) / 2
                painter.drawStaticText(QPointF(text_x, y + (height - size.height()) / 2), static)
            right = x + widths[c]
            lines.append(QLine(right - 1, y, right - 1, y + height))
            lines.append(QLine(x, y + height - 1, self.width() if c == len(widths) - 1 else right, y + height - 1))
        painter.setPen(QColor("#C8C8C8"))
        painter.drawLines(lines)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def text(self) -> str:
        """The table as plain text, one row per line (tab-separated), e.g. for the clipboard."""
        return "\n".join("\t".join(row) for row in self._texts)
