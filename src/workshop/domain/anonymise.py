"""Anonymised copies of an engagement, for sharing results beyond it.

Organisations become "Organisation A, B, C…" (short codes "A", "B", …) in their order, people their role
with their organisation ("IT-chef, Organisation A"), numbered when two would read the same; the same
replacement is made in every free text (names, and a Swedish genitive: "Gislaveds" → "Organisation A:s").
Internal notes are left out as in every shared document, and so are the meetings' places (a town hall
names its town). One call gives one consistent mapping. An acronym of the organisations' initials (the
"GGVVH" of a title, "GGVV-samordningen") becomes their letters ("ABCDE", "ABCD-samordningen"), and a
compound word that starts with an organisation's name a compound of its label ("Organisation A-borna").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from string import ascii_uppercase

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import MinutesApproval
from workshop.domain.model import Person
from workshop.domain.people import name_parts, part_spellings  # which parts are searched alone, and how: one rule
from workshop.domain.records import without_internal_notes


def letter(n: int) -> str:
    """A, B, … Z, AA, AB, … for 0, 1, 2 …"""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = ascii_uppercase[rest] + out
    return out


class _Names:
    """Every person's name, organisation's name and organisation's code as one pattern, so that a text is
    searched once and what replaces a name is never searched again. Each person's name is matched as
    people.name_pattern matches it (in full in any case; a part no one else has as written, capitalised or
    in capitals; a genitive "s"), an organisation's name in any case with a genitive, a code of two letters
    or more as written. Where several start at the same place the longest is taken ("Anna Berg" before
    "Anna"); of two as long a person before an organisation, the earlier person before a later one.
    One pattern after another had searched the labels put in before: a person called "Organisation", "D" or
    "#6" was found again inside "IT-chef, Organisation D", and an anonymised report had doubled in length."""

    def __init__(self, people: list[Person], organisations: list[tuple[str, str]], codes: list[tuple[str, str]],
                 initials: list[tuple[str, str]] = ()):
        """`organisations` and `codes`: (name or code, its replacement); `initials`: each organisation's
        initial and its letter, in order, for acronyms (`_acronym`)."""
        # (order, regex, genitive, (a person's uid, or None and the replacement))
        found: list[tuple[tuple[int, int, int, int], str, str, tuple[str | None, str]]] = []
        owners = Counter(part for p in people for part in {x.casefold() for x in p.name.split()})
        for n, p in enumerate(people):
            full, parts = name_parts(p, lambda part: owners[part] > 1)
            if not full:
                continue
            found.append(((-len(full), 0, n, 0), rf"(?i:{_spaced(full)})", "s?", (p.uid, "")))
            for w in part_spellings(parts):  # a part alone as written, capitalised or in capitals
                found.append(((-len(w), 0, n, 1), re.escape(w), "s?", (p.uid, "")))
        compounds = []
        for n, (name, label) in enumerate(organisations):
            name = " ".join(name.split())
            if name:
                found.append(((-len(name), 1, n, 0), rf"(?i:{_spaced(name)})", "(?i:s)?", (None, label)))
            if _compounds(name):  # "Gislavedsborna", "Hyltebruk": after every whole word, before acronyms
                compounds.append(((-len(name), 3, n, 0), re.escape(name), r"[^\W\d_]+", (None, _Compound(label))))
        for n, (code, new) in enumerate(codes):
            if len(code) >= 2:
                found.append(((-len(code), 2, n, 0), re.escape(code), "", (None, new)))
        found.sort(key=lambda f: f[0])
        found += sorted(compounds, key=lambda f: f[0])  # "Hyltebruksborna": Hyltebruk's before Hylte's
        self._initials = [(i, new) for i, new in initials if i]
        if self._initials:  # last: a name, code or capitalised name part written the same is taken before it
            found.append(((0, 4, 0, 0), f"[{''.join(sorted({re.escape(i) for i, _ in self._initials}))}]{{3,}}",
                          "(?::?s)?", (None, _ACRONYM)))
        self._whose = [whose for *_, whose in found]
        # Searched without groups: searched with two groups for each alternative, the 290-organisation
        # engagement took 28 s (one pattern after another, 3 s). Where it finds one, the same alternatives
        # with groups (the name, its genitive) tell which it is: the match's last group.
        self._find = self._which = None
        if found:
            self._find = re.compile(r"(?<!\w)(?:" + "|".join(rf"{regex}{genitive}(?!\w)"
                                                              for _, regex, genitive, _ in found) + ")")
            self._which = re.compile(r"(?<!\w)(?:" + "|".join(rf"({regex})({genitive})(?!\w)"
                                                               for _, regex, genitive, _ in found) + ")")

    def replace(self, value: str, person_label: dict[str, str]) -> str:
        """The text with every name and code replaced, people by `person_label` (by uid); a genitive "s"
        kept as ":s" ("Organisation A:s")."""
        if not value or self._find is None or self._which is None:
            return value
        whose, which = self._whose, self._which

        def label(m: re.Match[str]) -> str:
            one = which.match(value, m.start())  # the same alternatives in the same order: the same match
            assert one is not None and one.end() == m.end() and one.lastindex
            uid, new = whose[one.lastindex // 2 - 1]
            if new is _ACRONYM:  # "GGVVH", "GGVVHs", "GGVVH:s"
                word, genitive = one.group(one.lastindex - 1), one.group(one.lastindex)
                letters = self._acronym(word)
                return m.group(0) if letters is None else letters + (":s" if genitive else "")
            if isinstance(new, _Compound):
                return new.joined(one.group(one.lastindex - 1), one.group(one.lastindex))
            return (new if uid is None else person_label[uid]) + (":s" if one.group(one.lastindex) else "")

        return self._find.sub(label, value)


    def _acronym(self, word: str) -> str | None:
        """A word of capitals made of the initials of as many different organisations ("GGVVH": Gislaved,
        Gnosjö, Värnamo, Vaggeryd, Hylte), each letter taking the next organisation with that initial, as
        their letters ("ABCDE"); None for any other word of capitals ("GDPR", "IT"). It must name every
        organisation or all but one ("GGVV" of five): among six, "SKR" could be Skövde, Kil and Rättvik, and
        an abbreviation in the notes had turned into letters."""
        left = list(self._initials)
        if len(word) < max(3, len(left) - 1):
            return None
        out = []
        for ch in word:
            i = next((n for n, (initial, _) in enumerate(left) if initial == ch), None)
            if i is None:
                return None
            out.append(left.pop(i)[1])
        return "".join(out)


class _Compound(str):
    """An organisation's label for a compound word that starts with its name: "Organisation A-borna" for
    "Gislavedsborna", "Organisation E-bruk" for "Hyltebruk"."""

    def joined(self, name: str, rest: str) -> str:
        # The Swedish joining "s" after a consonant ("Gislaveds|borna", "Vaggeryds|skolan") is the name's.
        if rest[:1] == "s" and len(rest) > 2 and name[-1:].casefold() not in _VOWELS:
            rest = rest[1:]
        return f"{self}-{rest}"  # "VaggerydsIT" too: "Organisation D-IT"


_VOWELS = frozenset("aeiouyåäöéü")


def _compounds(name: str) -> bool:
    """Whether words starting with this name are taken as compounds of it: a one-word name of five letters
    or more, written with a capital ("Gislaved", "Hylte"). A shorter one would be found inside unrelated
    words ("Mora" in "Moraliskt"), and so would a name written small."""
    return len(name) >= 5 and name.isalpha() and name[0].isupper()


_ACRONYM = "\0acronym"  # the replacement that says: the match is an acronym, replaced by _Names._acronym


def initial(name: str) -> str:
    """The name's first letter in capitals ("Gislaveds kommun": "G"), or "" when it starts with no letter."""
    first = name.strip()[:1]
    return first.upper() if first.isalpha() and len(first.upper()) == 1 else ""


