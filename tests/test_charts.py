"""Charts: radar polygons (separate and batched), bars, the feasibility map, and export to SVG and PNG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from workshop.charts.bars import BarChart, BarSeries
from workshop.charts.export import SVG_NS, ChartExportMenu, bake_transforms, png_image, svg_bytes
from workshop.charts.feasibility import FeasibilityMap, MapPoint
from workshop.charts.items import Label
from workshop.charts.palette import DARK
from workshop.charts.radar import MAX_SEPARATE, RadarChart, RadarSeries, polygon_xy, polygons_xy

AREAS = list("ABCDEFGHI")
VALUES = [95, 85, 25, 20, 20, 10, 15, 20, 10]


@pytest.fixture
def radar(qtbot):
    """A shown radar over areas A–I with one organisation and a dashed median."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.resize(500, 500)
    chart.set_axes(AREAS)
    chart.set_series([RadarSeries("Gislaved", VALUES), RadarSeries("Median", [50] * 9, colour="#000000", dashed=True)])
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _svg_polylines(data: bytes) -> list[list[tuple[float, float]]]:
    """Every path/polyline in the SVG as a list of points (absolute M/L paths only)."""
    out = []
    for el in ET.fromstring(data).iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "path" and not set(el.get("d")) & set("CQSTAHV"):  # markers (circles) are curves: not lines
            nums = [float(n) for n in el.get("d").replace("M", " ").replace("L", " ").replace("Z", " ")
                    .replace(",", " ").split()]
        elif tag == "polyline":
            nums = [float(n) for n in el.get("points").replace(",", " ").split()]
        else:
            continue
        out.append(list(zip(nums[0::2], nums[1::2])))
    return out


def _to_pixels(chart, xs, ys):
    vb = chart.getPlotItem().vb
    points = []
    for x, y in zip(xs, ys):
        scene = vb.mapViewToScene(QPointF(x, y))
        view = chart.mapFromScene(scene)
        points.append((view.x(), view.y()))
    return points


def test_polygons_xy_matches_one_polygon_per_row():
    """The batched coordinates are each row's closed polygon followed by a NaN break."""
    matrix = np.array([VALUES, [50.0] * 9])
    xs, ys = polygons_xy(matrix, 100)
    x0, y0 = polygon_xy(VALUES, 100)
    assert np.allclose(xs[:10], x0) and np.allclose(ys[:10], y0)
    assert np.isnan(xs[10]) and np.isnan(ys[21])
    assert len(xs) == 2 * 11


def test_many_series_are_batched_with_reference_on_top(qtbot):
    """Above the limit plain series become one curve; the dashed median stays its own item."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.set_axes(AREAS)
    plain = [RadarSeries(f"O{i}", [i % 100] * 9) for i in range(MAX_SEPARATE + 8)]
    chart.set_series(plain + [RadarSeries("Median", [50] * 9, colour="#000000", dashed=True)])
    assert chart.batched() and chart.series_count() == MAX_SEPARATE + 9
    assert chart.legend_labels()[0] == "Median"
    chart.set_series(plain[:3])
    assert not chart.batched() and chart.series_count() == 3


def test_set_many_labels_the_batch_in_the_legend(qtbot):
    """The batched curve has one legend entry naming how many polygons it holds."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.set_axes(AREAS)
    chart.set_many(np.full((290, 9), 40.0), [RadarSeries("Median", [40] * 9, dashed=True)], label="290 organisations")
    labels = [label.text for _, label in chart.legend.items]
    assert labels == ["Median", "290 organisations"]
    assert chart.series_count() == 291


def test_svg_export_parses_and_holds_the_polygon(radar):
    """The SVG is well-formed XML and holds Gislaved's closed polygon at its on-screen pixel position."""
    data = svg_bytes(radar, "Potential")
    root = ET.fromstring(data)
    assert root.tag == f"{{{SVG_NS}}}svg"
    expected = _to_pixels(radar, *polygon_xy(VALUES, 100))
    matches = [
        pts for pts in _svg_polylines(data)
        if len(pts) == len(expected) and all(abs(a - c) < 1.5 and abs(b - d) < 1.5 for (a, b), (c, d) in zip(pts, expected))
    ]
    assert matches, "the organisation's polygon is not in the SVG"
    assert matches[0][0] == pytest.approx(matches[0][-1], abs=0.01)  # closed


