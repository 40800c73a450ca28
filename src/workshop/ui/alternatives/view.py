"""The “Alternatives & Criteria” view: the alternatives, paths and forms, criteria voting, preferences and
robustness, as tabs sharing one score board and one set of reveal switches."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from workshop.ui.widgets.i18n import tr
from workshop.ui.session.presenter_channel import PresenterChannel
from workshop.ui.session.session import EngagementSession
from workshop.ui.alternatives.info import AlternativesInfo
from workshop.ui.alternatives.paths import PathsAndForms
from workshop.ui.alternatives.preferences import PreferencesPanel
from workshop.ui.alternatives.robustness import RobustnessPanel
from workshop.ui.alternatives.voting.state import ScoreBoard, VotingState
from workshop.ui.alternatives.voting.view import VotingPanel


class AlternativesView(QWidget):
    """Tabs: Alternatives · Paths & forms · Criteria voting · Preferences · Robustness."""

    def __init__(self, session: EngagementSession, presenter: PresenterChannel | None = None, parent=None):
        super().__init__(parent)
        self.board = ScoreBoard(session)
        self.state = VotingState(self, presenter)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("alternativesTabs")
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 12pt; padding: 6px 14px; }")
        self.info = AlternativesInfo(session, self)
        self.paths = PathsAndForms(session, self)
        self.voting = VotingPanel(session, self.board, self.state, presenter, self)
        self.preferences = PreferencesPanel(session, presenter, self)
        self.robustness = RobustnessPanel(session, self.board, self.voting.show_results_on_projector, presenter, self)
        for widget, title in (
            (self.info, tr("Alternatives")),
            (self.paths, tr("Paths && forms")),
            (self.voting, tr("Criteria voting")),
            (self.preferences, tr("Preferences")),
            (self.robustness, tr("Robustness")),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front: 'alternatives', 'paths', 'voting', 'preferences' or 'robustness'."""
        widget = {"alternatives": self.info, "paths": self.paths, "voting": self.voting,
                  "preferences": self.preferences, "robustness": self.robustness}[name]
        self.tabs.setCurrentWidget(widget)
