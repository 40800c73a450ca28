"""The rules between values of an imported engagement, checked before anything is written.

Types are already right here (json_codec checked them); these are the rules
the engagement file enforces: unique ids and codes, references that point at
something, scores within their scales, known kinds and statuses, no empty
names. Each failure names the path of the bad value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NoReturn

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import ITEM_KINDS, ITEM_STATUSES, MEETING_KINDS
from workshop.domain.messages import msg
from workshop.domain.visible import acts
from workshop.domain.agenda import check_period, parse_due_date, parse_starts_at
from workshop.domain.errors import DomainError
from workshop.domain.validation import (
    NAME_MAX,
    POTENTIAL_MAX,
    POTENTIAL_MIN,
    blank_before_nul,
    check_criterion_number,
    check_duration,
    check_scale,
    check_weight,
    check_weights,
    clean_text,
    name_key,
)
from workshop.export.errors import ImportFormatError
from workshop.export.json_checks_records import check_records
from workshop.domain.vocabulary import ActionStatus, MeetingStatus, PotentialMode, values

MEETING_STATUSES = values(MeetingStatus)
ACTION_STATUSES = values(ActionStatus)
POTENTIAL_MODES = values(PotentialMode)
FACTOR_MAX = 10  # the file's limit for will, benefit and ability
SECONDS_MAX = 10_000_000  # the file's limit for the time spent on an agenda item


# One template per kind of duplicate (a tuple key names no value) and per kind of reference:
# each sentence is translated whole.
_DUPLICATE = {
    "id": msg("{path}: duplicate id “{value}” (also at {other})."),
    "name": msg("{path}: duplicate name “{value}” (also at {other})."),
    "short code": msg("{path}: duplicate short code “{value}” (also at {other})."),
    "group code": msg("{path}: duplicate group code “{value}” (also at {other})."),
    "area code": msg("{path}: duplicate area code “{value}” (also at {other})."),
    "alternative code": msg("{path}: duplicate alternative code “{value}” (also at {other})."),
    "criterion number": msg("{path}: duplicate criterion number “{value}” (also at {other})."),
    "organisation": msg("{path}: duplicate organisation “{value}” (also at {other})."),
    "attendee": msg("{path}: duplicate attendee “{value}” (also at {other})."),
    "preference of organisation": msg("{path}: duplicate preference of organisation “{value}” (also at {other})."),
    "score for organisation and area": msg("{path}: duplicate score for organisation and area (also at {other})."),
    "vote for organisation, alternative and criterion":
        msg("{path}: duplicate vote for organisation, alternative and criterion (also at {other})."),
    "agreed score for alternative and criterion":
        msg("{path}: duplicate agreed score for alternative and criterion (also at {other})."),
}
_REFERENCE = {
    "organisation": msg("{path}: refers to organisation “{value}”, which is not in the export."),
    "person": msg("{path}: refers to person “{value}”, which is not in the export."),
    "group": msg("{path}: refers to group “{value}”, which is not in the export."),
    "area": msg("{path}: refers to area “{value}”, which is not in the export."),
    "alternative": msg("{path}: refers to alternative “{value}”, which is not in the export."),
    "criterion": msg("{path}: refers to criterion “{value}”, which is not in the export."),
    "theme": msg("{path}: refers to theme “{value}”, which is not in the export."),
    "question": msg("{path}: refers to question “{value}”, which is not in the export."),
    "meeting": msg("{path}: refers to meeting “{value}”, which is not in the export."),
}


def _fail(template: str, **values: object) -> NoReturn:
    raise ImportFormatError(template, **values)


def _unique(values: Iterable[tuple[str, object]], what: str, fold: bool = False) -> None:
    """Each value once; `fold`: names compared as the interface compares them (domain name_key)."""
    seen: dict[object, str] = {}
    for path, value in values:
        if what == "id" and isinstance(value, str) and (not value.strip() or any(acts(ch) for ch in value)):
            # an ID is printed by the command line (`workshop people`) and typed back after --person
            _fail(msg("{path}: an id must be visible text, without control or direction characters."),
                  path=path)
        key = name_key(value) if fold and isinstance(value, str) else value
        if key in seen:
            _fail(_DUPLICATE[what], path=path, value=value, other=seen[key])
        seen[key] = path


def _not_empty(path: str, text: str) -> None:
    if not clean_text(text):
        _fail(msg("{path}: must not be empty."), path=path)
    if blank_before_nul(text):
        _fail(msg("{path}: must not be empty: it begins with a NUL character (U+0000)."), path=path)


def _name(path: str, text: str) -> None:
    """A name (of the engagement, an organisation, a person, an area, an alternative, a criterion, a meeting):
    not empty, and no longer than the window's fields hold. A 50-million-character organisation name had been
    imported, and the window then took three minutes to open the file."""
    _not_empty(path, text)
    if len(text) > NAME_MAX:
        _fail(msg("{path}: {length} characters; a name holds at most {most}, as the window's fields do."),
              path=path, length=len(text), most=NAME_MAX)


def _code(path: str, text: str) -> None:
    """A code others refer to (area, group, alternative): not empty, and nothing to trim at its ends (the file
    would trim it and lose the references)."""
    _name(path, text)
    if clean_text(text) != text:
        _fail(msg("{path}: “{value}” has spaces or invisible characters at its ends."), path=path, value=text)


def _domain(path: str, check: Callable[..., object], *args: object) -> None:
    """The interface's own rule (a domain check), its refusal naming the path."""
    try:
        check(*args)
    except DomainError as exc:
        _fail(msg("{path}: {error}"), path=path, error=exc)


