"""Reading an engagement file into domain objects."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from workshop.domain.engagement import Engagement
from workshop.domain.meetings import ActionItem, AgendaItem, Addendum, Decision, Meeting
from workshop.domain.messages import msg
from workshop.domain.model import (
    AgreedScore,
    Alternative,
    AlternativePath,
    Area,
    Criterion,
    EngagementInfo,
    Group,
    Organisation,
    OrganisationForm,
    Person,
    PotentialScore,
    Preference,
    Question,
    ScopedOutItem,
    Theme,
    Vote,
)
from workshop.domain.model import PotentialRecord, VoteRecord
from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation
from workshop.storage.errors import StorageError
from workshop.storage.records_rows import addendum_from_row, approval_from_row
from workshop.domain.vocabulary import ArgumentKind


def _rows(db: Database, sql: str, params: tuple = ()) -> list[dict]:
    return list(db.query(sql, params))


def _grouped(db: Database, sql: str, key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(db, sql):
        out[row[key]].append(row)
    return out


def _points(db: Database, table: str, owner: str) -> tuple[dict, dict]:
    pros: dict[str, list[str]] = defaultdict(list)
    cons: dict[str, list[str]] = defaultdict(list)
    for row in _rows(db, f"SELECT {owner} AS owner, kind, text FROM {table} ORDER BY position"):
        (pros if row["kind"] == ArgumentKind.PRO else cons)[row["owner"]].append(row["text"])
    return pros, cons


def load_info(db: Database) -> EngagementInfo:
    """The engagement's own row."""
    rows = _rows(db, "SELECT * FROM engagement")
    if not rows:
        raise StorageError(msg("The file holds no engagement."))
    row = rows[0]
    row.pop("singleton", None)
    return EngagementInfo(**row)


_ADDENDA = "SELECT * FROM minutes_addenda {where} ORDER BY made_on, rowid"


def load_addenda(db: Database, meeting_uid: str) -> tuple[Addendum, ...]:
    """One meeting's addenda, oldest first (what the file's triggers made of changes to approved minutes)."""
    return tuple(addendum_from_row(r) for r in _rows(db, _ADDENDA.format(where="WHERE meeting_uid = ?"),
                                                     (meeting_uid,)))


def load_meetings(db: Database) -> tuple[Meeting, ...]:
    """All meetings, in date order, with their agenda, attendees, decisions and action items."""
    # In the organisations' order: an organisation put back by an undo had come last in every meeting.
    orgs = _grouped(db, "SELECT mo.* FROM meeting_organisations mo JOIN organisations o"
                        " ON o.uid = mo.organisation_uid ORDER BY o.position", "meeting_uid")
    attendees = _grouped(db, "SELECT * FROM meeting_attendees ORDER BY position", "meeting_uid")
    agenda = _grouped(db, "SELECT * FROM agenda_items ORDER BY position", "meeting_uid")
    decisions = _grouped(db, "SELECT * FROM decisions ORDER BY position", "meeting_uid")
    actions = _grouped(db, "SELECT * FROM action_items ORDER BY position", "meeting_uid")
    approvals = {r["meeting_uid"]: approval_from_row(r) for r in _rows(db, "SELECT * FROM minutes_approvals")}
    addenda = _grouped(db, _ADDENDA.format(where=""), "meeting_uid")
    meetings = []
    for m in _rows(db, "SELECT * FROM meetings ORDER BY starts_at, title, uid"):
        uid = m["uid"]
        meetings.append(
            Meeting(
                uid=uid, kind=m["kind"], title=m["title"], starts_at=m["starts_at"],
                duration_minutes=m["duration_minutes"], place=m["place"], status=m["status"],
                organisation_uids=tuple(r["organisation_uid"] for r in orgs[uid]),
                attendee_uids=tuple(r["person_uid"] for r in attendees[uid]),
                agenda=tuple(
                    AgendaItem(
                        uid=a["uid"], text=a["text"], kind=a["kind"], question_uid=a["question_uid"],
                        theme_title=a["theme_title"], status=a["status"], notes=a["notes"],
                        seconds_spent=a["seconds_spent"], internal_notes=a["internal_notes"],
                    )
                    for a in agenda[uid]
                ),
                decisions=tuple(Decision(uid=d["uid"], text=d["text"]) for d in decisions[uid]),
                action_items=tuple(
                    ActionItem(
                        uid=a["uid"], text=a["text"], owner=a["owner"], due_date=a["due_date"],
                        status=a["status"], closed_in_meeting_uid=a["closed_in_meeting_uid"],
                    )
                    for a in actions[uid]
                ),
                internal_notes=m["internal_notes"], approval=approvals.get(uid),
                addenda=tuple(addendum_from_row(r) for r in addenda[uid]),  # as load_addenda reads them
            )
        )
    return tuple(meetings)


