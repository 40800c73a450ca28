"""Writing a whole engagement into an empty file (new engagements, the example, imports), and the row
helpers the repositories share."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from workshop.domain.engagement import Engagement
from workshop.domain.ids import list_items
from workshop.domain.meetings import Meeting
from workshop.domain.validation import clean_text
from workshop.domain.vocabulary import ArgumentKind
from workshop.storage.errors import StorageError
from workshop.storage.records_rows import addendum_row, approval_row
from workshop.storage.schema import NAME_COLUMNS, NAME_COLUMNS_3


def update_one(db: Database, sql: str, params: list, missing: Exception) -> None:
    """One UPDATE, in its own transaction, of exactly one row; `missing` is raised (and nothing written)
    when no row matched."""
    with db.atomic():
        done = db.execute(sql, params)
        if done.rowcount != 1:
            raise missing


def gone(template: str, **values: object) -> StorageError:
    """The error for a write to a row that is no longer in the file (another window or program removed it)."""
    return StorageError(template, **values)


def point_rows(owner_key: str, owner_uid: str, pros: Iterable[str], cons: Iterable[str]) -> list[dict]:
    """Rows of pros and cons (in order) for one owner: an alternative or an organisation form."""
    rows = []
    for kind, texts in ((ArgumentKind.PRO.value, pros), (ArgumentKind.CON.value, cons)):
        for i, uid, text in list_items(owner_uid, kind, texts):
            rows.append({"uid": uid, owner_key: owner_uid, "kind": kind, "position": i, "text": text})
    return rows


def meeting_rows(meeting: Meeting) -> dict[str, list[dict]]:
    """A meeting as rows per table, ready to insert."""
    m = meeting
    return {
        "meetings": [
            {
                "uid": m.uid, "kind": m.kind, "title": m.title, "starts_at": m.starts_at,
                "duration_minutes": m.duration_minutes, "place": m.place, "status": m.status,
                "internal_notes": m.internal_notes,
            }
        ],
        "meeting_organisations": [{"meeting_uid": m.uid, "organisation_uid": o} for o in m.organisation_uids],
        "meeting_attendees": [
            {"meeting_uid": m.uid, "person_uid": p, "position": i} for i, p in enumerate(m.attendee_uids)
        ],
        "agenda_items": [
            {
                "uid": a.uid, "meeting_uid": m.uid, "position": i, "kind": a.kind, "question_uid": a.question_uid,
                "theme_title": a.theme_title, "text": a.text, "status": a.status, "notes": a.notes,
                "seconds_spent": a.seconds_spent, "internal_notes": a.internal_notes,
            }
            for i, a in enumerate(m.agenda)
        ],
        "decisions": [
            {"uid": d.uid, "meeting_uid": m.uid, "position": i, "text": d.text} for i, d in enumerate(m.decisions)
        ],
        "action_items": [
            {
                "uid": a.uid, "meeting_uid": m.uid, "position": i, "text": a.text, "owner": a.owner,
                "due_date": a.due_date, "status": a.status, "closed_in_meeting_uid": a.closed_in_meeting_uid,
            }
            for i, a in enumerate(m.action_items)
        ],
        # after the decisions and action items: the file records changes to approved minutes as addenda
        "minutes_approvals": [approval_row(m.uid, m.approval)] if m.approval else [],
        "minutes_addenda": [addendum_row(m.uid, a) for a in m.addenda],
    }


def engagement_rows(e: Engagement) -> dict[str, list[dict]]:
    """Every row of the engagement, per table, in an order that satisfies the foreign keys."""
    i = e.info
    rows: dict[str, list[dict]] = {
        "engagement": [
            {
                "uid": i.uid, "title": i.title, "client": i.client, "facilitator": i.facilitator,
                "contact": i.contact, "start_date": i.start_date, "end_date": i.end_date,
                "description": i.description, "template": i.template, "potential_mode": i.potential_mode,
                "potential_factor_scale": i.potential_factor_scale,
            }
        ],
        "organisations": [
            {"uid": o.uid, "position": n, "name": o.name, "short_code": o.short_code}
            for n, o in enumerate(e.organisations)
        ],
        "people": [
            {
                "uid": p.uid, "position": n, "name": p.name, "role": p.role,
                "organisation_uid": p.organisation_uid, "steering_group": int(p.steering_group),
                "email": p.email, "phone": p.phone,
            }
            for n, p in enumerate(e.people)
        ],
        "area_groups": [
            {"uid": g.uid, "position": n, "code": g.code, "name": g.name, "today_share": g.today_share}
            for n, g in enumerate(e.groups)
        ],
        "areas": [
            {"uid": a.uid, "position": n, "code": a.code, "name": a.name, "group_code": a.group_code}
            for n, a in enumerate(e.areas)
        ],
        "area_sub_items": [row for a in e.areas for row in sub_item_rows(a.uid, a.sub_items)],
        "scoped_out_items": [
            {"uid": s.uid, "position": n, "text": s.text, "reason": s.reason} for n, s in enumerate(e.scoped_out)
        ],
        "alternatives": [
            {"uid": a.uid, "position": n, "code": a.code, "name": a.name, "description": a.description}
            for n, a in enumerate(e.alternatives)
        ],
        "alternative_areas": [
            {"alternative_code": a.code, "area_code": c} for a in e.alternatives for c in a.area_codes
        ],
        "alternative_points": [
            row for a in e.alternatives for row in point_rows("alternative_uid", a.uid, a.pros, a.cons)
        ],
        "alternative_paths": [
            {"uid": p.uid, "position": n, "from_code": p.from_code, "to_code": p.to_code, "description": p.description}
            for n, p in enumerate(e.paths)
        ],
        "criteria": [
            {
                "uid": c.uid, "number": c.number, "text": c.text, "scale_min": c.scale_min,
                "scale_max": c.scale_max, "weight": c.weight,
            }
            for c in e.criteria
        ],
        "organisation_forms": [
            {"uid": f.uid, "position": n, "name": f.name, "description": f.description}
            for n, f in enumerate(e.organisation_forms)
        ],
        "organisation_form_points": [
            row for f in e.organisation_forms for row in point_rows("form_uid", f.uid, f.pros, f.cons)
        ],
        "themes": [{"uid": t.uid, "position": n, "title": t.title} for n, t in enumerate(e.themes)],
        "questions": [
            {"uid": q.uid, "theme_uid": q.theme_uid, "position": n, "text": q.text, "hint": q.hint}
            for n, q in enumerate(e.questions)
        ],
    }
    for table in meeting_rows(Meeting(kind="work", title="-")):
        rows.setdefault(table, [])
    for m in e.meetings:
        for table, table_rows in meeting_rows(m).items():
            rows[table].extend(table_rows)
    rows["potential_scores"] = [
        {
            "uid": s.uid, "organisation_uid": s.organisation_uid, "area_code": s.area_code, "value": s.value,
            "rationale": s.rationale, "will": s.will, "benefit": s.benefit, "ability": s.ability,
            "meeting_uid": s.meeting_uid,
        }
        for s in e.potentials
    ]
    rows["criteria_votes"] = [
        {
            "uid": v.uid, "organisation_uid": v.organisation_uid, "alternative_code": v.alternative_code,
            "criterion_number": v.criterion_number, "value": v.value, "meeting_uid": v.meeting_uid,
            "rationale": v.rationale,
        }
        for v in e.votes
    ]
    rows["agreed_scores"] = [
        {
            "uid": a.uid, "alternative_code": a.alternative_code, "criterion_number": a.criterion_number,
            "value": a.value, "comment": a.comment, "meeting_uid": a.meeting_uid,
        }
        for a in e.agreed_scores
    ]
    rows["preferences"] = [
        {"uid": p.uid, "organisation_uid": p.organisation_uid, "alternative_code": p.alternative_code,
         "comment": p.comment, "meeting_uid": p.meeting_uid}
        for p in e.preferences
    ]
    rows.update(closing_rows(e))
    return rows


def closing_rows(e: Engagement) -> dict[str, list[dict]]:
    """The per-meeting records and the recommendation, pre-study and plan, per table (schema step 3)."""
    r = e.recommendation
    return {
        "potential_history": [
            {"meeting_uid": h.meeting_uid, "organisation_uid": h.organisation_uid, "area_code": h.area_code,
             "value": h.value, "rationale": h.rationale} for h in e.potential_history],
        "vote_history": [
            {"meeting_uid": h.meeting_uid, "organisation_uid": h.organisation_uid,
             "alternative_code": h.alternative_code, "criterion_number": h.criterion_number, "value": h.value,
             "rationale": h.rationale} for h in e.vote_history],
        "recommendation": [{"singleton": 1, "alternative_code": r.alternative_code, "rationale": r.rationale}],
        "recommendation_proposals": proposal_rows(r.proposals),
        **prestudy_rows(e.prestudy),
        **plan_rows(e.plan),
    }


def sub_item_rows(area_uid: str, items) -> list[dict]:
    """An area's sub-items, as rows."""
    return [{"uid": uid, "area_uid": area_uid, "position": n, "text": t}
            for n, uid, t in list_items(area_uid, "sub_item", items)]


