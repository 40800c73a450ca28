"""The engagement's numbers as flat tables, shared by the XLSX and CSV exports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workshop.domain.criteria import agreed_grid, alternative_results
from workshop.domain.potential import group_potentials
from workshop.domain.summary import coverage_shares
from workshop.domain.engagement import Engagement
from workshop.export.common import meeting_date, status_label

Cell = str | int | float | None


@dataclass(frozen=True)
class DataTable:
    """One table: a file-safe key (CSV name), a sheet title, headers and rows of plain values."""

    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    dates: frozenset[int] = frozenset()  # the columns holding dates (YYYY-MM-DD, or empty)


def data_tables(e: Engagement, lab: Mapping[str, str]) -> list[DataTable]:
    """Potential scores, votes, agreed scores, preferences, action items and attendees."""
    orgs = e.organisation_by_uid()
    org_name = lambda uid: orgs[uid].name if uid in orgs else ""  # noqa: E731
    org_code = lambda uid: orgs[uid].short_code if uid in orgs else ""  # noqa: E731
    areas = {a.code: a for a in e.areas}
    groups = {g.code: g.name for g in e.groups}
    criteria = {c.number: c for c in e.criteria}
    meetings = {m.uid: m for m in e.meetings}
    meeting_title = lambda uid: meetings[uid].title if uid in meetings else ""  # noqa: E731

    potential = tuple(
        (org_name(s.organisation_uid), org_code(s.organisation_uid), s.area_code,
         areas[s.area_code].name if s.area_code in areas else "",
         groups.get(areas[s.area_code].group_code, "") if s.area_code in areas else "",
         s.value, s.will, s.benefit, s.ability, s.rationale, meeting_title(s.meeting_uid))
        for s in e.potentials
    )
    votes = tuple(
        (v.alternative_code, v.criterion_number, criteria[v.criterion_number].text if v.criterion_number in criteria else "",
         org_name(v.organisation_uid), org_code(v.organisation_uid), v.value, meeting_title(v.meeting_uid),
         v.rationale)
        for v in e.votes
    )
    grid = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
    set_in = {(a.alternative_code, a.criterion_number): a.meeting_uid for a in e.agreed_scores}
    agreed = tuple(
        (alt.code, c.number, c.text, cell.value, lab[f"source_{cell.source}"], cell.low, cell.high, cell.votes,
         cell.comment, meeting_title(set_in.get((alt.code, c.number))))
        for alt in e.alternatives
        for c in e.criteria
        for cell in [grid[(alt.code, c.number)]]
    )
    preferences = tuple(
        (org_name(p.organisation_uid), org_code(p.organisation_uid), p.alternative_code, p.comment,
         meeting_title(p.meeting_uid))
        for p in e.preferences
    )
    potential_history = tuple(
        (meeting_date(meetings[r.meeting_uid]), meeting_title(r.meeting_uid), org_name(r.organisation_uid),
         org_code(r.organisation_uid), r.area_code, r.value, r.rationale, r.meeting_uid)
        for r in e.potential_history if r.meeting_uid in meetings
    )
    vote_history = tuple(
        (meeting_date(meetings[r.meeting_uid]), meeting_title(r.meeting_uid), org_name(r.organisation_uid),
         org_code(r.organisation_uid), r.alternative_code, r.criterion_number, r.value, r.rationale, r.meeting_uid)
        for r in e.vote_history if r.meeting_uid in meetings
    )
    plan = tuple((n, p.name, p.starts_on, p.ends_on, p.owner, "\n".join(p.activities))
                 for n, p in enumerate(e.plan, 1))
    actions = tuple(
        (meeting_date(m), m.title, a.text, a.owner, a.due_date, status_label(a.status, lab), m.uid)
        for m in e.meetings
        for a in m.action_items
    )
    people = {p.uid: p for p in e.people}
    attendees = tuple(
        (meeting_date(m), m.title, people[uid].name, people[uid].role,
         org_name(people[uid].organisation_uid) if people[uid].organisation_uid else "", m.uid)
        for m in e.meetings
        for uid in m.attendee_uids
        if uid in people
    )
    L = lab
    return [*_results_tables(e, L, grid),
        DataTable("potential", L["sheet_potential"],
                  (L["organisation"], L["code"], L["area"], L["area_name"], L["group"], L["potential"], L["will"],
                   L["benefit"], L["ability"], L["rationale"], L["meeting"]), potential),
        DataTable("votes", L["sheet_votes"],
                  (L["alternative"], L["criterion_number"], L["criterion"], L["organisation"], L["code"], L["score"],
                   L["meeting"], L["rationale"]), votes),
        DataTable("agreed_scores", L["sheet_agreed"],
                  (L["alternative"], L["criterion_number"], L["criterion"], L["agreed"], L["source"], L["lowest"],
                   L["highest"], L["vote_count"], L["comment"], L["meeting"]), agreed),
        DataTable("preferences", L["sheet_preferences"],
                  (L["organisation"], L["code"], L["preferred"], L["comment"], L["meeting"]), preferences),
        DataTable("action_items", L["sheet_actions"],
                  (L["date"], L["meeting"], L["action"], L["owner"], L["due"], L["status"], L["meeting_id"]), actions,
                  frozenset({0, 4})),
        DataTable("attendees", L["sheet_attendees"],
                  (L["date"], L["meeting"], L["name"], L["role"], L["organisation"], L["meeting_id"]), attendees,
                  frozenset({0})),
        DataTable("potential_by_meeting", L["sheet_potential_history"],
                  (L["date"], L["meeting"], L["organisation"], L["code"], L["area"], L["potential"], L["rationale"],
                   L["meeting_id"]), potential_history, frozenset({0})),
        DataTable("votes_by_meeting", L["sheet_vote_history"],
                  (L["date"], L["meeting"], L["organisation"], L["code"], L["alternative"], L["criterion_number"],
                   L["score"], L["rationale"], L["meeting_id"]), vote_history, frozenset({0})),
        DataTable("plan", L["sheet_plan"],
                  ("#", L["phase"], L["starts"], L["ends"], L["owner"], L["activities"]), plan, frozenset({2, 3})),
    ]


def _plain(value: float | int | None, digits: int = 2) -> float | int | None:
    """A number rounded, whole when it is (a weight of 1, not 1.0), or empty."""
    if value is None:
        return None
    value = round(value, digits)
    return int(value) if value == int(value) else value


def _percent(share: float | None) -> float | int | None:
    """A share (0–1) as a percentage to one decimal, whole when it is (60, 12.5), or empty."""
    return None if share is None else _plain(share * 100, 1)


def _results_tables(e: Engagement, L: Mapping[str, str], grid) -> list[DataTable]:
    """What the report concludes, as numbers: each alternative's sums, rank and share of the potential (and
    of how many criteria its sums are: "14" of 5 criteria of 7 is no "14" of all 7), the
    groups' shares against today's, and the criteria with their scales and weights (the sheets had held only
    the numbers given, so a reader had to add them up to find the report's 60/15/25 % or 21/22/23/22).
    `grid`: the agreed scores, as the agreed-scores table has them."""
    covered = coverage_shares(e.alternatives, e.areas, e.potentials)
    chosen = e.recommendation.alternative_code
    results = tuple(
        (r.code, r.name, _percent(covered.get(r.code)), _plain(r.sum), _plain(r.weighted_sum), r.rank,
         L["yes"] if r.code == chosen else "", r.scored, len(r.scores))
        for r in alternative_results(e.alternatives, e.criteria, grid))
    groups = tuple(
        (g.code, g.name, ", ".join(a.code for a in e.areas if a.group_code == g.code), g.potential_sum,
         _percent(g.potential_share), _percent(g.today_share))
        for g in group_potentials(e.groups, e.areas, e.potentials))
    criteria = tuple((c.number, c.text, c.scale_min, c.scale_max, _plain(c.weight)) for c in e.criteria)
    return [
        DataTable("results", L["sheet_results"],
                  (L["alternative"], L["name"], L["coverage_pct"], L["sum"], L["weighted_sum"], L["rank"],
                   L["is_recommended"], L["criteria_with_scores"], L["criteria_in_all"]), results),
        DataTable("groups", L["sheet_groups"],
                  (L["code"], L["group"], L["areas_in_group"], L["potential"], L["potential_share_pct"],
                   L["today_share_pct"]), groups),
        DataTable("criteria", L["sheet_criteria"],
                  (L["criterion_number"], L["criterion"], L["scale_min"], L["scale_max"], L["weight"]), criteria),
    ]