def test_svg_strokes_stay_in_pixels(radar):
    """No line art sits under a scaling transform, so a 3 px pen is 3 px wide in the SVG."""
    root = ET.fromstring(svg_bytes(radar))
    widths = set()
    for group in root.iter(f"{{{SVG_NS}}}g"):
        shapes = [c for c in group if c.tag.rsplit("}", 1)[-1] in ("path", "polyline")]
        transform = group.get("transform", "")
        if shapes and transform.startswith("matrix("):
            a, b, c, d = (float(v) for v in transform[7:-1].split(",")[:4])
            assert abs(a) == pytest.approx(1) and abs(d) == pytest.approx(1) and b == c == 0
        if shapes and group.get("stroke") == "#0072b2":
            widths.add(group.get("stroke-width"))
    assert widths == {"3"}


def test_bake_transforms_folds_scaling_into_points():
    """A scaled group's path and rect get pixel coordinates; text keeps its transform in a wrapper."""
    svg = (f'<svg xmlns="{SVG_NS}"><g transform="matrix(10,0,0,-10,100,100)" stroke-width="3">'
           '<path d="M0,0 L1,1 Z"/><rect x="0" y="0" width="1" height="2"/><text x="0" y="0">A</text></g></svg>')
    root = ET.fromstring(bake_transforms(svg.encode()))
    group = root[0]
    assert "transform" not in group.attrib
    path, rect_path, wrapper = list(group)
    assert path.get("d") == "M 100,100 L 110,90 Z"
    assert rect_path.get("d") == "M 100,100 L 110,100 L 110,80 L 100,80 Z"
    assert wrapper.get("transform") == "matrix(10,0,0,-10,100,100)" and wrapper[0].text == "A"


def test_png_at_a_chosen_scale_grows_lines_with_it(radar):
    """A 2× PNG is twice the size, and the polygon's line is about twice as thick (not one pixel)."""
    one = png_image(radar, 1)
    two = png_image(radar, 2)
    assert (two.width(), two.height()) == (2 * radar.width(), 2 * radar.height())

    def blue(image: QImage) -> int:
        target = QColor("#0072B2")
        step = 2
        return sum(
            1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
            if abs(image.pixelColor(x, y).blue() - target.blue()) < 40 and image.pixelColor(x, y).red() < 60
        )

    # Sampling every 2nd pixel: a line twice as long and twice as wide gives ~4× the hits.
    assert blue(two) > 3 * blue(one) > 0


def test_export_refuses_a_hidden_chart(qtbot):
    """A chart never shown on screen is not exported (it would paint a broken picture)."""
    from workshop.export.errors import ExportError

    chart = RadarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ExportError):
        svg_bytes(chart)


def test_charts_build_no_pyqtgraph_menus(qtbot):
    """A chart never builds pyqtgraph's own view menu (zoom, axes, export): the room's charts offer
    only the export menu, and creating then dropping pyqtgraph's menu crashed the interpreter now
    and then while a view was being built."""
    charts = [RadarChart(), BarChart()]
    for chart in charts:
        qtbot.addWidget(chart)
        item = chart.getPlotItem()
        assert item.vb.menu is None and not item.menuEnabled()


def test_context_menu_exports_png_and_svg(radar, tmp_path):
    """The chart's context menu offers PNG and SVG; the chosen scale and file name are used."""
    class FakeDialogs:
        errors: list = []

        @staticmethod
        def ask_choice(parent, title, label, items):
            return items[1]

        @staticmethod
        def ask_save_path(parent, title, folder, file_filter=None):
            return str(tmp_path / ("chart" + (".png" if "PNG" in title else "")))

        @staticmethod
        def show_error(parent, title, message):
            FakeDialogs.errors.append(message)

    menu = radar.install_export_menu(FakeDialogs, "Potential radar")
    assert isinstance(menu, ChartExportMenu)
    actions = {a.objectName(): a for a in menu.build().actions()}
    actions["exportPng"].trigger()
    png = QImage(str(tmp_path / "chart.png"))
    assert (png.width(), png.height()) == (2 * radar.width(), 2 * radar.height())
    actions["exportSvg"].trigger()
    ET.parse(tmp_path / "chart.svg")
    assert FakeDialogs.errors == []