def proposal_rows(proposals) -> list[dict]:
    """The recommendation's proposals, as rows."""
    return [{"uid": uid, "position": n, "text": t} for n, uid, t in list_items("recommendation", "proposal", proposals)]


def prestudy_rows(items) -> dict[str, list[dict]]:
    """The pre-study's headings and their points, as rows."""
    return {
        "prestudy_items": [{"uid": i.uid, "position": n, "title": i.title, "description": i.description}
                           for n, i in enumerate(items)],
        "prestudy_points": [{"uid": uid, "item_uid": i.uid, "position": n, "text": t}
                            for i in items for n, uid, t in list_items(i.uid, "point", i.points)],
    }


def plan_rows(phases) -> dict[str, list[dict]]:
    """The plan's phases and their activities, as rows."""
    return {
        "plan_phases": [{"uid": p.uid, "position": n, "name": p.name, "starts_on": p.starts_on,
                         "ends_on": p.ends_on, "owner": p.owner} for n, p in enumerate(phases)],
        "phase_activities": [{"uid": uid, "phase_uid": p.uid, "position": n, "text": t}
                             for p in phases for n, uid, t in list_items(p.uid, "activity", p.activities)],
    }


def insert_engagement(db: Database, engagement: Engagement) -> None:
    """Write every row of the engagement in one transaction: all of it or nothing."""
    with db.atomic():
        for table, rows in engagement_rows(engagement).items():
            insert_rows(db, table, rows)


def clean_names(table: str, row: dict) -> dict:
    """The row with its names trimmed as the interface trims them (the file refuses untrimmed ones)."""
    for column in NAME_COLUMNS.get(table, NAME_COLUMNS_3.get(table, ())):
        if isinstance(row.get(column), str):
            row[column] = clean_text(row[column])
    return row


def insert_rows(db: Database, table: str, rows: Iterable[dict]) -> None:
    """Plain INSERTs inside the caller's transaction (sqlite-utils' insert_all would commit on its own)."""
    for row in rows:
        row = clean_names(table, dict(row))
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
