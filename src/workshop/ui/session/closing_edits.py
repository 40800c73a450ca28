"""The edits of the report's closing chapter: the recommendation, the pre-study's content and the plan.
Each is written whole (storage.lists), so undo writes the old value back."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation
from workshop.ui.session.commands import SetValue
from workshop.ui.session.session import CLOSING, EngagementSession


class SetRecommendation(SetValue):
    """The recommended alternative, why, and the proposals for going on."""

    def __init__(self, session: EngagementSession, new: Recommendation, text: str):
        super().__init__(text, lambda r: session.write(CLOSING, lambda store: store.lists.set_recommendation(r)),
                         session.engagement.recommendation, new)


class SetPreStudy(SetValue):
    """The pre-study's content (a heading added, changed, moved or removed)."""

    def __init__(self, session: EngagementSession, new: Sequence[PreStudyItem], text: str):
        super().__init__(text, lambda items: session.write(CLOSING, lambda store: store.lists.set_prestudy(items)),
                         session.engagement.prestudy, tuple(new))


class SetPlan(SetValue):
    """The implementation plan's phases (one added, changed, moved or removed)."""

    def __init__(self, session: EngagementSession, new: Sequence[PlanPhase], text: str):
        super().__init__(text, lambda phases: session.write(CLOSING, lambda store: store.lists.set_plan(phases)),
                         session.engagement.plan, tuple(new))