def test_chart_exports_are_written_as_every_export_is(radar, tmp_path):
    """A chart's PNG or SVG replaces its target only when complete: into a missing folder, or over a
    folder, it fails with the exports' own sentence, the menu shows it, and nothing is left behind."""
    from workshop.charts.export import write_png, write_svg
    from workshop.export.errors import ExportError

    with pytest.raises(ExportError, match="does not exist"):
        write_png(radar, tmp_path / "missing" / "chart.png")
    (tmp_path / "taken.svg").mkdir()
    with pytest.raises(ExportError, match="that is a folder"):
        write_svg(radar, tmp_path / "taken.svg")
    old = tmp_path / "old.png"
    old.write_bytes(b"earlier")
    write_png(radar, old, 1)
    assert QImage(str(old)).width() == radar.width()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.png", "taken.svg"]

    class Dialogs:
        errors: list = []
        ask_choice = staticmethod(lambda parent, title, label, items: items[0])
        ask_save_path = staticmethod(lambda parent, title, name, file_filter=None: str(tmp_path / "no" / name))
        show_error = staticmethod(lambda parent, title, message: Dialogs.errors.append(message))

    menu = radar.install_export_menu(Dialogs, "Radar")
    menu.export_svg()
    assert len(Dialogs.errors) == 1 and "does not exist" in Dialogs.errors[0]


def test_bars_show_values_as_percent(qtbot):
    """Potential vs today bars carry '60 %' style labels and the drawn heights."""
    chart = BarChart(percent=True)
    qtbot.addWidget(chart)
    chart.set_bars(["IT-drift", "FH", "VH"], [BarSeries("Potential", [0.6, 0.15, 0.25]),
                                             BarSeries("Today", [0.4, 0.25, 0.35])])
    assert chart.bar_heights(0) == pytest.approx([0.6, 0.15, 0.25])
    assert chart.value_texts() == ["60 %", "15 %", "25 %", "40 %", "25 %", "35 %"]
    chart.set_bars(["IT-drift", "FH", "VH"], [BarSeries("Potential", [0.5, None, 0.5]),
                                             BarSeries("Today", [0.4, 0.25, 0.35])])
    assert chart.value_texts()[:3] == ["50 %", "", "50 %"]


def test_feasibility_map_labels_each_alternative(qtbot):
    """Each alternative is a labelled point; one without known potential is left out."""
    chart = FeasibilityMap(theme=DARK)
    qtbot.addWidget(chart)
    chart.set_points([MapPoint("S", 0.6, 21), MapPoint("2", 1.0, 22), MapPoint("X", None, 10)], (7, 28))
    assert [p.label for p in chart.points()] == ["S", "2"]
    assert chart.label_texts() == ["S", "2"]
    assert chart.marker_positions() == [(0.6, 21.0), (1.0, 22.0)]


def test_a_label_moved_away_from_its_point_is_joined_to_it_by_a_line(qtbot):
    """The report's S, 1 Teknik and 1 Tjänst lie a point apart at 60 %: their labels stack downwards, and
    the ones pushed below their point get a line back to it ("S" had stood apart from its marker); points
    apart need none."""
    chart = FeasibilityMap(theme=DARK, font_size=22)  # the projector's, where the markers crowd
    qtbot.addWidget(chart)
    chart.resize(1200, 560)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_points([MapPoint("S", 0.6, 21), MapPoint("1 Teknik", 0.6, 22), MapPoint("1 Tjänst", 0.6, 23),
                      MapPoint("2", 1.0, 22)], (7, 28))
    assert chart.leader_count() >= 1
    rects = [r.adjusted(0, 2, 0, -2) for r in chart.label_rects()]  # less the text items' inner margins
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    chart.set_points([MapPoint("S", 0.2, 10), MapPoint("2", 1.0, 25)], (7, 28))
    assert chart.leader_count() == 0


