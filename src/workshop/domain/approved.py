"""Approved minutes as a record: what approval freezes, the meeting as its approved minutes show it, and every
later change no dated addendum records.

The file's own rules (storage/schema_records.py) keep a dated addendum for a change to an item's notes, a
decision or an action item. Approval also freezes the meeting's facts (title, kind, time, place, the
organisations and attendees), its agenda's items and the numbers given in it. A later change to any of these
is found by comparing with what was approved, so the minutes never change silently; the day it was made is not
known, and the minutes say so.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from workshop.domain.agenda import carried_over
from workshop.domain.engagement import Engagement
from workshop.domain.history import records_from_links
from workshop.domain.meetings import (
    ActionItem,
    AgendaItem,
    ApprovedDetails,
    ApprovedMinutes,
    ApprovedScores,
    CarriedItem,
    Meeting,
)
from workshop.domain.model import Person


def scores_given_in(e: Engagement, m: Meeting) -> ApprovedScores:
    """The numbers given in a meeting as it recorded them (for a file written before per-meeting records, the
    scores that name it), the agreed scores set and the preferences stated in it."""
    linked = records_from_links([p for p in e.potentials if p.meeting_uid == m.uid],
                                [v for v in e.votes if v.meeting_uid == m.uid])
    potentials = _with_linked(tuple(r for r in e.potential_history if r.meeting_uid == m.uid), linked[0],
                              lambda r: (r.organisation_uid, r.area_code))
    votes = _with_linked(tuple(r for r in e.vote_history if r.meeting_uid == m.uid), linked[1],
                         lambda r: (r.organisation_uid, r.alternative_code, r.criterion_number))
    return ApprovedScores(potentials=potentials, votes=votes,
                          agreed=tuple(a for a in e.agreed_scores if a.meeting_uid == m.uid),
                          preferences=tuple(p for p in e.preferences if p.meeting_uid == m.uid))


def _with_linked(records: tuple, linked: tuple, key) -> tuple:
    """A meeting's records, and the scores naming it that no record of it has (a file or example with links
    only: a value given since in that meeting is recorded, the others stay links)."""
    kept = {key(r) for r in records}
    return records + tuple(r for r in linked if key(r) not in kept)


def approved_minutes_of(e: Engagement, m: Meeting) -> ApprovedMinutes:
    """What a meeting's minutes say now, as approval freezes them (never its internal notes nor anyone's contact
    details)."""
    scores = scores_given_in(e, m)
    came = set(m.attendee_uids)
    people = tuple(dataclasses.replace(p, email="", phone="") for p in e.people if p.uid in came)
    named = ({*m.organisation_uids} | {p.organisation_uid for p in people}
             | {r.organisation_uid for r in (*scores.potentials, *scores.votes, *scores.preferences)})
    return ApprovedMinutes(
        agenda=tuple(_shown(a) for a in m.agenda),
        decisions=m.decisions,
        action_items=m.action_items,
        details=ApprovedDetails(kind=m.kind, title=m.title, starts_at=m.starts_at,
                                duration_minutes=m.duration_minutes, place=m.place,
                                organisation_uids=m.organisation_uids, attendee_uids=m.attendee_uids,
                                organisations=tuple(o for o in e.organisations if o.uid in named), people=people),
        scores=scores,
        carried=tuple(CarriedItem(meeting_uid=earlier.uid, meeting_title=earlier.title,
                                  meeting_starts_at=earlier.starts_at,
                                  action=item if isinstance(item, ActionItem) else None,
                                  question=_shown(item) if isinstance(item, AgendaItem) else None)
                      for earlier, item in carried_over(e.meetings, m)),
    )


def _shown(a: AgendaItem) -> AgendaItem:
    """An agenda item as documents show it: without its internal notes."""
    return AgendaItem(uid=a.uid, text=a.text, kind=a.kind, theme_title=a.theme_title, status=a.status, notes=a.notes)


def carried_as_approved(e: Engagement, m: Meeting) -> list[tuple[Meeting, ActionItem | AgendaItem]]:
    """The open items from earlier meetings as a meeting's minutes list them: as approved, once approved with
    them kept (an action item closed since stays as it was then), else as they stand."""
    kept = m.approval.minutes.carried if m.approval is not None else None
    if kept is None:
        return carried_over(e.meetings, m)
    return [(Meeting(kind=m.kind, title=c.meeting_title, starts_at=c.meeting_starts_at, uid=c.meeting_uid),
             c.action if c.action is not None else c.question) for c in kept if (c.action or c.question) is not None]


def approved_view(e: Engagement, m: Meeting) -> tuple[Engagement, Meeting]:
    """The engagement and the meeting as the meeting's approved minutes show them (as they are when the minutes
    are a draft). An approval made before the facts and numbers were kept shows those as they are now."""
    if m.approval is None:
        return e, m
    frozen = m.approval.minutes
    shown = dataclasses.replace(m, agenda=frozen.agenda, decisions=frozen.decisions, action_items=frozen.action_items)
    if frozen.details is not None:
        d = frozen.details
        shown = dataclasses.replace(shown, kind=d.kind, title=d.title, starts_at=d.starts_at,
                                    duration_minutes=d.duration_minutes, place=d.place,
                                    organisation_uids=d.organisation_uids, attendee_uids=d.attendee_uids)
    e = dataclasses.replace(e, meetings=tuple(shown if x.uid == m.uid else x for x in e.meetings))
    if frozen.details is not None:
        e = _with_approved_names(e, frozen.details)
    if frozen.scores is not None:
        s, uid = frozen.scores, m.uid

        def others(rows) -> tuple:
            return tuple(r for r in rows if r.meeting_uid != uid)

        e = dataclasses.replace(
            e, potential_history=others(e.potential_history) + s.potentials,
            vote_history=others(e.vote_history) + s.votes, agreed_scores=others(e.agreed_scores) + s.agreed,
            preferences=others(e.preferences) + s.preferences,
            # a file with links only: the meeting's numbers are its records above, not the live links
            potentials=tuple(dataclasses.replace(p, meeting_uid=None) if p.meeting_uid == uid else p
                             for p in e.potentials),
            votes=tuple(dataclasses.replace(v, meeting_uid=None) if v.meeting_uid == uid else v for v in e.votes))
    return e, shown


def _with_approved_names(e: Engagement, d: ApprovedDetails) -> Engagement:
    """The engagement with the organisations and attendees the approved minutes name and it no longer holds: one
    removed later comes back, as approved, for these minutes only (an attendee whose organisation was removed
    keeps it)."""
    orgs = {o.uid for o in e.organisations}
    live = {p.uid for p in e.people}
    approved = {p.uid: p for p in d.people}

    def as_approved(p: Person) -> Person:
        was = approved.get(p.uid)
        if was is None or p.organisation_uid is not None or was.organisation_uid is None:
            return p
        return dataclasses.replace(p, organisation_uid=was.organisation_uid)

    return dataclasses.replace(
        e, organisations=e.organisations + tuple(o for o in d.organisations if o.uid not in orgs),
        people=tuple(as_approved(p) for p in e.people) + tuple(p for p in d.people if p.uid not in live))


@dataclass(frozen=True, slots=True)
class Amendment:
    """A change to approved minutes that no dated addendum records: what about (`kind`, one of AMENDMENT_KINDS;
    `subject`, words naming the thing: an item, an organisation, "A · Hylte"), what the approved minutes said and
    what the meeting says now ("" where there was or is nothing)."""

    kind: str
    subject: str = ""
    before: str = ""
    now: str = ""


AMENDMENT_KINDS = ("title", "meeting-kind", "when", "place", "organisation-added", "organisation-removed",
                   "attendee-added", "attendee-removed", "item-added", "item-removed", "item-changed", "item-status",
                   "notes", "decision-added", "decision-changed", "decision-removed", "action-added",
                   "action-changed", "action-removed", "potential",
                   "vote", "agreed", "preference")


def amendments(e: Engagement, m: Meeting) -> list[Amendment]:
    """Every difference between a meeting's approved minutes and the meeting now that no addendum records, in
    the minutes' order: the facts, the attendees, the agenda, the decisions and action items, the numbers. None
    for a draft. A note, decision or action item changed where the file's rules did not see it (in a merge,
    whose incoming changes bring their own addenda, or by another program) is one too."""
    if m.approval is None:
        return []
    frozen = m.approval.minutes
    out = _details(e, frozen.details, m) if frozen.details is not None else []
    out += _agenda(frozen.agenda, m.agenda)
    out += _unrecorded(frozen, m)
    if frozen.scores is not None:
        approved = frozen.details.organisations if frozen.details is not None else ()
        out += _scores({**{o.uid: o.name for o in approved}, **{o.uid: o.name for o in e.organisations}},
                       frozen.scores, scores_given_in(e, m))
    return out


def _details(e: Engagement, d: ApprovedDetails, m: Meeting) -> list[Amendment]:
    out = [Amendment(kind, before=str(was), now=str(now)) for kind, was, now in (
        ("title", d.title, m.title), ("meeting-kind", d.kind, m.kind),
        ("when", _when(d.starts_at, d.duration_minutes), _when(m.starts_at, m.duration_minutes)),
        ("place", d.place, m.place)) if was != now]
    orgs = {**{o.uid: o.name for o in d.organisations}, **{o.uid: o.name for o in e.organisations}}
    people = {**{p.uid: p.name for p in d.people}, **{p.uid: p.name for p in e.people}}
    for names, was, now, word in ((orgs, d.organisation_uids, m.organisation_uids, "organisation"),
                                  (people, d.attendee_uids, m.attendee_uids, "attendee")):
        # one gone from the file altogether (a person forgotten) is not named
        out += [Amendment(f"{word}-added", names[u]) for u in now if u not in was and u in names]
        out += [Amendment(f"{word}-removed", names[u]) for u in was if u not in now and u in names]
    return out


def _when(starts_at: str, minutes: int) -> str:
    return f"{starts_at}/{minutes}"  # the export words it (meeting_when); compared as one value here


def _agenda(approved: tuple[AgendaItem, ...], now: tuple[AgendaItem, ...]) -> list[Amendment]:
    """Items added, removed, reworded or given another status, each named by its number in the approved text
    (an added one by its number now)."""
    was = {a.uid: (n, a) for n, a in enumerate(approved, 1)}
    out = []
    for n, item in enumerate(now, 1):
        if item.uid not in was:
            out.append(Amendment("item-added", f"{n}. {item.text}"))  # its notes: _unrecorded or an addendum
            continue
        k, old = was[item.uid]
        if (old.text, old.theme_title) != (item.text, item.theme_title):
            themed = old.theme_title != item.theme_title
            out.append(Amendment("item-changed", f"{k}", before=_item(old, themed), now=_item(item, themed)))
        if old.status != item.status:  # a code: the export words it
            out.append(Amendment("item-status", f"{k}. {old.text}", before=old.status, now=item.status))
    kept = {a.uid for a in now}
    out += [Amendment("item-removed", f"{n}. {a.text}", before=a.notes) for n, a in was.values() if a.uid not in kept]
    return out


def item_numbers(approved: tuple[AgendaItem, ...], now: tuple[AgendaItem, ...]) -> dict[str, int]:
    """Each item's number as the approved minutes print it; an item added since, its number now."""
    return {**{a.uid: n for n, a in enumerate(now, 1)}, **{a.uid: n for n, a in enumerate(approved, 1)}}


