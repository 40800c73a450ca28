"""The pre-read: a meeting's agenda and questions, sent before the meeting (no hints, no notes)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import Meeting
from workshop.domain.vocabulary import ItemKind
from workshop.export.labels import DEFAULT_LANGUAGE, labels
from workshop.export.minutes import (
    StoryBuilder, agenda_section, attendees_section, render_meeting_pdf, title_block, write_meeting_pdf,
)
from workshop.export.paragraph import Paragraph
from workshop.export.styles import FRAME_HEIGHT, ProgressCallback, make_styles
from workshop.export.text import para

# The space around paragraphs scaled by this in a second layout, tried when the last page holds at most a
# quarter page and kept only when it has fewer pages (the joint meeting's pre-read had run three lines onto
# a second page; it fits one at 0.9). Type sizes never change.
COMPACT_SPACING = 0.7
COMPACT_WHEN_LAST_PAGE_HOLDS = FRAME_HEIGHT / 4


class _PageEnd(Flowable):
    """Takes no room; notes the page it lands on and how much of that page the story used above it."""

    def __init__(self):
        super().__init__()
        self.page, self.used = 0, 0.0

    def wrap(self, avail_width, avail_height):
        self.used = FRAME_HEIGHT - avail_height
        return 0, 0

    def draw(self):
        self.page = self.canv.getPageNumber()


def compact_styles(st: Mapping[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    """The same styles with the space above and below each paragraph scaled by COMPACT_SPACING."""
    return {name: ParagraphStyle(name, parent=s, spaceBefore=s.spaceBefore * COMPACT_SPACING,
                                 spaceAfter=s.spaceAfter * COMPACT_SPACING) for name, s in st.items()}


def preread_story(e: Engagement, m: Meeting, language: str = DEFAULT_LANGUAGE,
                  compact: bool = False) -> list[Flowable]:
    """Title block, a short introduction, who is invited, and the questions in agenda order (compact: with
    tighter spacing)."""
    lab, st = labels(language), make_styles()
    if compact:
        st = compact_styles(st)
    story = title_block(e, m, lab["preread"], lab, st)
    story.append(Paragraph(para(lab["preread_intro"]), st["body"]))
    invited = attendees_section(e, m, lab, st)
    invited[0] = Paragraph(para(lab["invited"]), st["h1"])
    story += invited
    return story + questions_section(m, lab, st)


def questions_section(m: Meeting, lab, st) -> list[Flowable]:
    """The agenda as the minutes give it, without notes: headed "Frågor", or "Dagordning" when the meeting
    has no question; each item numbered as in the minutes (a question's "4." is item 4 of both documents,
    free items count too) and whole on one page."""
    has_question = any(item.kind != ItemKind.FREE for item in m.agenda)
    return agenda_section(m, lab, st, with_notes=False, heading="questions" if has_question else "agenda")


def render_preread(e: Engagement, meeting_id: str, language: str = DEFAULT_LANGUAGE,
                   progress: ProgressCallback | None = None) -> bytes:
    """The pre-read of one meeting as PDF bytes; with tighter spacing when that spares a nearly empty
    last page."""
    end = _PageEnd()
    pdf = render_meeting_pdf(e, meeting_id, "preread", _story_ending_in(end), language, progress)
    if end.page < 2 or end.used > COMPACT_WHEN_LAST_PAGE_HOLDS:
        return pdf
    compact_end = _PageEnd()
    compact = render_meeting_pdf(e, meeting_id, "preread", _story_ending_in(compact_end, compact=True), language)
    return compact if compact_end.page < end.page else pdf


def _story_ending_in(end: _PageEnd, compact: bool = False) -> StoryBuilder:
    return lambda e, m, language: preread_story(e, m, language, compact) + [end]


def write_preread(e: Engagement, meeting_id: str, target: str | os.PathLike[str], language: str = DEFAULT_LANGUAGE,
                  progress: ProgressCallback | None = None) -> None:
    """Write the pre-read PDF safely."""
    write_meeting_pdf(e, meeting_id, target, lambda: render_preread(e, meeting_id, language, progress))
