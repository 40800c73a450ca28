"""Minutes of a meeting: who came, what was asked and noted, scores and votes, decisions, follow-ups."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from workshop.domain.approved import carried_as_approved, scores_given_in
from workshop.domain.criteria import median
from workshop.domain.engagement import Engagement
from workshop.domain.meetings import ActionItem, Meeting
from workshop.domain.vocabulary import ItemKind
from workshop.domain.potential import group_potentials
from workshop.export import pdf_charts
from workshop.export.common import (
    facilitator_shown,
    find_meeting,
    kind_label,
    meeting_date,
    meeting_when,
    organisation_of,
    organisation_names,
    status_label,
)
from workshop.export.labels import DEFAULT_LANGUAGE, gap_words, labels
from workshop.export.paragraph import Paragraph
from workshop.export.pdf_tables import Stack
from workshop.export.score_tables import (
    SERIES_MAX, organisation_list, potential_table, radar_series, total, vote_tables,
)
from workshop.export.styles import (
    PageFrame,
    ProgressCallback,
    WholeParagraph,
    data_table,
    field_table,
    make_styles,
    render_pdf,
    title,
    write_pdf,
)
from workshop.export.text import para


class Figures:
    """Numbers the charts of one document in order ("Bild 1", "Bild 2", …)."""

    def __init__(self, lab: Mapping[str, str], styles):
        self.lab, self.styles, self.count = lab, styles, 0

    def add(self, drawing: Flowable, caption: str) -> list[Flowable]:
        """The chart with its numbered caption, kept on one page."""
        self.count += 1
        label = self.lab["figure"].format(n=self.count)
        return [KeepTogether([drawing, Paragraph(f"{para(label)}. {para(caption)}", self.styles["caption"])])]


# Builds a meeting document's flowables: (engagement, meeting, language) -> story.
StoryBuilder = Callable[[Engagement, Meeting, str], list[Flowable]]




def bullets(texts, style, numbered: bool = False) -> Flowable:
    """A bulleted (or numbered) list of user texts: one paragraph per item with its own bullet, stacked.

    Not reportlab's ListFlowable: as a container it is left out of a heading's keepWithNext (the heading
    "Beslut" stood alone at a page's foot, its decisions on the next page), and its list item (LIIndenter)
    can split a page-long paragraph into a piece one line taller than the page, which fails the document.
    """
    marks = [f"{n}." if numbered else "•" for n in range(1, len(texts) + 1)]
    # The text starts where reportlab puts a first line after its mark (the mark, then 0.6 em): with the
    # indent any narrower, "1." pushed the first line 3.5 pt right of the lines under it.
    widest = max((stringWidth(mark, style.fontName, style.fontSize) for mark in marks), default=0)
    indent = max(14, 2 + widest + 0.6 * style.fontSize)
    item_style = ParagraphStyle(f"{style.name}_item", parent=style, leftIndent=style.leftIndent + indent,
                                bulletIndent=style.leftIndent + 2, bulletFontName=style.fontName,
                                bulletFontSize=style.fontSize)
    return Stack([Paragraph(para(t), item_style, bulletText=mark) for t, mark in zip(texts, marks)])


def title_block(e: Engagement, m: Meeting, kind: str, lab, st) -> list[Flowable]:
    """Document kind, meeting title and the facts of the meeting."""
    facilitator = facilitator_shown(e)  # none left of it but the role: no line "Utredare: Utredare"
    pairs = [
        (lab["engagement"], e.info.title),
        (lab["meeting_kind"], kind_label(m, lab)),
        (lab["date"], meeting_when(m)),
        (lab["place"], m.place or "–"),
        *([(lab["facilitator"], facilitator or "–")] if facilitator or not e.info.facilitator.strip() else []),
        (lab["organisations"], organisation_list(lab, organisation_names(e, m.organisation_uids),
                                                 len(e.organisations)) or "–"),
    ]
    return [
        Paragraph(para(kind), st["doc_kind"]),
        title(m.title, st["title"]),
        field_table(st, pairs),
        Spacer(1, 4 * mm),
    ]


def attendees_section(e: Engagement, m: Meeting, lab, st) -> list[Flowable]:
    """The attendees table: name, role, organisation."""
    out: list[Flowable] = [Paragraph(para(lab["attendees"]), st["h1"])]
    people = {p.uid: p for p in e.people}
    orgs = e.organisation_by_uid()
    rows = []
    for uid in m.attendee_uids:
        p = people.get(uid)
        if p is not None:
            rows.append([p.name, p.role, organisation_of(e, p, lab, orgs)])
    if rows:
        out.append(data_table(st, [lab["name"], lab["role"], lab["organisation"]], rows, [55 * mm, 65 * mm, 46 * mm]))
    else:
        out.append(Paragraph(para(lab["no_attendees"]), st["muted"]))
    return out


NOTE_LINES = 12  # lines of a note per paragraph (see note_paragraphs)
NOTE_PIECE = 2000  # characters: a longer line is cut after the first sentence end (else space) past this


def _pieces(line: str) -> list[str]:
    """A line cut after a sentence's end (else a space) every NOTE_PIECE characters or so."""
    out = []
    while len(line) > 2 * NOTE_PIECE:
        cut = line.find(". ", NOTE_PIECE, 2 * NOTE_PIECE)
        cut = cut + 1 if cut >= 0 else line.find(" ", NOTE_PIECE, 2 * NOTE_PIECE)
        if cut < 0:
            cut = NOTE_PIECE
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return out + [line]


def note_paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A note as paragraphs of a few lines each that read as one (no space between them). reportlab wraps
    a paragraph's rest again at each page it breaks over: a 300,000-letter note in one paragraph took more
    than half a minute to lay out."""
    lines = [piece for line in text.split("\n") for piece in _pieces(line)]
    chunks, start = [], 0
    for i, line in enumerate(lines, 1):
        # A piece ends on a written line: a paragraph's last line break makes no empty line, as within one.
        if i - start >= NOTE_LINES and line.strip():
            chunks.append("\n".join(lines[start:i]))
            start = i
    if start < len(lines):
        chunks.append("\n".join(lines[start:]))
    if len(chunks) == 1:
        return [Paragraph(para(text), style)]
    first = ParagraphStyle(f"{style.name}First", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}Middle", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}Last", parent=style, spaceBefore=0)
    return [Paragraph(para(chunk), first if i == 0 else last if i == len(chunks) - 1 else middle)
            for i, chunk in enumerate(chunks)]


def agenda_section(m: Meeting, lab, st, with_notes: bool = True, heading: str = "agenda") -> list[Flowable]:
    """The agenda in order, grouped under theme titles, each item numbered by its place and with its notes.
    Without notes (the pre-read) each item is kept whole on a page instead (its last word had stood alone on
    one)."""
    out: list[Flowable] = [Paragraph(para(lab[heading]), st["h1"])]
    if not m.agenda:
        return out + [Paragraph(para(lab["no_agenda"]), st["muted"])]
    theme = None
    for n, item in enumerate(m.agenda, 1):
        free = item.kind == ItemKind.FREE
        if item.theme_title and item.theme_title != theme:
            out += [CondPageBreak(40 * mm), Paragraph(para(item.theme_title), st["h2"])]
        elif with_notes:
            out.append(CondPageBreak(25 * mm))
        # A free item (a break, "any other business") is set apart from the questions, in italics: "7. Fika" had
        # read as a question of the theme above it.
        theme = item.theme_title or theme
        head = f"{n}. {para(item.text)}"
        if with_notes and item.status != "open":
            head += f' <font size="8.5" color="#5A6B7B">({para(status_label(item.status, lab))})</font>'
        out.append((Paragraph if with_notes else WholeParagraph)(head, st["free_item" if free else "item"]))
        if with_notes:
            if item.notes.strip():
                out += note_paragraphs(item.notes, st["note"])
            else:
                out.append(Paragraph(para(lab["no_notes"]), st["theme"]))
    if isinstance(out[1], CondPageBreak):  # the first item's room is asked for above the heading, not below it
        out[0], out[1] = out[1], out[0]
    return out


def scores_section(e: Engagement, m: Meeting, lab, st, figs: Figures) -> list[Flowable]:
    """Potential scores and criteria votes given in this meeting, as tables with their charts."""
    out: list[Flowable] = [Paragraph(para(lab["scores_votes"]), st["h1"])]
    from workshop.export import minutes_given as given  # it builds on report_closing, which imports this module

    numbers, known = scores_given_in(e, m), {o.uid for o in e.organisations}
    # an organisation the engagement no longer holds, and approved minutes did not keep, cannot be named (JSON
    # written by hand): its numbers are left out, not a failed document
    potentials = [p for p in numbers.potentials if p.organisation_uid in known]
    votes = [v for v in numbers.votes if v.organisation_uid in known]
    extra = given.agreed_and_preferences(e, numbers, lab, st)
    if not potentials and not votes and not extra:
        return out + [Paragraph(para(lab["no_scores"]), st["muted"])]
    if potentials:
        out += _potential_part(e, potentials, lab, st, figs)
    if votes:
        out += _votes_part(e, votes, lab, st, figs) + given.vote_rationales(e, votes, lab, st)
    return out + extra + given.changes_section(e, m, lab, st)


def _potential_part(e, potentials, lab, st, figs) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(para(lab["potential_scores"]), st["h2"])]
    given = {p.organisation_uid for p in potentials}
    orgs = [o for o in e.organisations if o.uid in given]
    names = [o.name for o in orgs]
    value = {(p.organisation_uid, p.area_code): p.value for p in potentials}
    areas = [a for a in e.areas if any(p.area_code == a.code for p in potentials)]
    out += potential_table(st, lab, areas, orgs, value, sums=False, area_key=True)
    rationales = [(p, p.rationale) for p in potentials if p.rationale.strip()]
    for p, text in rationales:
        org = e.organisation_by_uid().get(p.organisation_uid)
        out.append(Paragraph(f"<b>{para(p.area_code)} · {para(org.name if org else '')}:</b> {para(text)}", st["note"]))
    out.append(Spacer(1, 3 * mm))
    # Charts only of whole rows: a few cells given in passing (one area revised) drew a radar of single
    # spikes, every other area at nought, and group shares contradicting the engagement's own (60/15/25
    # against 83/0/17 in the example); the table above has those cells.
    whole = all((o.uid, a.code) in value for o in orgs for a in e.areas)
    if len(e.areas) >= 3 and whole:
        series, _ = radar_series(lab, e.areas, orgs, value)
        chart = pdf_charts.radar([a.code for a in e.areas], series, decimal_mark=lab["decimal_mark"],
                                 empty=lab["chart_empty"], names=[a.name for a in e.areas],
                                 gap_words=gap_words(lab))
        out += figs.add(chart, lab["fig_potential_meeting"].format(
            orgs=organisation_list(lab, names, len(e.organisations))))
    groups = group_potentials(e.groups, e.areas, potentials) if whole else []
    if groups and any(g.potential_share is not None for g in groups):
        chart = pdf_charts.grouped_bars(
            [g.name for g in groups],
            [(lab["potential"], [g.potential_share for g in groups]), (lab["today"], [g.today_share for g in groups])],
            value_max=1, value_step=0.2, percent=True, decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"],
            codes=[g.code for g in groups],
        )
        out += figs.add(chart, lab["fig_group_potential_meeting"].format(
            orgs=organisation_list(lab, names, len(e.organisations))))
    return out


def _votes_part(e, votes, lab, st, figs) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(para(lab["votes"]), st["h2"])]
    voted = {v.organisation_uid for v in votes}
    orgs = [o for o in e.organisations if o.uid in voted]
    org_uids = [o.uid for o in orgs]
    table = {(v.alternative_code, v.criterion_number, v.organisation_uid): v.value for v in votes}
    alts = [a for a in e.alternatives if any(v.alternative_code == a.code for v in votes)]
    crits = [c for c in e.criteria if any(v.criterion_number == c.number for v in votes)]
    out += vote_tables(st, lab, alts, crits, orgs, table)
    out.append(Spacer(1, 3 * mm))
    if len(orgs) <= SERIES_MAX:  # one bar per organisation; with more, the medians' chart below tells it
        # An organisation with no vote on an alternative has no sum there ("–", no bar), as in the vote grid: it
        # had read 0 beside the others' sums. One voting on some criteria has the sum of those, as the grid's.
        sums = [(o.name, [total([table.get((a.code, c.number, o.uid)) for c in crits]) for a in alts]) for o in orgs]
        # A sum of some criteria only is "9*" on its bar and named in the caption, as the report's tables say
        # "9 (3 av 7)": it had read "9" beside the others' whole sums, as if the organisation had rated it low.
        partial = {(i, j): n for i, o in enumerate(orgs) for j, a in enumerate(alts)
                   if 0 < (n := sum((a.code, c.number, o.uid) in table for c in crits)) < len(crits)}
        caption = lab["fig_votes_meeting"] if not partial else lab["fig_votes_partial"].format(
            caption=lab["fig_votes_meeting"], partial="; ".join(lab["criteria_scored"].format(
                code=f"{orgs[i].name}, {alts[j].code}", n=partial[i, j], total=len(crits))
                for j in range(len(alts)) for i in range(len(orgs)) if (i, j) in partial))
        out += figs.add(pdf_charts.grouped_bars([a.code for a in alts], sums, decimal_mark=lab["decimal_mark"],
                                                empty=lab["chart_empty"], starred=partial), caption)
    medians = [
        (a.code, [median([table[(a.code, c.number, o)] for o in org_uids if (a.code, c.number, o) in table])
                  for c in crits])
        for a in alts
    ]
    top = max((c.scale_max for c in crits), default=4)
    chart = pdf_charts.grouped_bars([c.text for c in crits], medians, value_max=top, value_step=1,  # wording in a key
                                    decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"],
                                    codes=[f"{c.number}" for c in crits])
    out += figs.add(chart, lab["fig_criteria"])
    return out


def decisions_section(m: Meeting, lab, st) -> list[Flowable]:
    """The decisions, numbered."""
    out: list[Flowable] = [Paragraph(para(lab["decisions"]), st["h1"])]
    if not m.decisions:
        return out + [Paragraph(para(lab["no_decisions"]), st["muted"])]
    return out + [bullets([d.text for d in m.decisions], st["body"], numbered=True)]


def _action_rows(items: list[ActionItem], lab) -> list[list[str]]:
    return [[a.text, a.owner or "–", a.due_date or "–", status_label(a.status, lab)] for a in items]


def actions_section(e: Engagement, m: Meeting, lab, st) -> list[Flowable]:
    """New action items, then the open items carried from earlier meetings."""
    out: list[Flowable] = [Paragraph(para(lab["action_items"]), st["h1"])]
    header = [lab["action"], lab["owner"], lab["due"], lab["status"]]
    widths = [85 * mm, 36 * mm, 24 * mm, 21 * mm]  # status: "Parkerad" on one line
    if m.action_items:
        out.append(data_table(st, header, _action_rows(list(m.action_items), lab), widths))
    else:
        out.append(Paragraph(para(lab["no_actions"]), st["muted"]))
    out.append(Paragraph(para(lab["carried_over"]), st["h2"]))
    carried = carried_as_approved(e, m)
    if not carried:
        return out + [Paragraph(para(lab["no_carried"]), st["muted"])]
    rows = []
    for earlier, item in carried:
        source = f"{meeting_date(earlier)} {earlier.title}"
        if isinstance(item, ActionItem):
            rows.append([item.text, item.owner or "–", item.due_date or "–", status_label(item.status, lab), source])
        else:
            rows.append([f"{lab['parked_question']}: {item.text}", "–", "–", status_label(item.status, lab), source])
    out.append(data_table(st, header + [lab["from_meeting"]], rows, [60 * mm, 26 * mm, 22 * mm, 21 * mm, 37 * mm]))
    return out


def minutes_story(e: Engagement, m: Meeting, language: str = DEFAULT_LANGUAGE) -> list[Flowable]:
    """Every flowable of the minutes, in order."""
    lab, st = labels(language), make_styles()
    figs = Figures(lab, st)
    story = title_block(e, m, lab["minutes"], lab, st)
    story += attendees_section(e, m, lab, st)
    story += agenda_section(m, lab, st)
    # What was decided and who does what come before the scores and their charts: a reader of the minutes
    # looks for them first, and they had come last, after pages of tables and pictures.
    story += decisions_section(m, lab, st)
    story += actions_section(e, m, lab, st)
    story += scores_section(e, m, lab, st, figs)
    return story


def render_meeting_pdf(e: Engagement, meeting_id: str, kind: str, story: StoryBuilder,
                       language: str = DEFAULT_LANGUAGE, progress: ProgressCallback | None = None) -> bytes:
    """A meeting document (kind: the label key, "minutes" or "preread") as PDF bytes."""
    m = find_meeting(e, meeting_id)
    lab = labels(language)
    frame = PageFrame(e.info.title, f"{lab[kind]} {meeting_date(m)}", lab["page_of"], footer_left=m.title)
    meta = {"title": f"{lab[kind]}: {m.title}", "author": e.info.facilitator, "subject": e.info.title,
            "lang": language}
    return render_pdf(story(e, m, language), frame, meta, progress)


def write_meeting_pdf(e: Engagement, meeting_id: str, target: str | os.PathLike[str],
                      render: Callable[[], bytes]) -> None:
    """Write a meeting document (`render` gives its bytes) safely: the meeting is looked up before anything
    is written."""
    find_meeting(e, meeting_id)
    write_pdf(target, render)


def render_minutes(e: Engagement, meeting_id: str, language: str = DEFAULT_LANGUAGE,
                   progress: ProgressCallback | None = None) -> bytes:
    """The minutes of one meeting as PDF bytes: a draft, or the approved text and its addenda."""
    from workshop.export.minutes_records import render_record_minutes

    return render_record_minutes(e, meeting_id, language, progress)


def write_minutes(e: Engagement, meeting_id: str, target: str | os.PathLike[str], language: str = DEFAULT_LANGUAGE,
                  progress: ProgressCallback | None = None) -> None:
    """Write the minutes PDF safely."""
    write_meeting_pdf(e, meeting_id, target, lambda: render_minutes(e, meeting_id, language, progress))
