"""Charts for slides: SVG through Qt's own QSvgGenerator, PNG at a chosen scale, from the context menu.

pyqtgraph 0.14.0's SVG exporter breaks on closed paths (#3495), so we paint
the chart into a QSvgGenerator instead. Qt writes each item's path in the
item's own coordinates under a `transform`, and pyqtgraph's pens are
cosmetic (their width is in pixels), which SVG cannot say: a 3 px line in a
plot scaled 180× would come out 540 px wide. So the transforms of line art
are baked into the coordinates, leaving stroke widths in pixels.

PNG is the same SVG rendered by QSvgRenderer at the chosen scale, so lines
and text grow together (painting the widget at a larger size would keep
cosmetic pens one screen pixel wide).
"""

from __future__ import annotations

import re
from contextlib import nullcontext
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

from workshop.domain.messages import msg
from workshop.export.errors import ExportError
from workshop.export.safe_write import write_bytes_atomically
from workshop.charts.rich_text import showable

SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
PNG_SCALES = (1, 2, 3, 4)

_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[MLCQZmlcqz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def tr(text: str) -> str:
    """The text in the interface language (the same empty context as workshop.ui.widgets.i18n's tr)."""
    return QCoreApplication.translate("", text)


def _tag(el: ET.Element) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _fmt(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".") if v == v else "0"


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _bake_path(d: str, m: tuple[float, ...]) -> str | None:
    """The path with every point transformed; None when it uses commands we do not bake (relative ones)."""
    out: list[str] = []
    numbers: list[float] = []
    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            if token.islower() and token not in "z":
                return None
            out.extend(_pairs(numbers, m))
            numbers = []
            out.append(token)
        else:
            numbers.append(float(token))
    out.extend(_pairs(numbers, m))
    return " ".join(out)


def _pairs(numbers: list[float], m: tuple[float, ...]) -> list[str]:
    pts = []
    for i in range(0, len(numbers) - 1, 2):
        x, y = _apply(m, numbers[i], numbers[i + 1])
        pts.append(f"{_fmt(x)},{_fmt(y)}")
    return pts


def _bake_points(points: str, m: tuple[float, ...]) -> str:
    return " ".join(_pairs([float(n) for n in _NUMBER.findall(points)], m))


def _bake_element(el: ET.Element, m: tuple[float, ...]) -> bool:
    """Transform one shape in place; False when it cannot be baked (text, images)."""
    tag = _tag(el)
    if tag == "path":
        baked = _bake_path(el.get("d", ""), m)
        if baked is None:
            return False
        el.set("d", baked)
    elif tag in ("polyline", "polygon"):
        el.set("points", _bake_points(el.get("points", ""), m))
    elif tag == "line":
        for xa, ya in (("x1", "y1"), ("x2", "y2")):
            x, y = _apply(m, float(el.get(xa, 0)), float(el.get(ya, 0)))
            el.set(xa, _fmt(x))
            el.set(ya, _fmt(y))
    elif tag == "rect":
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        w, h = float(el.get("width", 0)), float(el.get("height", 0))
        corners = [_apply(m, px, py) for px, py in ((x, y), (x + w, y), (x + w, y + h), (x, y + h))]
        el.tag = f"{{{SVG_NS}}}path"
        for key in ("x", "y", "width", "height", "rx", "ry"):
            el.attrib.pop(key, None)
        el.set("d", "M " + " L ".join(f"{_fmt(px)},{_fmt(py)}" for px, py in corners) + " Z")
    else:
        return False
    el.attrib.pop("vector-effect", None)
    return True


def bake_transforms(svg: bytes) -> bytes:
    """Qt's SVG with the transforms of line art folded into the coordinates (stroke widths stay in pixels)."""
    root = ET.fromstring(svg)
    for group in list(root.iter(f"{{{SVG_NS}}}g")):  # a snapshot: wrappers added below are not revisited
        match = _MATRIX.fullmatch(group.get("transform", "").strip())
        if not match:
            continue
        m = tuple(float(v) for v in _NUMBER.findall(match.group(1)))
        if len(m) != 6 or m[:4] == (1.0, 0.0, 0.0, 1.0) and m[4:] == (0.0, 0.0):
            continue
        kept = []
        for child in list(group):
            if not _bake_element(child, m):
                kept.append(child)
        if not kept:
            del group.attrib["transform"]
            continue
        # Text and images keep the transform in a wrapper of their own, in place.
        for child in kept:
            index = list(group).index(child)
            wrapper = ET.Element(f"{{{SVG_NS}}}g", {"transform": group.get("transform")})
            group.remove(child)
            wrapper.append(child)
            group.insert(index, wrapper)
        del group.attrib["transform"]
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _check_ready(widget: QWidget) -> None:
    # A widget that was never shown paints a broken picture (pyqtgraph #1997, #3176).
    if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
        raise ExportError(msg("Show the chart on screen before exporting it."))


def svg_bytes(widget: QWidget, title: str = "") -> bytes:
    """The chart as an SVG document (line art in pixel coordinates of the widget)."""
    _check_ready(widget)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(widget.width(), widget.height()))
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setResolution(max(72, widget.logicalDpiX()))
    generator.setTitle(showable(title or widget.objectName()))  # a caption may name an organisation
    generator.setDescription(tr("Exported from Workshop"))
    exporting = getattr(widget, "exporting", None)
    with exporting() if exporting is not None else nullcontext():
        painter = QPainter(generator)
        try:
            widget.render(painter)
        finally:
            painter.end()
    return bake_transforms(bytes(buffer.data()))


