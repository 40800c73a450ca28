"""A voting round as the phones see it: its items, their scale, the organisations; and a vote checked against it.

Built from the engagement (the domain), never from the request: a phone can only
name an organisation, an item and a value that the round holds. IDs are the
`id`s of the JSON export (each row's uid); a preference round has one item whose
values are the alternatives' ids. In an engagement that scores potential by
factors, an area's value is its three factors, `{"will": 4, "benefit": 5, "ability": 3}`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from workshop.domain.bidi import isolate
from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.messages import Term, msg, term
from workshop.domain.model import Organisation
from workshop.domain.potential import potential_from_factors
from workshop.domain.validation import POTENTIAL_MAX, POTENTIAL_MIN, check_range, clean_text
from workshop.domain.vocabulary import PotentialMode, RoundKind

PREFERENCE_ITEM = "preference"  # the one item of a preference round
FACTORS = ("will", "benefit", "ability")  # an area's factors, in the order the window types them ("4 5 3")
NAME_MAX = 40  # a participant's name as shown to the facilitator
# A line break or tab in a name, with the spaces around it: one space, so "Anna\nBerg" stays two words.
_BREAKS = re.compile(r"\s*[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]\s*")
# Embeddings, overrides and isolates (and the deprecated shaping controls): one left open turns the text after
# the name around wherever it is shown. The marks U+200E, U+200F and U+061C open nothing and are kept.
_DROPPED = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                     "\u206a\u206b\u206c\u206d\u206e\u206f\ufff9\ufffa\ufffb")


class RoundError(DomainError):
    """A vote the round refuses (unknown organisation or item, a value off the scale); the message says why."""


@dataclass(frozen=True, slots=True)
class Choice:
    """One value a participant may pick for an item without a number scale (an alternative)."""

    value: str
    label: str
    text: str = ""
    about: str = ""  # what the alternative means (its description)


@dataclass(frozen=True, slots=True)
class RoundItem:
    """One thing the room gives a value: a criterion, an area, or the preferred alternative."""

    id: str
    label: str  # "3" for criterion 3, "A" for area A
    text: str
    low: int | None = None
    high: int | None = None
    choices: tuple[Choice, ...] = ()
    number: int | None = None  # the criterion's number
    code: str = ""  # the area's code
    details: str = ""  # what the item covers (an area's sub-items, one a line)
    factors: tuple[str, ...] = ()  # an area scored by factors: FACTORS, each low–high (the factor scale)


@dataclass(frozen=True, slots=True)
class Ballot:
    """One vote as a phone sent it, checked: organisation uid, item id, value, and who sent it."""

    organisation_uid: str
    item_id: str
    value: int | str | dict[str, int]  # a number, an alternative's id, or an area's factors by FACTORS
    participant: str = ""
    name: str = ""


@dataclass(frozen=True)
class Round:
    """The round the room votes in: what it is about, who may vote, on what."""

    kind: RoundKind
    title: str
    organisations: tuple[Organisation, ...]
    items: tuple[RoundItem, ...]
    alternative_code: str = ""  # criteria round
    alternative_uid: str = ""  # criteria round: the alternative itself, should its code change
    meeting_uid: str | None = None  # the meeting the votes are given in (linked like typed ones)
    about: str = ""  # what the round is about beyond its title (the alternative's description)
    _items: dict = field(init=False, repr=False, compare=False)
    _orgs: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_items", {i.id: i for i in self.items})
        object.__setattr__(self, "_orgs", {o.uid: o for o in self.organisations})

    def item(self, item_id: str) -> RoundItem:
        """The item with this id (KeyError when the round has none)."""
        return self._items[item_id]

    def organisation(self, uid: str) -> Organisation:
        """The organisation with this uid (KeyError when it may not vote in this round)."""
        return self._orgs[uid]

    def to_json(self) -> dict:
        """The round as `GET …/round` answers it (see docs/room-voting.md)."""
        items = []
        for i in self.items:
            d: dict = {"id": i.id, "label": i.label, "text": i.text}
            if i.details:
                d["details"] = i.details
            if i.factors:
                d["factors"] = [{"id": f, "min": i.low, "max": i.high} for f in i.factors]
            elif i.choices:
                d["choices"] = [{"value": c.value, "label": c.label, "text": c.text} | ({"about": c.about} if c.about
                                                                                        else {}) for c in i.choices]
            else:
                d["min"], d["max"] = i.low, i.high
            items.append(d)
        return {
            "kind": str(self.kind),
            "title": self.title,
            "about": self.about,
            "organisations": [{"id": o.uid, "name": o.name, "short_code": o.short_code} for o in self.organisations],
            "items": items,
        }

    def check(self, body: object, participant: str = "") -> Ballot:
        """The vote a request body asks for, or RoundError saying why it is refused."""
        if not isinstance(body, dict):
            raise RoundError(msg("The vote must be a JSON object."))
        unknown = sorted(set(body) - {"organisation", "item", "value", "name"})
        if unknown:
            raise RoundError(msg("Unknown field {field}."), field=unknown[0][:40])
        org, item_id, value, name = (body.get(k) for k in ("organisation", "item", "value", "name"))
        if not isinstance(org, str) or org not in self._orgs:
            raise RoundError(msg("Unknown organisation."))
        if not isinstance(item_id, str) or item_id not in self._items:
            raise RoundError(msg("Unknown item."))
        item = self._items[item_id]
        if item.factors:
            value = _factors(value, item)
        elif item.choices:
            if not isinstance(value, str) or value not in {c.value for c in item.choices}:
                raise RoundError(msg("Unknown choice."))
        else:
            if isinstance(value, bool) or not isinstance(value, int):
                raise RoundError(msg("The value must be a whole number."))
            check_range(value, item.low, item.high, term("Value"))
        if name is None:
            name = ""
        if not isinstance(name, str):
            raise RoundError(msg("The name must be text."))
        return Ballot(org, item_id, value, participant, participant_name(name))


def _factors(value: object, item: RoundItem) -> dict[str, int]:
    """An area's three factors as sent, checked by the domain's rule (each a whole number 0–scale), in FACTORS'
    order. All three or none: a typed edit takes three factors or refuses, so no row holds one or two."""
    if not isinstance(value, dict):
        raise RoundError(msg("Send the factors will, benefit and ability together."))
    unknown = sorted(set(value) - set(item.factors))
    if unknown:
        raise RoundError(msg("Unknown factor {factor}."), factor=str(unknown[0])[:40])
    if set(value) != set(item.factors):
        raise RoundError(msg("Send the factors will, benefit and ability together."))
    factors = {f: value[f] for f in item.factors}
    potential_from_factors(*factors.values(), item.high)  # raises DomainError for a value off the scale
    return factors


def participant_name(name: str) -> str:
    """The name a phone gave, as typed: an emoji sequence's zero-width joiner and a Persian word's
    zero-width non-joiner are kept (every format character had been dropped, splitting an emoji sequence
    such as "woman technologist" in two); line breaks and tabs become one space; only controls and the bidi
    controls above are dropped."""
    spaced = _BREAKS.sub(" ", name)
    kept = "".join(ch for ch in spaced if ch not in _DROPPED and unicodedata.category(ch) not in ("Cc", "Cs"))
    return clean_text(clean_text(kept)[:NAME_MAX])


def criteria_round(engagement: Engagement, alternative_code: str, meeting_uid: str | None = None) -> Round:
    """The room scores one alternative on every criterion, each organisation once per criterion."""
    alt = next((a for a in engagement.alternatives if a.code == alternative_code), None)
    if alt is None:
        raise DomainError(msg("There is no alternative {code}."), code=alternative_code)
    _need(engagement.criteria, msg("The engagement has no criteria to vote on."))
    items = tuple(RoundItem(id=c.uid, label=str(c.number), text=c.text, low=c.scale_min, high=c.scale_max,
                            number=c.number) for c in engagement.criteria)
    return Round(RoundKind.CRITERIA, f"{isolate(alt.code)}: {alt.name}", _organisations(engagement), items,
                 alternative_code=alt.code, alternative_uid=alt.uid, meeting_uid=meeting_uid, about=alt.description)


def potential_round(engagement: Engagement, organisation: str, meeting_uid: str | None = None) -> Round:
    """One organisation scores its potential in every area, as the engagement scores it: 0–100, or by factors
    (will, benefit and ability on the factor scale); `organisation` is its uid, code or name."""
    org = next((o for o in engagement.organisations if organisation in (o.uid, o.short_code, o.name)), None)
    if org is None:
        raise DomainError(msg("There is no organisation {name}."), name=organisation)
    _need(engagement.areas, msg("The engagement has no areas to score."))
    low, high, factors = _potential_scale(engagement)
    items = tuple(RoundItem(id=a.uid, label=a.code, text=a.name, low=low, high=high, code=a.code,
                            details="\n".join(a.sub_items), factors=factors)
                  for a in engagement.areas)
    return Round(RoundKind.POTENTIAL, org.name, (org,), items, meeting_uid=meeting_uid)


def _potential_scale(engagement: Engagement) -> tuple[int, int, tuple[str, ...]]:
    """How the engagement scores an area's potential now: (low, high, factors), 0–100 without factors, or
    FACTORS each 0–factor scale."""
    info = engagement.info
    if info.potential_mode == PotentialMode.FACTORS:
        return 0, info.potential_factor_scale, FACTORS
    return POTENTIAL_MIN, POTENTIAL_MAX, ()


def scored_as_now(room: Round, engagement: Engagement) -> bool:
    """Whether the round still asks for what the engagement scores: False for a potential round begun before its
    potential mode or factor scale changed (every other round: True)."""
    if room.kind != RoundKind.POTENTIAL:
        return True
    now = _potential_scale(engagement)
    return all((i.low, i.high, i.factors) == now for i in room.items)


def out_of_step(room: Round, engagement: Engagement) -> Term | None:
    """What the round asks about that the engagement no longer holds as the round asks it, in words ("criterion 7
    was removed"), or None while each of its votes still lands in the cell, and on the scale, it names.

    Votes are stored by organisation uid, alternative code, criterion number and area code: an organisation,
    alternative, criterion or area of the round removed, renumbered or recoded, a criterion's scale or how potential
    is scored changed, and the phones would go on offering it (every tap refused, or stored where it no longer
    belongs). Names, descriptions and anything added leave the round as it is."""
    if not scored_as_now(room, engagement):
        return term("how potential is scored changed")
    organisations = {o.uid for o in engagement.organisations}
    gone = next((o for o in room.organisations if o.uid not in organisations), None)
    if gone is not None:
        return term("organisation {name} was removed", name=gone.name)
    if room.kind == RoundKind.CRITERIA:
        return _alternative_moved(room, engagement) or _criterion_moved(room, engagement)
    if room.kind == RoundKind.POTENTIAL:
        areas = {a.uid: a.code for a in engagement.areas}
        for item in room.items:
            if item.id not in areas:
                return term("area {code} was removed", code=item.code)
            if areas[item.id] != item.code:
                return term("area {code} is now area {new}", code=item.code, new=areas[item.id])
        return None
    codes = {a.uid: a.code for a in engagement.alternatives}
    for choice in room.items[0].choices:
        if choice.value not in codes:
            return term("alternative {code} was removed", code=choice.label)
        if codes[choice.value] != choice.label:
            return term("alternative {code} is now alternative {new}", code=choice.label, new=codes[choice.value])
    return None


def _alternative_moved(room: Round, engagement: Engagement) -> Term | None:
    """A criteria round's alternative removed or recoded, in words."""
    alt = next((a for a in engagement.alternatives if a.uid == room.alternative_uid), None)
    if alt is None:
        return term("alternative {code} was removed", code=room.alternative_code)
    if alt.code != room.alternative_code:
        return term("alternative {code} is now alternative {new}", code=room.alternative_code, new=alt.code)
    return None


def _criterion_moved(room: Round, engagement: Engagement) -> Term | None:
    """A criteria round's criterion removed, renumbered or given another scale, in words."""
    criteria = {c.uid: c for c in engagement.criteria}
    for item in room.items:
        now = criteria.get(item.id)
        if now is None:
            return term("criterion {n} was removed", n=item.number)
        if now.number != item.number:
            return term("criterion {n} is now criterion {new}", n=item.number, new=now.number)
        if (now.scale_min, now.scale_max) != (item.low, item.high):
            return term("the scale of criterion {n} changed to {low}–{high}", n=item.number, low=now.scale_min,
                        high=now.scale_max)
    return None


def check_as_now(room: Round, engagement: Engagement) -> None:
    """RoundError when a vote of the round would no longer land as the engagement holds it (see out_of_step):
    factors 5 5 5 sent on a round begun on 0–5 had been stored as 100 while the engagement scored on 0–10, and a
    tap on a removed criterion had been refused with no word of why."""
    if not scored_as_now(room, engagement):
        raise RoundError(msg("How potential is scored has changed since the round began; start it again."))
    what = out_of_step(room, engagement)
    if what is not None:
        raise RoundError(msg("The round no longer matches the engagement ({what}); start it again."), what=what)


def preference_round(engagement: Engagement, meeting_uid: str | None = None) -> Round:
    """Each organisation names the alternative it prefers."""
    _need(engagement.alternatives, msg("The engagement has no alternatives to prefer."))
    choices = tuple(Choice(a.uid, a.code, a.name, a.description.strip()) for a in engagement.alternatives)
    item = RoundItem(id=PREFERENCE_ITEM, label="", text="", choices=choices)  # the page asks the question
    return Round(RoundKind.PREFERENCES, engagement.info.title, _organisations(engagement), (item,),
                 meeting_uid=meeting_uid)


def _organisations(engagement: Engagement) -> tuple[Organisation, ...]:
    _need(engagement.organisations, msg("The engagement has no organisations to vote."))
    return engagement.organisations


def _need(things: Sequence, message: str) -> None:
    if not things:
        raise DomainError(message)
