"""The report's closing chapter (the recommendation, the pre-study's content, the phased plan with its
timeline) and the optional pages following each organisation over time."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from workshop.domain.history import changes_since_previous, meetings_of, previous_meeting
from workshop.domain.summary import area_medians, median_shown, potential_scorers
from workshop.export import pdf_charts
from workshop.export.labels import counted, gap_words
from workshop.domain.numbers import change
from workshop.export.common import fmt_number, kind_label, meeting_date, organisation_of
from workshop.export.minutes import bullets
from workshop.export.paragraph import Paragraph
from workshop.export.pdf_timeline import timeline
from workshop.export.styles import data_table
from workshop.export.text import para


def steering_group(s) -> list[Flowable]:
    """The steering group's members: name, role, organisation (the report's 1.2)."""
    e, lab = s.e, s.lab
    members = e.steering_group()
    if not members:
        return []
    names = e.organisation_by_uid()
    rows = [[p.name, p.role, organisation_of(e, p, lab, names)] for p in members]
    return [s.sub(lab["steering_group"]),
            data_table(s.st, [lab["name"], lab["role"], lab["organisation"]], rows, [55 * mm, 60 * mm, 51 * mm])]


def recommended(s, number: str) -> list[Flowable]:
    """The recommended alternative with its rationale and the proposals (the report's 4.1 continues here)."""
    e, lab = s.e, s.lab
    r = e.recommendation
    out: list[Flowable] = [s.sub(lab["recommended"])]
    if not r.written:
        return out + [s.p(lab["no_recommendation"], "muted")]
    if r.alternative_code is not None:
        out.append(Paragraph(f"<b>{para(s.alt_title(r.alternative_code))}</b>", s.st["body"]))
    if r.rationale:
        out.append(s.p(r.rationale))
    if r.proposals:
        out += [Paragraph(f"{para(lab['proposals'])}:", s.st["label"]), bullets(list(r.proposals), s.st["bullet"])]
    if e.plan:
        ref = s.figs.ref(lab["fig_timeline"], lambda: timeline(e.plan, lab["decimal_mark"]))
        s.timeline_ref = ref
        out.append(s.p(lab["timeline_ref"].format(ref=ref)))
    return out


def prestudy(s, number: str) -> list[Flowable]:
    """The pre-study's content, heading by heading."""
    e, lab = s.e, s.lab
    if not e.prestudy:
        return []
    out: list[Flowable] = [s.h(f"{number} {lab['prestudy']}", 1), s.p(lab["prestudy_intro"], "lead")]
    for item in e.prestudy:
        out.append(Paragraph(f"<b>{para(item.title)}</b>", s.st["h3"]))
        for paragraph in (t for t in item.description.split("\n\n") if t.strip()):
            out.append(s.p(paragraph.strip()))
        if item.points:
            out.append(bullets(list(item.points), s.st["bullet"]))
    return out


def plan(s, number: str) -> list[Flowable]:
    """The phased plan: a table of phases (start, end, owner) and each phase's activities."""
    e, lab = s.e, s.lab
    if not e.plan:
        return []
    ref = getattr(s, "timeline_ref", None) or s.figs.ref(lab["fig_timeline"], lambda: timeline(e.plan))
    rows = [[p.name, p.starts_on or "–", p.ends_on or "–", p.owner or "–"] for p in e.plan]
    out: list[Flowable] = [s.h(f"{number} {lab['plan']}", 1), s.p(lab["plan_intro"].format(ref=ref), "lead"),
                           data_table(s.st, [lab["phase"], lab["starts"], lab["ends"], lab["owner"]], rows,
                                      [62 * mm, 23 * mm, 23 * mm, 58 * mm])]
    for n, p in enumerate(e.plan, 1):
        heading = Paragraph(f"<b>{n}. {para(p.name)}</b>", s.st["h3"])
        if not p.activities:
            heading.keepWithNext = 0  # nothing of its own under it: no chain with the next phases' headings
        out.append(heading)
        if p.activities:
            out.append(bullets(list(p.activities), s.st["bullet"]))  # under its heading; a long list runs on
    return out


def change_rows(changes, lab: Mapping[str, str]) -> list[list[str]]:
    """One row per moved score: kind, area or criterion, before, after, change, rationale."""
    rows = []
    for c in changes:
        shown = lab["first_given"] if c.before is None else change(c.delta)
        rows.append([lab[f"kind_{c.kind}"], c.subject, fmt_number(c.before, lab), fmt_number(c.after, lab), shown,
                     c.rationale])
    return rows


CHANGE_WIDTHS = [18 * mm, 30 * mm, 13 * mm, 13 * mm, 18 * mm, 74 * mm]


def change_header(lab: Mapping[str, str]) -> list[str]:
    """The changes table's header."""
    return ["", lab["subject"], lab["before"], lab["after"],
            lab["change"], lab["rationale"]]


def changes_block(e, lab: Mapping[str, str], st, org, meeting, title: bool = True) -> list[Flowable]:
    """What the organisation changed in this meeting since its previous one with scores: a table of the moved
    scores, a line saying nothing moved, or (its first meeting with scores) a line saying so; nothing when it
    gave no score in this meeting."""
    given = [r for r in (*e.potential_history, *e.vote_history)
             if r.organisation_uid == org.uid and r.meeting_uid == meeting.uid]
    if not given:
        return []
    out: list[Flowable] = []
    if title:
        out.append(Paragraph(f"<b>{para(meeting_date(meeting))} {para(meeting.title)}</b>", st["h3"]))
    before = previous_meeting(org.uid, meeting.uid, e.meetings, e.potential_history, e.vote_history)
    if before is None:
        return out + [Paragraph(para(lab["no_previous"].format(org=org.name)), st["muted"])]
    changes = changes_since_previous(org.uid, meeting.uid, e.meetings, e.potential_history, e.vote_history,
                                     [a.code for a in e.areas])
    moved = [c for c in changes if c.before is not None]
    if not moved:
        out.append(Paragraph(para(lab["no_changes"].format(org=org.name, meeting=before.title,
                                                           date=meeting_date(before))), st["muted"]))
    else:
        out.append(Paragraph(para(lab["changes_since_org"].format(org=org.name, meeting=before.title,
                                                                  date=meeting_date(before))), st["lead"]))
        out.append(data_table(st, change_header(lab), change_rows(moved, lab), CHANGE_WIDTHS, right=[2, 3, 4]))
    for kind in ("potential", "vote"):  # what had no earlier value: counted, named as what it is
        first = sum(1 for c in changes if c.before is None and c.kind == kind)
        if first:
            out.append(Paragraph(para(counted(lab, f"first_{kind}", first)), st["muted"]))
    return out


def organisation_pages(s) -> list[Flowable]:
    """One page per organisation: its meetings, its radar against the median, and what changed since the
    previous meeting, for each meeting it gave scores in."""
    e, lab = s.e, s.lab
    scorers = potential_scorers(e.organisations, e.potentials)
    shown = median_shown(scorers)  # one organisation's median is its own line: not drawn, nor said
    intro = lab["org_over_time_intro" if shown or not e.organisations else "org_over_time_intro_alone"]
    out: list[Flowable] = [PageBreak(), s.h(lab["org_over_time"], 0), s.p(intro, "lead")]
    if not e.organisations:
        return out + [s.p(lab["no_organisations"], "muted")]
    medians = area_medians(e.organisations, e.areas, e.potentials)
    for i, org in enumerate(e.organisations):
        if i:
            out.append(PageBreak())
        out.append(s.h(org.name, 1))
        meetings = meetings_of(org.uid, e.meetings, e.potential_history, e.vote_history)
        if not meetings:
            out.append(s.p(lab["no_org_meetings"], "muted"))
        else:
            rows = [[meeting_date(m), m.title, kind_label(m, lab)] for m in meetings]
            out.append(data_table(s.st, [lab["date"], lab["meeting"], lab["meeting_kind"]], rows,
                                  [24 * mm, 100 * mm, 42 * mm]))
        value = {p.area_code: p.value for p in e.potentials if p.organisation_uid == org.uid}
        reference = [(lab["median"], list(medians))] if shown else []
        out.append(pdf_charts.radar([a.code for a in e.areas],
                                    [(org.name, [value.get(a.code) for a in e.areas]), *reference],
                                    height=95 * mm, decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"],
                                    names=[a.name for a in e.areas], gap_words=gap_words(lab),
                                    references=[1] if shown else []))
        caption = lab["org_radar_alone" if not shown else "org_radar" if scorers == len(e.organisations)
                      else "org_radar_some"]  # the median of those that scored: "all" had counted the others
        out.append(Paragraph(para(caption.format(org=org.name, n=scorers)), s.st["caption"]))
        for m in meetings:
            out += changes_block(e, lab, s.st, org, m)
    return out