def _many_radar(qtbot, matrix, size=500):
    """A shown radar drawing the matrix's rows as one counted raster."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.resize(size, size)
    chart.set_axes(AREAS)
    chart.set_many(matrix, label=str(len(matrix)))
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_a_raster_moved_polygon_by_polygon_shows_what_drawing_the_numbers_afresh_shows(qtbot):
    """Moving some organisations' polygons in the counted raster (several at once, then one score at a
    time) gives exactly the picture of a new chart given the final numbers."""
    rng = np.random.default_rng(7)
    matrix = rng.uniform(0, 100, (60, 9))
    chart = _many_radar(qtbot, matrix)
    chart.grab()  # rasterises at the device transform
    moved = matrix.copy()
    moved[[3, 17, 40]] = rng.uniform(0, 100, (3, 9))
    chart.set_many(moved, label="60")
    for row, area in ((5, 0), (5, 8), (22, 4), (59, 3)):  # one score each: only a corner's two segments move
        moved[row, area] = 100 - moved[row, area]
        chart.set_many(moved, label="60")
    fresh = _many_radar(qtbot, moved)
    assert chart.grab().toImage() == fresh.grab().toImage()
    assert chart.grab().toImage() != _many_radar(qtbot, matrix).grab().toImage()


def _raster_image(matrix, size=400) -> QImage:
    """The counted raster of these polygons alone, painted at size × size (radius 1 → size/2.4)."""
    from PySide6.QtGui import QPainter, QTransform
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from workshop.charts.radar import polygon_rows
    from workshop.charts.raster import LineRaster

    raster = LineRaster("#336699")
    raster.set_polygons(*polygon_rows(matrix, 100))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    scale = size / 2.4
    painter.setTransform(QTransform(scale, 0, 0, -scale, size / 2, size / 2))
    raster.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image


def _shades(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def test_the_raster_shades_a_pixel_by_how_many_organisations_pass_it(qtbot):
    """Three equal polygons give one shade wherever they run; one of them moved leaves three shades (where
    1, 2 and 3 organisations pass) besides the empty ground, each darker the more organisations agree."""
    values = np.array([[80, 0, 60, 10, 90, 40, 0, 70, 30]], dtype=float)  # corners at the centre, too
    same = np.repeat(values, 3, axis=0)
    assert len(_shades(_raster_image(same))) == 2
    moved = same.copy()
    moved[1, 2] = 100
    shades = _shades(_raster_image(moved)) - {0}
    assert len(shades) == 3
    alphas = sorted(QColor.fromRgba(c).alpha() for c in shades)
    assert alphas[0] < alphas[1] <= alphas[2]


def test_two_radars_given_the_same_numbers_both_draw_them(qtbot):
    """The window's and the projector's radar (two sizes) each follow an edit of two organisations."""
    rng = np.random.default_rng(11)
    before = rng.uniform(0, 100, (40, 9))
    after = before.copy()
    after[[2, 30], [4, 7]] = [5.0, 95.0]
    for size in (400, 640):
        chart = _many_radar(qtbot, before, size)
        chart.grab()
        chart.set_many(after, label="40")
        assert chart.grab().toImage() == _many_radar(qtbot, after, size).grab().toImage()


def test_pixels_of_a_segment_ending_just_inside_the_edge_stay_inside():
    """Rounding along a segment that ends a hair inside the buffer never reaches past its edge."""
    from workshop.charts.raster import segment_pixels

    width, height = 50, 20
    edge = np.nextafter(float(width), 0.0)
    x0 = np.linspace(0.5, 40.0, 400)
    pixels = segment_pixels(x0, np.full(400, 3.0), np.full(400, edge), np.full(400, 3.0), width, height)
    assert pixels.max() < 4 * width and pixels.min() >= 3 * width


def test_line_raster_exports_as_vector(qtbot):
    """In an SVG the batched polygons are vector paths, not an embedded picture."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.resize(400, 400)
    chart.set_axes(AREAS)
    chart.set_many(np.full((20, 9), 50.0), label="20")
    chart.show()
    qtbot.waitExposed(chart)
    root = ET.fromstring(svg_bytes(chart))
    assert not [el for el in root.iter() if el.tag.endswith("image")]
    assert any(len(pts) >= 20 * 10 for pts in _svg_polylines(svg_bytes(chart)))


