"""Minutes as a record: "Utkast" and a watermark until approved, then "Justerat <date> av <names>", the
approved text as it was approved, and every later change as a dated addendum after it."""

from __future__ import annotations

import json
from collections.abc import Mapping

from reportlab.platypus import Flowable, KeepTogether, Spacer
from reportlab.lib.units import mm

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import Addendum, Meeting
from workshop.domain.amendments import Amendment, amendments, item_numbers
from workshop.domain.approved import approved_view
from workshop.domain.vocabulary import AddendumKind, MeetingStatus
from workshop.export.common import find_meeting, meeting_date, meeting_when, status_label
from workshop.export.labels import DEFAULT_LANGUAGE, join_names, labels
from workshop.export.paragraph import Paragraph
from workshop.export.styles import PageFrame, ProgressCallback, make_styles, render_pdf
from workshop.export.text import para


def approval_line(m: Meeting, lab: Mapping[str, str]) -> str:
    """'Justerat 2024-06-25 av A och B', or the draft notice; a meeting not held yet (or still running) says so,
    as its empty sections ("Inga beslut fattades.") would otherwise read as a meeting held with nothing in it."""
    if m.approval is None:
        return lab[{MeetingStatus.PLANNED: "draft_banner_planned", MeetingStatus.RUNNING: "draft_banner_running"}
                   .get(m.status, "draft_banner")]
    return lab["approved_by"].format(date=m.approval.approved_on, names=join_names(list(m.approval.approvers), lab))


def minutes_frame(e: Engagement, m: Meeting, lab: Mapping[str, str]) -> PageFrame:
    """Header and footer of the minutes: the approval in the header, a watermark while a draft."""
    if m.approval is None:
        right = f"{lab['draft']} · {lab['minutes']} {meeting_date(m)}"
        return PageFrame(e.info.title, right, lab["page_of"], footer_left=m.title, watermark=lab["draft_watermark"])
    # As the draft's header, with the approval's date for the draft's word (the names are in full under the
    # title): it had said only "Justerat 2024-08-30", without "Protokoll" and the meeting's date.
    right = f"{lab['approved_on'].format(date=m.approval.approved_on)} · {lab['minutes']} {meeting_date(m)}"
    return PageFrame(e.info.title, right, lab["page_of"], footer_left=m.title)


def _action_text(raw: str, lab) -> str:
    try:
        a = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(a, dict):
        return raw
    extra = ", ".join(x for x in (a.get("owner", ""), a.get("due_date", ""),
                                  status_label(a.get("status", ""), lab)) if x)
    return f"{a.get('text', '')} ({extra})" if extra else str(a.get("text", ""))


def _emptied(kind: str, lab) -> str:
    """What a value emptied since approval reads as after "Nu:" ("inga anteckningar", "ingen röst"): a line
    "Tidigare: …" alone had left the reader to guess whether the notes or the vote were gone or unchanged."""
    return lab.get(f"addendum_none_{kind}", lab["addendum_none"])


def _addendum(m: Meeting, numbers: dict[str, int], a: Addendum, lab, st) -> list[Flowable]:
    is_action = a.kind.startswith("action-")
    show = (lambda t: _action_text(t, lab)) if is_action else (lambda t: t)
    if a.kind == AddendumKind.NOTES:
        n = numbers.get(a.subject_uid, "?")
        item = next((x.text for x in m.agenda if x.uid == a.subject_uid), "")
        head = lab["addendum_notes"].format(n=n, item=item)
    else:
        head = lab.get(f"addendum_{a.kind}", a.kind)
    out: list[Flowable] = [Paragraph(f"<b>{para(a.made_on)} — {para(head)}</b>", st["item"])]
    if a.before and a.kind != AddendumKind.DECISION_ADDED and a.kind != AddendumKind.ACTION_ADDED:
        out.append(Paragraph(f"<i>{para(lab['addendum_was'])}:</i> {para(show(a.before))}", st["note"]))
    if a.text:
        out.append(Paragraph(f"<i>{para(lab['addendum_now'])}:</i> {para(show(a.text))}", st["note"]))
    elif a.before and not a.kind.endswith("-removed"):
        out.append(Paragraph(f"<i>{para(lab['addendum_now'])}:</i> {para(_emptied(a.kind, lab))}", st["note"]))
    return out


