"""A person forgotten in one copy stays forgotten in the merge.

Forgetting rewrites the file and the bases it keeps, so the copy handed out before holds the person's
name where the base no longer does: unmerged, that looked like the other laptop writing the name back
into every text, and the merge brought it back. So before merging, the same erasure (their name as the
other copy has it, the pseudonym the forgetting gave) runs on every image that still names them.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace

from workshop.domain.model import Person
from workshop.domain.people import is_forgotten, name_pattern
from workshop.storage.forget import erase_everywhere
from workshop.storage.merge.bases import as_image


@dataclass(frozen=True)
class Erasure:
    """Forget one person: the pattern of their name, the pseudonym they were given, their uid."""

    pattern: re.Pattern[str]
    pseudonym: str
    uid: str

    def run(self, conn: sqlite3.Connection) -> None:
        # Only a copy that still named them loses the conflicts it remembers (their fingerprints may hash the
        # name); in one that had forgotten them already, every merge had wiped them (and asked them again).
        row = conn.execute("SELECT name FROM people WHERE uid = ?", [self.uid]).fetchone()
        named = row is not None and not is_forgotten(Person(name=row[0], uid=self.uid))
        erase_everywhere(conn, self.pattern, self.pseudonym, self.uid, remembered=named)


def people_of(conn: sqlite3.Connection) -> tuple[Person, ...]:
    """The people of a database, as far as forgetting goes: name, contact details, uid."""
    rows = conn.execute("SELECT uid, name, email, phone FROM people").fetchall()
    return tuple(Person(name=name, email=email or "", phone=phone or "", uid=uid) for uid, name, email, phone in rows)


def erasures(*sides: tuple[Person, ...]) -> list[Erasure]:
    """The erasures the sides need: one for each person forgotten in one side and named in another."""
    forgotten = {p.uid: p for side in sides for p in side if is_forgotten(p)}
    found: dict[str, Erasure] = {}
    for side in sides:
        for person in side:
            if person.uid in forgotten and person.uid not in found and not is_forgotten(person):
                pattern = name_pattern(person, list(side))
                if pattern is not None:
                    found[person.uid] = Erasure(pattern, forgotten[person.uid].name, person.uid)
    return list(found.values())


def forget_alike(image: bytes, todo: list[Erasure]) -> bytes:
    """The image with every erasure run on it (the image itself when there is none)."""
    if not todo:
        return image
    conn = _open(image)
    try:
        for erasure in todo:
            erasure.run(conn)
        conn.execute("VACUUM")
        return as_image(conn.serialize())
    finally:
        conn.close()


def forget_alike_sides(mine, theirs, base_image: bytes):
    """The two sides (MergeSide) and the base image, each with what was forgotten in any of them forgotten.
    A base is forgotten in only when a side is (forgetting rewrites the file's bases with it)."""
    if not any(is_forgotten(p) for side in (mine, theirs) for p in side.people):
        return mine, theirs, base_image
    conn = _open(base_image)
    try:
        todo = erasures(mine.people, theirs.people, people_of(conn))
    finally:
        conn.close()
    if not todo:
        return mine, theirs, base_image
    return (replace(mine, image=forget_alike(mine.image, todo)), replace(theirs, image=forget_alike(theirs.image, todo)),
            forget_alike(base_image, todo))


def _open(image: bytes) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)  # autocommit: erase_name runs its own transaction
    conn.deserialize(image)
    return conn
