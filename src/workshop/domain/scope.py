"""Rules for the framework lists a facilitator builds by hand: paths, forms, scoped-out items, sub-items,
the steering group. Each check returns the cleaned list or raises a DomainError saying what is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.model import AlternativePath, OrganisationForm, Person, ScopedOutItem
from workshop.domain.validation import check_name, check_named_once, clean_text


def check_paths(paths: Sequence[AlternativePath], codes: Sequence[str]) -> tuple[AlternativePath, ...]:
    """Paths between known alternatives (None: today, or an external solution), never from one to itself,
    each pair once."""
    seen: set[tuple] = set()
    out = []
    for p in paths:
        for code in (p.from_code, p.to_code):
            if code is not None and code not in codes:
                raise DomainError(msg("There is no alternative {code}."), code=code)
        if p.from_code is not None and p.from_code == p.to_code:
            raise DomainError(msg("A path cannot lead from alternative {code} to itself."), code=p.from_code)
        if (p.from_code, p.to_code) in seen:
            raise DomainError(msg("There is already a path {start} → {end}."),
                              start=p.from_code or term("Now"), end=p.to_code or term("External solution"))
        seen.add((p.from_code, p.to_code))
        out.append(AlternativePath(from_code=p.from_code, to_code=p.to_code, description=p.description.strip(),
                                   uid=p.uid))
    return tuple(out)


def check_forms(forms: Sequence[OrganisationForm]) -> tuple[OrganisationForm, ...]:
    """Organisation forms, each named once, with no empty pro or con."""
    out = tuple(OrganisationForm(name=check_name(f.name, term("The organisation form's name")),
                                 description=f.description.strip(),
                                 pros=tuple(check_name(t, term("A pro or con")) for t in f.pros),
                                 cons=tuple(check_name(t, term("A pro or con")) for t in f.cons), uid=f.uid)
                for f in forms)
    check_named_once((f.name for f in out), msg("There is already an organisation form “{name}”."))
    return out


def check_scoped_out(items: Sequence[ScopedOutItem]) -> tuple[ScopedOutItem, ...]:
    """Items left out of the collaboration, each with the reason why (the report prints both)."""
    out = []
    for s in items:
        text = check_name(s.text, term("The scoped-out item"))
        if not clean_text(s.reason):
            raise DomainError(msg("“{text}”: say why it is left out (the reason must not be empty)."), text=text)
        out.append(ScopedOutItem(text=text, reason=s.reason.strip(), uid=s.uid))
    return tuple(out)


def check_sub_items(items: Sequence[str]) -> tuple[str, ...]:
    """An area's sub-items (e.g. "1 datacenter"), none empty, each once."""
    out = tuple(check_name(t, term("A sub-item")) for t in items)
    check_named_once(out, msg("The area already has a sub-item “{name}”."))
    return out


def check_person(person: Person, organisation_uids: Sequence[str]) -> Person:
    """A person with a name and, when given, a known organisation."""
    name = check_name(person.name, term("The person's name"))
    if person.organisation_uid is not None and person.organisation_uid not in organisation_uids:
        raise DomainError(msg("That organisation no longer exists."))
    return Person(name=name, role=clean_text(person.role), organisation_uid=person.organisation_uid,
                  steering_group=person.steering_group, uid=person.uid)
