"""The rules between the values schema step 3 added: meeting links, per-meeting records, the recommendation,
the pre-study and the plan. Called by json_checks.check_engagement after the older rules."""

from __future__ import annotations

from workshop.domain.engagement import Engagement
from workshop.domain.plan import check_phase
from workshop.domain.validation import POTENTIAL_MAX, POTENTIAL_MIN
from workshop.export import json_checks as base


def check_closing(e: Engagement) -> None:
    """Raise ImportFormatError at the first broken rule of the newer fields."""
    p = "engagement"
    orgs, areas, alts, criteria, meetings = base.known(e)
    for n, a in enumerate(e.agreed_scores):
        base._ref(f"{p}.agreed_scores[{n}].meeting_uid", a.meeting_uid, meetings, "meeting")
    for n, x in enumerate(e.preferences):
        base._ref(f"{p}.preferences[{n}].meeting_uid", x.meeting_uid, meetings, "meeting")
    base._unique(((f"{p}.potential_history[{n}]", (r.meeting_uid, r.organisation_uid, r.area_code))
                  for n, r in enumerate(e.potential_history)), "score for organisation and area")
    for n, r in enumerate(e.potential_history):
        q = f"{p}.potential_history[{n}]"
        base._ref(f"{q}.meeting_uid", r.meeting_uid, meetings, "meeting")
        base._ref(f"{q}.organisation_uid", r.organisation_uid, orgs, "organisation")
        base._ref(f"{q}.area_code", r.area_code, areas, "area")
        base._range(f"{q}.value", r.value, POTENTIAL_MIN, POTENTIAL_MAX)
    base._unique(((f"{p}.vote_history[{n}]", (r.meeting_uid, r.organisation_uid, r.alternative_code,
                                              r.criterion_number)) for n, r in enumerate(e.vote_history)),
                 "vote for organisation, alternative and criterion")
    for n, r in enumerate(e.vote_history):
        q = f"{p}.vote_history[{n}]"
        base._ref(f"{q}.meeting_uid", r.meeting_uid, meetings, "meeting")
        base._ref(f"{q}.organisation_uid", r.organisation_uid, orgs, "organisation")
        base._ref(f"{q}.alternative_code", r.alternative_code, alts, "alternative")
        base._ref(f"{q}.criterion_number", r.criterion_number, criteria, "criterion")
        c = criteria[r.criterion_number]
        base._range(f"{q}.value", r.value, c.scale_min, c.scale_max)
    rec = e.recommendation
    base._ref(f"{p}.recommendation.alternative_code", rec.alternative_code, alts, "alternative")
    for n, text in enumerate(rec.proposals):
        base._not_empty(f"{p}.recommendation.proposals[{n}]", text)
    base._unique(((f"{p}.prestudy[{n}].id", i.uid) for n, i in enumerate(e.prestudy)), "id")
    base._unique(((f"{p}.prestudy[{n}].title", i.title.strip()) for n, i in enumerate(e.prestudy)), "name", True)
    for n, i in enumerate(e.prestudy):
        base._not_empty(f"{p}.prestudy[{n}].title", i.title)
        for k, text in enumerate(i.points):
            base._not_empty(f"{p}.prestudy[{n}].points[{k}]", text)
    base._unique(((f"{p}.plan[{n}].id", x.uid) for n, x in enumerate(e.plan)), "id")
    base._unique(((f"{p}.plan[{n}].name", x.name.strip()) for n, x in enumerate(e.plan)), "name", True)
    for n, x in enumerate(e.plan):
        base._domain(f"{p}.plan[{n}]", check_phase, x)
        for field in ("starts_on", "ends_on"):
            if getattr(x, field):
                base._stored(f"{p}.plan[{n}].{field}", getattr(x, field), base.parse_due_date)
