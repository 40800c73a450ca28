"""People's data: where each person appears, everything held about one person, and how a name is erased.

A person appears where they attended a meeting, where an action item names them as owner, and wherever
a text (notes, internal notes, decisions, action items, approvals, addenda, comments) mentions their
name. Their name is matched as written in full, and also by each part of it (first name, surname) that
no other person in the engagement shares, so "Johan är it-chef" is found for Johan Lindqvist; a Swedish
genitive ("Johans förslag") counts too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.messages import Term, msg, term, words
from workshop.domain.model import Person
from workshop.domain.vocabulary import PlaceKind

PSEUDONYM = "Person {n}"
MIN_PART = 3  # shorter name parts ("Li", "Bo") are not searched alone: too many false matches


@dataclass(frozen=True, slots=True)
class Place:
    """One place a person appears: what kind, in which meeting (if any), and the text there."""

    kind: str  # PlaceKind
    meeting_title: str  # "" outside meetings
    field: Term  # e.g. "item 2, notes" (translated by the interface)
    text: str
    meeting_uid: str | None = None

    @property
    def where(self) -> str:
        """'Arbetsmöte Gislaved · item 2, notes' (English words; see `where_in`)."""
        return self.where_in()

    def where_in(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """Where it is, the field in the language `translate` gives: 'Arbetsmöte Gislaved · punkt 2, anteckningar'."""
        return " · ".join(x for x in (self.meeting_title, words(self.field, translate)) if x)


@dataclass(frozen=True, slots=True)
class PersonPlaces:
    """A person with every place they appear."""

    person: Person
    organisation: str
    places: tuple[Place, ...]

    def count(self, kind: str) -> int:
        """How many places of one kind."""
        return sum(1 for p in self.places if p.kind == kind)


def name_pattern(person: Person, others: list[Person]) -> re.Pattern[str] | None:
    """A pattern finding the person's name: in full, or a part of it no other person's name has."""
    return _pattern(*name_parts(person, _taken_parts(person, others)))


def _taken_parts(person: Person, others: list[Person]) -> set[str]:
    return {part.casefold() for o in others if o.uid != person.uid for part in o.name.split()}


def name_parts(person: Person, taken: Callable[[str], bool] | set[str]) -> tuple[str, list[str]]:
    """The name in full (spaces made single) and the parts of it searched alone: those no one else has."""
    full = " ".join(person.name.split())
    is_taken = taken.__contains__ if isinstance(taken, set) else taken
    parts = [p for p in full.split() if len(p) >= MIN_PART and not is_taken(p.casefold())] if " " in full else []
    return full, parts


def part_spellings(parts: list[str]) -> list[str]:
    """How a part of a name is found alone, longest first: as written, capitalised or in capitals. "Per" of
    Per Håkansson is a name, "per" in "potential per område" is not (it had become "Kommundirektör,
    Organisation A"). The one rule for finding, forgetting and anonymising a person."""
    return sorted({w for p in parts for w in (p, p[:1].upper() + p[1:], p.upper())}, key=len, reverse=True)


def _pattern(full: str, parts: list[str]) -> re.Pattern[str] | None:
    if not full:
        return None
    # The full name in any case; a part alone as part_spellings has it.
    spelled = part_spellings(parts)
    whole = r"\s+".join(map(re.escape, full.split()))
    alternatives = "|".join([f"(?i:{whole})"] + [re.escape(p) for p in spelled])  # the full name first
    return re.compile(rf"(?<!\w)(?:{alternatives})(s?)(?!\w)")  # with a genitive: "Johans"


class _Texts:
    """The engagement's texts with the words each holds, so that a name is looked for only in the texts
    holding all its words (every person's pattern over every text had taken 20 s for 580 people)."""

    def __init__(self, texts: list[tuple[str, Term, str, str | None]]):
        self.texts = texts
        self._holding: dict[str, set[int]] = {}
        for i, (_title, _field, text, _uid) in enumerate(texts):
            for word in set(_WORD.findall(_fold(text))):
                self._holding.setdefault(word, set()).add(i)
                if word.endswith("s"):  # a genitive: "Johans"
                    self._holding.setdefault(word[:-1], set()).add(i)

    def holding(self, full: str, parts: list[str]) -> list[tuple[str, Term, str, str | None]]:
        """The texts that may hold the name: those with every word of it in full, or of one of its parts."""
        found: set[int] = set()
        for name in (full, *parts):
            words = _WORD.findall(_fold(name))
            if not words:  # no word to look for (a name of signs only): every text
                return self.texts
            found |= set.intersection(*(self._holding.get(w, set()) for w in words))
        return [self.texts[i] for i in sorted(found)]


_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Text as a name pattern's case-blind match sees it: "YILMAZ" and "Yılmaz", "İlker" and "ilker" alike
    (casefold alone keeps the dotless ı apart and gives İ a combining dot)."""
    return text.casefold().replace("ı", "i").replace("\u0307", "")


def replace_name(pattern: re.Pattern[str], text: str, replacement: str) -> str:
    """The text with every match of a name_pattern replaced; a genitive "s" is kept as ":s" ("Person 3:s")."""
    return pattern.sub(lambda m: replacement + (":s" if m.group(1) else ""), text)


def _texts(e: Engagement) -> Iterator[tuple[str, Term, str, str | None]]:
    """Every text a person's name may be in: (meeting title, which field, text, meeting uid). Every free
    text of the engagement, as forgetting erases the name from every text column (a person-data export that
    left out a vote's rationale or a plan phase's owner answered a data subject with less than the file
    held); a test plants a name in each field of the model to keep it so."""
    i = e.info
    for field, text in ((term("engagement title"), i.title), (term("engagement client"), i.client),
                        (term("engagement contact"), i.contact), (term("engagement facilitator"), i.facilitator),
                        (term("engagement description"), i.description)):
        yield "", field, text, None
    for m in e.meetings:
        yield from _meeting_texts(m)
    for p in e.potentials:
        yield "", term("potential rationale"), p.rationale, p.meeting_uid
    for v in e.votes:
        yield "", term("vote rationale"), v.rationale, v.meeting_uid
    for r in e.potential_history:
        yield "", term("potential rationale given in a meeting"), r.rationale, r.meeting_uid
    for r in e.vote_history:
        yield "", term("vote rationale given in a meeting"), r.rationale, r.meeting_uid
    for p in e.preferences:
        yield "", term("preference comment"), p.comment, p.meeting_uid
    for a in e.agreed_scores:
        yield "", term("agreed score comment"), a.comment, a.meeting_uid
    yield from _framework_texts(e)


def _meeting_texts(m) -> Iterator[tuple[str, Term, str, str | None]]:
    t = m.title
    yield t, term("meeting title"), m.title, m.uid
    yield t, term("meeting place"), m.place, m.uid
    yield t, term("internal notes"), m.internal_notes, m.uid
    for n, a in enumerate(m.agenda, 1):
        yield t, term("item {n}", n=n), a.text, m.uid
        yield t, term("item {n}, theme", n=n), a.theme_title, m.uid
        yield t, term("item {n}, notes", n=n), a.notes, m.uid
        yield t, term("item {n}, internal notes", n=n), a.internal_notes, m.uid
    for n, d in enumerate(m.decisions, 1):
        yield t, term("decision {n}", n=n), d.text, m.uid
    for n, a in enumerate(m.action_items, 1):
        yield t, term("action item {n}", n=n), a.text, m.uid
    if m.approval is not None:
        yield t, term("approved by"), ", ".join(m.approval.approvers), m.uid
        frozen = m.approval.minutes
        for n, a in enumerate(frozen.agenda, 1):
            yield t, term("approved minutes, item {n}", n=n), a.notes, m.uid
        for n, d in enumerate(frozen.decisions, 1):
            yield t, term("approved minutes, decision {n}", n=n), d.text, m.uid
        for n, a in enumerate(frozen.action_items, 1):
            yield t, term("approved minutes, action item {n}", n=n), f"{a.text}\n{a.owner}", m.uid
        if frozen.details is not None:
            yield t, term("approved minutes, title and place"), f"{frozen.details.title}\n{frozen.details.place}", m.uid
        if frozen.scores is not None:
            s = frozen.scores
            words = [r.rationale for r in (*s.potentials, *s.votes)] + [x.comment for x in (*s.agreed, *s.preferences)]
            yield t, term("approved minutes, rationales and comments"), "\n".join(w for w in words if w), m.uid
        carried = [f"{c.action.text}\n{c.action.owner}" if c.action else c.question.text if c.question else ""
                   for c in frozen.carried or ()]
        yield t, term("approved minutes, open items from earlier meetings"), "\n".join(carried), m.uid
    for a in m.addenda:
        yield t, term("addendum of {date}", date=a.made_on), f"{a.before}\n{a.text}", m.uid


def _framework_texts(e: Engagement) -> Iterator[tuple[str, Term, str, str | None]]:
    """The framework's texts, the recommendation, the pre-study and the plan (no meeting)."""
    def lines(field: Term, texts) -> Iterator[tuple[str, Term, str, None]]:
        return (("", field, text, None) for text in texts)

    for o in e.organisations:
        yield from lines(term("organisation"), [o.name])
    for g in e.groups:
        yield from lines(term("group {code}", code=g.code), [g.name])
    for a in e.areas:
        yield from lines(term("area {code}", code=a.code), [a.name, *a.sub_items])
    for s in e.scoped_out:
        yield from lines(term("scoped-out item"), [s.text, s.reason])
    for a in e.alternatives:
        yield from lines(term("alternative {code}", code=a.code), [a.name, a.description, *a.pros, *a.cons])
    for p in e.paths:
        yield from lines(term("path between alternatives"), [p.description])
    for c in e.criteria:
        yield from lines(term("criterion {n}", n=c.number), [c.text])
    for f in e.organisation_forms:
        yield from lines(term("organisation form"), [f.name, f.description, *f.pros, *f.cons])
    for t in e.themes:
        yield from lines(term("theme"), [t.title])
    for q in e.questions:
        yield from lines(term("catalogue question"), [q.text, q.hint])
    r = e.recommendation
    yield from lines(term("recommendation"), [r.rationale, *r.proposals])
    for p in e.prestudy:
        yield from lines(term("pre-study"), [p.title, p.description, *p.points])
    for p in e.plan:
        yield from lines(term("plan phase"), [p.name, p.owner, *p.activities])


def places_of(e: Engagement, person: Person, texts: _Texts | None = None,
              taken: Callable[[str], bool] | None = None) -> PersonPlaces:
    """Every place one person appears (`texts` and `taken`: as everyone() prepares them once for all)."""
    full, parts = name_parts(person, taken or _taken_parts(person, list(e.people)))
    pattern = _pattern(full, parts)
    places: list[Place] = []
    for m in e.meetings:
        if person.uid in m.attendee_uids:
            places.append(Place(PlaceKind.ATTENDED, m.title, term("attendee"), m.starts_at[:10], m.uid))
        for a in m.action_items:
            if pattern is not None and pattern.search(a.owner or ""):
                places.append(Place(PlaceKind.OWNS_ACTION, m.title, term("action item owner"), a.text, m.uid))
    if pattern is not None:
        texts = texts or _Texts([t for t in _texts(e) if t[2]])
        for title, field, text, meeting_uid in texts.holding(full, parts):
            if pattern.search(text):
                places.append(Place(PlaceKind.MENTIONED, title, field, text, meeting_uid))
    org = next((o.name for o in e.organisations if o.uid == person.organisation_uid), "")
    return PersonPlaces(person, org, tuple(places))


def everyone(e: Engagement) -> list[PersonPlaces]:
    """Every person with every place they appear, in the engagement's order."""
    texts = _Texts([t for t in _texts(e) if t[2]])  # listed once: for every person it cost 4.6 times as much
    people = Counter(part for p in e.people for part in {part.casefold() for part in p.name.split()})

    def found(person: Person) -> PersonPlaces:
        own = {part.casefold() for part in person.name.split()}
        return places_of(e, person, texts, lambda part: people[part] > (part in own))

    return [found(p) for p in e.people]


def find_person(e: Engagement, uid: str) -> Person:
    """The person with this ID, or a refusal naming the command that lists them."""
    for p in e.people:
        if p.uid == uid:
            return p
    raise DomainError(msg("There is no person with ID “{uid}”; `workshop people FILE` lists the IDs."), uid=uid)


def is_forgotten(person: Person) -> bool:
    """True once a person was forgotten: a pseudonym, no contact details."""
    return bool(re.fullmatch(PSEUDONYM.format(n=r"\d+"), person.name)) and not person.email and not person.phone


def pseudonym(e: Engagement, person: Person) -> str:
    """'Person 7': the person's place in the list, or the next free number if another has that name."""
    names = {p.name for p in e.people if p.uid != person.uid}
    n = next(i for i, p in enumerate(e.people, 1) if p.uid == person.uid)
    while PSEUDONYM.format(n=n) in names:
        n += 1
    return PSEUDONYM.format(n=n)


def person_data(e: Engagement, uid: str, translate: Callable[[str], str] = lambda s: s) -> dict:
    """Everything held about one person, as JSON-ready data (a subject access request's answer), where each
    place is in words of the language `translate` gives (the window's; the command line's is English).

    Refused for an unknown ID and for a person already forgotten (nothing about them is held)."""
    person = find_person(e, uid)
    if is_forgotten(person):
        raise DomainError(msg("{name} was forgotten: the file holds no data about them."), name=person.name)
    found = places_of(e, person)
    return {
        "format": "workshop-person-data",
        "format_version": 1,
        "engagement": e.info.title,
        "person": {"id": person.uid, "name": person.name, "role": person.role, "organisation": found.organisation,
                   "steering_group": person.steering_group, "email": person.email, "phone": person.phone},
        "places": [{"kind": p.kind, "where": p.where_in(translate), "text": p.text, "meeting_id": p.meeting_uid}
                   for p in found.places],
    }
