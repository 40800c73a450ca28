"""The engagement report, modelled on the investigation's final report.

Cover, contents, introduction (organisations, meetings), current state and
potential, analysis (criteria, coverage, alternatives with pros and cons,
overall scoring with robustness, paths, organisation forms), recommendation
(preferences, decisions), and an appendix of every chart, "Bild 1…N",
referred to by number in the body.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, TableStyle

from workshop.domain.engagement import Engagement
from workshop.domain.progress import progress as progress_of
from workshop.domain.robustness import Robustness, robustness
from workshop.export.contents import Contents
from workshop.export.common import facilitator_shown, fmt_number, report_name
from workshop.export.fonts import REGULAR
from workshop.export.labels import DEFAULT_LANGUAGE, counted, join_names, labels
from workshop.export import report_closing
from workshop.export.paragraph import Paragraph
from workshop.export.report_sections import FigureRegistry, Sections
from workshop.export.score_tables import organisation_list
from workshop.export.styles import (
    PageFrame, ProgressCallback, field_table, heading, make_styles, render_pdf, title, write_pdf,
)
from workshop.export.text import para


def _points(value: float, lab: Mapping[str, str]) -> str:
    return fmt_number(round(value, 2), lab)


def robustness_statement(e: Engagement, lab: Mapping[str, str]) -> str | None:
    """The robustness of the ranking in the document's language, from domain/robustness.py."""
    if not e.alternatives or not e.criteria:
        return None
    r: Robustness = robustness(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
    if not r.leaders:
        return lab["robust_nothing_complete" if r.partial else "robust_nothing"]
    alt = lab["alternative"]
    parts = []
    if r.winner is None:
        parts.append(lab["robust_tie"].format(leaders=join_names([f"{alt} {c}" for c in r.leaders], lab)))
    else:
        runners = join_names([f"{alt} {c}" for c in r.runners_up], lab)
        margin = _points(r.margin or 0, lab)
        alone = "robust_alone_complete" if r.partial else "robust_alone"
        key = ("robust_lead_1" if margin == "1" else "robust_lead_n") if r.runners_up else alone
        parts.append(lab[key].format(winner=f"{alt} {r.winner}", margin=margin, runners=runners))
    if r.partial:  # not ranked: a partial sum is not compared with complete ones
        parts.append(counted(lab, "robust_partial", len(r.partial),
                             alternatives=join_names([f"{alt} {c}" for c in r.partial], lab)))
    if r.unscored:  # not ranked, never "0 points"
        parts.append(counted(lab, "robust_unscored", len(r.unscored),
                             alternatives=join_names([f"{alt} {c}" for c in r.unscored], lab)))
    names = e.organisation_by_uid()
    if r.vote_flips and not r.alone:
        f = r.vote_flips[0]
        org = names[f.organisation_uid].name if f.organisation_uid in names else "?"
        leaders = join_names([f"{alt} {c}" for c in f.leaders], lab)
        key = "robust_vote_strict" if f.strict else "robust_vote_tie"
        parts.append(lab[key].format(org=org, alt=f.alternative_code, crit=f.criterion_number, old=f.old, new=f.new,
                                     leaders=leaders))
        if len(r.vote_flips) > 1:
            parts.append(lab["robust_vote_count"].format(n=len(r.vote_flips)))
    elif not r.alone:
        parts.append(lab["robust_no_vote"])
    if r.winner and r.weight_flip:
        w = r.weight_flip
        parts.append(lab["robust_weight"].format(new=_points(w.new, lab), old=_points(w.old, lab), crit=w.criterion_number,
                                                 challenger=f"{alt} {w.challenger}", winner=f"{alt} {r.winner}"))
    missing = r.missing_compared()
    if missing:
        parts.append(counted(lab, "robust_missing", len(missing)))
    return " ".join(parts)


def interim_note(e: Engagement, lab: Mapping[str, str], today: date) -> str:
    """The cover's words for a report that is not final: the state on which day, and what is still to come."""
    p = progress_of(e)
    parts = [lab["interim_note"].format(date=today.isoformat())]
    if not p.meetings:
        parts.append(lab["interim_no_meetings"])
    elif p.held < p.meetings:
        running = counted(lab, "interim_running", p.running) if p.running else ""  # neither held nor planned
        parts.append(counted(lab, "interim_held", p.meetings, held=str(p.held), running=running))
    if not p.assessed:  # "not every …" only when some are given: none at all is said as none
        parts.append(lab["interim_not_assessed" if p.some_assessed else "interim_none_assessed"])
    if not p.scored:
        parts.append(lab["interim_not_scored" if p.some_scored else "interim_none_scored"])
    if not p.recommended:
        parts.append(lab["interim_no_recommendation"])
    return " ".join(parts)


def cover(e: Engagement, lab, st, today: date) -> list[Flowable]:
    """The cover page: document kind (final or interim), title, client, facilitator, period; an interim report
    says under them what state it shows."""
    period = " – ".join(x for x in (e.info.start_date, e.info.end_date) if x)
    pairs = [(lab["client"], e.info.client), (lab["facilitator"], facilitator_shown(e)),
             (lab["contact"], e.info.contact), (lab["organisations"],
              organisation_list(lab, [o.name for o in e.organisations], len(e.organisations))),
             (lab["period"], period)]
    given = [(k, v) for k, v in pairs if v]  # none for a blank engagement: no empty table (it failed the report)
    final = progress_of(e).final
    note = [] if final else [Spacer(1, 6 * mm), Paragraph(para(interim_note(e, lab, today)), st["body"])]
    return [Spacer(1, 50 * mm), Paragraph(para(report_name(e, lab, today)), st["cover_kind"]),
            title(e.info.title, st["cover_title"]), Spacer(1, 10 * mm),
            *([field_table(st, given)] if given else []), *note, PageBreak()]


def contents(lab, st) -> list[Flowable]:
    """The table of contents (filled in by the second pass)."""
    toc = Contents(dotsMinLevel=0)
    toc.levelStyles = [st["toc1"], st["toc2"], st["toc3"]]
    # The contents is a table; without FONT it would set Helvetica around each cell.
    toc.tableStyle = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [heading(lab["contents"], st["h1"], None), toc, PageBreak()]


def report_story(e: Engagement, language: str = DEFAULT_LANGUAGE, organisation_pages: bool = False,
                 today: date | None = None) -> list[Flowable]:
    """Every flowable of the report, in order; `organisation_pages` adds one page per organisation (its
    meetings, its radar against the median, what changed between its meetings) after the closing chapter.
    `today` is the day an interim report shows the state of (default: today)."""
    lab, st = labels(language), make_styles()
    figs = FigureRegistry(lab)
    s = Sections(e, lab, st, figs)
    story = cover(e, lab, st, today or date.today()) + contents(lab, st)
    story += s.introduction() + s.current_state()
    story += s.criteria() + s.coverage() + s.alternatives() + s.overall(robustness_statement(e, lab))
    story += s.paths_and_forms() + s.recommendation()
    if organisation_pages:
        story += report_closing.organisation_pages(s)
    story += [PageBreak(), heading(lab["appendix_figures"], st["h1"], 0)] + figs.appendix(st)
    return story


def render_report(e: Engagement, language: str = DEFAULT_LANGUAGE, progress: ProgressCallback | None = None,
                  organisation_pages: bool = False, today: date | None = None) -> bytes:
    """The engagement report as PDF bytes: final, or interim as of `today` (default: today)."""
    lab, today = labels(language), today or date.today()
    name = report_name(e, lab, today)
    frame = PageFrame(e.info.title, name, lab["page_of"], footer_left=e.info.client, plain_first_page=True)
    meta = {"title": e.info.title, "author": e.info.facilitator, "subject": name, "lang": language}
    return render_pdf(report_story(e, language, organisation_pages, today), frame, meta, progress, passes=2)


def write_report(e: Engagement, target: str | os.PathLike[str], language: str = DEFAULT_LANGUAGE,
                 progress: ProgressCallback | None = None, organisation_pages: bool = False,
                 today: date | None = None) -> None:
    """Write the report PDF safely."""
    write_pdf(target, lambda: render_report(e, language, progress, organisation_pages, today))
