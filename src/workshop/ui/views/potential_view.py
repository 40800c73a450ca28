"""The Potential view: the organisations × areas grid beside a live radar chart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from workshop.charts.radar import RadarChart, RadarSeries
from workshop.domain.potential import group_potentials
from workshop.ui.session import ORGANISATIONS, POTENTIALS, EngagementSession
from workshop.ui.views.potential_model import RAW_VALUE_ROLE, PotentialTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("PotentialView", text)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


class PotentialView(QWidget):
    """Scores typed into the grid are saved at once and redraw the radar."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.model = PotentialTableModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("potentialTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self)
        self.message.setObjectName("potentialMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.shares = QLabel(self)
        self.shares.setObjectName("potentialShares")
        self.shares.setTextFormat(Qt.TextFormat.PlainText)
        self.radar = RadarChart(self, maximum=100)
        self.radar.setObjectName("potentialRadar")
        self.radar.setMinimumSize(360, 360)

        left = QWidget(self)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Potential per organisation and area (0–100)"), left)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        col.addWidget(heading)
        col.addWidget(self.table, 1)
        col.addWidget(self.message)
        col.addWidget(self.shares)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.radar)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.model.refused.connect(self.message.setText)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, part: str) -> None:
        if part in (POTENTIALS, ORGANISATIONS):
            self.message.clear()
            self.refresh()

    def refresh(self) -> None:
        """Redraw the radar and the group shares from the session."""
        e = self._session.engagement
        self.radar.set_axes([a.code for a in e.areas])
        model = self.model
        series = [
            RadarSeries(
                model.organisation(r).name,
                [model.index(r, c).data(RAW_VALUE_ROLE) for c in range(model.columnCount())],
            )
            for r in range(model.rowCount())
        ]
        self.radar.set_series(series)
        lines = [tr("Group: potential share / today's share")]
        for g in group_potentials(e.groups, e.areas, e.potentials):
            lines.append(f"{g.name}: {_pct(g.potential_share)} / {_pct(g.today_share)}")
        self.shares.setText("\n".join(lines))
