"""Import rules for the records of a meeting: its minutes approval and the addenda made after it."""

from __future__ import annotations

from workshop.domain.agenda import parse_due_date
from workshop.domain.engagement import Engagement
from workshop.domain.messages import msg
from workshop.domain.validation import POTENTIAL_MAX, POTENTIAL_MIN, clean_text
from workshop.domain.vocabulary import AddendumKind, values
from workshop.export.errors import ImportFormatError

ADDENDUM_KINDS = values(AddendumKind)


def _date(path: str, text: str) -> None:
    try:
        ok = bool(text) and parse_due_date(text) == text
    except Exception:  # noqa: BLE001 - any refusal of the domain is "not a date" here
        ok = False
    if not ok:
        raise ImportFormatError(msg("{path}: “{value}” is not a date written as the app writes it (e.g. {example})."),
                                path=path, value=text, example="2024-09-17")


def _no_contact(path: str, details) -> None:
    """Approved minutes keep attendees without contact details (forgetting a person clears theirs only where
    the engagement holds them)."""
    for k, p in enumerate(details.people if details is not None else ()):
        for key in ("email", "phone"):
            if getattr(p, key):
                raise ImportFormatError(msg("{path}: approved minutes keep no contact details; leave it empty."),
                                        path=f"{path}.people[{k}].{key}")


def _approved_scores(path: str, e: Engagement, scores) -> None:
    """The numbers approved minutes keep are on the scales the file's own rules hold them to (a hand-made
    export's 999 would have printed as approved); a criterion the engagement no longer has is not checked
    (the minutes leave out what the engagement cannot name)."""
    from workshop.export import json_checks as base  # it imports this module

    if scores is None:
        return
    criteria = {c.number: c for c in e.criteria}
    for n, r in enumerate(scores.potentials):
        base._range(f"{path}.potentials[{n}].value", r.value, POTENTIAL_MIN, POTENTIAL_MAX)
    for what, records in (("votes", scores.votes), ("agreed", scores.agreed)):
        for n, r in enumerate(records):
            c = criteria.get(r.criterion_number)
            if c is not None:
                base._range(f"{path}.{what}[{n}].value", r.value, c.scale_min, c.scale_max)


def check_records(e: Engagement) -> None:
    """Approvals name at least one approver and a date; addenda have a known kind, a date and one per day."""
    ids: dict[str, str] = {}
    for n, m in enumerate(e.meetings):
        q = f"engagement.meetings[{n}]"
        if m.approval is not None:
            _date(f"{q}.approval.approved_on", m.approval.approved_on)
            if not m.approval.approvers:
                raise ImportFormatError(msg("{path}: at least one approver is needed."), path=f"{q}.approval.approvers")
            for k, name in enumerate(m.approval.approvers):
                if not clean_text(name):
                    raise ImportFormatError(msg("{path}: must not be empty."), path=f"{q}.approval.approvers[{k}]")
            _no_contact(f"{q}.approval.minutes.details", m.approval.minutes.details)
            _approved_scores(f"{q}.approval.minutes.scores", e, m.approval.minutes.scores)
        seen: dict[tuple[str, str], str] = {}
        for k, a in enumerate(m.addenda):
            path = f"{q}.addenda[{k}]"
            if a.kind not in ADDENDUM_KINDS:
                raise ImportFormatError(msg("{path}: “{value}” is not one of {allowed}."), path=f"{path}.kind",
                                        value=a.kind, allowed=", ".join(ADDENDUM_KINDS))
            _date(f"{path}.made_on", a.made_on)
            key = (a.subject_uid, a.made_on)
            if key in seen:
                raise ImportFormatError(msg("{path}: a second addendum for the same thing on the same day "
                                            "(also at {other})."), path=path, other=seen[key])
            seen[key] = path
            if a.uid in ids:
                raise ImportFormatError(msg("{path}: duplicate id “{value}” (also at {other})."), path=f"{path}.id",
                                        value=a.uid, other=ids[a.uid])
            ids[a.uid] = f"{path}.id"
