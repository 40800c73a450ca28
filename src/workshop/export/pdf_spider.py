"""The PDFs' radar: reportlab's spider chart taught that a missing value is no 0."""

from __future__ import annotations

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Group, PolyLine
from reportlab.graphics.widgets.markers import Marker

from workshop.domain.gaps import FULL, value_runs, values_state


class GappedSpider(SpiderChart):
    """reportlab's spider chart, whose rows may hold None: a missing value is a gap in its line, never a corner
    at the centre, which reads as 0 (domain/gaps.py, as the window's radars). A row with no value draws
    nothing; one with some has its line where it has values and its markers there only (a value between two
    gaps is its marker alone). A chart whose rows are all whole is drawn exactly as reportlab draws it."""

    def draw(self) -> Group:
        rows = self.data
        self.data = [[0 if v is None else v for v in row] for row in rows]  # (reportlab's own drawing, then cut)
        try:
            g = super().draw()
        finally:
            self.data = rows
        gapped = [j for j, row in enumerate(rows) if values_state(row) != FULL]
        if not gapped:
            return g
        lines = [c for c in g.contents if isinstance(c, PolyLine)]  # one per row, in order (every row has a line)
        markers = iter([c for c in g.contents if isinstance(c, Marker)])  # one per value of each marked row
        n = len(rows[0])
        dropped: list = []
        for j, row in enumerate(rows):
            row_markers = [next(markers) for _ in range(n)] if self.strands[j].symbol else []
            if j not in gapped:
                continue
            dropped += [m for m, v in zip(row_markers, row) if v is None]
            line = lines[j]
            points = line.points[2:]  # the first point is the last value's, closing the polygon
            runs = [PolyLine([xy for i in run for xy in points[2 * (i % n):2 * (i % n) + 2]],
                             strokeColor=line.strokeColor, strokeWidth=line.strokeWidth,
                             strokeDashArray=line.strokeDashArray) for run in value_runs(row) if len(run) > 1]
            at = g.contents.index(line)
            g.contents[at:at + 1] = runs
        g.contents[:] = [c for c in g.contents if not any(c is m for m in dropped)]  # (in place: markers are widgets)
        return g
