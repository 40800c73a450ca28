"""Plain Qt graphics items for the parts of a chart that change on every edit.

pyqtgraph's own items paint through Python (bounds with nanmin/nanmax,
pixel vectors, transforms) on every repaint; Qt's QGraphicsPathItem,
QGraphicsRectItem and QGraphicsSimpleTextItem paint in C++. Measured on the
potential radar in the main window: ~2.2 ms per repaint with pyqtgraph
curves and text items, well under half that with these.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPaintEngine, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem


def cosmetic_pen(colour: str | QColor, width: float = 1.0, style=None) -> QPen:
    """A pen whose width is in screen pixels whatever the plot's scale."""
    pen = pg.mkPen(colour, width=width) if style is None else pg.mkPen(colour, width=width, style=style)
    pen.setCosmetic(True)
    return pen


def dashed_path(x: np.ndarray, y: np.ndarray, on: float, off: float) -> QPainterPath:
    """A polyline (NaN breaks it) as solid dashes `on` long with `off` gaps (data units), the pattern
    starting afresh at every corner.

    Qt's dashed pen can shift its pattern where a repaint is clipped, so a chart repainted in part
    (Qt repaints only what changed) showed dashes out of step with the rest; solid pieces look the
    same however they are clipped, and a moved corner changes only its two segments' dashes.
    """
    x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    dx, dy = x1 - x0, y1 - y0
    lengths = np.hypot(dx, dy)
    usable = np.isfinite(lengths) & (lengths > 0)
    if not usable.any():
        return QPainterPath()
    x0, y0, dx, dy, lengths = x0[usable], y0[usable], dx[usable], dy[usable], lengths[usable]
    counts = np.ceil(lengths / (on + off)).astype(int)  # the last dash may be shorter
    segment = np.repeat(np.arange(lengths.size), counts)
    k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    start = k * (on + off)
    stop = np.minimum(start + on, lengths[segment])
    ux, uy = (dx / lengths)[segment], (dy / lengths)[segment]
    px, py = np.empty(2 * segment.size), np.empty(2 * segment.size)
    px[0::2], px[1::2] = x0[segment] + start * ux, x0[segment] + stop * ux
    py[0::2], py[1::2] = y0[segment] + start * uy, y0[segment] + stop * uy
    return pg.arrayToQPath(px, py, connect="pairs")


def line_path(x: np.ndarray, y: np.ndarray) -> QPainterPath:
    """The path through points (NaN breaks the line)."""
    if x.size == 0:
        return QPainterPath()
    if x.size <= 64 and np.isfinite(x).all() and np.isfinite(y).all():  # one small polygon: no NaN handling
        polygon = pg.functions.create_qpolygonf(x.size)
        points = pg.functions.ndarray_from_qpolygonf(polygon)
        points[:, 0], points[:, 1] = x, y
        path = QPainterPath()
        path.addPolygon(polygon)
        return path
    return pg.arrayToQPath(x, y, connect="finite")


class PixelPadded:
    """Bounds padded by the pen's width in pixels, for items drawn with a cosmetic pen in data units.

    Qt pads an item's bounds by its pen's width in the item's own units: a 3 px pen on a radar
    of radius 1 made each polygon's bounds cover the whole chart, and Qt repainted all of it
    when one polygon moved (~3 ms per edit on the projector). The chart says how large a pixel
    is in data units (`set_pixel_size`) whenever its range or size changes.
    """

    _pad = (0.0, 0.0)
    _bounds: QRectF | None = None  # the padded bounds, kept: Qt asks for them several times a repaint

    def set_pixel_size(self, width: float, height: float) -> None:
        """A device pixel's size in data units; the bounds reach this many pixels past the shape."""
        reach = self.pen().widthF() / 2 + 2  # half the line, and antialiasing
        pad = (abs(width) * reach, abs(height) * reach)
        if pad != self._pad:
            self.prepareGeometryChange()
            self._pad = pad
            self._bounds = None

    def _padded(self, rect: QRectF) -> QRectF:
        dx, dy = self._pad
        return rect.adjusted(-dx, -dy, dx, dy)