def test_line_raster_draws_inside_a_window(qtbot):
    """Nested in a window (not at its top-left), the batched polygons still reach the screen."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(150, 120, 10, 10)
    chart = RadarChart(maximum=100)
    layout.addWidget(chart)
    host.resize(700, 650)
    chart.set_axes(AREAS)
    chart.set_many(np.full((30, 9), 80.0), label="30")
    host.show()
    qtbot.waitExposed(host)
    image = host.grab().toImage()
    many = QColor(chart.theme.many)
    hits = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if abs(image.pixelColor(x, y).blue() - many.blue()) < 30
               and abs(image.pixelColor(x, y).red() - many.red()) < 30)
    assert hits > 100


def _dashes(path):
    """A path of dashes as (start, end) point pairs, checking it holds nothing but such pairs."""
    from PySide6.QtGui import QPainterPath

    elements = [path.elementAt(i) for i in range(path.elementCount())]
    kinds = [e.type for e in elements]
    assert kinds == [QPainterPath.ElementType.MoveToElement, QPainterPath.ElementType.LineToElement] * (
        len(elements) // 2)
    points = np.array([(e.x, e.y) for e in elements])
    return points[0::2], points[1::2]


def test_dashed_reference_is_cut_into_pieces_along_the_line():
    """A dashed line is drawn as solid pieces on the line itself, dashes and gaps in the asked proportion,
    and a NaN break stays a break (no piece bridges it)."""
    from workshop.charts.items import dashed_path

    x, y = polygon_xy(VALUES, 100)
    starts, ends = _dashes(dashed_path(x, y, 0.03, 0.02))
    assert len(starts) > 20
    drawn = np.hypot(*(ends - starts).T).sum()
    total = np.hypot(np.diff(x), np.diff(y)).sum()
    assert drawn / total == pytest.approx(0.03 / 0.05, abs=0.03)

    def on_line(p):  # distance from a point to the nearest edge of the polygon
        a = np.column_stack([x[:-1], y[:-1]])
        b = np.column_stack([x[1:], y[1:]])
        t = np.clip(np.einsum("ij,ij->i", p - a, b - a) / np.einsum("ij,ij->i", b - a, b - a), 0, 1)
        return np.min(np.hypot(*(a + t[:, None] * (b - a) - p).T))

    assert max(on_line(p) for p in np.vstack([starts, ends])) < 1e-9
    starts, ends = _dashes(dashed_path(np.array([0.0, 1.0, np.nan, 2.0, 3.0]), np.zeros(5), 0.3, 0.2))
    assert not any(a < 1.5 < b for a, b in zip(starts[:, 0], ends[:, 0])), "a dash bridged the break"
    starts, _ = _dashes(dashed_path(np.array([0.0, np.inf, 1.0, 2.0]), np.zeros(4), 0.3, 0.2))
    assert starts[:, 0].tolist() == [1.0, 1.5], "only the finite segment is dashed"


def test_moving_one_corner_changes_only_the_dashes_of_its_two_segments():
    """Each segment's dashes start at its first point, so the rest of a dashed line stays where it was."""
    from workshop.charts.items import dashed_path

    before = polygon_xy(VALUES, 100)
    moved = list(VALUES)
    moved[3] = 5
    after = polygon_xy(moved, 100)
    old, new = (np.column_stack(_dashes(dashed_path(x, y, 0.03, 0.02))) for x, y in (before, after))
    old_set, new_set = {tuple(np.round(r, 12)) for r in old}, {tuple(np.round(r, 12)) for r in new}
    kept = old_set & new_set
    assert kept and len(old_set - kept) > 0 and len(new_set - kept) > 0
    # The dashes that changed all lie on the two segments meeting at the moved corner (old or new).
    def on_segment(p, a, b):
        t = np.clip(np.dot(p - a, b - a) / np.dot(b - a, b - a), 0, 1)
        return np.hypot(*(a + t * (b - a) - p)) < 1e-9

    segments = [(np.array([x[i], y[i]]), np.array([x[i + 1], y[i + 1]])) for x, y in (before, after) for i in (2, 3)]
    for x0, y0, x1, y1 in (old_set ^ new_set):
        assert any(on_segment(np.array([x0, y0]), a, b) and on_segment(np.array([x1, y1]), a, b)
                   for a, b in segments)


def test_the_map_value_axis_title_stays_centred_on_its_axis_as_the_plot_grows_and_shrinks(qtbot):
    """Low, the map's value axis drops its bracketed part; grown again, the whole title is centred on the axis
    (it started where the short one had and ran off the top of the chart, "Kriteriesumma (genomförb")."""
    chart = FeasibilityMap(y_label="Kriteriesumma (genomförbarhet)", x_label="Andel")
    qtbot.addWidget(chart)
    chart.set_points([MapPoint("S", 0.6, 21), MapPoint("2", 1.0, 22)], (7, 28))
    chart.show()
    axis = chart.getPlotItem().getAxis("left")
    for height in (420, 170, 330, 600):
        chart.resize(600, height)
        qtbot.wait(20)
        title = axis.label.mapRectToScene(axis.label.boundingRect())
        along = axis.sceneBoundingRect()
        assert along.top() - 1 <= title.top() and title.bottom() <= along.bottom() + 1, (height, title, along)
        assert abs(title.center().y() - along.center().y()) <= 2, height
    assert "genomförbarhet" in axis.labelText


