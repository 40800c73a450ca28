"""PDF speed: minutes of a two-hour meeting vs plain reportlab rendering of the same text, and the
report of an engagement with 25 meetings, and of one with 290 organisations and 25 meetings (each with
the plain render of its text beside it).

The plain baseline is what any PDF of that text costs: the same words as Paragraphs in the same
TrueType font, in a SimpleDocTemplate, without our tables, charts, header and footer. Both are
timed alternately in this run; the figure is the median of the runs.
"""

from __future__ import annotations

import dataclasses
import io
import random
import statistics
import time
from datetime import datetime, timedelta

RUNS = 5
QUESTIONS = 40
WORDS = 20_000

_VOCABULARY = (
    "kommunen it-drift samverkan potential nätverk datacenter klienter support förvaltning avtal "
    "leverantör kompetens redundans kostnad ansvar styrning behov rutiner säkerhet licenser moln "
    "överenskommelse förstudie organisation resurser drift tjänst teknik område vilja nytta förmåga "
    "och att som för med det är en på av till om inte men eller också därför"
).split()


def _notes(rng: random.Random, words: int) -> str:
    sentences, left = [], words
    while left > 0:
        n = min(left, rng.randint(8, 22))
        sentence = " ".join(rng.choice(_VOCABULARY) for _ in range(n))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        left -= n
    # A paragraph break every few sentences, as typed in a meeting.
    return "\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))


def long_meeting_engagement():
    """The example's joint meeting made two hours long: 40 questions, 20,000 words of notes, 4 charts."""
    from workshop.domain.meetings import AgendaItem
    from workshop.templates import example_engagement

    e = example_engagement()
    rng = random.Random(1)
    m = next(m for m in e.meetings if m.kind == "joint")
    questions = list(e.questions)
    themes = {t.uid: t.title for t in e.themes}
    agenda = tuple(
        AgendaItem(text=q.text, question_uid=q.uid, theme_title=themes[q.theme_uid], status="answered",
                   notes=_notes(rng, WORDS // QUESTIONS))
        for q in (questions[i % len(questions)] for i in range(QUESTIONS))
    )
    m = dataclasses.replace(m, agenda=agenda, duration_minutes=120)
    return dataclasses.replace(
        e, meetings=tuple(m if x.uid == m.uid else x for x in e.meetings),
        potentials=tuple(dataclasses.replace(p, meeting_uid=m.uid) for p in e.potentials),
        votes=tuple(dataclasses.replace(v, meeting_uid=m.uid) for v in e.votes),
    ), m


def engagement_with_meetings(count: int = 25):
    """The example with its meetings repeated (new ids, later dates) until there are `count`."""
    from workshop.domain.ids import new_uid
    from workshop.templates import example_engagement

    e = example_engagement()
    meetings = []
    start = datetime(2024, 6, 10, 9, 0)
    for i in range(count):
        base = e.meetings[i % len(e.meetings)]
        meetings.append(dataclasses.replace(
            base, uid=new_uid(), title=f"{base.title} ({i + 1})",
            starts_at=(start + timedelta(days=4 * i)).strftime("%Y-%m-%dT%H:%M"),
            agenda=tuple(dataclasses.replace(a, uid=new_uid()) for a in base.agenda),
            decisions=tuple(dataclasses.replace(d, uid=new_uid()) for d in base.decisions),
            action_items=tuple(dataclasses.replace(a, uid=new_uid()) for a in base.action_items),
        ))
    return dataclasses.replace(e, meetings=tuple(meetings))


def _large_engagement():
    """tests/scale_support.py's engagement: 290 organisations, 25 meetings, every score and vote."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from scale_support import large_engagement

    return large_engagement()


def plain_render(texts: list[str]) -> bytes:
    """The baseline: the texts as plain Paragraphs in the same font, nothing else."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from workshop.export.fonts import REGULAR, register_fonts
    from workshop.export.text import para

    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=10, leading=14)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=REGULAR).build([Paragraph(para(t), style) for t in texts])
    return buffer.getvalue()


def _texts_of(story) -> list[str]:
    """Every paragraph's plain text in a story (inside tables, lists and keep-togethers too)."""
    from reportlab.platypus import KeepTogether, ListFlowable, Paragraph, Table

    out: list[str] = []

    def walk(f):
        if isinstance(f, Paragraph):
            out.append(f.getPlainText())
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    walk(cell)
        elif isinstance(f, (KeepTogether, ListFlowable)):
            for inner in getattr(f, "_content", None) or getattr(f, "_flowables", []):
                walk(inner)
        elif isinstance(f, (list, tuple)):
            for inner in f:
                walk(inner)
        elif hasattr(f, "_item"):  # ListItem
            walk(f._item)
        elif hasattr(f, "parts"):  # a wide table split by columns (export/pdf_tables.Stack)
            walk(f.parts)

    walk(story)
    return out


def _median_pair(ours, plain, runs: int = RUNS) -> tuple[float, float]:
    a, b = [], []
    for _ in range(runs):
        t = time.perf_counter()
        ours()
        a.append(time.perf_counter() - t)
        t = time.perf_counter()
        plain()
        b.append(time.perf_counter() - t)
    return statistics.median(a), statistics.median(b)


def run() -> list[dict]:
    from workshop.export.minutes import render_minutes
    from workshop.export.report import render_report, report_story

    e, m = long_meeting_engagement()
    texts = [t for item in m.agenda for t in (item.text, item.notes)]
    words = sum(len(item.notes.split()) for item in m.agenda)
    assert words >= WORDS * 0.99 and len(m.agenda) == QUESTIONS
    render_minutes(e, m.uid)  # warm fonts and imports for both
    plain_render(texts[:2])
    ours, plain = _median_pair(lambda: render_minutes(e, m.uid), lambda: plain_render(texts))

    big = engagement_with_meetings(25)
    report_texts = _texts_of(report_story(big))
    report, report_plain = _median_pair(lambda: render_report(big), lambda: plain_render(report_texts))

    large = _large_engagement()
    large_texts = _texts_of(report_story(large))
    large_report, large_plain = _median_pair(lambda: render_report(large), lambda: plain_render(large_texts),
                                             runs=3)
    # With a page per organisation: 291 radars, each worked out once though the report is laid out 2-3 times.
    paged_texts = _texts_of(report_story(large, organisation_pages=True))
    paged, paged_plain = _median_pair(lambda: render_report(large, organisation_pages=True),
                                      lambda: plain_render(paged_texts), runs=2)
    return [
        {"figure": f"minutes PDF, {QUESTIONS} questions, {words} words of notes, 4 charts", "value": ours,
         "unit": "s", "baseline": plain, "ratio": ours / plain, "target": "≤ 1.5×"},
        {"figure": "report PDF, 25 meetings (2 passes for the contents)", "value": report, "unit": "s",
         "baseline": report_plain, "ratio": report / report_plain, "target": "print"},
        {"figure": f"report PDF, {len(large.organisations)} organisations, {len(large.meetings)} meetings",
         "value": large_report, "unit": "s", "baseline": large_plain, "ratio": large_report / large_plain,
         "target": "print"},
        {"figure": f"  the same with a page per organisation ({len(large.organisations) + 1} radars)",
         "value": paged, "unit": "s", "baseline": paged_plain, "ratio": paged / paged_plain, "target": "print"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