class PathItem(PixelPadded, QGraphicsPathItem):
    """Lines or polygons in data coordinates (NaN breaks the line), painted by Qt alone.

    With `dashes` (on, off in data units) the line is drawn dashed, as solid pieces (see dashed_path).
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
        path = line_path(self._x, self._y) if self.dashes is None else dashed_path(self._x, self._y, *self.dashes)
        self.setPath(path)
        # Nothing to draw is not drawn: an empty path went into an exported SVG as `d=""`, which SVG readers
        # (Qt's own, for the PNG) warn about ("Invalid path data").
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, path.isEmpty())
        self._bounds = None  # after setPath, which tells Qt the old bounds

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        """The points last set."""
        return self._x, self._y

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        if self._bounds is None:
            self._bounds = self._padded(self.path().controlPointRect())
        return self._bounds


class BarItem(PixelPadded, QGraphicsRectItem):
    """One bar, in data coordinates."""

    def __init__(self, pen: QPen, brush: QBrush, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.setPen(pen)
        self.setBrush(brush)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._padded(self.rect().normalized())


class Label(QGraphicsSimpleTextItem):
    """Text at a point in data coordinates, upright and unscaled, anchored like pyqtgraph's TextItem.

    anchor (0.5, 0.5) centres the text on the point; (0.5, 1) puts it just above; (0, 0.5) to the right.
    """

    def __init__(self, text: str, colour: str, font: QFont, anchor=(0.5, 0.5), parent=None,
                 backdrop: str | None = None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setBrush(QBrush(QColor(colour)))
        self.setFont(font)
        self._anchor = anchor
        self._backdrop = None
        if backdrop is not None:  # the chart's ground, a little see-through, under the text
            self._backdrop = QColor(backdrop)
            self._backdrop.setAlpha(190)
        self.set_text(text)

    def paint(self, painter, option, widget=None) -> None:  # noqa: D102 (Qt's)
        if self._backdrop is not None:
            painter.fillRect(self.boundingRect(), self._backdrop)
        super().paint(painter, option, widget)

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


class MarkerItem(PixelPadded, QGraphicsItem):
    """One series' markers: a symbol of a fixed size in pixels at each point, drawn by one short paint.

    pyqtgraph's ScatterPlotItem does the same through its sprite atlas, at ~0.2 ms of Python per item
    and repaint; a radar has one marker item per organisation in the window and on the projector, so
    that was ~2 ms of every edit. Bounds are the points' padded by the symbol's size in pixels, so Qt
    repaints only around the series that moved.
    """

    def __init__(self, symbol: str, size: float, brush: QBrush, pen: QPen, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols

        self.opts = {"symbol": symbol, "brush": brush, "pen": pen, "size": size}
        self._shape = QTransform.fromScale(size, size).map(Symbols.get(symbol, Symbols["o"]))
        self._outline = QPen(pen)
        self._reach = QPen(pen)
        self._reach.setWidthF(size + pen.widthF())  # what PixelPadded pads the bounds by
        self.data = np.empty((0, 2))
        self._rect = QRectF()
        self._stamp = None  # (device pixel ratio, the marker drawn into a pixmap)

    def pen(self) -> QPen:
        return self._reach

    def setData(self, x, y) -> None:  # noqa: N802 (pyqtgraph's name)
        points = np.column_stack([np.asarray(x, dtype=float), np.asarray(y, dtype=float)])
        points = points[np.isfinite(points).all(axis=1)]
        self.prepareGeometryChange()
        self.data = points
        if len(points):
            (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
            self._rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        else:
            self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._padded(self._rect) if len(self.data) else QRectF()

    def paint(self, painter, _option, _widget=None) -> None:
        t = painter.transform()
        painter.save()
        painter.resetTransform()
        if painter.paintEngine().type() == QPaintEngine.Type.Raster:  # a window or an image: stamp a sprite
            sprite = self._sprite(painter.device().devicePixelRatioF())
            half = sprite.deviceIndependentSize().width() / 2
            xs = t.m11() * self.data[:, 0] + t.m21() * self.data[:, 1] + t.dx() - half
            ys = t.m12() * self.data[:, 0] + t.m22() * self.data[:, 1] + t.dy() - half
            for x, y in zip(xs.tolist(), ys.tolist()):
                painter.drawPixmap(QPointF(x, y), sprite)
        else:  # SVG and print: vector shapes
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self._outline)
            painter.setBrush(self.opts["brush"])
            for x, y in self.data:
                painter.drawPath(self._shape.translated(t.map(QPointF(x, y))))
        painter.restore()

    def _sprite(self, ratio: float):
        """The marker drawn once into a small pixmap at the screen's pixel ratio: stamping it costs a
        fraction of filling an antialiased path at every point (~1 ms of an edit at 5 organisations)."""
        if self._stamp is None or self._stamp[0] != ratio:
            side = int(np.ceil(self.opts["size"] + self._outline.widthF() + 2))
            pixmap = QPixmap(int(np.ceil(side * ratio)), int(np.ceil(side * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(self._outline)
            p.setBrush(self.opts["brush"])
            p.drawPath(self._shape.translated(QPointF(side / 2, side / 2)))
            p.end()
            self._stamp = (ratio, pixmap)
        return self._stamp[1]


class ScaledSample(pg.ItemSample):
    """A legend's sample as tall as its text (`sized_sample`): pyqtgraph draws every sample in 20 px, which
    beside the projector's 28-40 px names was a short line and a speck of a marker, not readable from the back
    of a room. The pen keeps its width (cosmetic); the line grows longer and the marker larger."""

    side = 20.0

    def __init__(self, item):
        super().__init__(item)
        self.setFixedWidth(self.side)
        self.setFixedHeight(self.side)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(0, 0, self.side, self.side)

    def paint(self, painter: QPainter, *args) -> None:
        painter.scale(self.side / 20, self.side / 20)
        super().paint(painter, *args)


def sized_sample(side: float) -> type[ScaledSample]:
    """The legend sample class (pyqtgraph's LegendItem takes a class) for names `side` px tall, 20 px least:
    one class per size, not one per chart."""
    return _sized_sample(max(20.0, round(float(side), 1)))


@functools.cache
def _sized_sample(side: float) -> type[ScaledSample]:
    return type("SizedSample", (ScaledSample,), {"side": side})
