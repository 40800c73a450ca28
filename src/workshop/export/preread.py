"""The pre-read: a meeting's agenda and questions, sent before the meeting (no hints, no notes)."""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import Meeting
from workshop.domain.vocabulary import ItemKind
from workshop.export.labels import DEFAULT_LANGUAGE, labels
from workshop.export.minutes import (
    agenda_section,
    attendees_section,
    render_meeting_pdf,
    title_block,
    write_meeting_pdf,
)
from workshop.export.styles import ProgressCallback, make_styles
from workshop.export.text import para


def preread_story(e: Engagement, m: Meeting, language: str = DEFAULT_LANGUAGE) -> list[Flowable]:
    """Title block, a short introduction, who is invited, and the questions in agenda order."""
    lab, st = labels(language), make_styles()
    story = title_block(e, m, lab["preread"], lab, st)
    story.append(Paragraph(para(lab["preread_intro"]), st["body"]))
    invited = attendees_section(e, m, lab, st)
    invited[0] = Paragraph(para(lab["invited"]), st["h1"])
    story += invited
    return story + questions_section(m, lab, st)


def questions_section(m: Meeting, lab, st) -> list[Flowable]:
    """The questions in agenda order, numbered 1…n under their themes; free items (a break, an update) keep
    their place in the agenda but carry no question number."""
    if not any(item.kind != ItemKind.FREE for item in m.agenda):  # no question: the agenda as it is
        return agenda_section(m, lab, st, with_notes=False)
    out: list[Flowable] = [Paragraph(para(lab["questions"]), st["h1"])]
    theme, number = None, 0
    for item in m.agenda:
        if item.kind == ItemKind.FREE:  # an agenda entry of its own, not a line of the question above it
            out.append(Paragraph(f"– {para(item.text)}", st["item"]))
            continue
        if item.theme_title and item.theme_title != theme:
            out += [CondPageBreak(40 * mm), Paragraph(para(item.theme_title), st["h2"])]
        theme = item.theme_title or theme
        number += 1
        out.append(Paragraph(f"{number}. {para(item.text)}", st["item"]))
    return out


def render_preread(e: Engagement, meeting_id: str, language: str = DEFAULT_LANGUAGE,
                   progress: ProgressCallback | None = None) -> bytes:
    """The pre-read of one meeting as PDF bytes."""
    return render_meeting_pdf(e, meeting_id, "preread", preread_story, language, progress)


def write_preread(e: Engagement, meeting_id: str, target: str | os.PathLike[str], language: str = DEFAULT_LANGUAGE,
                  progress: ProgressCallback | None = None) -> None:
    """Write the pre-read PDF safely."""
    write_meeting_pdf(e, meeting_id, target, "preread", preread_story, language, progress)