def test_ring_values_stay_readable_where_the_series_cross_them(qtbot):
    """A line passing over "75" does not hide it (the values are drawn above the series, on the chart's ground),
    and the values stand off the first axis, where every organisation's marker for its top score had sat on them."""
    chart = RadarChart(maximum=100)
    qtbot.addWidget(chart)
    chart.resize(500, 500)
    chart.set_axes(AREAS)
    chart.set_series([RadarSeries("Gislaved", [75] * 9, colour="#FF0000")])  # along the 75 ring, over its value
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.wait(50)
    tick = next(item for item in chart.scene().items() if isinstance(item, Label) and item.text() == "75")
    on_screen = tick.deviceTransform(chart.viewportTransform())  # the label ignores the chart's scaling
    area = on_screen.mapRect(tick.boundingRect()).toRect()
    assert 0 < area.width() < 100 and 0 < area.height() < 60
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    red = sum(1 for x in range(area.left(), area.right()) for y in range(area.top(), area.bottom())
              if (c := image.pixelColor(int(x * ratio), int(y * ratio))).red() > 200 and c.green() < 90)
    assert red == 0
    line = area.adjusted(0, -25, 0, 25)  # the label and around it: the line does pass there
    assert line.left() > chart.width() * 0.2 and line.right() < chart.width() / 2  # left of the first axis (up)
    assert any(image.pixelColor(int(x * ratio), int(y * ratio)).red() > 200
               for x in range(line.left(), line.right()) for y in range(line.top(), line.bottom()))


def test_a_long_word_is_split_where_a_syllable_starts():
    """Group names under the shares bars read "Förändringsh-antering" and "vidmakthålla-nde": a word too long
    for its line is split before a consonant and a vowel when one lies in the line's second half, else as
    far along as fits; every letter is kept."""
    from workshop.export.wrapping import wrap_to_width

    measure = lambda text: 8.5 * len(text)  # noqa: E731 (a stand-in for a font's widths)
    assert wrap_to_width("Förändringshantering", 106, measure) == ["Förändrings-", "hantering"]
    assert wrap_to_width("Systemförvaltning & vidmakthållande", 106, measure) == [
        "Systemför-", "valtning &", "vidmakthål-", "lande"]
    assert wrap_to_width("x" * 31, 106, measure) == ["x" * 11 + "-", "x" * 11 + "-", "x" * 9]  # no syllables


def test_no_organisation_is_drawn_in_the_agreed_line_s_colour_on_either_ground():
    """Twelve organisations: none shares the agreed or median line's colour (the seventh had been black,
    white on the projector, as that line is), and each is a colour of its own on both grounds."""
    from workshop.charts.palette import DARK, LIGHT, series_colour

    for theme, dark in ((LIGHT, False), (DARK, True)):
        colours = [series_colour(i, dark=dark).upper() for i in range(12)]
        assert theme.reference.upper() not in colours
        assert len(set(colours)) == 12


def test_the_pdfs_draw_organisations_in_the_screen_s_colours():
    """The PDFs keep their own copy of the series colours (export does not import the Qt layers): it must be
    the screen's, or the seventh organisation is indigo in the window and black in the minutes."""
    from workshop.charts.palette import SERIES_COLOURS
    from workshop.export.pdf_charts import SERIES

    assert [c.upper() for c in SERIES] == [c.upper() for c in SERIES_COLOURS]


def test_a_percentage_over_a_narrow_bar_stays_on_one_line(qtbot):
    """Labels wrap to their bar's width, but "60 %" is never broken at its space (seven series in three
    groups had put "%" alone under the number)."""
    from workshop.charts.bars import BarChart, BarSeries

    chart = BarChart(percent=True)
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    chart.set_bars(["IT-drift", "Förändring", "Förvaltning"],
                   [BarSeries(f"Org {n}", [0.6, 0.15, 0.25]) for n in range(7)])
    assert chart.label_lines() == [1] * 21


