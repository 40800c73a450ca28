"""Templates and the bundled example: readable JSON files turned into engagements.

A template holds a framework (groups, areas, alternatives, criteria, forms,
the question catalogue). The example is an overlay on a template: the
organisations, people, meetings and numbers of the GGVVH investigation.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import NamedTuple

from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.meetings import ActionItem, AgendaItem, Decision, Meeting
from workshop.domain.messages import msg
from workshop.domain.model import (
    Alternative,
    AlternativePath,
    Area,
    Criterion,
    EngagementInfo,
    Group,
    Organisation,
    OrganisationForm,
    Person,
    PotentialScore,
    Preference,
    Question,
    ScopedOutItem,
    Theme,
    Vote,
)
from workshop.domain.history import PotentialRecord, meeting_order, records_from_links
from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation
from workshop.resources import resource

EXAMPLE_FILE = "ggvvh.json"


def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


class TemplateChoice(NamedTuple):
    """A bundled template as the chooser offers it: its name (what `load_template_data` takes), and its
    label and description in the interface language."""

    name: str
    label: str
    description: str


def template_choices(language: str = "en") -> list[TemplateChoice]:
    """Each bundled template, in menu order (the full framework first, Blank last): what a new engagement
    starts from. Its label and description are in the language asked for ("labels", "descriptions"), else
    the template's own ("name", "description") when that is the one asked for, else English: the
    interface's language when it has no translation. The content itself stays the template's."""

    def presented(t: dict, key: str, own: str) -> str:
        other = t.get(key, {})
        return other.get(language) or (own if language == t.get("language") else other.get("en")) or own

    data = [_read(p) for p in sorted(resource("templates").glob("*.json"))]
    choices = [TemplateChoice(t["name"], presented(t, "labels", t["name"]),
                              presented(t, "descriptions", t.get("description", ""))) for t in data]
    return sorted(choices, key=lambda c: (c.name == "Blank", c.name))


def load_template_data(name: str) -> dict:
    """The raw data of the template with this name."""
    for path in sorted(resource("templates").glob("*.json")):
        data = _read(path)
        if data.get("name") == name:
            return data
    raise DomainError(msg("There is no template called “{name}”."), name=name)


def engagement_from_template(name: str, title: str, **info: str) -> Engagement:
    """A new engagement with the template's framework and catalogue, and no numbers yet."""
    t = load_template_data(name)
    themes, questions = [], []
    for theme_data in t.get("themes", []):
        theme = Theme(title=theme_data["title"])
        themes.append(theme)
        questions += [Question(theme_uid=theme.uid, text=q["text"], hint=q.get("hint", "")) for q in theme_data["questions"]]
    return Engagement(
        info=EngagementInfo(
            title=title, template=t["name"], potential_factor_scale=t.get("potential_factor_scale", 5), **info
        ),
        groups=tuple(Group(code=g["code"], name=g["name"], today_share=g.get("today_share")) for g in t["groups"]),
        areas=tuple(
            Area(code=a["code"], name=a["name"], group_code=a["group"], sub_items=tuple(a.get("sub_items", ())))
            for a in t["areas"]
        ),
        scoped_out=tuple(ScopedOutItem(text=s["text"], reason=s.get("reason", "")) for s in t.get("scoped_out", [])),
        alternatives=tuple(
            Alternative(
                code=a["code"], name=a["name"], description=a.get("description", ""),
                area_codes=tuple(a.get("areas", ())), pros=tuple(a.get("pros", ())), cons=tuple(a.get("cons", ())),
            )
            for a in t["alternatives"]
        ),
        paths=tuple(
            AlternativePath(from_code=p.get("from"), to_code=p.get("to"), description=p.get("description", ""))
            for p in t.get("paths", [])
        ),
        criteria=tuple(
            Criterion(number=c["number"], text=c["text"], scale_min=c.get("scale_min", 1), scale_max=c.get("scale_max", 4))
            for c in t["criteria"]
        ),
        organisation_forms=tuple(
            OrganisationForm(
                name=f["name"], description=f.get("description", ""),
                pros=tuple(f.get("pros", ())), cons=tuple(f.get("cons", ())),
            )
            for f in t.get("organisation_forms", [])
        ),
        themes=tuple(themes),
        questions=tuple(questions),
    )


def _meeting(data: dict, people: dict[str, Person], orgs: dict[str, Organisation], questions: dict[str, Question],
             theme_titles: dict[str, str]) -> Meeting:
    agenda = []
    for item in data.get("agenda", []):
        if "question" in item:
            q = questions[item["question"]]
            agenda.append(AgendaItem(text=q.text, kind="question", question_uid=q.uid, theme_title=theme_titles[q.theme_uid],
                                     status=item.get("status", "open"), notes=item.get("notes", "")))
        else:
            agenda.append(AgendaItem(text=item["free"], kind="free", status=item.get("status", "open"),
                                     notes=item.get("notes", "")))
    return Meeting(
        kind=data["kind"], title=data["title"], starts_at=data.get("starts_at", ""),
        duration_minutes=data.get("duration_minutes", 120), place=data.get("place", ""),
        status=data.get("status", "closed"),
        organisation_uids=tuple(orgs[c].uid for c in data.get("organisations", [])),
        attendee_uids=tuple(people[n].uid for n in data.get("attendees", [])),
        agenda=tuple(agenda),
        decisions=tuple(Decision(text=t) for t in data.get("decisions", [])),
        action_items=tuple(
            ActionItem(text=a["text"], owner=a.get("owner", ""), due_date=a.get("due", ""), status=a.get("status", "open"))
            for a in data.get("action_items", [])
        ),
    )