def _unrecorded(frozen: ApprovedMinutes, m: Meeting) -> list[Amendment]:
    """Notes, decisions and action items whose text now differs from what the approved text and the latest
    addendum about each say (an item added since: from none)."""
    latest = {a.subject_uid: a.text for a in m.addenda}  # oldest first: the last one per subject wins
    out = []
    items = {a.uid: a for a in frozen.agenda}
    number = item_numbers(frozen.agenda, m.agenda)
    for item in m.agenda:
        said = latest.get(item.uid, items[item.uid].notes if item.uid in items else "")
        if said != item.notes:
            out.append(Amendment("notes", f"{number[item.uid]} ({item.text})", before=said, now=item.notes))
    for word, was, now, text in (("decision", frozen.decisions, m.decisions, lambda d: d.text),
                                 ("action", frozen.action_items, m.action_items, _action)):
        approved, live = {x.uid: text(x) for x in was}, {x.uid: text(x) for x in now}
        for uid in dict.fromkeys([*approved, *live]):
            said, says = latest.get(uid, approved.get(uid, "")), live.get(uid, "")
            if _same(word, said, says):
                continue
            kind = "added" if not said else "removed" if not says else "changed"
            out.append(Amendment(f"{word}-{kind}", before=said, now=says))
    return out


def _action(a: ActionItem) -> str:
    """An action item as the text its addendum keeps (schema_records: text, owner, due date, status)."""
    return json.dumps({"text": a.text, "owner": a.owner, "due_date": a.due_date, "status": a.status},
                      ensure_ascii=False)


