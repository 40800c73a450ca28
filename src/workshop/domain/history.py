"""Each organisation followed across its meetings: what it scored in each, and what moved since the last one.

A score's row holds only its latest value. Every value given while a meeting
runs is also kept per meeting (`PotentialRecord`, `VoteRecord`), so what an
organisation said in each meeting can be compared with what it said before.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from workshop.domain.meetings import Meeting
from workshop.domain.model import AgreedScore, PotentialRecord, PotentialScore, Preference, Vote, VoteRecord


@dataclass(frozen=True, slots=True)
class Change:
    """One score that moved between two meetings (before None: given for the first time)."""

    kind: str  # "potential" or "vote"
    parts: tuple[str, ...]  # what the score is of: (area code,) or (alternative code, criterion number)
    before: int | None
    after: int | None
    rationale: str

    @property
    def subject(self) -> str:
        """The area code, or "alternative / criterion n" (a screen sets each part off on its own)."""
        return " / ".join(self.parts)

    @property
    def delta(self) -> int | None:
        """How far it moved (None when one side is missing)."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


G = TypeVar("G")


def given_in(new: G, old, meeting: str | None) -> G:
    """A new score, vote, agreed score or preference as given in `meeting`; with none, in the meeting `old`
    named (a correction after that meeting), or in none. A value given anew in another meeting than `old`'s
    starts without the rationale written for that one: the minutes had printed Gislaved's drop from 95 to 80
    with the words written for its rise to 95. Typed or from a phone, every new value comes through here."""
    if new is None:
        return new
    meeting = meeting or (old.meeting_uid if old is not None else None)
    new = replace(new, meeting_uid=meeting)
    given, words = _GIVEN.get(type(new), (None, None))
    if (given is not None and old is not None and meeting != old.meeting_uid
            and getattr(old, given) is not None and getattr(new, given) != getattr(old, given)
            and getattr(new, words) and getattr(new, words) == getattr(old, words)):
        new = replace(new, **{words: ""})  # (words typed before any value was given stay: they were for this one)
    return new


# What is given, and the words that explain it, per kind of value given in a meeting.
_GIVEN = {PotentialScore: ("value", "rationale"), Vote: ("value", "rationale"), AgreedScore: ("value", "comment"),
          Preference: ("alternative_code", "comment")}


def records_from_links(potentials: Iterable[PotentialScore], votes: Iterable[Vote]
                       ) -> tuple[tuple[PotentialRecord, ...], tuple[VoteRecord, ...]]:
    """The per-meeting records implied by scores that name their meeting (a file or example with links only)."""
    return (
        tuple(PotentialRecord(meeting_uid=p.meeting_uid, organisation_uid=p.organisation_uid, area_code=p.area_code,
                              value=p.value, rationale=p.rationale) for p in potentials if p.meeting_uid),
        tuple(VoteRecord(meeting_uid=v.meeting_uid, organisation_uid=v.organisation_uid,
                         alternative_code=v.alternative_code, criterion_number=v.criterion_number, value=v.value,
                         rationale=v.rationale) for v in votes if v.meeting_uid),
    )


def meeting_order(meetings: Sequence[Meeting]) -> dict[str, int]:
    """Each meeting's place in time (start, title, then uid: the order the file lists them)."""
    ordered = sorted(meetings, key=lambda m: (m.starts_at, m.title, m.uid))  # as the file orders them
    return {m.uid: i for i, m in enumerate(ordered)}


def meetings_of(organisation_uid: str, meetings: Sequence[Meeting], potential_history: Iterable[PotentialRecord],
                vote_history: Iterable[VoteRecord]) -> list[Meeting]:
    """The meetings an organisation took part in or gave scores in, in time order."""
    scored = {r.meeting_uid for r in (*potential_history, *vote_history) if r.organisation_uid == organisation_uid}
    order = meeting_order(meetings)
    chosen = [m for m in meetings if organisation_uid in m.organisation_uids or m.uid in scored]
    return sorted(chosen, key=lambda m: order[m.uid])


def previous_meeting(organisation_uid: str, meeting_uid: str, meetings: Sequence[Meeting],
                     potential_history: Sequence[PotentialRecord], vote_history: Sequence[VoteRecord]
                     ) -> Meeting | None:
    """The organisation's last meeting before this one in which it gave a score."""
    order = meeting_order(meetings)
    here = order.get(meeting_uid)
    if here is None:
        return None
    scored = {r.meeting_uid for r in (*potential_history, *vote_history)
              if r.organisation_uid == organisation_uid and order.get(r.meeting_uid, here) < here}
    earlier = [m for m in meetings if m.uid in scored]
    return max(earlier, key=lambda m: order[m.uid], default=None)


