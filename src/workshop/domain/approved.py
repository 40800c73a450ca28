"""Approved minutes as a record: what approval freezes, and the meeting as its approved minutes show it.

Approval freezes the agenda's notes, the decisions and action items, the meeting's facts (title, kind, time,
place, organisations and attendees), the numbers given in it and the open items it listed from earlier
meetings. Every later change is printed after the approved text (domain.amendments).
"""

from __future__ import annotations

import dataclasses

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
    d = frozen.details
    if d is not None:
        shown = dataclasses.replace(shown, kind=d.kind, title=d.title, starts_at=d.starts_at,
                                    duration_minutes=d.duration_minutes, place=d.place,
                                    organisation_uids=d.organisation_uids, attendee_uids=d.attendee_uids)
        e = _with_approved_names(e, d)
    e = dataclasses.replace(e, meetings=tuple(shown if x.uid == m.uid else x for x in e.meetings))
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
