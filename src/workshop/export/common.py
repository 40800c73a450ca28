"""What several documents need: finding a meeting, dates, names and number formats."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

from workshop.domain.agenda import start_time
from workshop.domain.engagement import Engagement
from workshop.domain.meetings import Meeting
from workshop.domain.model import Organisation, Person
from workshop.domain.messages import msg
from workshop.domain.progress import progress
from workshop.export.errors import ExportError
from workshop.domain import numbers


def find_meeting(e: Engagement, meeting_id: str) -> Meeting:
    """The meeting with this ID (as `workshop meetings` lists it), or a clear refusal."""
    for m in e.meetings:
        if m.uid == meeting_id:
            return m
    raise ExportError(msg("There is no meeting with ID “{meeting_id}”; `workshop meetings FILE` lists the IDs."),
                      meeting_id=meeting_id)


def anonymised_for(e: Engagement, language: str) -> Engagement:
    """The engagement anonymised with the words of a document in this language ("Organisation A", "Deltagare 1",
    a place left out read as "(utelämnad)"): the command line and the window share them."""
    from workshop.domain.anonymise import anonymised
    from workshop.export.labels import labels

    lab = labels(language)
    return anonymised(e, lab["organisation_n"], lab["a_participant"], lab["an_address"], lab["place_left_out"])


def meeting_start(m: Meeting) -> datetime | None:
    """The meeting's start as a datetime, or None when the text is not an ISO date."""
    return start_time(m.starts_at)


def meeting_date(m: Meeting) -> str:
    """'2024-06-10' (or the text as typed)."""
    start = meeting_start(m)
    return start.date().isoformat() if start else m.starts_at


def meeting_when(m: Meeting) -> str:
    """'2024-06-10 13:00–14:30', or the text as typed when it is not a date."""
    start = meeting_start(m)
    if start is None:
        return m.starts_at
    if len(m.starts_at) <= 10:
        return start.date().isoformat()
    end = start + timedelta(minutes=m.duration_minutes)
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


def kind_label(m: Meeting, lab: Mapping[str, str]) -> str:
    """The meeting kind in the document's language."""
    return lab.get(f"kind_{m.kind}", m.kind)


def status_label(status: str, lab: Mapping[str, str]) -> str:
    """An agenda or action status in the document's language."""
    return lab.get(f"status_{status}", status)


def organisation_names(e: Engagement, uids) -> list[str]:
    """Names of the organisations with these uids, in the engagement's order."""
    wanted = set(uids)
    return [o.name for o in e.organisations if o.uid in wanted]


def fmt_share(value: float | None) -> str:
    """A share as a whole percentage ('60 %'), or a dash."""
    return numbers.percent(value)


def fmt_number(value: float | int | None, lab: Mapping[str, str] | None = None) -> str:
    """A score without needless decimals ('2', '2,5' in Swedish, '2.5' in English), or a dash."""
    return numbers.number(value, lab["decimal_mark"] if lab else ".")


def report_name(e: Engagement, lab: Mapping[str, str], today: date) -> str:
    """What the report calls itself in its running header, its properties and the file name the window proposes:
    "Slutrapport" once the engagement is finished (domain/progress.py), else "Delrapport <today>", so a report
    sent half-way is never read as the final one."""
    return lab["report"] if progress(e).final else f"{lab['report_interim']} {today.isoformat()}"


def organisation_of(e: Engagement, p: Person, lab: Mapping[str, str], orgs: Mapping[str, Organisation]) -> str:
    """What an attendee table says under "Organisation": the person's organisation; for the facilitator (no
    organisation among the engagement's, named in its facilitator field) the firm named after them ("Anders
    Wendesten, Ekan AB": "Ekan AB"), else the word for facilitator; "–" for anyone else with none."""
    org = orgs.get(p.organisation_uid) if p.organisation_uid else None
    if org is not None:
        return org.name
    if is_facilitator(e, p):
        return _facilitator_parts(e)[1] or lab["facilitator"]
    return "–"


def _facilitator_parts(e: Engagement) -> tuple[str, str]:
    """The facilitator field's name and firm ("Anders Wendesten, Ekan AB"), spaces tidied."""
    name, _, firm = e.info.facilitator.partition(",")
    return " ".join(name.split()), " ".join(firm.split())


def is_facilitator(e: Engagement, p: Person) -> bool:
    """True for the person the facilitator field names: of no organisation, named as the field's name."""
    name = _facilitator_parts(e)[0]
    return p.organisation_uid is None and bool(name) and name.casefold() == " ".join(p.name.split()).casefold()


def facilitator_shown(e: Engagement) -> str:
    """The facilitator field as a title block shows it: as typed, but for a name that only repeats the
    facilitator's role, left out. An anonymised document names people by their role, and its minutes had
    read "Utredare: Utredare, Ekan AB"; they read "Utredare: Ekan AB" ("" when no firm is named)."""
    name, firm = _facilitator_parts(e)
    if any(is_facilitator(e, p) and name.casefold() == " ".join(p.role.split()).casefold() for p in e.people):
        return firm
    return e.info.facilitator
