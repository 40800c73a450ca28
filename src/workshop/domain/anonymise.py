"""Anonymised copies of an engagement, for sharing results beyond it.

Organisations become "Organisation A, B, C…" (short codes "A", "B", …) in their order, people their role
with their organisation ("IT-chef, Organisation A"), numbered when two would read the same; the same
replacement is made in every free text (names, and a Swedish genitive: "Gislaveds" → "Organisation A:s").
Internal notes are left out as in every shared document. One call gives one consistent mapping.
Acronyms built from names (the "GGVVH" of a title) are not recognised.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from string import ascii_uppercase

from workshop.domain.engagement import Engagement
from workshop.domain.people import name_pattern, replace_name
from workshop.domain.records import without_internal_notes


def letter(n: int) -> str:
    """A, B, … Z, AA, AB, … for 0, 1, 2 …"""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = ascii_uppercase[rest] + out
    return out


def _org_pattern(names: list[str]) -> re.Pattern[str] | None:
    words = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)({alternatives})(s?)(?!\w)", re.IGNORECASE)


def anonymised(e: Engagement, organisation: str = "Organisation {letter}", participant: str = "Deltagare") -> Engagement:
    """The engagement with organisations and people replaced consistently, and no internal notes."""
    e = without_internal_notes(e)
    org_label = {o.uid: organisation.format(letter=letter(n)) for n, o in enumerate(e.organisations)}
    by_name = {" ".join(o.name.split()).casefold(): org_label[o.uid] for o in e.organisations}
    by_code = {o.short_code: letter(n) for n, o in enumerate(e.organisations)}
    orgs = _org_pattern([o.name for o in e.organisations])
    codes = [(re.compile(rf"(?<!\w){re.escape(code)}(?!\w)"), new) for code, new in by_code.items() if len(code) >= 2]

    def organisations_in(value: str) -> str:
        if orgs is not None:
            value = orgs.sub(lambda m: by_name.get(" ".join(m.group(1).split()).casefold(), m.group(1))
                             + (":s" if m.group(2) else ""), value)
        for pattern, new in codes:
            value = pattern.sub(new, value)
        return value

    person_label: dict[str, str] = {}
    seen: dict[str, int] = {}
    for p in e.people:
        role = organisations_in(p.role) if p.role else participant
        base = ", ".join(x for x in (role, org_label.get(p.organisation_uid or "", "")) if x)
        seen[base] = seen.get(base, 0) + 1
        person_label[p.uid] = base if seen[base] == 1 else f"{base} {seen[base]}"
    people = [(name_pattern(p, list(e.people)), person_label[p.uid]) for p in e.people]

    def text(value: str) -> str:
        if not value:
            return value
        for pattern, label in people:
            if pattern is not None:
                value = replace_name(pattern, value, label)
        return organisations_in(value)

    return _every_text(_map_texts(e, text, org_label, by_code, person_label), text)


# Fields that hold identifiers, codes, dates or closed vocabularies, never free text.
_NOT_TEXT = frozenset({"uid", "code", "short_code", "area_code", "alternative_code", "group_code", "kind", "status",
                       "mode", "potential_mode", "starts_at", "starts_on", "ends_on", "date", "due", "approved_on",
                       "language", "number"})


def _every_text(value, text: Callable[[str], str]):
    """Every free text left anywhere in the engagement passed through `text` too: the fields named in
    _map_texts and whatever later fields hold (a vote's rationale, the plan's owners, the recommendation…),
    so a new text field is never shared with names in it."""
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


def _map_texts(e: Engagement, text: Callable[[str], str], org_label: dict[str, str], by_code: dict[str, str],
               person_label: dict[str, str]) -> Engagement:
    """Every free text of the engagement passed through `text`; names and codes replaced by their labels."""
    r = dataclasses.replace
    meetings = tuple(
        r(m, title=text(m.title), place=text(m.place),
          agenda=tuple(r(a, notes=text(a.notes), text=text(a.text)) for a in m.agenda),
          decisions=tuple(r(d, text=text(d.text)) for d in m.decisions),
          action_items=tuple(r(a, text=text(a.text), owner=text(a.owner)) for a in m.action_items),
          approval=None if m.approval is None else r(
              m.approval, approvers=tuple(text(n) for n in m.approval.approvers),
              minutes=r(m.approval.minutes,
                        agenda=tuple(r(a, notes=text(a.notes), text=text(a.text)) for a in m.approval.minutes.agenda),
                        decisions=tuple(r(d, text=text(d.text)) for d in m.approval.minutes.decisions),
                        action_items=tuple(r(a, text=text(a.text), owner=text(a.owner))
                                           for a in m.approval.minutes.action_items))),
          addenda=tuple(r(a, text=text(a.text), before=text(a.before)) for a in m.addenda))
        for m in e.meetings
    )
    i = e.info
    return r(
        e,
        info=r(i, title=text(i.title), client=text(i.client), facilitator=text(i.facilitator), contact=text(i.contact),
               description=text(i.description)),
        organisations=tuple(r(o, name=org_label[o.uid], short_code=by_code[o.short_code]) for o in e.organisations),
        people=tuple(r(p, name=person_label[p.uid], role=text(p.role), email="", phone="") for p in e.people),
        meetings=meetings,
        potentials=tuple(r(p, rationale=text(p.rationale)) for p in e.potentials),
        preferences=tuple(r(p, comment=text(p.comment)) for p in e.preferences),
        agreed_scores=tuple(r(a, comment=text(a.comment)) for a in e.agreed_scores),
        scoped_out=tuple(r(s, text=text(s.text), reason=text(s.reason)) for s in e.scoped_out),
        alternatives=tuple(r(a, description=text(a.description), pros=tuple(map(text, a.pros)),
                             cons=tuple(map(text, a.cons))) for a in e.alternatives),
    )