def test_the_outer_ring_s_value_never_covers_the_first_axis_name(qtbot):
    """On a small chart "100" over the outer ring ran into "A" above it (on the projector "4" into "1"):
    each ring's value sits under its ring."""
    from workshop.charts.radar import RadarChart, RadarSeries

    chart = RadarChart(maximum=100, font_size=16)
    qtbot.addWidget(chart)
    chart.resize(360, 360)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_axes(list("ABCDEFGHI"))
    chart.set_series([RadarSeries("Gislaved", [50] * 9)])
    from PySide6.QtCore import QRectF

    labels = {item.text(): item for item in chart.items() if isinstance(item, Label)}
    box = chart.getPlotItem().vb

    def on_screen(item):  # the point in pixels, moved by the label's anchor, as large as its text
        at = box.mapViewToScene(item.pos())
        return QRectF(at.x() + item.transform().dx(), at.y() + item.transform().dy(), item.boundingRect().width(),
                      item.boundingRect().height())

    assert not on_screen(labels["100"]).intersects(on_screen(labels["A"]))


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        parts = [x / 255 for x in (c.red(), c.green(), c.blue())]
        r, g, bl = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in parts]
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_the_ring_values_read_against_the_chart_s_ground(qtbot, dark):
    """The radar's only scale, its ring values, were drawn in the grid's colour: 3.2:1 on the projector's
    ground and 2.1:1 on white, unreadable from the back of the room. They now have at least 4.5:1."""
    from workshop.charts.palette import LIGHT

    theme = DARK if dark else LIGHT
    chart = RadarChart(maximum=100, font_size=16, theme=theme)
    qtbot.addWidget(chart)
    chart.set_axes(list("ABCDEFGHI"))
    rings = [item for item in chart.items() if isinstance(item, Label) and item.text() in ("25", "50", "75", "100")]
    assert len(rings) == 4
    for ring in rings:
        assert _contrast(ring.brush().color(), QColor(theme.background)) >= 4.5


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x08"])
def test_a_control_character_in_a_name_shows_as_a_box_and_every_chart_still_exports(qtbot, control):
    """An organisation named "Gislaved<ESC>x" (pasted from a terminal) made Qt write the raw character into
    the SVG, which no XML reader takes: the radar, the bars and the map failed to export as SVG and as PNG
    with no file and no message. It is shown as the replacement box, as in the PDFs."""
    name = f"Gis{control}laved"
    radar = RadarChart(maximum=100)
    radar.set_axes([f"A{control}", *AREAS[1:]])
    radar.set_series([RadarSeries(name, VALUES), RadarSeries(f"Median{control}", [50] * 9, dashed=True)])
    bars = BarChart()
    bars.set_bars([name, "FH"], [BarSeries(f"Potential{control}", [0.6, 0.15])])
    places = FeasibilityMap()
    places.set_points([MapPoint(name, 0.6, 21), MapPoint("2", 1.0, 22)], (7, 28))
    for chart in (radar, bars, places):
        qtbot.addWidget(chart)
        chart.resize(500, 400)
        chart.show()
        qtbot.waitExposed(chart)
        text = "".join(ET.fromstring(svg_bytes(chart, name)).itertext())
        assert "Gis\ufffdlaved" in text and control not in text
        assert not png_image(chart, 1).isNull()
    assert [label.text for _, label in radar.legend.items] == ["Gis\ufffdlaved", "Median\ufffd"]


def test_a_typed_line_break_in_a_name_is_a_line_break_or_a_space_in_a_chart_not_a_box():
    """Word's manual line break (\\x0b), a form feed and NEL break the line in a legend and join words in a
    short label, as in the PDFs; only other controls show as the box."""
    from workshop.charts.rich_text import literal, short_label

    assert literal("Gislaved\x0bkommun\x85IT\x0cdrift") == "Gislaved<br/>kommun<br/>IT<br/>drift"
    assert short_label("Gislaved\x0bkommun\r\nIT") == "Gislaved kommun IT"
    assert short_label("Gis\x1blaved\tkommun") == "Gis\ufffdlaved kommun"


def test_a_partial_sum_over_a_narrow_bar_breaks_before_its_brackets(qtbot):
    """Robustness's bars at 1366×768 had read "14 (5 av" over "7)", as if two numbers; a partial sum too wide
    for its bar now reads "14" over "(5 av 7)"."""
    from workshop.charts.bars import BarChart, BarSeries

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_bars(["S", "1 Teknik", "1 Tjänst", "2"],
                   [BarSeries("Summa", [21, 14, 23, 22], texts=["21", "14 (5 av 7)", "23", "22"])])
    texts = [t.text() for t in chart._texts[0]]
    assert texts[1] == "14\n(5 av 7)"
    assert texts[0] == "21"
