"""Plain Qt graphics items for the parts of a chart that change on every edit.

pyqtgraph's own items paint through Python (bounds with nanmin/nanmax,
pixel vectors, transforms) on every repaint; Qt's QGraphicsPathItem,
QGraphicsRectItem and QGraphicsSimpleTextItem paint in C++. Measured on the
potential radar in the main window: ~2.2 ms per repaint with pyqtgraph
curves and text items, well under half that with these.
"""

from __future__ import annotations

import math
from collections import OrderedDict

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


_SEGMENTS: OrderedDict[tuple, QPainterPath] = OrderedDict()
_NO_PATH = QPainterPath()


def _dashed_segment(x0: float, y0: float, x1: float, y1: float, on: float, off: float) -> QPainterPath:
    """One segment as dashes `on` long with `off` gaps (data units), starting at (x0, y0), remembered.

    Qt's own dashed pen restarts the pattern where a repaint is clipped, so a
    chart repainted in part shows dashes out of step with the rest; solid
    pieces look the same however they are clipped. The pattern starts afresh
    at every corner, so moving one point changes only the dashes of the two
    segments that meet there (and corners are always drawn): an edit cuts
    those two again, the others come from here.
    """
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy)
    if not (math.isfinite(length) and length > 0):  # a NaN break (never equal to itself: not remembered)
        return _NO_PATH
    key = (x0, y0, x1, y1, on, off)
    path = _SEGMENTS.get(key)
    if path is not None:
        _SEGMENTS.move_to_end(key)
        return path
    path = QPainterPath()
    ux, uy = dx / length, dy / length
    period = on + off
    for k in range(math.ceil(length / period)):  # the last dash may be shorter
        start = k * period
        stop = min(start + on, length)
        path.moveTo(x0 + start * ux, y0 + start * uy)
        path.lineTo(x0 + stop * ux, y0 + stop * uy)
    _SEGMENTS[key] = path
    if len(_SEGMENTS) > 1024:
        _SEGMENTS.popitem(last=False)
    return path


def dashed_path(x: np.ndarray, y: np.ndarray, on: float, off: float) -> QPainterPath:
    """A polyline (NaN breaks it) as solid dashes, each segment's pattern starting at its first point."""
    xs, ys = np.asarray(x, dtype=float).tolist(), np.asarray(y, dtype=float).tolist()
    path = QPainterPath()
    for i in range(len(xs) - 1):
        path.addPath(_dashed_segment(xs[i], ys[i], xs[i + 1], ys[i + 1], on, off))
    return path


_PATHS: OrderedDict[tuple, QPainterPath] = OrderedDict()


def line_path(x: np.ndarray, y: np.ndarray, dashes: tuple[float, float] | None = None) -> QPainterPath:
    """The path through points (NaN breaks the line; dashed when `dashes` is given), remembered.

    Charts showing the same numbers (the radar in the window and on the
    projector) ask for the same paths on every edit; Qt shares a path's
    data between copies, so the second asks for free.
    """
    key = (x.tobytes(), y.tobytes(), dashes)
    path = _PATHS.get(key)
    if path is not None:
        _PATHS.move_to_end(key)
        return path
    if x.size == 0:
        path = QPainterPath()
    elif dashes is not None:
        path = dashed_path(x, y, *dashes)
    elif x.size <= 64 and np.isfinite(x).all() and np.isfinite(y).all():  # one small polygon: no NaN handling
        polygon = pg.functions.create_qpolygonf(x.size)
        points = pg.functions.ndarray_from_qpolygonf(polygon)
        points[:, 0], points[:, 1] = x, y
        path = QPainterPath()
        path.addPolygon(polygon)
    else:
        path = pg.arrayToQPath(x, y, connect="finite")
    _PATHS[key] = path
    if len(_PATHS) > 256:
        _PATHS.popitem(last=False)
    return path


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
        self.setPath(line_path(self._x, self._y, self.dashes))

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