def png_image(widget: QWidget, scale: int = 2, title: str = "") -> QImage:
    """The chart as an image, `scale` times its size on screen, lines and text scaled alike."""
    renderer = QSvgRenderer(QByteArray(svg_bytes(widget, title)))
    image = QImage(widget.width() * scale, widget.height() * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        renderer.render(painter)
    finally:
        painter.end()
    return image


def write_svg(widget: QWidget, path: str | Path, title: str = "") -> None:
    """Write the chart as SVG, atomically, as every export is (ExportError names what went wrong)."""
    write_bytes_atomically(path, svg_bytes(widget, title))


def png_bytes(widget: QWidget, scale: int = 2, title: str = "") -> bytes:
    """The chart as a PNG file's bytes, `scale` × its on-screen size."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not png_image(widget, scale, title).save(buffer, "PNG"):
        raise ExportError(msg("The chart could not be made into a PNG image."))
    return bytes(buffer.data())


def write_png(widget: QWidget, path: str | Path, scale: int = 2, title: str = "") -> None:
    """Write the chart as PNG at `scale` × its on-screen size, atomically, as every export is."""
    write_bytes_atomically(path, png_bytes(widget, scale, title))


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


class ChartExportMenu:
    """The context menu every chart has: export as PNG (pick a scale) or SVG, plus the view's own actions.

    `dialogs` is any object with ask_save_path, ask_choice and show_error (the
    app passes workshop.ui.widgets.dialogs, tests patch it); looked up at use time.
    """

    def __init__(self, chart: QWidget, dialogs, title: Callable[[], str] | str = ""):
        self.chart = chart
        self.dialogs = dialogs
        self._title = title
        self.extra_actions: list[QAction] = []
        self.last_path: str | None = None
        # A graphics view gets its mouse events on the viewport, the keyboard's menu key (or Shift+F10) on the
        # view itself, which has the focus: the menu hangs on both (from the keyboard it had not opened).
        targets = [chart, chart.viewport()] if isinstance(chart, QAbstractScrollArea) else [chart]
        for target in targets:
            target.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            target.customContextMenuRequested.connect(lambda pos, t=target: self._popup(t.mapToGlobal(pos)))

    def title(self) -> str:
        return self._title() if callable(self._title) else self._title

    def build(self) -> QMenu:
        """The menu, ready to show (tests trigger its actions directly)."""
        menu = QMenu(self.chart)
        menu.setObjectName("chartMenu")
        png = menu.addAction(tr("Export as PNG…"))
        png.setObjectName("exportPng")
        png.triggered.connect(self.export_png)
        svg = menu.addAction(tr("Export as SVG…"))
        svg.setObjectName("exportSvg")
        svg.triggered.connect(self.export_svg)
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                menu.addAction(action)
        return menu

    def _popup(self, global_pos) -> None:
        menu = self.build()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(global_pos)

    def _file_stem(self) -> str:
        stem = re.sub(r"[^\w\- ]+", "", self.title()).strip().replace(" ", "-")
        return stem or "chart"

    def export_png(self) -> None:
        """Ask for a scale and a file name, then write the PNG."""
        w, h = self.chart.width(), self.chart.height()
        items = [tr("{n}× — {w} × {h} px").format(n=n, w=w * n, h=h * n) for n in PNG_SCALES]
        choice = self.dialogs.ask_choice(self.chart, tr("Export as PNG"), tr("Resolution:"), items)
        if choice is None:
            return
        scale = PNG_SCALES[items.index(choice)]
        path = self.dialogs.ask_save_path(self.chart, tr("Export as PNG"), f"{self._file_stem()}.png",
                                          tr("PNG images (*.png)"))
        if path:
            self._write(lambda p: write_png(self.chart, p, scale, self.title()), _with_suffix(path, ".png"))

    def export_svg(self) -> None:
        """Ask for a file name, then write the SVG."""
        path = self.dialogs.ask_save_path(self.chart, tr("Export as SVG"), f"{self._file_stem()}.svg",
                                          tr("SVG drawings (*.svg)"))
        if path:
            self._write(lambda p: write_svg(self.chart, p, self.title()), _with_suffix(path, ".svg"))

    def _write(self, write: Callable[[str], None], path: str) -> None:
        try:
            write(path)
        except ExportError as exc:
            self.dialogs.show_error(self.chart, tr("Export failed"), exc.translated(tr))
            return
        self.last_path = path
