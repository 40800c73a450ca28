"""Minutes and pre-read PDFs: what a participant reads after and before a meeting."""

from __future__ import annotations

import dataclasses

import pytest

from pdf_support import annotations_of, fonts_of, images_of, page_count, poppler_checks, qpdf_check, text_of, words
from workshop.domain.meetings import ActionItem, AgendaItem
from workshop.export.errors import ExportError
from workshop.export.minutes import render_minutes, write_minutes
from workshop.export.preread import render_preread, write_preread

HOSTILE_NOTE = 'Kostnad <5 % & "S&P 500" <img src="/etc/passwd"/> <a href="http://x.invalid">länk</a> <b>fet?'


@pytest.fixture(scope="module")
def joint(example):
    """The example with the joint meeting's scores and votes taken in that meeting (every potential score
    given there), and hostile notes."""
    e = example
    m = next(m for m in e.meetings if m.kind == "joint")
    agenda = list(m.agenda)
    agenda[0] = dataclasses.replace(agenda[0], notes=HOSTILE_NOTE + "\nAndra raden: å ä ö Å Ä Ö")
    agenda.append(AgendaItem(text="Parkerad fråga om licenser <v2>", kind="free", status="parked"))
    m2 = dataclasses.replace(m, agenda=tuple(agenda))
    meetings = tuple(m2 if x.uid == m.uid else x for x in e.meetings)
    first = meetings[0]
    meetings = (dataclasses.replace(first, action_items=first.action_items + (
        ActionItem(text="Ta fram kostnadsunderlag för drift & licenser", owner="Anna Sanell", due_date="2024-09-01"),
    )),) + meetings[1:]
    return dataclasses.replace(
        e, meetings=meetings,
        potentials=tuple(dataclasses.replace(p, meeting_uid=m.uid) for p in e.potentials),
        potential_history=tuple(r for r in e.potential_history if r.meeting_uid != m.uid),  # all given there
        votes=tuple(dataclasses.replace(v, meeting_uid=m.uid) for v in e.votes),
    ), m.uid


def test_minutes_hold_title_block_attendees_agenda_decisions_and_actions(joint):
    """Everything the minutes promise is in the text: meeting facts, people, questions, notes, decisions."""
    e, uid = joint
    m = next(x for x in e.meetings if x.uid == uid)
    text = text_of(render_minutes(e, uid))
    for expected in ["Protokoll", m.title, e.info.title, "2024-08-23 09:00–13:00", m.place, "Deltagare",
                     "Dagordning", "Beslut", "Åtgärder", "Sida 1 av"]:
        assert words(expected) in text
    people = {p.uid: p for p in e.people}
    for uid_ in m.attendee_uids:
        assert words(people[uid_].name) in text
    for item in m.agenda:
        assert words(item.text) in text
    for d in m.decisions:
        assert words(d.text) in text
    for a in m.action_items:
        assert words(a.text) in text and a.due_date in text


def test_every_note_comes_back_exactly_as_typed(joint):
    """Notes, markup-looking text included, are extracted from the PDF word for word."""
    e, uid = joint
    m = next(x for x in e.meetings if x.uid == uid)
    text = text_of(render_minutes(e, uid))
    for item in m.agenda:
        if item.notes:
            assert words(item.notes) in text


def test_markup_in_notes_makes_no_link_no_image_and_only_embedded_fonts(joint):
    """Hostile notes stay text; charts are vectors; every font is embedded (no Helvetica)."""
    e, uid = joint
    pdf = render_minutes(e, uid)
    assert annotations_of(pdf) == []
    assert images_of(pdf) == 0
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts


def test_scores_and_votes_of_the_meeting_appear_as_tables_and_numbered_charts(joint):
    """Potential and votes taken in the meeting are listed, with their charts captioned Bild 1…4."""
    e, uid = joint
    text = text_of(render_minutes(e, uid))
    assert "Potentialbedömning" in text and "Kriterieröster" in text
    for n in range(1, 5):
        assert f"Bild {n}." in text
    assert "Median" in text


