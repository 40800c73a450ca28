"""The pre-read's pages and numbers: every agenda item whole on one page (the joint meeting's had left
"avtalssamverkan?" alone on a second page), and each item numbered as the minutes number it."""

from __future__ import annotations

import dataclasses

import pytest

from hostile_text import hostile_engagement
from pdf_support import page_count, reader, text_of, words
from workshop.domain.meetings import AgendaItem
from workshop.export.minutes import render_minutes
from workshop.export.preread import render_preread
from workshop.export.text import visible

LANGUAGES = ["sv", "en"]


def squash(text: str) -> str:
    """Text without any whitespace: lines wrap where the typist put no break."""
    return "".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, squashed."""
    return [squash(page.extract_text()) for page in reader(pdf).pages]


def items_not_whole_on_one_page(pdf: bytes, agenda) -> list[str]:
    """The agenda items ("N. text") that no single page of the PDF holds whole."""
    pages = page_texts(pdf)
    wanted = [squash(visible(f"{n}. {item.text}")) for n, item in enumerate(agenda, 1)]
    return [w[:60] for w in wanted if not any(w in page for page in pages)]


def with_agenda(e, m, agenda):
    """The engagement with this meeting's agenda replaced."""
    changed = dataclasses.replace(m, agenda=tuple(agenda))
    return dataclasses.replace(e, meetings=tuple(changed if x.uid == m.uid else x for x in e.meetings)), changed


@pytest.fixture(scope="module")
def joint(example):
    """The example's first joint meeting (potential and alternatives), whose pre-read ran onto a second page."""
    return next(m for m in example.meetings if m.kind == "joint")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_joint_pre_read_keeps_every_question_whole_on_one_page(example, joint, language):
    """No page of the joint meeting's pre-read holds only a piece of a question: each item's number and
    whole wording are on one page (question 6's last word had stood alone on page 2)."""
    pdf = render_preread(example, joint.uid, language)
    assert not items_not_whole_on_one_page(pdf, joint.agenda)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_joint_pre_read_fits_one_page(example, joint, language):
    """The joint meeting's pre-read, a few lines too long for one page, is set with tighter spacing on one
    page rather than a second page holding one question."""
    assert page_count(render_preread(example, joint.uid, language)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_agenda_breaks_pages_only_between_questions(example, joint, language):
    """A pre-read of many pages (forty questions of one to eight lines): every question is whole on one page."""
    sentence = "Hur ser ni på en gemensam funktion för drift och förvaltning av verksamhetens system? "
    agenda = [AgendaItem(text=f"Fråga {k}: " + sentence * (1 + k % 7), question_uid=f"q{k}",
                         theme_title=f"Tema {k // 8}") for k in range(40)]
    e, m = with_agenda(example, joint, agenda)
    pdf = render_preread(e, m.uid, language)
    assert page_count(pdf) > 3
    assert not items_not_whole_on_one_page(pdf, m.agenda)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hostile_pre_read_keeps_every_item_whole_on_one_page(language):
    """With every payload in every field (titles and names pages long), each agenda item still lands whole
    on one page."""
    e = hostile_engagement()
    m = e.meetings[0]
    pdf = render_preread(e, m.uid, language)
    assert page_count(pdf) > 1
    assert not items_not_whole_on_one_page(pdf, m.agenda)


def test_a_question_longer_than_a_page_is_still_printed_across_pages(example, joint):
    """A question taller than a whole page cannot be kept together: it runs over the page break rather than
    failing the document, and every word of it is printed."""
    long = AgendaItem(text="Lång fråga " + "om samverkan kring driftsformen " * 300, question_uid="q")
    e, m = with_agenda(example, joint, [*joint.agenda, long])
    pdf = render_preread(e, m.uid)
    assert page_count(pdf) > 2
    assert text_of(pdf).split().count("driftsformen") == 300  # the page's header and footer come between


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pre_read_numbers_agenda_items_as_the_minutes_do(example, joint, language):
    """A participant finds the pre-read's question 4 as item 4 of the minutes: both number every agenda
    item by its place in the meeting (the pre-read had numbered its questions 1, 2)."""
    preread = text_of(render_preread(example, joint.uid, language))
    minutes = text_of(render_minutes(example, joint.uid, language))
    assert any(item.kind == "free" for item in joint.agenda)
    for n, item in enumerate(joint.agenda, 1):
        line = f"{n}. {words(item.text)}"
        assert line in minutes
        assert line in preread


def test_a_free_item_counts_in_both_documents(example, joint):
    """A free item added first ("Fika") moves every question's number by one in the pre-read as in the
    minutes."""
    e, m = with_agenda(example, joint, [AgendaItem(text="Fika", kind="free"), *joint.agenda])
    preread = text_of(render_preread(e, m.uid))
    minutes = text_of(render_minutes(e, m.uid))
    for n, item in enumerate(m.agenda, 1):
        line = f"{n}. {words(item.text)}"
        assert line in minutes and line in preread


def test_a_break_between_two_questions_of_a_theme_stands_apart_from_them(example, joint):
    """"7. Fika" between two questions of one theme had read as one of its questions, bold as they are: it is
    set in italics (the theme's heading is not repeated after it: the joint pre-read keeps to one page)."""
    from workshop.export.minutes import agenda_section
    from workshop.export.styles import make_styles
    from workshop.export.labels import labels

    first, second = (item for item in joint.agenda if item.kind != "free")
    assert first.theme_title == second.theme_title
    e, m = with_agenda(example, joint, [first, AgendaItem(text="Fika", kind="free"), second])
    for with_notes in (True, False):
        story = agenda_section(m, labels("sv"), make_styles(), with_notes=with_notes)
        texts = [(f.style.name, f.text) for f in story if hasattr(f, "style") and hasattr(f, "text")]
        assert ("free_item", "2. Fika") in texts
        assert [name for name, t in texts if t.startswith(("1. ", "3. "))] == ["item", "item"]
    assert "2. Fika" in text_of(render_preread(e, m.uid))
