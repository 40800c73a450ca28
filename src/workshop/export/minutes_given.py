"""What the minutes say about the numbers given in a meeting besides the score tables: each vote's rationale,
the agreed scores set and the preferences stated in it, and what changed since each present organisation's
previous meeting."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import ApprovedScores, Meeting
from workshop.export.common import fmt_number
from workshop.export.paragraph import Paragraph
from workshop.export.report_closing import changes_block
from workshop.export.styles import data_table
from workshop.export.text import para


def vote_rationales(e: Engagement, votes, lab: Mapping[str, str], st) -> list[Flowable]:
    """One line per vote that came with a rationale."""
    names = e.organisation_by_uid()
    out: list[Flowable] = []
    for v in votes:
        if v.rationale.strip():
            org = names.get(v.organisation_uid)
            where = f"{v.alternative_code} · {v.criterion_number} · {org.name if org else ''}"
            out.append(Paragraph(f"<b>{para(where)}:</b> {para(v.rationale)}", st["note"]))
    return out


def agreed_and_preferences(e: Engagement, given: ApprovedScores, lab: Mapping[str, str], st) -> list[Flowable]:
    """The agreed scores set by hand and the preferences stated in a meeting (`given`: its numbers)."""
    out: list[Flowable] = []
    agreed = given.agreed
    if agreed:
        rows = [[a.alternative_code, str(a.criterion_number), fmt_number(a.value, lab), a.comment] for a in agreed]
        out += [Paragraph(para(lab["agreed_in_meeting"]), st["h2"]),
                data_table(st, [lab["alternative"], lab["criterion"], lab["score"], lab["comment"]], rows,
                           [30 * mm, 20 * mm, 16 * mm, 100 * mm])]
    prefs = given.preferences
    if prefs:
        names = e.organisation_by_uid()
        rows = [[names[p.organisation_uid].name if p.organisation_uid in names else "–", p.alternative_code, p.comment]
                for p in prefs]
        out += [Paragraph(para(lab["preferred_in_meeting"]), st["h2"]),
                data_table(st, [lab["organisation"], lab["preferred"], lab["comment"]], rows,
                           [40 * mm, 30 * mm, 96 * mm])]
    return out


def changes_section(e: Engagement, m: Meeting, lab: Mapping[str, str], st) -> list[Flowable]:
    """For each organisation present that gave scores here: what moved since its previous meeting."""
    present = set(m.organisation_uids) | {r.organisation_uid for r in (*e.potential_history, *e.vote_history)
                                          if r.meeting_uid == m.uid}
    blocks: list[Flowable] = []
    for org in e.organisations:
        if org.uid in present:
            blocks += changes_block(e, lab, st, org, m, title=False)
    if not blocks:
        return []
    return [Paragraph(para(lab["changes_since"]), st["h1"])] + blocks