def addenda_section(m: Meeting, lab, st) -> list[Flowable]:
    """Every change since approval, dated, oldest first (nothing when there are none)."""
    if m.approval is None or not m.addenda:
        return []
    numbers = item_numbers(m.approval.minutes.agenda, m.agenda)  # as the approved text numbers the items
    return _kept_together("addenda", [_addendum(m, numbers, a, lab, st) for a in m.addenda], lab, st)


def _kept_together(heading: str, blocks: list[list[Flowable]], lab, st) -> list[Flowable]:
    """A section of changes: each change kept together, the section's heading and intro with the first (the
    heading had been left at a page's foot with every addendum on the next, and an addendum's date and item
    apart from its lines)."""
    first, *rest = blocks
    head = [Paragraph(para(lab[heading]), st["h1"]), Paragraph(para(lab[f"{heading}_intro"]), st["muted"])]
    return [KeepTogether(head + first), *(KeepTogether(lines) for lines in rest)]


def _worded(a: Amendment, value: str, lab) -> str:
    """A value of an amendment as the minutes word it (a kind of meeting, a time, a status)."""
    if not value:
        return ""
    if a.kind == "meeting-kind":
        return lab.get(f"kind_{value}", value)
    if a.kind == "when":
        starts_at, _, minutes = value.rpartition("/")
        return meeting_when(Meeting(kind="work", title="", starts_at=starts_at, duration_minutes=int(minutes)))
    if a.kind == "item-status":
        return status_label(value, lab)
    if a.kind.startswith("action-"):
        return _action_text(value, lab)
    return value


def _amendment(a: Amendment, lab, st) -> list[Flowable]:
    # a decision or action item changed unseen is worded as its dated addendum would be
    head = lab.get(f"amended_{a.kind}") or lab[f"addendum_{a.kind}"]
    head = head.format(subject=a.subject)
    out: list[Flowable] = [Paragraph(f"<b>{para(head)}</b>", st["item"])]
    for key, value in (("addendum_was", a.before), ("addendum_now", a.now)):
        worded = _worded(a, value, lab)
        if not worded and key == "addendum_now" and a.before and not a.kind.endswith("-removed"):
            worded = _emptied(a.kind, lab)  # a vote cleared: "Nu: ingen röst", not "Tidigare: 2" alone
        if worded:  # a time there was none of is no line ("Tidigare:" and nothing)
            out.append(Paragraph(f"<i>{para(lab[key])}:</i> {para(worded)}", st["note"]))
    return out


def amendments_section(e: Engagement, m: Meeting, lab, st) -> list[Flowable]:
    """Every other change since approval (no day kept for it), in the minutes' order; nothing when none."""
    found = amendments(e, m)
    return _kept_together("amended", [_amendment(a, lab, st) for a in found], lab, st) if found else []


def record_minutes_story(e: Engagement, m: Meeting, language: str = DEFAULT_LANGUAGE,
                         shown: tuple[Engagement, Meeting] | None = None) -> list[Flowable]:
    """The minutes with their approval state: the approved text (or the draft), then the addenda, then any
    other change since approval (`shown`: approved_view of the two, when already worked out)."""
    from workshop.export.minutes import minutes_story

    lab, st = labels(language), make_styles()
    banner = Paragraph(f"<b>{para(approval_line(m, lab))}</b>", st["body"])
    story = minutes_story(*(shown or approved_view(e, m)), language)
    # after the document kind and title: the first lines a reader sees
    story[2:2] = [banner, Spacer(1, 2 * mm)]
    return story + addenda_section(m, lab, st) + amendments_section(e, m, lab, st)


def render_record_minutes(e: Engagement, meeting_id: str, language: str = DEFAULT_LANGUAGE,
                          progress: ProgressCallback | None = None) -> bytes:
    """The minutes of one meeting as PDF bytes, marked draft or approved (titled and dated as approved)."""
    m = find_meeting(e, meeting_id)
    view = approved_view(e, m)
    shown, lab = view[1], labels(language)
    meta = {"title": f"{lab['minutes']}: {shown.title}", "author": e.info.facilitator, "subject": e.info.title,
            "lang": language}
    return render_pdf(record_minutes_story(e, m, language, view), minutes_frame(e, shown, lab), meta, progress)
