"""The Recommendation & plan view: the recommended alternative with its rationale and proposals, the
pre-study's content and the phased plan with its timeline. Every change is one undo command."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget,
)

from workshop.domain.ids import new_uid
from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation
from workshop.ui.closing.timeline import Timeline
from workshop.ui.session.closing_edits import SetPlan, SetPreStudy, SetRecommendation
from workshop.ui.session.commands import REFUSALS, push
from workshop.ui.session.session import ALTERNATIVES, CLOSING, EngagementSession
from workshop.ui.widgets.common import MessageLabel, commit_on_leave
from workshop.ui.widgets.when_shown import RefreshWhenShown
from workshop.ui.widgets.i18n import describe, joined, tr
from workshop.ui.widgets.record_editor import LINES, TEXT, FieldSpec, RecordEditor, whole_list
from workshop.ui.widgets.layout import scrolling


class ClosingView(RefreshWhenShown, QWidget):
    """How the investigation ends: recommendation, pre-study, plan."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("closingTabs")
        self.tabs.addTab(self._recommendation_page(), tr("Recommendation"))
        self.prestudy = self._prestudy_editor()
        self.tabs.addTab(self.prestudy, tr("Pre-study"))
        self.tabs.addTab(scrolling(self._plan_page(), self), tr("Implementation plan"))  # a low screen scrolls
        heading = QLabel(tr("Recommendation & plan"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _run(self, command) -> str:
        try:
            push(self._session.undo_stack, command)
        except REFUSALS as exc:
            return describe(exc)
        return ""

    # --- the recommendation ----------------------------------------------------
    def _recommendation_page(self) -> QWidget:
        page = QGroupBox(tr("The joint recommendation"), self)
        form = QFormLayout(page)
        self.alternative = QComboBox(page)
        self.alternative.setObjectName("recommendedAlternative")
        self.rationale = QPlainTextEdit(page)
        self.rationale.setObjectName("recommendationRationale")
        self.rationale.setTabChangesFocus(True)
        self.proposals = QPlainTextEdit(page)
        self.proposals.setObjectName("recommendationProposals")
        self.proposals.setTabChangesFocus(True)
        self.proposals.setPlaceholderText(tr("One proposal per line"))
        # Stored as the facilitator moves on (another field, tab or view, or closing): a "Save" button alone
        # lost what was typed without a word.
        self.alternative.activated.connect(lambda _index: self.store_recommendation())
        for field in (self.rationale, self.proposals):
            commit_on_leave(field, self.store_recommendation)
        self.recommendation_message = MessageLabel(page)
        self.recommendation_message.setObjectName("recommendationMessage")
        form.addRow(tr("&Recommended alternative"), self.alternative)
        form.addRow(tr("R&ationale"), self.rationale)
        form.addRow(tr("&Proposals for the continued work"), self.proposals)
        form.addRow(self.recommendation_message)
        return page

    def store_recommendation(self) -> bool:
        """Store the recommendation as the form holds it (one undoable edit)."""
        new = Recommendation(alternative_code=self.alternative.currentData(), rationale=self.rationale.toPlainText(),
                             proposals=tuple(t for t in self.proposals.toPlainText().splitlines() if t.strip()))
        if new == self._session.engagement.recommendation:
            return True
        refusal = self._run(SetRecommendation(self._session, new, tr("Change the recommendation")))
        self.recommendation_message.setText(refusal)
        return not refusal

    def _show_recommendation(self) -> None:
        e = self._session.engagement
        r = e.recommendation
        codes = tuple(a.code for a in e.alternatives)
        if (r, codes) == getattr(self, "_shown", None):
            return  # unchanged: what is typed but not yet saved stays
        self._shown = (r, codes)
        self.alternative.blockSignals(True)
        self.alternative.clear()
        self.alternative.addItem(tr("(no single alternative)"), None)
        for a in e.alternatives:
            self.alternative.addItem(joined(" – ", (a.code, a.name)), a.code)
        self.alternative.setCurrentIndex(max(0, self.alternative.findData(r.alternative_code))
                                         if r.alternative_code else 0)
        self.alternative.blockSignals(False)
        self.rationale.setPlainText(r.rationale)
        self.proposals.setPlainText("\n".join(r.proposals))

    # --- the pre-study -----------------------------------------------------------
    def _prestudy_editor(self) -> RecordEditor:
        session = self._session

        def build(v: dict, old: PreStudyItem | None) -> PreStudyItem:
            return PreStudyItem(title=v["title"], description=v["description"], points=v["points"],
                                uid=old.uid if old else new_uid())

        def commit(items: tuple, text: str) -> str:
            return self._run(SetPreStudy(session, items, text))

        return RecordEditor([tr("Heading"), tr("Points")], lambda i: [i.title, joined("; ", i.points)],
                            [FieldSpec("title", tr("Hea&ding")), FieldSpec("description", tr("&Text"), TEXT),
                             FieldSpec("points", tr("&Points"), LINES)],
                            lambda i: {"title": i.title, "description": i.description, "points": i.points},
                            whole_list(lambda: session.engagement.prestudy, build, commit, lambda i: i.title),
                            self, name="prestudy")

    # --- the plan ------------------------------------------------------------------
    def _plan_page(self) -> QWidget:
        session = self._session
        page = QWidget(self)

        def build(v: dict, old: PlanPhase | None) -> PlanPhase:
            return PlanPhase(name=v["name"], starts_on=v["starts_on"], ends_on=v["ends_on"], owner=v["owner"],
                             activities=v["activities"], uid=old.uid if old else new_uid())

        def commit(items: tuple, text: str) -> str:
            return self._run(SetPlan(session, items, text))

        self.plan = RecordEditor(
            [tr("Phase"), tr("Start"), tr("End"), tr("Owner")],
            lambda p: [p.name, p.starts_on or "–", p.ends_on or "–", p.owner],
            [FieldSpec("name", tr("&Phase")), FieldSpec("starts_on", tr("&Start"), placeholder="2025-04-01"),
             FieldSpec("ends_on", tr("E&nd"), placeholder="2025-09-30"), FieldSpec("owner", tr("&Owner")),
             FieldSpec("activities", tr("&Activities"), LINES)],
            lambda p: dataclasses.asdict(p), whole_list(lambda: session.engagement.plan, build, commit,
                                                        lambda p: p.name), page, name="plan", stretch=0)
        self.timeline = Timeline(page)
        col = QVBoxLayout(page)
        col.addWidget(self.plan, 1)
        col.addWidget(QLabel(tr("The phases over time (as printed in the report):"), page))
        col.addWidget(self.timeline)
        return page

    # --- following the session ---------------------------------------------------
    def refresh(self) -> None:
        """Show the recommendation, pre-study and plan as stored."""
        self._stale = False
        e = self._session.engagement
        self._show_recommendation()
        self.prestudy.set_records(e.prestudy)
        self.plan.set_records(e.plan)
        self.timeline.set_phases(e.plan)

    def _on_changed(self, part: str) -> None:
        if part in (CLOSING, ALTERNATIVES):
            self.refresh_when_shown()
