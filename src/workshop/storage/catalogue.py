"""CatalogueRepository: the question catalogue's themes and questions in the engagement file.

Deletes return what they took away (a `RemovedCatalogue`), so undo can put
back exactly the same rows, in the same places, linked to the same agenda
items of held meetings.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from workshop.domain.agenda import inserted
from workshop.domain.catalogue_format import CatalogueTheme
from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term
from workshop.domain.model import Question, Theme
from workshop.domain.validation import check_name
from workshop.storage.ordering import insert_row, reorder, uids_in_order, write, write_one, write_order
from workshop.storage.writer import gone


@dataclass(frozen=True, slots=True)
class RemovedCatalogue:
    """Rows a delete took away: a theme (or None), questions with their index, and agenda links."""

    theme: Theme | None
    theme_index: int
    questions: tuple[tuple[Question, int], ...]
    links: tuple[tuple[str, str], ...]  # (agenda item uid, question uid)


@dataclass(frozen=True, slots=True)
class ImportedCatalogue:
    """What an import added, so undo can take it away again."""

    theme_uids: tuple[str, ...]
    question_uids: tuple[str, ...]


class CatalogueRepository:
    """Reads and writes the themes and questions of one engagement file."""

    def __init__(self, db: Database):
        self._db = db

    # --- themes -----------------------------------------------------------
    def theme_order(self) -> list[str]:
        """Theme uids in catalogue order."""
        return uids_in_order(self._db, "themes")

    def add_theme(self, theme: Theme, index: int | None = None) -> None:
        """Add a theme at index (at the end when None); its title must not be empty."""
        title = check_name(theme.title, term("The theme title"))
        order = inserted(self.theme_order(), [theme.uid], index)

        def do() -> None:
            insert_row(self._db, "themes", {"uid": theme.uid, "position": len(order), "title": title})
            write_order(self._db, "themes", order)

        write(self._db, do)

    def rename_theme(self, uid: str, title: str) -> None:
        """Give a theme a new, non-empty title; meetings not yet held head its questions with it (_planned)."""
        clean = check_name(title, term("The theme title"))

        def do() -> None:
            old = self._db.execute("SELECT title FROM themes WHERE uid = ?", [uid]).fetchone()
            if old is None:
                raise gone(msg("That theme no longer exists (another window or program removed it); "
                               "the change was not saved."))
            self._db.execute("UPDATE themes SET title = ? WHERE uid = ?", [clean, uid])
            self._planned("theme_title", clean, old[0],
                          "question_uid IN (SELECT uid FROM questions WHERE theme_uid = ?)", uid)

        write(self._db, do)

    def _planned(self, column: str, new: str, old: str, which: str, value: str) -> None:
        """Meetings not yet held ask the catalogue's questions as it now words them: a typo fixed after the
        meeting was planned had stayed in its agenda, runner and pre-read. Meetings held or running keep what
        was asked, and an item worded otherwise for its meeting keeps its wording (only `old` is replaced)."""
        self._db.execute(f"UPDATE agenda_items SET {column} = ? WHERE {column} = ? AND {which} AND meeting_uid IN "
                         "(SELECT uid FROM meetings WHERE status = 'planned')", [new, old, value])

    def set_theme_order(self, uids: list[str]) -> None:
        """Put the themes in this order."""
        reorder(self._db, "themes", None, None, uids)

    def remove_theme(self, uid: str) -> RemovedCatalogue:
        """Delete a theme and its questions; held meetings keep their agenda text."""
        row = self._db.execute("SELECT title FROM themes WHERE uid = ?", [uid]).fetchone()
        if row is None:
            raise DomainError(msg("That theme no longer exists."))
        order = self.theme_order()
        questions = self._questions(uid)
        removed = RemovedCatalogue(
            Theme(uid=uid, title=row[0]), order.index(uid),
            tuple((q, i) for i, q in enumerate(questions)), self._links([q.uid for q in questions]),
        )

        def do() -> None:
            self._db.execute("DELETE FROM themes WHERE uid = ?", [uid])
            write_order(self._db, "themes", [u for u in order if u != uid])

        write(self._db, do)
        return removed

    # --- questions --------------------------------------------------------
    def _questions(self, theme_uid: str) -> list[Question]:
        rows = self._db.execute(
            "SELECT uid, text, hint FROM questions WHERE theme_uid = ? ORDER BY position, rowid", [theme_uid]
        ).fetchall()
        return [Question(uid=r[0], theme_uid=theme_uid, text=r[1], hint=r[2]) for r in rows]

    def _links(self, question_uids: list[str]) -> tuple[tuple[str, str], ...]:
        if not question_uids:
            return ()
        marks = ", ".join("?" for _ in question_uids)
        rows = self._db.execute(
            f"SELECT uid, question_uid FROM agenda_items WHERE question_uid IN ({marks})", question_uids
        ).fetchall()
        return tuple((r[0], r[1]) for r in rows)

    def question_order(self, theme_uid: str) -> list[str]:
        """Question uids of one theme in catalogue order."""
        return uids_in_order(self._db, "questions", "theme_uid", theme_uid)

    def add_question(self, question: Question, index: int | None = None) -> None:
        """Add a question to its theme at index (at the end when None); its text must not be empty."""
        text = check_name(question.text, term("The question"))
        order = inserted(self.question_order(question.theme_uid), [question.uid], index)

        def do() -> None:
            insert_row(self._db, "questions", {
                "uid": question.uid, "theme_uid": question.theme_uid, "position": len(order),
                "text": text, "hint": question.hint,
            })
            write_order(self._db, "questions", order)

        write(self._db, do)

    def update_question(self, uid: str, text: str, hint: str) -> None:
        """Change a question's text (not empty) and its facilitator's hint (stored as typed); meetings not yet
        held ask it so (_planned)."""
        clean = check_name(text, term("The question"))

        def do() -> None:
            old = self._db.execute("SELECT text FROM questions WHERE uid = ?", [uid]).fetchone()
            if old is None:
                raise gone(msg("That question no longer exists (another window or program removed it); "
                               "the change was not saved."))
            self._db.execute("UPDATE questions SET text = ?, hint = ? WHERE uid = ?", [clean, hint, uid])
            self._planned("text", clean, old[0], "question_uid = ?", uid)

        write(self._db, do)

    def set_question_order(self, theme_uid: str, uids: list[str]) -> None:
        """Put one theme's questions in this order."""
        reorder(self._db, "questions", "theme_uid", theme_uid, uids)

    def remove_question(self, uid: str) -> RemovedCatalogue:
        """Delete a question; agenda items that asked it keep their text snapshot."""
        row = self._db.execute("SELECT theme_uid FROM questions WHERE uid = ?", [uid]).fetchone()
        if row is None:
            raise DomainError(msg("That question no longer exists."))
        theme_uid = row[0]
        questions = self._questions(theme_uid)
        index = [q.uid for q in questions].index(uid)
        removed = RemovedCatalogue(None, -1, ((questions[index], index),), self._links([uid]))

        def do() -> None:
            self._db.execute("DELETE FROM questions WHERE uid = ?", [uid])
            write_order(self._db, "questions", [q.uid for q in questions if q.uid != uid])

        write(self._db, do)
        return removed

    # --- undo of deletes, import ------------------------------------------
    def restore(self, removed: RemovedCatalogue) -> None:
        """Put back what a delete took away, links to held meetings included."""

        def do() -> None:
            if removed.theme is not None:
                order = inserted(self.theme_order(), [removed.theme.uid], removed.theme_index)
                insert_row(self._db, "themes", {"uid": removed.theme.uid, "position": 0, "title": removed.theme.title})
                write_order(self._db, "themes", order)
            for question, index in removed.questions:
                order = inserted(self.question_order(question.theme_uid), [question.uid], index)
                insert_row(self._db, "questions", {
                    "uid": question.uid, "theme_uid": question.theme_uid, "position": 0,
                    "text": question.text, "hint": question.hint,
                })
                write_order(self._db, "questions", order)
            for item_uid, question_uid in removed.links:
                self._db.execute("UPDATE agenda_items SET question_uid = ? WHERE uid = ?", [question_uid, item_uid])

        write(self._db, do)

    def import_themes(self, themes: list[CatalogueTheme]) -> ImportedCatalogue:
        """Add imported themes; a theme whose title exists gets only the questions it lacks."""
        existing = {
            r[1].strip().casefold(): r[0] for r in self._db.execute("SELECT uid, title FROM themes").fetchall()
        }
        new_themes: list[str] = []
        new_questions: list[str] = []

        def do() -> None:
            for theme in themes:
                key = theme.title.strip().casefold()
                uid = existing.get(key)
                if uid is None:
                    created = Theme(title=theme.title.strip())
                    uid = created.uid
                    insert_row(self._db, "themes", {"uid": uid, "position": len(existing), "title": created.title})
                    existing[key] = uid
                    new_themes.append(uid)
                known = {q.text.strip().casefold() for q in self._questions(uid)}
                for text, hint in theme.questions:
                    if text.strip().casefold() in known:
                        continue
                    q = Question(theme_uid=uid, text=text.strip(), hint=hint)
                    insert_row(self._db, "questions", {
                        "uid": q.uid, "theme_uid": uid, "position": len(known), "text": q.text, "hint": hint,
                    })
                    known.add(text.strip().casefold())
                    new_questions.append(q.uid)
            write_order(self._db, "themes", self.theme_order())

        write(self._db, do)
        return ImportedCatalogue(tuple(new_themes), tuple(new_questions))

    def remove_imported(self, imported: ImportedCatalogue) -> None:
        """Undo an import: take away exactly the themes and questions it added."""

        def do() -> None:
            for uid in imported.question_uids:
                self._db.execute("DELETE FROM questions WHERE uid = ?", [uid])
            for uid in imported.theme_uids:
                self._db.execute("DELETE FROM themes WHERE uid = ?", [uid])
            write_order(self._db, "themes", self.theme_order())

        write(self._db, do)