def load_history(db: Database) -> dict:
    """What each organisation gave in each meeting (domain.history), in meeting order."""
    return dict(
        potential_history=tuple(PotentialRecord(**r) for r in _rows(
            db, "SELECT h.* FROM potential_history h JOIN meetings m ON m.uid = h.meeting_uid"
                " JOIN organisations o ON o.uid = h.organisation_uid JOIN areas a ON a.code = h.area_code"
                " ORDER BY m.starts_at, m.title, m.uid, o.position, a.position")),
        vote_history=tuple(VoteRecord(**r) for r in _rows(
            db, "SELECT h.* FROM vote_history h JOIN meetings m ON m.uid = h.meeting_uid"
                " JOIN organisations o ON o.uid = h.organisation_uid JOIN alternatives a ON a.code = h.alternative_code"
                " ORDER BY m.starts_at, m.title, m.uid, a.position, h.criterion_number, o.position")),
    )


def load_closing(db: Database) -> dict:
    """The recommendation, the pre-study's content and the plan (schema step 3)."""
    rec = _rows(db, "SELECT * FROM recommendation")
    proposals = tuple(r["text"] for r in _rows(db, "SELECT text FROM recommendation_proposals ORDER BY position"))
    points = _grouped(db, "SELECT item_uid, text FROM prestudy_points ORDER BY position", "item_uid")
    activities = _grouped(db, "SELECT phase_uid, text FROM phase_activities ORDER BY position", "phase_uid")
    return dict(
        recommendation=Recommendation(alternative_code=rec[0]["alternative_code"] if rec else None,
                                      rationale=rec[0]["rationale"] if rec else "", proposals=proposals),
        prestudy=tuple(PreStudyItem(uid=r["uid"], title=r["title"], description=r["description"],
                                    points=tuple(p["text"] for p in points[r["uid"]]))
                       for r in _rows(db, "SELECT * FROM prestudy_items ORDER BY position")),
        plan=tuple(PlanPhase(uid=r["uid"], name=r["name"], starts_on=r["starts_on"], ends_on=r["ends_on"],
                             owner=r["owner"], activities=tuple(a["text"] for a in activities[r["uid"]]))
                   for r in _rows(db, "SELECT * FROM plan_phases ORDER BY position")),
    )


