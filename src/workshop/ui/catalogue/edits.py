"""Undoable edits of the question catalogue: each checks the edit and pushes one command (commands.py)."""

from __future__ import annotations


from workshop.domain.agenda import moved
from workshop.domain.catalogue_format import CatalogueTheme
from workshop.domain.model import Question, Theme
from workshop.domain.validation import check_name
from workshop.ui.catalogue.commands import (
    AddQuestion, AddTheme, EditQuestion, ImportCatalogue, OrderQuestions, OrderThemes, RemoveQuestion, RemoveTheme,
    RenameTheme,
)
from workshop.ui.session.commands import push
from workshop.ui.widgets.i18n import tr
from workshop.ui.session.session import EngagementSession


class CatalogueEdits:
    """Adds, changes, moves and deletes themes and questions; every edit can be undone."""

    def __init__(self, session: EngagementSession):
        self._session = session

    def _push(self, command) -> None:
        push(self._session.undo_stack, command)

    # --- themes -----------------------------------------------------------
    def add_theme(self, title: str, index: int | None = None) -> Theme:
        """A new theme (title must not be empty); raises DomainError when refused."""
        theme = Theme(title=check_name(title, tr("The theme title")))
        self._push(AddTheme(self._session, theme, index))
        return theme

    def rename_theme(self, uid: str, title: str) -> None:
        """Give a theme a new title."""
        old = next(t.title for t in self._session.engagement.themes if t.uid == uid)
        clean = check_name(title, tr("The theme title"))
        self._push(RenameTheme(self._session, uid, old, clean))

    def move_theme(self, uid: str, to_index: int) -> None:
        """Move a theme to another place in the catalogue."""
        old = [t.uid for t in self._session.engagement.themes]
        new = moved(old, old.index(uid), to_index)
        if new != old:
            self._push(OrderThemes(self._session, old, new))

    def remove_theme(self, uid: str) -> None:
        """Delete a theme and its questions; held meetings keep what was asked."""
        self._push(RemoveTheme(self._session, next(t for t in self._session.engagement.themes if t.uid == uid)))

    # --- questions --------------------------------------------------------
    def add_question(self, theme_uid: str, text: str, hint: str = "", index: int | None = None) -> Question:
        """A new question in a theme (text must not be empty)."""
        question = Question(theme_uid=theme_uid, text=check_name(text, tr("The question")), hint=hint)
        self._push(AddQuestion(self._session, question, index))
        return question

    def edit_question(self, uid: str, text: str, hint: str) -> None:
        """Change a question's text and hint as one edit."""
        old = next(q for q in self._session.engagement.questions if q.uid == uid)
        clean = check_name(text, tr("The question"))
        if (clean, hint) == (old.text, old.hint):
            return
        self._push(EditQuestion(self._session, uid, (old.text, old.hint), (clean, hint)))

    def move_question(self, uid: str, to_index: int) -> None:
        """Move a question within its theme."""
        question = next(q for q in self._session.engagement.questions if q.uid == uid)
        old = [q.uid for q in self._session.engagement.questions_of(question.theme_uid)]
        new = moved(old, old.index(uid), to_index)
        if new != old:
            self._push(OrderQuestions(self._session, question.theme_uid, old, new))

    def remove_question(self, uid: str) -> None:
        """Delete a question; agenda items that asked it keep their text."""
        self._push(RemoveQuestion(self._session, uid))

    def import_themes(self, themes: list[CatalogueTheme]) -> None:
        """Add a catalogue read from a file, as one undoable edit."""
        self._push(ImportCatalogue(self._session, themes))
