"""Rows of the records tables (approvals, addenda) to and from domain values; JSON for the approved text."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from workshop.domain.meetings import (
    ActionItem,
    Addendum,
    AgendaItem,
    ApprovedDetails,
    ApprovedMinutes,
    ApprovedScores,
    CarriedItem,
    Decision,
    MinutesApproval,
)
from workshop.domain.model import AgreedScore, Organisation, Person, PotentialRecord, Preference, VoteRecord

# The columns holding JSON: a text typed into them is escaped there (a quote as \", a backslash as \\), so a
# search of the column's raw text for it misses it; forgetting a person reads them as JSON (storage.forget).
JSON_COLUMNS = frozenset({("minutes_approvals", "approvers"), ("minutes_approvals", "minutes")})


def minutes_to_json(minutes: ApprovedMinutes) -> str:
    """The approved text as JSON (internal notes are never part of it); the facts and numbers when kept."""
    data: dict = {
        "agenda": [{"uid": a.uid, "text": a.text, "kind": a.kind, "theme_title": a.theme_title,
                    "status": a.status, "notes": a.notes} for a in minutes.agenda],
        "decisions": [{"uid": d.uid, "text": d.text} for d in minutes.decisions],
        "action_items": [{"uid": a.uid, "text": a.text, "owner": a.owner, "due_date": a.due_date,
                          "status": a.status} for a in minutes.action_items],
    }
    if minutes.details is not None:
        data["details"] = dataclasses.asdict(minutes.details)
    if minutes.scores is not None:
        data["scores"] = dataclasses.asdict(minutes.scores)
    if minutes.carried is not None:
        data["carried"] = [dataclasses.asdict(c) for c in minutes.carried]
    return json.dumps(data, ensure_ascii=False)


def minutes_from_json(text: str) -> ApprovedMinutes:
    """The approved text stored as JSON (an approval made before the facts and numbers were kept has none)."""
    data = json.loads(text or "{}")
    details, scores = data.get("details"), data.get("scores")
    return ApprovedMinutes(
        agenda=tuple(AgendaItem(**a) for a in data.get("agenda", ())),
        decisions=tuple(Decision(**d) for d in data.get("decisions", ())),
        action_items=tuple(ActionItem(**a) for a in data.get("action_items", ())),
        details=None if details is None else ApprovedDetails(
            **{**details, "organisation_uids": tuple(details.get("organisation_uids", ())),
               "attendee_uids": tuple(details.get("attendee_uids", ())),
               "organisations": tuple(Organisation(**o) for o in details.get("organisations", ())),
               "people": tuple(Person(**p) for p in details.get("people", ()))}),
        scores=None if scores is None else ApprovedScores(
            potentials=tuple(PotentialRecord(**r) for r in scores.get("potentials", ())),
            votes=tuple(VoteRecord(**r) for r in scores.get("votes", ())),
            agreed=tuple(AgreedScore(**r) for r in scores.get("agreed", ())),
            preferences=tuple(Preference(**r) for r in scores.get("preferences", ()))),
        carried=None if data.get("carried") is None else tuple(_carried(c) for c in data["carried"]),
    )


def _carried(data: dict) -> CarriedItem:
    action, question = data.get("action"), data.get("question")
    return CarriedItem(**{**data, "action": None if action is None else ActionItem(**action),
                          "question": None if question is None else AgendaItem(**question)})


def approval_row(meeting_uid: str, approval: MinutesApproval) -> dict:
    """A minutes_approvals row."""
    return {"meeting_uid": meeting_uid, "approved_on": approval.approved_on,
            "approvers": json.dumps(list(approval.approvers), ensure_ascii=False),
            "minutes": minutes_to_json(approval.minutes)}


def approval_from_row(row: dict) -> MinutesApproval:
    """The domain value of a minutes_approvals row; sqlite3.DataError (the file is damaged) when another program
    wrote JSON of another shape there (valid JSON passes the file's own check): it had raised a traceback."""
    try:
        return MinutesApproval(approved_on=row["approved_on"], approvers=tuple(json.loads(row["approvers"])),
                               minutes=minutes_from_json(row["minutes"]))
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as exc:
        raise sqlite3.DataError(f"the approved minutes of meeting {row['meeting_uid']} are not as Workshop writes "
                                f"them: {exc}") from None


def addendum_row(meeting_uid: str, a: Addendum) -> dict:
    """A minutes_addenda row."""
    return {"uid": a.uid, "meeting_uid": meeting_uid, "made_on": a.made_on, "kind": a.kind,
            "subject_uid": a.subject_uid, "text": a.text, "before": a.before}


def addendum_from_row(row: dict) -> Addendum:
    """The domain value of a minutes_addenda row."""
    return Addendum(uid=row["uid"], made_on=row["made_on"], kind=row["kind"], subject_uid=row["subject_uid"],
                    text=row["text"], before=row["before"])