def _stored(path: str, text: str, parse: Callable[[str], str]) -> None:
    """A date as the interface stores it (parse gives it back unchanged)."""
    _domain(path, parse, text)
    if parse(text) != text:
        _fail(msg("{path}: “{value}” is not written as the app writes it (e.g. {example})."), path=path,
              value=text, example=parse("2024-06-10T13:00" if parse is parse_starts_at else "2024-09-17"))


def _one_of(path: str, value: str, allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    if value not in allowed:
        _fail(msg("{path}: “{value}” is not one of {allowed}."), path=path, value=value, allowed=", ".join(allowed))


def _ref(path: str, value: str | None, known: Iterable[str], what: str) -> None:
    if value is not None and value not in known:
        _fail(_REFERENCE[what], path=path, value=value)


def _range(path: str, value: int | float | None, low: float, high: float) -> None:
    if value is not None and not low <= value <= high:
        _fail(msg("{path}: {value} is outside {low}–{high}."),
              path=path, value=format(value, "g"), low=format(low, "g"), high=format(high, "g"))


def check_engagement(e: Engagement) -> None:
    """Raise ImportFormatError at the first broken rule (checked in the order of the export)."""
    _check_info(e)
    _check_framework(e)
    _check_meetings(e)
    check_records(e)
    _check_scores(e)
    from workshop.export.json_checks_closing import check_closing  # it builds on this module's helpers

    check_closing(e)


def _check_info(e: Engagement) -> None:
    i = e.info
    _name("engagement.info.title", i.title)
    _one_of("engagement.info.potential_mode", i.potential_mode, POTENTIAL_MODES)
    _range("engagement.info.potential_factor_scale", i.potential_factor_scale, 1, 10)
    # "2024-13-45" had been imported, and printed on the report's cover. A date written as the app writes
    # dates must be one; other text ("mars 2025") is what files from before the date fields hold, and an
    # export of such a file is its backup: it is taken as written. The period is checked when both are dates.
    dated = True
    for name in ("start_date", "end_date"):
        value = getattr(i, name)
        if re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", value or ""):
            _stored(f"engagement.info.{name}", value, parse_due_date)
        else:
            dated = dated and not value
    if dated:
        _domain("engagement.info.end_date", check_period, i.start_date, i.end_date)


def _check_framework(e: Engagement) -> None:
    p = "engagement"
    _unique(((f"{p}.organisations[{n}].id", o.uid) for n, o in enumerate(e.organisations)), "id")
    _unique(((f"{p}.organisations[{n}].name", o.name.strip()) for n, o in enumerate(e.organisations)), "name", True)
    _unique(((f"{p}.organisations[{n}].short_code", o.short_code.strip()) for n, o in enumerate(e.organisations)),
            "short code", True)
    for n, o in enumerate(e.organisations):
        _name(f"{p}.organisations[{n}].name", o.name)
        _name(f"{p}.organisations[{n}].short_code", o.short_code)
    orgs = {o.uid for o in e.organisations}
    _unique(((f"{p}.people[{n}].id", x.uid) for n, x in enumerate(e.people)), "id")
    for n, x in enumerate(e.people):
        _name(f"{p}.people[{n}].name", x.name)
        _ref(f"{p}.people[{n}].organisation_uid", x.organisation_uid, orgs, "organisation")
    _unique(((f"{p}.groups[{n}].id", g.uid) for n, g in enumerate(e.groups)), "id")
    _unique(((f"{p}.groups[{n}].code", g.code) for n, g in enumerate(e.groups)), "group code", True)
    for n, g in enumerate(e.groups):
        _code(f"{p}.groups[{n}].code", g.code)
        _name(f"{p}.groups[{n}].name", g.name)
        _range(f"{p}.groups[{n}].today_share", g.today_share, 0, 1)
    groups = {g.code for g in e.groups}
    _unique(((f"{p}.areas[{n}].id", a.uid) for n, a in enumerate(e.areas)), "id")
    _unique(((f"{p}.areas[{n}].code", a.code) for n, a in enumerate(e.areas)), "area code", True)
    for n, a in enumerate(e.areas):
        _code(f"{p}.areas[{n}].code", a.code)
        _name(f"{p}.areas[{n}].name", a.name)
        _ref(f"{p}.areas[{n}].group_code", a.group_code, groups, "group")
        for k, text in enumerate(a.sub_items):
            _not_empty(f"{p}.areas[{n}].sub_items[{k}]", text)
    areas = {a.code for a in e.areas}
    _unique(((f"{p}.scoped_out[{n}].id", s.uid) for n, s in enumerate(e.scoped_out)), "id")
    for n, s in enumerate(e.scoped_out):
        _not_empty(f"{p}.scoped_out[{n}].text", s.text)
    _unique(((f"{p}.alternatives[{n}].id", a.uid) for n, a in enumerate(e.alternatives)), "id")
    _unique(((f"{p}.alternatives[{n}].code", a.code) for n, a in enumerate(e.alternatives)), "alternative code",
            True)
    for n, a in enumerate(e.alternatives):
        _code(f"{p}.alternatives[{n}].code", a.code)
        _name(f"{p}.alternatives[{n}].name", a.name)
        _unique(((f"{p}.alternatives[{n}].area_codes[{k}]", c) for k, c in enumerate(a.area_codes)), "area code")
        for k, code in enumerate(a.area_codes):
            _ref(f"{p}.alternatives[{n}].area_codes[{k}]", code, areas, "area")
        for kind, texts in (("pros", a.pros), ("cons", a.cons)):
            for k, text in enumerate(texts):
                _not_empty(f"{p}.alternatives[{n}].{kind}[{k}]", text)
    alts = {a.code for a in e.alternatives}
    _unique(((f"{p}.paths[{n}].id", x.uid) for n, x in enumerate(e.paths)), "id")
    for n, x in enumerate(e.paths):
        _ref(f"{p}.paths[{n}].from_code", x.from_code, alts, "alternative")
        _ref(f"{p}.paths[{n}].to_code", x.to_code, alts, "alternative")
    _unique(((f"{p}.criteria[{n}].id", c.uid) for n, c in enumerate(e.criteria)), "id")
    _unique(((f"{p}.criteria[{n}].number", c.number) for n, c in enumerate(e.criteria)), "criterion number")
    for n, c in enumerate(e.criteria):
        _name(f"{p}.criteria[{n}].text", c.text)
        _domain(f"{p}.criteria[{n}].number", check_criterion_number, c.number)
        _domain(f"{p}.criteria[{n}]", check_scale, c.scale_min, c.scale_max)
        _domain(f"{p}.criteria[{n}].weight", check_weight, c.weight)
    _domain(f"{p}.criteria", check_weights, [c.weight for c in e.criteria])
    _unique(((f"{p}.organisation_forms[{n}].id", f.uid) for n, f in enumerate(e.organisation_forms)), "id")
    for n, f in enumerate(e.organisation_forms):
        _not_empty(f"{p}.organisation_forms[{n}].name", f.name)
        for kind, texts in (("pros", f.pros), ("cons", f.cons)):
            for k, text in enumerate(texts):
                _not_empty(f"{p}.organisation_forms[{n}].{kind}[{k}]", text)
    _unique(((f"{p}.themes[{n}].id", t.uid) for n, t in enumerate(e.themes)), "id")
    for n, t in enumerate(e.themes):
        _not_empty(f"{p}.themes[{n}].title", t.title)
    themes = {t.uid for t in e.themes}
    _unique(((f"{p}.questions[{n}].id", q.uid) for n, q in enumerate(e.questions)), "id")
    for n, q in enumerate(e.questions):
        _not_empty(f"{p}.questions[{n}].text", q.text)
        _ref(f"{p}.questions[{n}].theme_uid", q.theme_uid, themes, "theme")


def _check_meetings(e: Engagement) -> None:
    p = "engagement.meetings"
    orgs = {o.uid for o in e.organisations}
    people = {x.uid for x in e.people}
    questions = {q.uid for q in e.questions}
    meetings = {m.uid for m in e.meetings}
    _unique(((f"{p}[{n}].id", m.uid) for n, m in enumerate(e.meetings)), "id")
    _unique(((f"{p}[{n}].agenda[{k}].id", a.uid) for n, m in enumerate(e.meetings) for k, a in enumerate(m.agenda)),
            "id")
    _unique(((f"{p}[{n}].decisions[{k}].id", d.uid) for n, m in enumerate(e.meetings)
             for k, d in enumerate(m.decisions)), "id")
    _unique(((f"{p}[{n}].action_items[{k}].id", a.uid) for n, m in enumerate(e.meetings)
             for k, a in enumerate(m.action_items)), "id")
    for n, m in enumerate(e.meetings):
        q = f"{p}[{n}]"
        _one_of(f"{q}.kind", m.kind, MEETING_KINDS)
        _name(f"{q}.title", m.title)
        _one_of(f"{q}.status", m.status, MEETING_STATUSES)
        _domain(f"{q}.duration_minutes", check_duration, m.duration_minutes)
        _stored(f"{q}.starts_at", m.starts_at, parse_starts_at)
        _unique(((f"{q}.organisation_uids[{k}]", o) for k, o in enumerate(m.organisation_uids)), "organisation")
        for k, o in enumerate(m.organisation_uids):
            _ref(f"{q}.organisation_uids[{k}]", o, orgs, "organisation")
        _unique(((f"{q}.attendee_uids[{k}]", x) for k, x in enumerate(m.attendee_uids)), "attendee")
        for k, x in enumerate(m.attendee_uids):
            _ref(f"{q}.attendee_uids[{k}]", x, people, "person")
        for k, a in enumerate(m.agenda):
            _not_empty(f"{q}.agenda[{k}].text", a.text)
            _one_of(f"{q}.agenda[{k}].kind", a.kind, ITEM_KINDS)
            _one_of(f"{q}.agenda[{k}].status", a.status, ITEM_STATUSES)
            _ref(f"{q}.agenda[{k}].question_uid", a.question_uid, questions, "question")
            _range(f"{q}.agenda[{k}].seconds_spent", a.seconds_spent, 0, SECONDS_MAX)
        for k, d in enumerate(m.decisions):
            _not_empty(f"{q}.decisions[{k}].text", d.text)
        for k, a in enumerate(m.action_items):
            _not_empty(f"{q}.action_items[{k}].text", a.text)
            _one_of(f"{q}.action_items[{k}].status", a.status, ACTION_STATUSES)
            _stored(f"{q}.action_items[{k}].due_date", a.due_date, parse_due_date)
            _ref(f"{q}.action_items[{k}].closed_in_meeting_uid", a.closed_in_meeting_uid, meetings, "meeting")


def known(e: Engagement) -> tuple[set, set, set, dict, set]:
    """What a score may refer to: organisation ids, area codes, alternative codes, criteria by number and
    meeting ids."""
    return ({o.uid for o in e.organisations}, {a.code for a in e.areas}, {a.code for a in e.alternatives},
            {c.number: c for c in e.criteria}, {m.uid for m in e.meetings})


def _check_scores(e: Engagement) -> None:
    p = "engagement"
    orgs, areas, alts, criteria, meetings = known(e)
    _unique(((f"{p}.potentials[{n}].id", s.uid) for n, s in enumerate(e.potentials)), "id")
    _unique(((f"{p}.potentials[{n}]", (s.organisation_uid, s.area_code)) for n, s in enumerate(e.potentials)),
            "score for organisation and area")
    for n, s in enumerate(e.potentials):
        q = f"{p}.potentials[{n}]"
        _ref(f"{q}.organisation_uid", s.organisation_uid, orgs, "organisation")
        _ref(f"{q}.area_code", s.area_code, areas, "area")
        _ref(f"{q}.meeting_uid", s.meeting_uid, meetings, "meeting")
        _range(f"{q}.value", s.value, POTENTIAL_MIN, POTENTIAL_MAX)
        for name in ("will", "benefit", "ability"):
            _range(f"{q}.{name}", getattr(s, name), 0, FACTOR_MAX)
    _unique(((f"{p}.votes[{n}].id", v.uid) for n, v in enumerate(e.votes)), "id")
    _unique(((f"{p}.votes[{n}]", (v.organisation_uid, v.alternative_code, v.criterion_number))
             for n, v in enumerate(e.votes)), "vote for organisation, alternative and criterion")
    for n, v in enumerate(e.votes):
        q = f"{p}.votes[{n}]"
        _ref(f"{q}.organisation_uid", v.organisation_uid, orgs, "organisation")
        _ref(f"{q}.alternative_code", v.alternative_code, alts, "alternative")
        _ref(f"{q}.criterion_number", v.criterion_number, criteria, "criterion")
        _ref(f"{q}.meeting_uid", v.meeting_uid, meetings, "meeting")
        c = criteria[v.criterion_number]
        _range(f"{q}.value", v.value, c.scale_min, c.scale_max)
    _unique(((f"{p}.agreed_scores[{n}].id", a.uid) for n, a in enumerate(e.agreed_scores)), "id")
    _unique(((f"{p}.agreed_scores[{n}]", (a.alternative_code, a.criterion_number))
             for n, a in enumerate(e.agreed_scores)), "agreed score for alternative and criterion")
    for n, a in enumerate(e.agreed_scores):
        q = f"{p}.agreed_scores[{n}]"
        _ref(f"{q}.alternative_code", a.alternative_code, alts, "alternative")
        _ref(f"{q}.criterion_number", a.criterion_number, criteria, "criterion")
        c = criteria[a.criterion_number]
        _range(f"{q}.value", a.value, c.scale_min, c.scale_max)
    _unique(((f"{p}.preferences[{n}].id", x.uid) for n, x in enumerate(e.preferences)), "id")
    _unique(((f"{p}.preferences[{n}].organisation_uid", x.organisation_uid) for n, x in enumerate(e.preferences)),
            "preference of organisation")
    for n, x in enumerate(e.preferences):
        _ref(f"{p}.preferences[{n}].organisation_uid", x.organisation_uid, orgs, "organisation")
        _ref(f"{p}.preferences[{n}].alternative_code", x.alternative_code, alts, "alternative")
