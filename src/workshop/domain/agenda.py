"""Pure rules of preparing and running a meeting: order, progress, earlier actions, clocks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.meetings import ITEM_STATUSES, MEETING_KINDS, ActionItem, AgendaItem, Meeting
from workshop.domain.model import Question, Theme
from workshop.domain.validation import check_name
from workshop.domain.vocabulary import ActionStatus, ItemKind, ItemStatus

if TYPE_CHECKING:  # the engagement holds meetings, so it imports this module's neighbours
    from workshop.domain.engagement import Engagement

T = TypeVar("T")

STARTS_AT_FORMAT = "%Y-%m-%dT%H:%M"


def moved(items: Sequence[T], from_index: int, to_index: int) -> list[T]:
    """The items with the one at from_index moved so that it ends up at to_index."""
    out = list(items)
    if not 0 <= from_index < len(out):
        raise DomainError(msg("There is no item {number} to move."), number=from_index + 1)
    item = out.pop(from_index)
    out.insert(max(0, min(to_index, len(out))), item)
    return out


def inserted(items: Sequence[T], new: Iterable[T], index: int | None = None) -> list[T]:
    """The items with new ones inserted at index (at the end when None)."""
    out = list(items)
    at = len(out) if index is None else max(0, min(index, len(out)))
    out[at:at] = list(new)
    return out


def parked_to_end(uids: Sequence[str], uid: str) -> list[str]:
    """The agenda order after parking one item: it comes back at the end."""
    return [u for u in uids if u != uid] + [uid]


def question_item(question: Question, theme_title: str) -> AgendaItem:
    """An agenda item asking a catalogue question; its text is a snapshot."""
    return AgendaItem(text=question.text, kind=ItemKind.QUESTION, question_uid=question.uid, theme_title=theme_title)


def theme_items(theme: Theme, questions: Iterable[Question]) -> list[AgendaItem]:
    """Agenda items for every question of a theme, in catalogue order."""
    return [question_item(q, theme.title) for q in questions if q.theme_uid == theme.uid]


def free_item(text: str) -> AgendaItem:
    """A free agenda item (not from the catalogue); its text must not be empty."""
    return AgendaItem(text=check_name(text, term("The agenda item")), kind=ItemKind.FREE)


def follow_up_item(text: str, theme_title: str = "") -> AgendaItem:
    """A follow-up question added during the meeting."""
    return AgendaItem(text=check_name(text, term("The follow-up question")), kind=ItemKind.FOLLOW_UP, theme_title=theme_title)


def check_status(status: str) -> str:
    """One of the agenda item statuses."""
    if status not in ITEM_STATUSES:
        raise DomainError(msg("“{status}” is not an agenda item status."), status=status)
    return status


def check_kind(kind: str) -> str:
    """One of the meeting kinds."""
    if kind not in MEETING_KINDS:
        raise DomainError(msg("“{kind}” is not a kind of meeting."), kind=kind)
    return kind


def parse_starts_at(text: str) -> str:
    """A meeting's start as stored ("2024-06-10T13:00"); empty means not yet set."""
    text = (text or "").strip()
    if not text:
        return ""
    for fmt in (STARTS_AT_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            when = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _within_years(when, text).strftime(STARTS_AT_FORMAT)
    raise DomainError(msg("“{text}” is not a date and time (expected e.g. 2024-06-10 13:00)."), text=text)


NEW_MEETING_TIME = "09:00"


def next_meeting_start(starts: Iterable[str], now: datetime) -> str:
    """Where a new meeting starts unless told: at nine on the first weekday after the latest meeting, so
    meetings added one after another do not all land on one day and hour. Never in the past: today counts
    only before nine (a meeting planned for an hour gone by would count as held)."""
    days = [datetime.strptime(s[:10], "%Y-%m-%d").date() for s in starts if s]
    first = now.date() if now.strftime("%H:%M") < NEW_MEETING_TIME else now.date() + timedelta(days=1)
    day = max([first] + [d + timedelta(days=1) for d in days])
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    return f"{day.isoformat()}T{NEW_MEETING_TIME}"


def check_period(start: str, end: str) -> None:
    """An engagement's start and final meeting (dates as stored): the final meeting not before the start (the
    report's cover had read "Period 2025-03-01 – 2025-02-01")."""
    iso = re.compile(r"\d{4}-\d{2}-\d{2}")  # (a file from before the date fields may hold "mars 2025")
    if iso.fullmatch(start or "") and iso.fullmatch(end or "") and end < start:
        raise DomainError(msg("The final meeting ({end}) is before the start ({start})."), end=end, start=start)


def start_time(starts_at: str) -> datetime | None:
    """A meeting's start as a time (the file holds local times: a zone, which its check refuses, is dropped), or
    None when the text is none."""
    try:
        return datetime.fromisoformat(starts_at).replace(tzinfo=None) if starts_at else None
    except ValueError:
        return None


EARLY = timedelta(hours=1)  # a meeting run at most this long before its planned time today starts as planned


def held_from(starts_at: str, now: datetime) -> str | None:
    """Where a meeting run `now` starts: None when as planned (a day gone by: the plan is kept; today, from an
    hour before its planned time on), else now, to the five minutes. Planned for a later day, its minutes had
    carried that day and its approval today had been refused as before the meeting; run in the small hours
    for a meeting planned at 09:00 today, it had kept 09:00, after a meeting held since, and its minutes and
    the next one's put their scores' changes and open items in the wrong order."""
    planned = start_time(starts_at)
    if planned is None or starts_at[:10] < now.strftime("%Y-%m-%d"):
        return None
    if starts_at[:10] == now.strftime("%Y-%m-%d") and planned - now <= EARLY:
        return None  # a later day is always now, also 00:30 tomorrow run at 23:45
    return now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0).strftime(STARTS_AT_FORMAT)


