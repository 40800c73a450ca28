"""Every later change to approved minutes that no dated addendum records, found by comparing with what was
approved (domain.approved), so the minutes never change silently.

The file's own rules (storage/schema_records.py) keep a dated addendum for a change to an item's notes, a
decision or an action item made in the app. Anything else (the meeting's facts and attendees, items added,
removed or reworded, the numbers, and a change those rules did not see, as in a merge) is an amendment here;
the day it was made is not known, and the minutes say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from workshop.domain.approved import scores_given_in
from workshop.domain.engagement import Engagement
from workshop.domain.meetings import ActionItem, AgendaItem, ApprovedDetails, ApprovedMinutes, ApprovedScores, Meeting


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
