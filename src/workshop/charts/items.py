"""Plain Qt graphics items for the parts of a chart that change on every edit.

pyqtgraph's own items paint through Python (bounds with nanmin/nanmax,
pixel vectors, transforms) on every repaint; Qt's QGraphicsPathItem,
QGraphicsRectItem and QGraphicsSimpleTextItem paint in C++. Measured on the
potential radar in the main window: ~2.2 ms per repaint with pyqtgraph
curves and text items, well under half that with these.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem


def cosmetic_pen(colour: str | QColor, width: float = 1.0, style=None) -> QPen:
    """A pen whose width is in screen pixels whatever the plot's scale."""
    pen = pg.mkPen(colour, width=width) if style is None else pg.mkPen(colour, width=width, style=style)
    pen.setCosmetic(True)
    return pen


def dash_polyline(x: np.ndarray, y: np.ndarray, on: float, off: float) -> tuple[np.ndarray, np.ndarray]:
    """A polyline (NaN breaks it) cut into dashes `on` long with `off` gaps (data units), NaN between pieces.

    Qt's own dashed pen restarts the pattern where a repaint is clipped, so a
    chart repainted in part shows dashes out of step with the rest; solid
    pieces look the same however they are clipped. The pattern starts afresh
    at every corner, so moving one point changes only the dashes of the two
    segments that meet there (and corners are always drawn).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    length = np.hypot(x1 - x0, y1 - y0)
    keep = np.flatnonzero(np.isfinite(length) & (length > 0))
    if keep.size == 0:
        return np.empty(0), np.empty(0)
    x0, y0, x1, y1, length = x0[keep], y0[keep], x1[keep], y1[keep], length[keep]
    period = on + off
    dashes = np.ceil(length / period).astype(np.int64)  # per segment, the last one maybe shorter
    seg = np.repeat(np.arange(keep.size), dashes)
    first = np.cumsum(dashes) - dashes
    start = (np.arange(seg.size) - np.repeat(first, dashes)) * period
    t0 = start / length[seg]
    t1 = np.minimum(start + on, length[seg]) / length[seg]
    dx, dy = (x1 - x0)[seg], (y1 - y0)[seg]
    gap = np.full(seg.size, np.nan)
    return (np.column_stack([x0[seg] + t0 * dx, x0[seg] + t1 * dx, gap]).ravel(),
            np.column_stack([y0[seg] + t0 * dy, y0[seg] + t1 * dy, gap]).ravel())


class PathItem(QGraphicsPathItem):
    """Lines or polygons in data coordinates (NaN breaks the line), painted by Qt alone.

    With `dashes` (on, off in data units) the line is drawn dashed, cut into solid pieces.
    """

    def __init__(self, pen: QPen, parent: QGraphicsItem | None = None, dashes: tuple[float, float] | None = None):
        super().__init__(parent)
        self.setPen(pen)
        self.setBrush(QBrush())
        self.dashes = dashes
        self._x = np.empty(0)
        self._y = np.empty(0)

    def setData(self, x, y) -> None:  # noqa: N802 (pyqtgraph's name, so charts can swap items)
        """Replace the points; consecutive finite points are joined, NaN starts a new line."""
        self._x = np.asarray(x, dtype=float)
        self._y = np.asarray(y, dtype=float)
        if self._x.size == 0:
            self.setPath(QPainterPath())
            return
        x, y = (self._x, self._y) if self.dashes is None else dash_polyline(self._x, self._y, *self.dashes)
        self.setPath(pg.arrayToQPath(x, y, connect="finite") if x.size else QPainterPath())

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        """The points last set."""
        return self._x, self._y


class RectsItem(QGraphicsPathItem):
    """Many filled rectangles of one colour as one path (bars)."""

    def __init__(self, pen: QPen, brush: QBrush, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.setPen(pen)
        self.setBrush(brush)

    def set_rects(self, rects: list[QRectF]) -> None:
        path = QPainterPath()
        for rect in rects:
            path.addRect(rect)
        self.setPath(path)


class BarItem(QGraphicsRectItem):
    """One bar, in data coordinates."""

    def __init__(self, pen: QPen, brush: QBrush, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.setPen(pen)
        self.setBrush(brush)


class Label(QGraphicsSimpleTextItem):
    """Text at a point in data coordinates, upright and unscaled, anchored like pyqtgraph's TextItem.

    anchor (0.5, 0.5) centres the text on the point; (0.5, 1) puts it just above; (0, 0.5) to the right.
    """

    def __init__(self, text: str, colour: str, font: QFont, anchor=(0.5, 0.5), parent=None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setBrush(QBrush(QColor(colour)))
        self.setFont(font)
        self._anchor = anchor
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Change the text (and keep it anchored)."""
        if text == self.text() and not self.transform().isIdentity():
            return
        self.setText(text)
        rect = self.boundingRect()
        self.setTransform(QTransform.fromTranslate(-rect.width() * self._anchor[0],
                                                   -rect.height() * self._anchor[1]))

    def toPlainText(self) -> str:  # noqa: N802 (QGraphicsTextItem's name)
        return self.text()