def load_engagement(db: Database) -> Engagement:
    """The whole engagement as one domain value."""
    sub_items = _grouped(db, "SELECT area_uid, text FROM area_sub_items ORDER BY position", "area_uid")
    coverage = _grouped(db, "SELECT * FROM alternative_areas", "alternative_code")
    area_order = {r["code"]: r["position"] for r in _rows(db, "SELECT code, position FROM areas")}
    alt_pros, alt_cons = _points(db, "alternative_points", "alternative_uid")
    form_pros, form_cons = _points(db, "organisation_form_points", "form_uid")
    return Engagement(
        info=load_info(db),
        organisations=tuple(
            Organisation(uid=r["uid"], name=r["name"], short_code=r["short_code"])
            for r in _rows(db, "SELECT * FROM organisations ORDER BY position")
        ),
        people=tuple(
            Person(
                uid=r["uid"], name=r["name"], role=r["role"], organisation_uid=r["organisation_uid"],
                steering_group=bool(r["steering_group"]), email=r["email"], phone=r["phone"],
            )
            for r in _rows(db, "SELECT * FROM people ORDER BY position")
        ),
        groups=tuple(
            Group(uid=r["uid"], code=r["code"], name=r["name"], today_share=r["today_share"])
            for r in _rows(db, "SELECT * FROM area_groups ORDER BY position")
        ),
        areas=tuple(
            Area(
                uid=r["uid"], code=r["code"], name=r["name"], group_code=r["group_code"],
                sub_items=tuple(s["text"] for s in sub_items[r["uid"]]),
            )
            for r in _rows(db, "SELECT * FROM areas ORDER BY position")
        ),
        scoped_out=tuple(
            ScopedOutItem(uid=r["uid"], text=r["text"], reason=r["reason"])
            for r in _rows(db, "SELECT * FROM scoped_out_items ORDER BY position")
        ),
        alternatives=tuple(
            Alternative(
                uid=r["uid"], code=r["code"], name=r["name"], description=r["description"],
                area_codes=tuple(
                    sorted((c["area_code"] for c in coverage[r["code"]]), key=lambda code: area_order.get(code, 0))
                ),
                pros=tuple(alt_pros[r["uid"]]), cons=tuple(alt_cons[r["uid"]]),
            )
            for r in _rows(db, "SELECT * FROM alternatives ORDER BY position")
        ),
        paths=tuple(
            AlternativePath(uid=r["uid"], from_code=r["from_code"], to_code=r["to_code"], description=r["description"])
            for r in _rows(db, "SELECT * FROM alternative_paths ORDER BY position")
        ),
        criteria=tuple(Criterion(**r) for r in _rows(db, "SELECT * FROM criteria ORDER BY number")),
        organisation_forms=tuple(
            OrganisationForm(
                uid=r["uid"], name=r["name"], description=r["description"],
                pros=tuple(form_pros[r["uid"]]), cons=tuple(form_cons[r["uid"]]),
            )
            for r in _rows(db, "SELECT * FROM organisation_forms ORDER BY position")
        ),
        themes=tuple(Theme(uid=r["uid"], title=r["title"]) for r in _rows(db, "SELECT * FROM themes ORDER BY position")),
        questions=tuple(
            Question(uid=r["uid"], theme_uid=r["theme_uid"], text=r["text"], hint=r["hint"])
            for r in _rows(
                db,
                "SELECT q.* FROM questions q JOIN themes t ON t.uid = q.theme_uid ORDER BY t.position, q.position",
            )
        ),
        meetings=load_meetings(db),
        potentials=tuple(
            PotentialScore(**r)
            for r in _rows(
                db,
                "SELECT p.* FROM potential_scores p JOIN organisations o ON o.uid = p.organisation_uid "
                "JOIN areas a ON a.code = p.area_code ORDER BY o.position, a.position",
            )
        ),
        votes=tuple(
            Vote(**r)
            for r in _rows(
                db,
                "SELECT v.* FROM criteria_votes v JOIN organisations o ON o.uid = v.organisation_uid "
                "JOIN alternatives a ON a.code = v.alternative_code "
                "ORDER BY a.position, v.criterion_number, o.position",
            )
        ),
        agreed_scores=tuple(
            AgreedScore(**r) for r in _rows(db, "SELECT * FROM agreed_scores ORDER BY alternative_code, criterion_number")
        ),
        preferences=tuple(
            Preference(**r)
            for r in _rows(
                db,
                "SELECT p.* FROM preferences p JOIN organisations o ON o.uid = p.organisation_uid ORDER BY o.position",
            )
        ),
        **load_history(db),
        **load_closing(db),
    )