def test_charts_come_only_from_whole_rows_given_in_the_meeting(joint, example):
    """Every organisation scored every area in the meeting: its radar and group shares are charted, naming
    them. A few cells revised in passing: no chart, whose shares of four cells would contradict the
    engagement's and whose radar would draw every other area at nought."""
    e, uid = joint
    assert "Potential jämfört med idag, per grupp, enligt bedömningarna vid mötet" in words(
        text_of(render_minutes(e, uid)))
    few = tuple(dataclasses.replace(p, meeting_uid=uid) for p in e.potentials[:4])
    rest = tuple(dataclasses.replace(p, meeting_uid=None) for p in e.potentials[4:])
    text = words(text_of(render_minutes(dataclasses.replace(e, potentials=few + rest), uid)))
    assert "Potentialbedömning" in text
    assert "per grupp" not in text
    # Nor a radar of single spikes with every other area at nought: the table holds those cells.
    assert "Potential per område, angiven vid mötet" not in text
    assert "Potential per område, angiven vid mötet" in words(text_of(render_minutes(e, uid)))


def test_minutes_without_scores_say_so(example):
    """A meeting where nothing was scored says so instead of showing empty tables."""
    m = example.meetings[0]
    assert "Inga poäng eller röster lämnades vid mötet." in text_of(render_minutes(example, m.uid))


def test_open_items_from_earlier_meetings_are_carried(joint):
    """An action item still open from an earlier meeting, and a parked question, are listed later."""
    e, uid = joint
    last = e.meetings[-1]
    text = text_of(render_minutes(e, last.uid))
    assert "Öppna punkter från tidigare möten" in text
    assert "Ta fram kostnadsunderlag för drift & licenser" in text
    assert "Parkerad fråga om licenser <v2>" in text


def test_minutes_carry_the_open_actions_the_runner_listed(example):
    """The minutes' open items from earlier meetings are the runner's earlier open actions: Gislaved's open
    action is not in the minutes of Värnamo's own work meeting (the runner had not listed it, the minutes
    had, and Värnamo read another municipality's to-do), and a meeting with no organisation ticked lists
    both in the runner and in its minutes what is still open from before."""
    from workshop.domain.agenda import earlier_actions

    gislaved, varnamo = example.meetings[1], example.meetings[2]
    assert "Gislaved" in gislaved.title and "Värnamo" in varnamo.title
    task = ActionItem(text="Inventera serverhallens avtal i Gislaved")
    unticked = dataclasses.replace(varnamo, uid="open-check-in", title="Avstämning", organisation_uids=(),
                                   starts_at="2024-06-19T15:00")
    meetings = list(example.meetings)
    meetings[1] = dataclasses.replace(gislaved, action_items=gislaved.action_items + (task,))
    meetings.insert(3, unticked)
    e = dataclasses.replace(example, meetings=tuple(meetings))
    assert earlier_actions(e.meetings, varnamo) == []
    assert words(task.text) not in text_of(render_minutes(e, varnamo.uid))
    assert [x.action.text for x in earlier_actions(e.meetings, unticked)] == [task.text]
    assert words(task.text) in text_of(render_minutes(e, unticked.uid))


def test_page_numbers_read_n_of_m(joint):
    """Every page's footer says 'Sida N av M' with the real page count."""
    e, uid = joint
    pdf = render_minutes(e, uid)
    pages = page_count(pdf)
    text = text_of(pdf)
    assert pages >= 2
    for n in range(1, pages + 1):
        assert f"Sida {n} av {pages}" in text


def test_english_minutes_use_english_labels(joint):
    """The same minutes in English say Minutes, Attendees, Agenda, Page 1 of N."""
    e, uid = joint
    text = text_of(render_minutes(e, uid, language="en"))
    for label in ("Minutes", "Attendees", "Agenda", "Decisions", "Action items", "Page 1 of"):
        assert label in text


def test_preread_lists_questions_without_hints_or_notes(example):
    """The pre-read has the agenda's questions but never the facilitator's hints or the meeting notes."""
    m = next(m for m in example.meetings if any(i.question_uid for i in m.agenda))
    text = text_of(render_preread(example, m.uid))
    assert "Underlag inför möte" in text
    hints = {q.uid: q.hint for q in example.questions}
    for item in m.agenda:
        assert words(item.text) in text
        if item.notes:
            assert words(item.notes) not in text
        hint = hints.get(item.question_uid, "")
        if hint:
            assert words(hint) not in text


def test_unknown_meeting_is_refused_before_anything_is_written(example, tmp_path):
    """A meeting ID that does not exist gives a clear message and writes no file."""
    target = tmp_path / "m.pdf"
    with pytest.raises(ExportError, match="no meeting with ID"):
        write_minutes(example, "no-such-id", target)
    with pytest.raises(ExportError, match="no meeting with ID"):
        write_preread(example, "no-such-id", target)
    assert list(tmp_path.iterdir()) == []


