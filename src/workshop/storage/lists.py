"""The framework lists a facilitator builds by hand, and the closing chapter, written whole.

Paths, organisation forms, scoped-out items, an area's sub-items, the
pre-study's content and the plan are short lists nothing else refers to: an
edit (add, change, move, remove) writes the whole list again in one
transaction, after the domain's checks, so undo is writing the old list.
People and organisations are referred to by other rows and are edited row by
row instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from sqlite_utils import Database

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.model import AlternativePath, OrganisationForm, Person, ScopedOutItem
from workshop.domain.plan import PlanPhase, PreStudyItem, Recommendation, check_plan, check_prestudy, check_recommendation
from workshop.domain.scope import check_forms, check_paths, check_person, check_scoped_out, check_sub_items
from workshop.domain.validation import check_unique_name
from workshop.storage.ordering import reorder
from workshop.storage.writer import (
    gone, insert_rows, plan_rows, point_rows, prestudy_rows, proposal_rows, sub_item_rows, update_one,
)


class ListRepository:
    """Writes the hand-built lists of one engagement file."""

    def __init__(self, db: Database):
        self._db = db

    def _replace(self, tables: dict[str, list[dict]], clear: Sequence[str], before: Sequence[tuple] = ()) -> None:
        """Empty the `clear` tables (or run `before`), then insert the rows: one transaction, all or nothing."""
        try:
            with self._db.atomic():
                for table in clear:
                    self._db.execute(f"DELETE FROM {table}")
                for sql, params in before:
                    self._db.execute(sql, params)
                for table, rows in tables.items():
                    insert_rows(self._db, table, rows)
        except sqlite3.IntegrityError as exc:
            raise DomainError(msg("The engagement file refused the change ({error})."), error=exc) from None

    def _codes(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT code FROM alternatives").fetchall()]

    # --- the framework --------------------------------------------------------
    def set_paths(self, paths: Sequence[AlternativePath]) -> None:
        """The paths between alternatives, in this order."""
        clean = check_paths(paths, self._codes())
        self._replace({"alternative_paths": [
            {"uid": p.uid, "position": n, "from_code": p.from_code, "to_code": p.to_code,
             "description": p.description} for n, p in enumerate(clean)]}, ["alternative_paths"])

    def set_forms(self, forms: Sequence[OrganisationForm]) -> None:
        """The organisation forms with their pros and cons, in this order."""
        clean = check_forms(forms)
        self._replace({
            "organisation_forms": [{"uid": f.uid, "position": n, "name": f.name, "description": f.description}
                                   for n, f in enumerate(clean)],
            "organisation_form_points": [row for f in clean for row in point_rows("form_uid", f.uid, f.pros, f.cons)],
        }, ["organisation_form_points", "organisation_forms"])

    def set_scoped_out(self, items: Sequence[ScopedOutItem]) -> None:
        """What is left out of the collaboration, each with its reason, in this order."""
        clean = check_scoped_out(items)
        self._replace({"scoped_out_items": [{"uid": s.uid, "position": n, "text": s.text, "reason": s.reason}
                                            for n, s in enumerate(clean)]}, ["scoped_out_items"])

    def set_sub_items(self, area_code: str, items: Sequence[str]) -> None:
        """An area's sub-items, in this order."""
        clean = check_sub_items(items)
        row = self._db.execute("SELECT uid FROM areas WHERE code = ?", [area_code]).fetchone()
        if row is None:
            raise DomainError(msg("There is no area {code}."), code=area_code)
        self._replace({"area_sub_items": sub_item_rows(row[0], clean)},
                      [], before=[("DELETE FROM area_sub_items WHERE area_uid = ?", [row[0]])])

    # --- the closing chapter --------------------------------------------------
    def set_recommendation(self, recommendation: Recommendation) -> None:
        """The recommended alternative, the rationale and the proposals."""
        r = check_recommendation(recommendation, self._codes())
        self._replace({
            "recommendation": [{"singleton": 1, "alternative_code": r.alternative_code, "rationale": r.rationale}],
            "recommendation_proposals": proposal_rows(r.proposals),
        }, ["recommendation_proposals", "recommendation"])

    def set_prestudy(self, items: Sequence[PreStudyItem]) -> None:
        """The pre-study's content, heading by heading."""
        self._replace(prestudy_rows(check_prestudy(items)), ["prestudy_points", "prestudy_items"])

    def set_plan(self, phases: Sequence[PlanPhase]) -> None:
        """The implementation plan's phases with their activities."""
        self._replace(plan_rows(check_plan(phases)), ["phase_activities", "plan_phases"])

    # --- organisations and people ---------------------------------------------
    def rename_organisation(self, uid: str, name: str, short_code: str) -> None:
        """An organisation's new name and short code (its scores, votes and meetings stay)."""
        others = list(self._db.query("SELECT name, short_code FROM organisations WHERE uid != ?", [uid]))
        name = check_unique_name(name, [r["name"] for r in others], term("Organisation"))
        code = check_unique_name(short_code, [r["short_code"] for r in others], term("Short code"))
        update_one(self._db, "UPDATE organisations SET name = ?, short_code = ? WHERE uid = ?", [name, code, uid],
                   gone(msg("That organisation no longer exists (another window or program removed it); "
                            "the new name was not saved.")))

    def order_organisations(self, uids: Sequence[str]) -> None:
        """The organisations in this order (tables, charts and documents follow it)."""
        reorder(self._db, "organisations", None, None, uids)

    def order_people(self, uids: Sequence[str]) -> None:
        """Everyone in this order (the steering group is listed in it)."""
        reorder(self._db, "people", None, None, uids)

    def _organisation_uids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT uid FROM organisations").fetchall()]

    def add_person(self, person: Person) -> None:
        """Someone new, last (e.g. a steering-group member)."""
        p = check_person(person, self._organisation_uids())
        self._replace({}, [], before=[("INSERT INTO people (uid, position, name, role, organisation_uid, steering_group)"
                                       " VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM people), ?, ?, ?, ?)",
                                       [p.uid, p.name, p.role, p.organisation_uid, int(p.steering_group)])])

    def update_person(self, person: Person) -> None:
        """A person's name, role, organisation and steering-group membership."""
        p = check_person(person, self._organisation_uids())
        update_one(self._db, "UPDATE people SET name = ?, role = ?, organisation_uid = ?, steering_group = ?"
                             " WHERE uid = ?", [p.name, p.role, p.organisation_uid, int(p.steering_group), p.uid],
                   gone(msg("That person no longer exists (another window or program removed them).")))

    def remove_person_keeping_rows(self, uid: str) -> dict[str, list[dict]]:
        """Remove someone with their attendance; return the rows, for undo."""
        with self._db.atomic():
            taken = {"people": list(self._db.query("SELECT * FROM people WHERE uid = ?", [uid])),
                     "meeting_attendees": list(self._db.query("SELECT * FROM meeting_attendees WHERE person_uid = ?",
                                                              [uid]))}
            if not taken["people"]:
                raise DomainError(msg("That person no longer exists (another window or program removed them)."))
            self._db.execute("DELETE FROM people WHERE uid = ?", [uid])
        return taken

    def restore(self, taken: dict[str, list[dict]]) -> None:
        """Put back rows as a remove_…_keeping_rows call returned them."""
        with self._db.atomic():
            for table, rows in taken.items():
                insert_rows(self._db, table, rows)
