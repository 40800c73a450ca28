"""The Framework view: tabs for the lists a facilitator builds by hand, each edit an undo command."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from workshop.ui.framework import tabs
from workshop.ui.session.session import (
    ALTERNATIVES, FRAMEWORK, ORGANISATIONS, SCOPE, WEIGHTS, EngagementSession,
)
from workshop.ui.widgets.accessible import labelled
from workshop.ui.widgets.when_shown import RefreshWhenShown
from workshop.ui.widgets.i18n import joined, tr
from workshop.ui.widgets.common import COMBO_MAX


class FrameworkView(RefreshWhenShown, QWidget):
    """Organisations, steering group, scope, sub-items, paths, organisation forms and criteria scales."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("frameworkTabs")
        self.organisations = tabs.organisations(session)
        self.steering = tabs.steering_group(session)
        self.scoped_out = tabs.scoped_out(session)
        self.area = QComboBox(self)
        self.area.setObjectName("subItemsArea")
        self.area.setMaximumWidth(COMBO_MAX)  # a long name widens it up to a limit, not the window
        # The area whose sub-items the editor shows: the combo's choice moves it only once the edit in hand is
        # stored (to the area it was made in; the combo has already moved on when it says so).
        self._sub_items_area = None
        self.sub_items = tabs.sub_items(session, lambda: self._sub_items_area)
        self.paths = tabs.paths(session)
        self.forms = tabs.forms(session)
        self.scales = tabs.scales(session)
        areas_page = QWidget(self)
        col = QVBoxLayout(areas_page)
        row = QHBoxLayout()
        row.addWidget(labelled(tr("&Area:"), self.area, areas_page))
        row.addWidget(self.area, 1)
        col.addLayout(row)
        col.addWidget(self.sub_items)
        for widget, title in ((self.organisations, tr("Organisations")), (self.steering, tr("Steering group")),
                              (self.scoped_out, tr("Scoped out")), (areas_page, tr("Sub-items")),
                              (self.paths, tr("Paths")), (self.forms, tr("Organisation forms")),
                              (self.scales, tr("Criteria scales"))):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Framework"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(self.tabs)
        self.area.currentIndexChanged.connect(lambda _i: self._area_chosen())
        session.changed.connect(self._on_changed)
        self.refresh()

    def _fill_areas(self) -> None:
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        for a in self._session.engagement.areas:
            self.area.addItem(joined(". ", (a.code, a.name)), a.code)
        self.area.setCurrentIndex(max(0, self.area.findData(current)))
        self.area.blockSignals(False)

    def _area_chosen(self) -> None:
        """Another area chosen: the sub-item being edited is stored in its own area first; refused, the
        combo goes back to that area, the text and the reason kept."""
        if not self.sub_items.leave_record():
            self.area.blockSignals(True)
            self.area.setCurrentIndex(max(0, self.area.findData(self._sub_items_area)))
            self.area.blockSignals(False)
            return
        self._fill_sub_items()

    def _fill_sub_items(self) -> None:
        self._sub_items_area = self.area.currentData()
        area = next((a for a in self._session.engagement.areas if a.code == self._sub_items_area), None)
        self.sub_items.set_records(area.sub_items if area else ())

    def refresh(self) -> None:
        """Show every list as stored."""
        self._stale = False
        e = self._session.engagement
        self.organisations.set_records(e.organisations)
        self.steering.set_records(e.steering_group())
        self.scoped_out.set_records(e.scoped_out)
        self._fill_areas()
        self._fill_sub_items()
        self.paths.set_records(e.paths)
        self.forms.set_records(e.organisation_forms)
        self.scales.set_records(e.criteria)

    def _on_changed(self, part: str) -> None:
        if part in (ORGANISATIONS, SCOPE, ALTERNATIVES, FRAMEWORK, WEIGHTS):
            self.refresh_when_shown()
