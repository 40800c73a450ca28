"""What every chart shares: a white, static pyqtgraph plot with an export context menu."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

from workshop.charts.export import ChartExportMenu
from workshop.charts.palette import DARK, LIGHT, Theme, series_colour


class ChartBase(pg.PlotWidget):
    """A plot for the room: no pyqtgraph menus or panning, big readable text, light or dark."""

    def __init__(self, parent=None, font_size: int = 12, theme: Theme = LIGHT):
        super().__init__(parent, background=theme.background)
        self.theme = theme
        self.font_size = font_size
        self.export_menu: ChartExportMenu | None = None
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(False, False)
        self._dirty = False

    def chart_font(self, bold: bool = False, scale: float = 1.0) -> QFont:
        """The chart's text font at its font size (times scale)."""
        font = QFont(self.font())
        font.setPointSizeF(self.font_size * scale)
        font.setBold(bold)
        return font

    def style_axis(self, name: str, label: str = "") -> None:
        """Readable axis text in the chart's font size."""
        axis = self.getPlotItem().getAxis(name)
        axis.setTextPen(pg.mkPen(self.theme.text))
        axis.setPen(pg.mkPen(self.theme.text))
        axis.setStyle(tickFont=self.chart_font())
        axis.enableAutoSIPrefix(False)
        if label:
            axis.setLabel(label, color=self.theme.text, **{"font-size": f"{self.font_size}pt"})

    def colour(self, index: int) -> str:
        """The index-th series colour for this chart's ground."""
        return series_colour(index, dark=self.theme is DARK)

    def install_export_menu(self, dialogs, title="") -> ChartExportMenu:
        """Give the chart its context menu (Export as PNG/SVG); `dialogs` asks the user."""
        self.export_menu = ChartExportMenu(self, dialogs, title)
        return self.export_menu