HELD_AT_MOST = timedelta(hours=12)  # a longer "meeting" was left running, or its record typed in afterwards


def held_minutes(starts_at: str, now: datetime) -> int | None:
    """How long a meeting that started `starts_at` and ends `now` lasted, up to the next five minutes, to be
    its length: its minutes had given the planned end ("02:35–04:35" for a meeting of eleven seconds). None
    when that says nothing true: no time of day, a start not yet come, or one more than HELD_AT_MOST ago."""
    start = start_time(starts_at)
    if start is None or len(starts_at) <= 10:
        return None
    held = now - start
    if held < timedelta(0) or held > HELD_AT_MOST:
        return None
    minutes = -(-int(held.total_seconds()) // 60)
    return max(5, -(-minutes // 5) * 5)


def parse_due_date(text: str) -> str:
    """An action item's due date as stored ("2024-09-17"); empty means none."""
    text = (text or "").strip()
    if not text:
        return ""
    try:
        when = datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise DomainError(msg("“{text}” is not a date (expected e.g. 2024-09-17)."), text=text) from None
    return _within_years(when, text).strftime("%Y-%m-%d")


YEARS = (1900, 2199)  # a meeting or due date outside these is a typing error (and 9999-12-31 + a duration overflows)


def _within_years(when: datetime, text: str) -> datetime:
    if not YEARS[0] <= when.year <= YEARS[1]:
        raise DomainError(msg("“{text}”: the year must be between {first} and {last}."), text=text,
                          first=YEARS[0], last=YEARS[1])
    return when


@dataclass(frozen=True, slots=True)
class EarlierAction:
    """An action item from an earlier meeting, as listed when a meeting starts."""

    meeting: Meeting
    action: ActionItem


def concern_each_other(one: Meeting, other: Meeting) -> bool:
    """Two meetings share an organisation, or one has none ticked (it concerns the whole engagement): what is
    left open in one is carried to the other, in the runner and in the minutes alike."""
    return not one.organisation_uids or not other.organisation_uids \
        or bool(set(one.organisation_uids) & set(other.organisation_uids))


def carried_over(meetings: Sequence[Meeting], m: Meeting) -> list[tuple[Meeting, ActionItem | AgendaItem]]:
    """Open items from the meetings before this one (in the engagement's date order) that concern it, as the
    runner lists them: action items still open (or closed in this meeting), parked questions."""
    items: list[tuple[Meeting, ActionItem | AgendaItem]] = []
    for earlier in meetings:
        if earlier.uid == m.uid:
            break
        if not concern_each_other(earlier, m):  # another municipality's to-do had been in these minutes
            continue
        for a in earlier.action_items:
            if a.status == ActionStatus.OPEN or a.closed_in_meeting_uid == m.uid:
                items.append((earlier, a))
        items.extend((earlier, item) for item in earlier.agenda if item.status == ItemStatus.PARKED)
    return items


def earlier_actions(meetings: Iterable[Meeting], meeting: Meeting) -> list[EarlierAction]:
    """Action items of earlier meetings that concern this one: the open ones, and those closed in this one."""
    out = []
    for other in meetings:
        if other.uid == meeting.uid or not concern_each_other(meeting, other):
            continue
        if not other.starts_at or not meeting.starts_at or other.starts_at >= meeting.starts_at:
            continue
        for action in other.action_items:
            if action.status == ActionStatus.OPEN or action.closed_in_meeting_uid == meeting.uid:
                out.append(EarlierAction(other, action))
    out.sort(key=lambda e: (e.meeting.starts_at, e.action.due_date))
    return out


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a meeting has come through its agenda."""

    total: int
    answered: int
    skipped: int
    parked: int

    @property
    def open(self) -> int:
        """Items not yet dealt with."""
        return self.total - self.answered - self.skipped - self.parked


def progress(agenda: Sequence[AgendaItem]) -> Progress:
    """Counts of the agenda's items by status."""
    statuses = [a.status for a in agenda]
    return Progress(len(statuses), statuses.count(ItemStatus.ANSWERED), statuses.count(ItemStatus.SKIPPED),
                    statuses.count(ItemStatus.PARKED))


def with_meeting(e: Engagement, meeting_uid: str, **fields: object) -> Engagement:
    """The engagement with these fields of one meeting replaced (unchanged when the meeting is gone)."""
    return replace(e, meetings=tuple(replace(m, **fields) if m.uid == meeting_uid else m for m in e.meetings))


def with_item(e: Engagement, item_uid: str, **fields: object) -> Engagement:
    """The engagement with these fields of one agenda item replaced (unchanged when the item is gone)."""
    def meeting(m: Meeting) -> Meeting:
        if all(a.uid != item_uid for a in m.agenda):
            return m
        return replace(m, agenda=tuple(replace(a, **fields) if a.uid == item_uid else a for a in m.agenda))

    return replace(e, meetings=tuple(meeting(m) for m in e.meetings))


def format_clock(seconds: float) -> str:
    """A clock reading: 4:05, or 1:02:03 past an hour."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def position_label(index: int, total: int) -> str:
    """Where we are in the agenda, as the room sees it: "3 / 12"."""
    return f"{index + 1} / {total}" if total else ""