def _same(word: str, said: str, says: str) -> bool:
    if word != "action" or not said or not says:
        return said == says
    try:
        return json.loads(said) == json.loads(says)
    except ValueError:
        return False


def _item(a: AgendaItem, themed: bool) -> str:
    return f"{a.theme_title}: {a.text}" if themed and a.theme_title else a.text


# An agreed score or a preference is one row, naming the meeting it was last given in, with no record per
# meeting: one no longer naming this meeting was most likely given again later (or cleared), which is not a
# change to this meeting's minutes, so only a change made in the meeting itself is one.
_RESTATED = ("agreed", "preference")


def _scores(orgs: dict[str, str], was: ApprovedScores, now: ApprovedScores) -> list[Amendment]:
    def org(uid: str | None) -> str:
        return orgs.get(uid or "", "–")

    def said(value, words: str) -> str:
        shown = "–" if value is None else str(value)
        return f"{shown} ({words})" if words.strip() else shown

    kinds = (
        ("potential", lambda r: (r.organisation_uid, r.area_code), lambda r: f"{r.area_code} · {org(r.organisation_uid)}",
         lambda r: said(r.value, r.rationale), was.potentials, now.potentials),
        ("vote", lambda r: (r.organisation_uid, r.alternative_code, r.criterion_number),
         lambda r: f"{r.alternative_code} · {r.criterion_number} · {org(r.organisation_uid)}",
         lambda r: said(r.value, r.rationale), was.votes, now.votes),
        ("agreed", lambda r: (r.alternative_code, r.criterion_number),
         lambda r: f"{r.alternative_code} · {r.criterion_number}", lambda r: said(r.value, r.comment),
         was.agreed, now.agreed),
        ("preference", lambda r: r.organisation_uid, lambda r: org(r.organisation_uid),
         lambda r: said(r.alternative_code, r.comment), was.preferences, now.preferences),
    )
    out = []
    for kind, key, subject, text, before, after in kinds:
        old, new = {key(r): r for r in before}, {key(r): r for r in after}
        for k in dict.fromkeys([*old, *new]):
            a, b = old.get(k), new.get(k)
            if b is None and kind in _RESTATED:
                continue
            if a is None or b is None or text(a) != text(b):
                out.append(Amendment(kind, subject(a or b), before=text(a) if a else "", now=text(b) if b else ""))
    return out