def _spaced(name: str) -> str:
    """The name as a pattern that takes any spacing between its words."""
    return r"\s+".join(map(re.escape, name.split()))


# An e-mail address in a text names its owner in the part before "@" ("anna.sanell@gislaved.se"): it goes whole.
_ADDRESS = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")


def anonymised(e: Engagement, organisation: str = "Organisation {letter}", participant: str = "Deltagare",
               address: str = "(e-postadress)", place: str = "") -> Engagement:
    """The engagement with organisations and people replaced consistently, and no internal notes.
    Every free text is replaced once, from what was written: nothing put in is searched again. An e-mail
    address becomes `address`; an approver of minutes not among the people becomes `participant` numbered;
    a meeting's place, left out, becomes `place` (a title block's "Plats: –" had read as no place known)."""
    e = without_internal_notes(e)
    # Those approved minutes kept after the engagement removed them are named too, after the others.
    orgs, everyone = _with_approved(e.organisations, e, "organisations"), _with_approved(e.people, e, "people")
    org_label = {o.uid: organisation.format(letter=letter(n)) for n, o in enumerate(orgs)}
    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    for n, o in enumerate(orgs):
        by_name.setdefault(" ".join(o.name.split()).casefold(), org_label[o.uid])
        by_code.setdefault(o.short_code, letter(n))
    names = _Names(everyone, [(o.name, by_name[" ".join(o.name.split()).casefold()]) for o in orgs],
                   list(by_code.items()), [(initial(o.name), letter(n)) for n, o in enumerate(orgs)])

    # A role naming someone ("Assistent till Anna Berg") names them by their organisation only: their own
    # label is made of their role, which may name someone else in turn.
    anyone = {p.uid: ", ".join(x for x in (participant, org_label.get(p.organisation_uid or "", "")) if x)
              for p in everyone}
    person_label: dict[str, str] = {}
    seen: dict[str, int] = {}
    for p in everyone:
        role = names.replace(p.role, anyone) if p.role else participant
        base = ", ".join(x for x in (role, org_label.get(p.organisation_uid or "", "")) if x)
        seen[base] = seen.get(base, 0) + 1
        person_label[p.uid] = base if seen[base] == 1 else f"{base} {seen[base]}"

    done: dict[str, str] = {}  # the same text is often in many places (a joint meeting's minutes in each)

    def text(value: str) -> str:
        if value not in done:
            done[value] = names.replace(_ADDRESS.sub(address, value), person_label)
        return done[value]

    approvers = _approvers_named(e, person_label, participant)
    shared = _every_text(e, text)
    r = dataclasses.replace
    return r(shared,
             organisations=tuple(r(o, name=org_label[o.uid], short_code=by_code[o.short_code])
                                 for o in shared.organisations),
             people=tuple(r(p, name=person_label[p.uid], email="", phone="") for p in shared.people),
             # Where a meeting was held names its town or building ("Hylte kommunhus, Hyltebruk"), which no
             # rule tells from other words: left out, as the internal notes are.
             meetings=tuple(r(m, place=_left_out(m.place, place),
                              approval=_approval(m.approval, approvers[m.uid], org_label, by_code, person_label,
                                                 place) if m.approval else None)
                            for m in shared.meetings))


