"""The whole engagement as one value, as loaded from its file."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.meetings import Meeting
from workshop.domain.model import (
    AgreedScore,
    Alternative,
    AlternativePath,
    Area,
    Criterion,
    EngagementInfo,
    Group,
    Organisation,
    OrganisationForm,
    Person,
    PotentialRecord,
    PotentialScore,
    Preference,
    Question,
    ScopedOutItem,
    Theme,
    Vote,
    VoteRecord,
)
from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation


@dataclass(frozen=True, kw_only=True)
class Engagement:
    """One investigation: its framework, its people, its meetings and every number given."""

    info: EngagementInfo
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    groups: tuple[Group, ...] = ()
    areas: tuple[Area, ...] = ()
    scoped_out: tuple[ScopedOutItem, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    paths: tuple[AlternativePath, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    organisation_forms: tuple[OrganisationForm, ...] = ()
    themes: tuple[Theme, ...] = ()
    questions: tuple[Question, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    potentials: tuple[PotentialScore, ...] = ()
    votes: tuple[Vote, ...] = ()
    agreed_scores: tuple[AgreedScore, ...] = ()
    preferences: tuple[Preference, ...] = ()
    potential_history: tuple[PotentialRecord, ...] = ()
    vote_history: tuple[VoteRecord, ...] = ()
    recommendation: Recommendation = Recommendation()
    prestudy: tuple[PreStudyItem, ...] = ()
    plan: tuple[PlanPhase, ...] = ()

    def organisation_by_uid(self) -> dict[str, Organisation]:
        """Organisations keyed by uid."""
        return {o.uid: o for o in self.organisations}

    def steering_group(self) -> tuple[Person, ...]:
        """The steering group's members, in order."""
        return tuple(p for p in self.people if p.steering_group)

    def questions_of(self, theme_uid: str) -> list[Question]:
        """The questions of one theme, in catalogue order."""
        return [q for q in self.questions if q.theme_uid == theme_uid]
