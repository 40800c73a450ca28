"""Anonymising with hostile names: every name is replaced once, in one pass over the original text, and a
label put in is never searched again (a person called "Organisation", "D" or "#6" had been found again
inside the labels, and an anonymised report had doubled from 59 to 118 pages)."""

from __future__ import annotations

import dataclasses
import re

from workshop.domain.anonymise import anonymised, letter
from workshop.domain.model import Organisation, Person

SEP = " | "
LONG = "W" * 300


def _with(example, people, notes: str, organisations=None):
    """The example with these people (name, role, organisation index or None) and `notes` as the first
    meeting's first item's notes."""
    orgs = organisations or example.organisations
    persons = tuple(Person(name=n, role=r, organisation_uid=None if o is None else orgs[o].uid)
                    for n, r, o in people)
    m = example.meetings[0]
    m = dataclasses.replace(m, agenda=(dataclasses.replace(m.agenda[0], notes=notes), *m.agenda[1:]))
    return dataclasses.replace(example, organisations=tuple(orgs), people=persons,
                               meetings=(m, *example.meetings[1:]))


def _notes(a) -> str:
    return a.meetings[0].agenda[0].notes


HOSTILE = [  # (name, role, organisation index): each role its own, so each label is found by itself
    ("Organisation", "Roll ett", 0),  # a word of every organisation's label
    ("Organisation A", "Roll två", 1),  # a label, and a name with another person's name in front
    ("D", "Roll tre", 2),  # a letter of a label ("Organisation D")
    ("#6", "Roll fyra", 3),
    ("#67", "Roll fem", 4),  # "#6" is the start of it
    (".*", "Roll sex", 0),
    ("a.*b", "Roll sju", 1),
    ("(", "Roll åtta", 2),
    ("\\1", "Roll nio", 3),
    ("$", "Roll tio", 4),
    ("<b>Anna</b>", "Roll elva", 0),
    ("&amp;", "Roll tolv", 1),
    (LONG, "Roll tretton", 2),
    ("W" * 299, "Roll fjorton", 3),  # a prefix of the 300-letter name
    ("Ö" * 300 + " Ek", "Roll femton", 4),  # a 300-letter first name, "Ek" too short to be looked for alone
    ("Deltagare", "", 0),  # the word a person without a role is given
    ("", "Roll sexton", 1),  # no name: looked for nowhere
    ("   ", "Roll sjutton", 2),
]


def test_hostile_names_are_each_replaced_once_by_their_label(example):
    """Each name in the text becomes its person's label exactly as often as it was written; signs in a
    name are signs, not a pattern; nothing put in is replaced again."""
    e = _with(example, HOSTILE, "")
    labels = {p.name: label for p, label in zip(e.people, [p.name for p in anonymised(e).people])}
    org = {o.uid: f"Organisation {letter(n)}" for n, o in enumerate(e.organisations)}
    assert labels["Organisation"] == "Roll ett, " + org[e.organisations[0].uid]
    assert labels["Deltagare"] == "Deltagare, Organisation A" and labels[""] == "Roll sexton, Organisation B"
    written = [("Organisation", 2), ("Organisation A", 3), ("D", 1), ("#6", 2), ("#67", 1), (".*", 1),
               ("a.*b", 2), ("(", 1), ("\\1", 2), ("$", 1), ("<b>Anna</b>", 1), ("&amp;", 2), (LONG, 2),
               ("W" * 299, 1), ("Ö" * 300 + " Ek", 1), ("Deltagare", 2)]
    segments = [n for n, times in written for _ in range(times)]
    kept = ["axxb", "#68", "Organisationen", "W" * 301, "Ek"]  # no one's name: left as written
    notes = SEP.join(segments + kept + ["d", "Organisations", "ORGANISATION a"])
    e = _with(example, HOSTILE, notes)
    out = _notes(anonymised(e))
    expected = SEP.join([labels[n] for n in segments] + kept
                        + [labels["D"], labels["Organisation"] + ":s", labels["Organisation A"]])
    assert out == expected
    for name, times in written:
        extra = {"D": 1, "Organisation": 1, "Organisation A": 1}.get(name, 0)  # "d", the genitive, capitals
        assert out.count(labels[name]) == times + extra, name
    for name in ("#6", "#67", ".*", "a.*b", "(", "\\1", "$", "<b>Anna</b>", "&amp;", "Ö" * 300):
        assert name not in out.replace("#68", ""), name  # signs no label has: not one left
    assert len(out) < 2 * len(expected)


