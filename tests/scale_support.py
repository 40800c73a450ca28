"""A large engagement for scale tests and benchmarks: 290 organisations (every Swedish municipality's
worth), 25 meetings, every score and vote given."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime, timedelta

ORGANISATIONS = 290
MEETINGS = 25


def large_engagement(orgs: int = ORGANISATIONS, meetings: int = MEETINGS, seed: int = 290):
    """The example's framework with `orgs` organisations and `meetings` meetings: meeting 1 joint (all
    organisations vote there), the others work meetings with a share of the organisations each, where
    those organisations give their potential scores."""
    from workshop.domain.ids import new_uid
    from workshop.domain.model import Organisation, Person, PotentialScore, Preference, Vote
    from workshop.domain.vocabulary import MeetingKind
    from workshop.templates import example_engagement

    e = example_engagement()
    rng = random.Random(seed)
    # Some names as long as real ones get ("Upplands Väsby kommun"), most short.
    organisations = tuple(
        Organisation(name=f"Kommun {i:03d}" + (" – Upplands Väsby och Sollentuna förbund" if i % 37 == 0 else ""),
                     short_code=f"K{i:03d}")
        for i in range(1, orgs + 1))
    people = tuple(Person(name=f"Person {o.short_code}-{j}", role="IT-chef" if j == 1 else "Kommundirektör",
                          organisation_uid=o.uid) for o in organisations for j in (1, 2))
    start = datetime(2024, 6, 10, 9, 0)
    work = [organisations[i::max(1, meetings - 1)] for i in range(max(1, meetings - 1))]
    base_meetings = list(e.meetings)
    all_meetings = []
    for i in range(meetings):
        base = base_meetings[i % len(base_meetings)]
        joint = i == 0
        orgs_here = organisations if joint else work[(i - 1) % len(work)]
        attendees = tuple(p.uid for p in people if p.organisation_uid in {o.uid for o in orgs_here})
        all_meetings.append(dataclasses.replace(
            base, uid=new_uid(), kind=MeetingKind.JOINT if joint else MeetingKind.WORK,
            title=("Gemensamt möte, alla kommuner" if joint else f"Arbetsmöte {i:02d}"),
            starts_at=(start + timedelta(days=3 * i)).strftime("%Y-%m-%dT%H:%M"),
            organisation_uids=tuple(o.uid for o in orgs_here), attendee_uids=attendees,
            agenda=tuple(dataclasses.replace(a, uid=new_uid()) for a in base.agenda),
            decisions=tuple(dataclasses.replace(d, uid=new_uid()) for d in base.decisions),
            action_items=tuple(dataclasses.replace(a, uid=new_uid()) for a in base.action_items),
        ))
    meeting_of = {}
    for i, group in enumerate(work):
        for o in group:
            meeting_of[o.uid] = all_meetings[1 + i].uid if meetings > 1 else all_meetings[0].uid
    potentials = tuple(
        PotentialScore(organisation_uid=o.uid, area_code=a.code, value=rng.randint(0, 100),
                       meeting_uid=meeting_of.get(o.uid))
        for o in organisations for a in e.areas)
    votes = tuple(
        Vote(organisation_uid=o.uid, alternative_code=alt.code, criterion_number=c.number,
             value=rng.randint(c.scale_min, c.scale_max), meeting_uid=all_meetings[0].uid)
        for o in organisations for alt in e.alternatives for c in e.criteria)
    preferences = tuple(Preference(organisation_uid=o.uid, alternative_code=rng.choice(e.alternatives).code)
                        for o in organisations)
    from workshop.domain.history import PotentialRecord, VoteRecord

    # Each number given in a meeting is that meeting's record too (as the store keeps it).
    potential_history = tuple(PotentialRecord(meeting_uid=p.meeting_uid, organisation_uid=p.organisation_uid,
                                              area_code=p.area_code, value=p.value)
                              for p in potentials if p.meeting_uid)
    vote_history = tuple(VoteRecord(meeting_uid=v.meeting_uid, organisation_uid=v.organisation_uid,
                                    alternative_code=v.alternative_code, criterion_number=v.criterion_number,
                                    value=v.value) for v in votes if v.meeting_uid)
    return dataclasses.replace(e, organisations=organisations, people=people, meetings=tuple(all_meetings),
                               potentials=potentials, votes=votes, agreed_scores=(), preferences=preferences,
                               potential_history=potential_history, vote_history=vote_history)