def test_minutes_pass_qpdf_and_poppler(joint, tmp_path):
    """qpdf --check passes, pdffonts lists only embedded fonts, pdftotext gives back the notes."""
    e, uid = joint
    path = tmp_path / "minutes.pdf"
    write_minutes(e, uid, path)
    text = poppler_checks(path)
    assert words(HOSTILE_NOTE) in text
    qpdf_check(path)


def test_swedish_minutes_write_half_points_with_a_decimal_comma(joint):
    """With four organisations voting, medians fall on half points: the Swedish minutes write them “2,5”
    in tables and on the chart bars alike, the English ones “2.5”."""
    import re

    e, uid = joint
    dropped = e.organisations[-1].uid
    meetings = tuple(dataclasses.replace(m, agenda=tuple(dataclasses.replace(a, notes="") for a in m.agenda))
                     for m in e.meetings)  # the notes quote "0.5" as typed; only numbers we format count
    four = dataclasses.replace(e, meetings=meetings,
                               votes=tuple(v for v in e.votes if v.organisation_uid != dropped),
                               vote_history=tuple(v for v in e.vote_history if v.organisation_uid != dropped))
    swedish = text_of(render_minutes(four, uid))
    english = text_of(render_minutes(four, uid, language="en"))
    assert re.search(r"(?<![\d.,])\d,5(?![\d])", swedish), "no half point written with a comma"
    assert not re.search(r"(?<![\d.,])\d\.5(?![\d])", swedish), "a half point written with a full stop"
    assert re.search(r"(?<![\d.,])\d\.5(?![\d])", english)


def test_the_status_parkerad_stays_on_one_line(joint):
    """In the carried-over table the status reads "Parkerad", never "Parkera" over "d"."""
    e, _uid = joint
    text = words(text_of(render_minutes(e, e.meetings[-1].uid)))
    assert "– – Parkerad " in text and "Parkera d" not in text


def test_chart_labels_are_whole_and_the_radar_has_a_key(joint):
    """No chart label is cut with "…" ("förvaltnin…", "IT-d…"); the radar's spokes carry the area codes
    and a key beside it names each area in full, wrapped."""
    e, uid = joint
    text = text_of(render_minutes(e, uid))
    assert "…" not in text
    flat = words(text)
    assert "Drift, skötsel, förvaltning och anskaffning av IT-infrastruktur" in flat
    assert "Omvärldsbevakning, strategi och it-ledning" in flat


def test_what_was_given_for_the_first_time_is_counted_as_what_it_is(example):
    """Under each organisation's changes, votes with no earlier value are counted as votes, in agreeing
    words ("Poäng eller röster givna för första gången: 28." had read as if scores had changed)."""
    m = next(m for m in example.meetings if m.kind == "joint" and any(
        v.meeting_uid == m.uid for v in example.vote_history))
    text = words(text_of(render_minutes(example, m.uid)))
    assert "28 kriterieröster lämnades för första gången (inget tidigare värde att jämföra med)." in text
    assert "Poäng eller röster" not in text
    english = words(text_of(render_minutes(example, m.uid, "en")))
    assert "28 criteria votes were given for the first time" in english


def test_decisions_and_actions_come_before_the_scores_and_their_charts(example):
    """The joint meeting's minutes had its decisions and action items last, after four pages of scores and
    charts: they follow the agenda now."""
    from workshop.export.minutes import render_minutes

    meeting = next(m for m in example.meetings if m.title.startswith("Gemensamt arbetsmöte: potential"))
    text = text_of(render_minutes(example, meeting.uid, language="en"))
    assert text.index("Decisions") < text.index("Action items") < text.index("Scores and votes")


def test_an_organisation_with_nothing_changed_names_the_earlier_meeting_with_its_date(joint):
    """As the organisations whose scores moved ("compared with Arbetsmöte Gislaved (2024-06-18)"): Vaggeryd's
    line had named its earlier meeting without a date."""
    e, uid = joint
    text = words(text_of(render_minutes(e, uid)))
    assert "Vaggeryd: inga poäng ändrades sedan Arbetsmöte Vaggeryd (2024-08-13)." in text