def example_engagement() -> Engagement:
    """The GGVVH investigation, built from its template and the bundled example overlay."""
    x = _read(resource("examples", EXAMPLE_FILE))
    base = engagement_from_template(x["template"], **x["engagement"])
    orgs = {o["short_code"]: Organisation(name=o["name"], short_code=o["short_code"]) for o in x["organisations"]}
    steering = set(x.get("steering_group", []))
    people = {
        p["name"]: Person(
            name=p["name"], role=p.get("role", ""),
            organisation_uid=orgs[p["organisation"]].uid if p.get("organisation") else None,
            steering_group=p["name"] in steering,
        )
        for p in x["people"]
    }
    questions = {q.text: q for q in base.questions}
    theme_titles = {t.uid: t.title for t in base.themes}
    meetings = tuple(_meeting(m, people, orgs, questions, theme_titles) for m in x.get("meetings", []))
    by_title = {m.title: m.uid for m in meetings}
    # Which meeting each number was given in, so that meeting's minutes show it.
    potential_meeting = {code: by_title[title] for code, title in x.get("potential_given_in", {}).items()}
    votes_meeting = by_title.get(x.get("votes_given_in", ""))
    closing_meeting = meetings[-1].uid if meetings else None
    # Scores an organisation changed at a later meeting: the later meeting holds the value and why it moved,
    # the organisation's own meeting what it said first.
    revised_in = by_title.get(x.get("potential_revised_in", ""))
    revisions = x.get("potential_revisions", {})  # preferences were stated before the final meeting
    engagement = Engagement(
        **{
            **{f: getattr(base, f) for f in base.__dataclass_fields__},
            "organisations": tuple(orgs.values()),
            "people": tuple(people.values()),
            "meetings": meetings,
            "potentials": tuple(
                PotentialScore(organisation_uid=orgs[code].uid, area_code=area, value=value,
                               meeting_uid=revised_in if area in revisions.get(code, {}) else potential_meeting.get(code),
                               rationale=revisions.get(code, {}).get(area, {}).get("rationale", ""))
                for code, scores in x["potential"].items()
                for area, value in scores.items()
            ),
            # Canonical order, as the file returns them: alternative, criterion, organisation.
            "votes": tuple(
                Vote(organisation_uid=orgs[code].uid, alternative_code=alt, criterion_number=c.number,
                     value=x["votes"][alt][code][c.number - 1], meeting_uid=votes_meeting)
                for alt in (a.code for a in base.alternatives if a.code in x["votes"])
                for c in base.criteria
                for code in orgs
                if code in x["votes"][alt]
            ),
            "preferences": tuple(
                Preference(organisation_uid=orgs[code].uid, alternative_code=p["alternative"], comment=p.get("comment", ""),
                           meeting_uid=closing_meeting)
                for code, p in x["preferences"].items()
            ),
            **_closing(x),
        }
    )
    potentials, votes = records_from_links(engagement.potentials, engagement.votes)
    potentials += tuple(PotentialRecord(meeting_uid=potential_meeting[code], organisation_uid=orgs[code].uid,
                                        area_code=area, value=change["before"])
                        for code, areas in revisions.items() for area, change in areas.items())
    order = meeting_order(meetings)
    org_order = {o.uid: i for i, o in enumerate(orgs.values())}
    area_order = {a.code: i for i, a in enumerate(base.areas)}  # as the file returns them: meeting, then organisation and area
    potentials = tuple(sorted(potentials, key=lambda r: (order[r.meeting_uid], org_order[r.organisation_uid],
                                                          area_order[r.area_code])))
    votes = tuple(sorted(votes, key=lambda r: order[r.meeting_uid]))
    return dataclasses.replace(engagement, potential_history=potentials, vote_history=votes)


def _closing(x: dict) -> dict:
    """The recommendation, the pre-study's content and the plan (the report's chapter 4)."""
    r = x.get("recommendation", {})
    return {
        "recommendation": Recommendation(alternative_code=r.get("alternative"), rationale=r.get("rationale", ""),
                                         proposals=tuple(r.get("proposals", ()))),
        "prestudy": tuple(PreStudyItem(title=i["title"], description=i.get("description", ""),
                                       points=tuple(i.get("points", ()))) for i in x.get("prestudy", [])),
        "plan": tuple(PlanPhase(name=p["name"], starts_on=p.get("starts_on", ""), ends_on=p.get("ends_on", ""),
                                owner=p.get("owner", ""), activities=tuple(p.get("activities", ())))
                      for p in x.get("plan", [])),
    }