def _with_approved(held: tuple, e: Engagement, kind: str) -> list:
    """The organisations (or people) the engagement holds, then those only approved minutes still name."""
    out, seen = list(held), {x.uid for x in held}
    for m in e.meetings:
        details = m.approval.minutes.details if m.approval is not None else None
        for x in getattr(details, kind, ()):
            if x.uid not in seen:
                seen.add(x.uid)
                out.append(x)
    return out


def _left_out(value: str, place: str) -> str:
    """What a place reads as once left out: `place` where there was one, nothing where there was none."""
    return place if value.strip() else ""


def _approval(approval: MinutesApproval, approvers: tuple[str, ...], org_label: dict[str, str],
              by_code: dict[str, str], person_label: dict[str, str], place: str = "") -> MinutesApproval:
    """An approval with its approvers, organisations and attendees named as anonymised, and no place (as the
    meeting's own, left out)."""
    details = approval.minutes.details
    if details is None:
        return dataclasses.replace(approval, approvers=approvers)
    r = dataclasses.replace
    details = r(details, place=_left_out(details.place, place),
                organisations=tuple(r(o, name=org_label[o.uid], short_code=by_code.get(o.short_code, "?"))
                                    for o in details.organisations),
                people=tuple(r(p, name=person_label[p.uid], email="", phone="") for p in details.people))
    return r(approval, approvers=approvers, minutes=r(approval.minutes, details=details))


def _approvers_named(e: Engagement, person_label: dict[str, str], participant: str) -> dict[str, tuple[str, ...]]:
    """Each approved meeting's approvers (by meeting uid): their label when one of the people, else
    `participant` with a number (an approver not among the people, "Kalle Karlsson (Gnosjö kommun)", had
    kept their name). Put in after the texts are replaced: a label is never searched again."""
    label_of = {" ".join(p.name.split()).casefold(): person_label[p.uid] for p in e.people}
    others: dict[str, str] = {}

    def named(approver: str) -> str:
        key = " ".join(approver.split()).casefold()
        return label_of.get(key) or others.setdefault(key, f"{participant} {len(others) + 1}")

    return {m.uid: tuple(named(a) for a in m.approval.approvers) for m in e.meetings if m.approval is not None}


# Fields that hold identifiers, codes, dates or closed vocabularies, never free text.
_NOT_TEXT = frozenset({"uid", "code", "short_code", "area_code", "alternative_code", "group_code", "kind", "status",
                       "mode", "potential_mode", "starts_at", "starts_on", "ends_on", "date", "due", "approved_on",
                       "language", "number"})


def _every_text(value, text: Callable[[str], str]):
    """Every free text anywhere in the engagement passed through `text`, once: the minutes, the roles and
    whatever later fields hold (a vote's rationale, the plan's owners, the recommendation…), so a new text
    field is never shared with names in it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            if field.name in _NOT_TEXT or field.name.endswith(("_uid", "_uids", "_code", "_at", "_on")):
                continue
            old = getattr(value, field.name)
            new = _every_text(old, text)
            if new is not old and new != old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = tuple(_every_text(v, text) for v in value)
        return items if items != value else value
    if type(value) is str:  # a StrEnum member is a closed value, not text
        return text(value)
    return value