def test_a_long_note_reads_as_one_paragraph_and_lays_out_in_pieces(joint, monkeypatch):
    """A note of hundreds of lines (one of 300,000 letters took more than half a minute to lay out as one
    paragraph) is set in paragraphs of a few lines with no space between them: the same lines, blank ones
    included, on no more pages than as one paragraph."""
    import re

    from pdf_support import reader

    from workshop.export import minutes
    from workshop.export.styles import make_styles

    e, uid = joint
    m = next(x for x in e.meetings if x.uid == uid)
    every = minutes.NOTE_LINES  # a blank line where a piece would end: it must not be lost there
    lines = [f"Rad {i}: å ä ö & <b>" if i % every else "" for i in range(1, 401)]
    agenda = (dataclasses.replace(m.agenda[0], notes="\n".join(lines)),) + m.agenda[1:]
    e = dataclasses.replace(e, meetings=tuple(dataclasses.replace(x, agenda=agenda) if x.uid == uid else x
                                              for x in e.meetings))
    assert len(minutes.note_paragraphs("\n".join(lines), make_styles()["note"])) > 10

    def lines_per_page(pdf: bytes) -> list[list[str]]:
        return [re.findall(r"Rad \d+:", p.extract_text()) for p in reader(pdf).pages]

    pieces = lines_per_page(render_minutes(e, uid))
    monkeypatch.setattr(minutes, "NOTE_LINES", 10_000)
    whole = lines_per_page(render_minutes(e, uid))
    assert sum(pieces, []) == sum(whole, []) and len(sum(whole, [])) == sum(1 for line in lines if line)
    # As full a page as one paragraph's, give or take the line a page break moves: a blank line lost at
    # each piece's end would have put some four more written lines on each page.
    full = [len(p) for p in pieces if len(p) > 20][:-1]
    assert full and all(abs(n - max(len(p) for p in whole)) <= 1 for n in full)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_facilitator_s_organisation_is_their_firm_not_a_dash(example, language):
    """The facilitator belongs to none of the engagement's organisations, and the attendee table showed "–"
    under Organisation, which reads as missing data. It shows the firm named after them in the engagement's
    facilitator field ("Anders Wendesten, Ekan AB"), else the word for facilitator, in the minutes and the
    pre-read alike; a guest with no organisation who is not the facilitator keeps "–"."""
    from workshop.domain.model import Person

    m = example.meetings[0]
    row = "Anders Wendesten Utredare {org} Anna Sanell"  # his role is typed in Swedish
    for render in (render_minutes, render_preread):
        assert row.format(org="Ekan AB") in text_of(render(example, m.uid, language))
    named_only = dataclasses.replace(example, info=dataclasses.replace(example.info, facilitator="Anders  Wendesten"))
    word = {"sv": "Utredare", "en": "Facilitator"}[language]
    assert row.format(org=word) in text_of(render_minutes(named_only, m.uid, language))
    guest = Person(name="Gäst Gästsson", role="Observatör")
    with_guest = dataclasses.replace(example, people=example.people + (guest,), meetings=(
        dataclasses.replace(m, attendee_uids=m.attendee_uids + (guest.uid,)),) + example.meetings[1:])
    assert "Gäst Gästsson Observatör –" in text_of(render_minutes(with_guest, m.uid, language))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_minutes_of_a_meeting_not_held_yet_say_so_under_the_title(example, language):
    """Minutes exported before the meeting said only "Utkast – protokollet är inte justerat." over "Inga beslut
    fattades." and "Inga poäng eller röster lämnades vid mötet.", as if it had been held with nothing in it.
    A planned meeting's minutes say it has not been held yet; a running one's that it is under way."""
    from workshop.domain.vocabulary import MeetingStatus

    said = {MeetingStatus.PLANNED: {"sv": "Utkast – mötet är planerat och har ännu inte hållits.",
                                    "en": "Draft — the meeting is planned and has not been held yet."},
            MeetingStatus.RUNNING: {"sv": "Utkast – mötet pågår och protokollet är inte justerat.",
                                    "en": "Draft — the meeting is under way and these minutes have not been "
                                          "approved."},
            MeetingStatus.CLOSED: {"sv": "Utkast – protokollet är inte justerat.",
                                   "en": "Draft — these minutes have not been approved."}}
    for status, words_ in said.items():
        m = dataclasses.replace(example.meetings[0], status=status)
        e = dataclasses.replace(example, meetings=(m,) + example.meetings[1:])
        text = text_of(render_minutes(e, m.uid, language))
        assert text.split(m.title, 1)[1].lstrip().startswith(words_[language]), status
