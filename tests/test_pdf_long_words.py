"""A word longer than a line (a URL, a long compound typed in a note) starts on a fresh line and is broken only
there, in the minutes' notes, lists and table cells alike; its text stays literal."""

from __future__ import annotations

import dataclasses

from pdf_support import reader
from workshop.domain.meetings import ActionItem, Decision
from workshop.export.minutes import render_minutes
from workshop.export.report import render_report
from workshop.export.paragraph import Paragraph
from workshop.export.styles import TEXT_WIDTH, make_styles
from workshop.export.text import para

URL = "https://intranet.gislaved.se/it/drift/avtal/2024/samverkan/bilaga-3?id=77&typ=<b>pdf</b>&x=" + "9" * 20
WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenkassen" * 2


def _lines(pdf: bytes) -> list[str]:
    return [line.strip() for page in reader(pdf).pages for line in page.extract_text().split("\n")]


def test_a_word_longer_than_a_line_starts_a_fresh_line_in_notes_lists_and_cells(example):
    """A URL after "Se även" in a note had begun on that line, its first piece filling the rest of it
    ("Se även https://intranet…bilaga" / "-3?id=77…"); a long word in a decision after "Beslut om", and in
    an action's cell after "Läs", likewise. Each starts on the next line; what follows it goes on after it.
    "&" and "<b>" print as typed."""
    m = example.meetings[0]
    note = f"Vi gick igenom avtalet. Se även {URL} för detaljer."
    agenda = (dataclasses.replace(m.agenda[0], notes=note),) + m.agenda[1:]
    meeting = dataclasses.replace(m, agenda=agenda, decisions=(Decision(text=f"Beslut om {WORD} och mer."),),
                                  action_items=(ActionItem(text=f"Läs {URL[:60]} innan mötet", owner="Anna"),))
    e = dataclasses.replace(example, meetings=(meeting,) + example.meetings[1:])
    lines = _lines(render_minutes(e, meeting.uid))
    assert "Vi gick igenom avtalet. Se även" in lines  # the line ends before the URL
    start = lines.index("Vi gick igenom avtalet. Se även")
    assert lines[start + 1].startswith("https://intranet.gislaved.se/it/drift/avtal/2024/samverkan/")
    assert "".join(lines[start + 1:start + 4]).startswith(URL + " för detaljer.")  # broken, every letter kept
    decision = lines.index("1. Beslut om")
    assert lines[decision + 1].startswith(WORD[:40])
    cell = lines.index("Läs")
    assert lines[cell + 1].startswith("https://intranet.gislaved.se/")


def test_a_long_word_already_starting_its_line_is_not_pushed_down():
    """A paragraph that begins with a word longer than a line, or has it after a line break, keeps no empty line
    before it; a word that fits the rest of its line stays on it, as before."""
    style = make_styles()["body"]

    def lines(text: str, width: float = TEXT_WIDTH) -> list[str]:
        p = Paragraph(para(text), style)
        p.wrap(width, 10_000)
        if p.blPara.kind == 0:  # one style throughout: (space left, words) per line
            return [" ".join(words) for _, words in p.blPara.lines]
        return ["".join(w.text for w in line.words).strip() for line in p.blPara.lines]

    first = lines(f"{WORD} slut")
    assert first[0].startswith(WORD[:40]) and "".join(first).replace(" ", "") == f"{WORD}slut"
    assert lines(f"rad ett\n{WORD}")[0] == "rad ett"
    assert lines(f"rad ett\n{WORD}")[1].startswith(WORD[:40])
    assert lines("kort ord & <b>lite</b> text") == ["kort ord & <b>lite</b> text"]
    narrow = lines(f"Se {WORD} och {WORD}", 150)  # each long word on its own lines, at a narrower width too
    assert narrow[0] == "Se" and narrow[1].startswith(WORD[:10])
    after = next(i for i, line in enumerate(narrow) if line.endswith(" och"))  # goes on after the word's end
    assert narrow[after + 1].startswith(WORD[:10])


def test_a_long_word_in_a_heading_starts_a_fresh_line_in_the_contents(example):
    """An alternative named by one word longer than a line: the contents had begun it on its entry's first line,
    after "3.3.2 Alternativ 1 Teknik –", as reportlab's own paragraph does. It starts the next line there too,
    as in the heading itself, and its page number follows its end."""
    name = ("SAMVERKANSORGANISATIONSUTREDNINGS" * 3)[:80]
    alternatives = (example.alternatives[0], dataclasses.replace(example.alternatives[1], name=name))
    pdf = render_report(dataclasses.replace(example, alternatives=alternatives + example.alternatives[2:]))
    contents = [line.strip() for line in reader(pdf).pages[1].extract_text().split("\n")]
    entry = contents.index("3.3.2 Alternativ 1 Teknik –")
    assert contents[entry + 1].startswith(name[:60])
    assert "".join(contents[entry + 1:entry + 3]).replace(" ", "").replace(".", "").startswith(name)


def test_every_document_module_builds_paragraphs_of_its_own_kind():
    """The fresh line before a long word holds only where the paragraph is export.paragraph's: no document
    module builds reportlab's own (an import of it brought the old breaking back to that module's text), nor
    uses reportlab's table of contents, which builds its entries so (export.contents builds them as ours)."""
    from pathlib import Path

    import workshop.export as export

    for module in Path(export.__file__).parent.glob("*.py"):
        for line in module.read_text(encoding="utf-8").splitlines():
            if line.startswith("from reportlab.platypus") and module.name != "paragraph.py":
                names = line.split(" import ", 1)[1].replace(" ", "").split(",")
                assert "Paragraph" not in names, module.name
            if "TableOfContents" in line and module.name != "contents.py":
                raise AssertionError(f"{module.name} uses reportlab's TableOfContents: use export.contents")
