"""Growing and wording the framework: new groups of areas and areas, names, paths' meanings, organisation forms.

Each addition goes last in its list. Taking one back (undoing the addition)
is refused while anything refers to it: scores on an area, alternatives
covering it, areas in a group. The undo stack undoes those first.
"""

from __future__ import annotations

from sqlite_utils import Database

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.model import Area, Group, OrganisationForm
from workshop.domain.validation import check_group_empty, check_name, check_unique_name
from workshop.storage.writer import insert_rows, point_rows, update_one


class FrameworkRepository:
    """Adds (and takes back) groups and areas of one engagement file."""

    def __init__(self, db: Database):
        self._db = db

    def _codes(self, table: str) -> list[str]:
        return [r["code"] for r in self._db.query(f"SELECT code FROM {table}")]

    def add_group(self, group: Group) -> None:
        """A new group of areas, e.g. “Informationssäkerhet”, with its code."""
        existing = self._codes("area_groups")
        code = check_unique_name(group.code, existing, term("Group code"))
        name = check_name(group.name, term("The group's name"))
        with self._db.atomic():
            self._db.execute("INSERT INTO area_groups (uid, position, code, name, today_share) VALUES"
                             " (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM area_groups), ?, ?, ?)",
                             [group.uid, code, name, group.today_share])

    def add_area(self, area: Area) -> None:
        """A new area in an existing group; its code (e.g. “J”) must be new."""
        existing = self._codes("areas")
        code = check_unique_name(area.code, existing, term("Area code"))
        name = check_name(area.name, term("The area's name"))
        if area.group_code not in self._codes("area_groups"):
            raise DomainError(msg("There is no group {code}."), code=area.group_code)
        with self._db.atomic():
            self._db.execute("INSERT INTO areas (uid, position, code, name, group_code) VALUES"
                             " (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM areas), ?, ?, ?)",
                             [area.uid, code, name, area.group_code])

    def remove_unused_area(self, code: str) -> None:
        """Take back an area no score or alternative refers to."""
        for table in ("potential_scores", "alternative_areas"):
            if self._db.execute(f"SELECT 1 FROM {table} WHERE area_code = ? LIMIT 1", [code]).fetchone():
                raise DomainError(msg("Area {code} is in use and cannot be removed."), code=code)
        with self._db.atomic():
            self._db.execute("DELETE FROM areas WHERE code = ?", [code])

    def check_group_empty(self, code: str) -> None:
        """Refuse, naming the group and its areas, while the group holds any area."""
        row = self._db.execute("SELECT name FROM area_groups WHERE code = ?", [code]).fetchone()
        check_group_empty(row[0] if row else code, [r[0] for r in self._db.execute(
            "SELECT code FROM areas WHERE group_code = ? ORDER BY position", [code]).fetchall()])

    def remove_unused_group(self, code: str) -> None:
        """Take back a group that holds no area."""
        self.check_group_empty(code)
        with self._db.atomic():
            self._db.execute("DELETE FROM area_groups WHERE code = ?", [code])

    def rename_group(self, code: str, name: str) -> None:
        """Give a group a new name (its code, areas and share stay)."""
        name = check_name(name, term("The group's name"))
        update_one(self._db, "UPDATE area_groups SET name = ? WHERE code = ?", [name, code],
                   DomainError(msg("There is no group {code}."), code=code))

    def rename_area(self, code: str, name: str) -> None:
        """Give an area a new name (its code and scores stay)."""
        name = check_name(name, term("The area's name"))
        update_one(self._db, "UPDATE areas SET name = ? WHERE code = ?", [name, code],
                   DomainError(msg("There is no area {code}."), code=code))

    def set_path_description(self, uid: str, description: str) -> None:
        """What a path between two alternatives means, in words (may be empty)."""
        update_one(self._db, "UPDATE alternative_paths SET description = ? WHERE uid = ?", [description.strip(), uid],
                   DomainError(msg("That path no longer exists.")))

    def update_organisation_form(self, form: OrganisationForm) -> None:
        """Replace an organisation form's name, description, pros and cons in one go."""
        name = check_name(form.name, term("The organisation form's name"))
        points = [check_name(text, term("A pro or con")) for text in (*form.pros, *form.cons)]
        with self._db.atomic():
            done = self._db.execute("UPDATE organisation_forms SET name = ?, description = ? WHERE uid = ?",
                                    [name, form.description, form.uid])
            if done.rowcount != 1:
                raise DomainError(msg("That organisation form no longer exists."))
            self._db.execute("DELETE FROM organisation_form_points WHERE form_uid = ?", [form.uid])
            insert_rows(self._db, "organisation_form_points",
                        point_rows("form_uid", form.uid, points[: len(form.pros)], points[len(form.pros):]))