def changes_since_previous(organisation_uid: str, meeting_uid: str, meetings: Sequence[Meeting],
                           potential_history: Sequence[PotentialRecord], vote_history: Sequence[VoteRecord],
                           area_order: Sequence[str] = ()) -> list[Change]:
    """What the organisation gave in this meeting that differs from what it gave before (the latest earlier
    value of each score), with the rationale given now; scores given for the first time count as changes."""
    order = meeting_order(meetings)
    here = order.get(meeting_uid)
    if here is None:
        return []
    changes: list[Change] = []
    areas = {code: i for i, code in enumerate(area_order)}
    mine = [r for r in potential_history if r.organisation_uid == organisation_uid and r.meeting_uid in order]
    for now in sorted((r for r in mine if r.meeting_uid == meeting_uid), key=lambda r: areas.get(r.area_code, 0)):
        before = _latest_before((r for r in mine if r.area_code == now.area_code), order, here)
        old = before.value if before else None
        if before is None and now.value is None:
            continue
        if before is None or old != now.value:
            changes.append(Change(kind="potential", parts=(now.area_code,), before=old, after=now.value,
                                  rationale=now.rationale))
    votes = [r for r in vote_history if r.organisation_uid == organisation_uid and r.meeting_uid in order]
    for now in (r for r in votes if r.meeting_uid == meeting_uid):
        key = (now.alternative_code, now.criterion_number)
        before = _latest_before((r for r in votes if (r.alternative_code, r.criterion_number) == key), order, here)
        if before is None or before.value != now.value:
            changes.append(Change(kind="vote", parts=(now.alternative_code, str(now.criterion_number)),
                                  before=before.value if before else None, after=now.value, rationale=now.rationale))
    return changes


def _latest_before(records: Iterable, order: dict[str, int], here: int):
    earlier = [r for r in records if order[r.meeting_uid] < here]
    return max(earlier, key=lambda r: order[r.meeting_uid], default=None)


def votes_given_in(meeting_uid: str, history: Iterable[VoteRecord]) -> list[VoteRecord]:
    """The votes recorded in one meeting."""
    return [r for r in history if r.meeting_uid == meeting_uid]


def values_as_of(organisation_uid: str, meeting_uid: str, meetings: Sequence[Meeting],
                 history: Sequence[PotentialRecord]) -> dict[str, int | None]:
    """The organisation's potential per area as it stood at the end of a meeting (its latest record up to it)."""
    order = meeting_order(meetings)
    here = order.get(meeting_uid, -1)
    latest: dict[str, tuple[int, int | None]] = {}
    for r in history:
        at = order.get(r.meeting_uid)
        if r.organisation_uid != organisation_uid or at is None or at > here:
            continue
        if r.area_code not in latest or latest[r.area_code][0] < at:
            latest[r.area_code] = (at, r.value)
    return {code: value for code, (_, value) in latest.items()}


def recorded(history: Sequence, score_of: Callable[[object], tuple], score: tuple, old_meeting: str | None,
             new_meeting: str | None, new_record, meetings: Sequence[Meeting],
             place: Callable[[object], tuple]) -> tuple:
    """The records after one score was written, as storage.scores writes them: a score moved back to an
    earlier meeting, or to none, or cleared (`new_record` None with no meeting) is no longer the record of the
    meeting it named; given in a meeting, it is that meeting's record. `score_of(record)` is the key of the
    score a record is of (an operator.attrgetter: no Python call per record), `score` this one's;
    `place(record)` orders records within a meeting as the file lists them."""
    order = meeting_order(meetings)
    cleared = new_record is None and new_meeting is None
    drop = None
    if old_meeting is not None and old_meeting != new_meeting and (
            cleared or new_meeting is None or order.get(old_meeting, -1) > order.get(new_meeting, -1)):
        drop = old_meeting
    named = {drop, new_meeting} - {None}  # the meetings whose record of this score goes or is replaced
    kept = [r for r in history if not (r.meeting_uid in named and score_of(r) == score)] if named else list(history)
    given = [new_record] if new_meeting is not None and new_record is not None else []
    return _placed(kept, given, order, place)


def with_records(history: Sequence, score_of: Callable[[object], tuple], score: tuple, records: Iterable,
                 meetings: Sequence[Meeting], place: Callable[[object], tuple]) -> tuple:
    """The records with those of one score replaced by `records`, each in its place (an undo or redo puts back
    exactly what was: `recorded`'s rules for a value given now keep a record an earlier edit took or made)."""
    return _placed([r for r in history if score_of(r) != score], records, meeting_order(meetings), place)


def _placed(kept: list, records: Iterable, order: dict[str, int], place: Callable[[object], tuple]) -> tuple:
    """`kept` (in file order already) with each of `records` put in its place: no sort of them all per edit."""
    rank = lambda r: (order.get(r.meeting_uid, -1), *place(r))  # noqa: E731
    for record in records:
        kept.insert(bisect.bisect_right(kept, rank(record), key=rank), record)
    return tuple(kept)