def test_a_label_is_never_searched_again_wherever_it_stands(example):
    """A person's label is their name everywhere it is written (the people list, the role of the one
    named in it, an approver); it is not searched for names a second time."""
    a = anonymised(_with(example, HOSTILE, "Organisation"))
    assert a.people[0].name == "Roll ett, Organisation A" and a.people[2].name == "Roll tre, Organisation C"
    assert a.people[3].name == "Roll fyra, Organisation D"
    assert _notes(a) == "Roll ett, Organisation A"


def test_the_longest_name_is_taken_and_nothing_of_it_is_left(example):
    """A name that begins another ("Anna" and "Anna Berg", "Berg" shared with Lars Berg) gives way to
    the longer one where both start: "Berg" had been left in the text."""
    people = [("Anna", "Roll ett", 0), ("Anna Berg", "Roll två", 1), ("Lars Berg", "Roll tre", 2),
              ("Per", "Roll fyra", 3), ("Per Olsson", "Roll fem", 4)]
    notes = "Anna Berg och Anna, Lars Bergs förslag, anna berg, Per Olsson och Per, PER OLSSON"
    out = _notes(anonymised(_with(example, people, notes)))
    assert out == ("Roll två, Organisation B och Roll ett, Organisation A, Roll tre, Organisation C:s förslag, "
                   "Roll två, Organisation B, Roll fem, Organisation E och Roll fyra, Organisation D, "
                   "Roll fem, Organisation E")
    assert not re.search(r"(?i)\b(anna|berg|lars|per|olsson)\b", out.replace("Roll", ""))


def test_a_role_naming_someone_names_no_one_in_the_label(example):
    """A role with another's name in it ("Assistent till Anna Berg") is made a label without the name."""
    people = [("Anna Berg", "Kommundirektör", 0), ("Bo Ek", "Assistent till Anna Berg", 1),
              ("Organisation", "Organisation", 2)]
    a = anonymised(_with(example, people, "Bo Ek, Organisation"))
    labels = [p.name for p in a.people]
    assert labels[1] == "Assistent till Deltagare, Organisation A, Organisation B"
    assert labels[2] == "Deltagare, Organisation C, Organisation C"
    assert a.people[1].role == "Assistent till Kommundirektör, Organisation A"  # the role itself: full label
    assert _notes(a) == f"{labels[1]}, {labels[2]}"
    assert not any(re.search(r"\b(Anna|Berg)\b", x) for x in labels)


def test_codes_and_organisation_names_are_replaced_once(example):
    """A code that is another organisation's new letter ("AC" → "AB", while "AB" → "AC") is replaced
    once; an organisation called "Organisation" or "Organisation B" stays its own label."""
    orgs = [Organisation(name=f"Kommun {i}", short_code=f"K{i:02d}") for i in range(30)]
    orgs[27] = Organisation(name="Organisation", short_code="AC")  # its letter is AB
    orgs[28] = Organisation(name="Organisation B", short_code="AB")  # its letter is AC
    notes = "AC och AB, Organisation och Organisation B, Organisations, Kommun 3, K03"
    out = _notes(anonymised(_with(example, [], notes, orgs)))
    assert [letter(27), letter(28)] == ["AB", "AC"]
    assert out == ("AB och AC, Organisation AB och Organisation AC, Organisation AB:s, Organisation D, D")
