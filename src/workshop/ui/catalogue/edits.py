"""Undoable edits of the question catalogue: each one is a command on the session's undo stack."""

from __future__ import annotations


from workshop.domain.agenda import moved
from workshop.domain.catalogue_format import CatalogueTheme
from workshop.domain.model import Question, Theme
from workshop.domain.validation import check_name
from workshop.ui.session.commands import Change, push
from workshop.ui.widgets.i18n import tr
from workshop.ui.session.session import CATALOGUE, EngagementSession


class CatalogueEdits:
    """Adds, changes, moves and deletes themes and questions; every edit can be undone."""

    def __init__(self, session: EngagementSession):
        self._session = session

    @property
    def _repo(self):
        return self._session.store.catalogue

    def _push(self, text: str, do, undo) -> None:
        session = self._session
        push(session.undo_stack, Change(text, lambda: session.write(CATALOGUE, lambda store: do()),
                                        lambda: session.write(CATALOGUE, lambda store: undo())))

    # --- themes -----------------------------------------------------------
    def add_theme(self, title: str, index: int | None = None) -> Theme:
        """A new theme (title must not be empty); raises DomainError when refused."""
        theme = Theme(title=check_name(title, tr("The theme title")))
        self._push(tr("Add theme “{title}”").format(title=theme.title),
                   lambda: self._repo.add_theme(theme, index), lambda: self._repo.remove_theme(theme.uid))
        return theme

    def rename_theme(self, uid: str, title: str) -> None:
        """Give a theme a new title."""
        old = next(t.title for t in self._session.engagement.themes if t.uid == uid)
        clean = check_name(title, tr("The theme title"))
        self._push(tr("Rename theme “{title}”").format(title=old),
                   lambda: self._repo.rename_theme(uid, clean), lambda: self._repo.rename_theme(uid, old))

    def move_theme(self, uid: str, to_index: int) -> None:
        """Move a theme to another place in the catalogue."""
        old = [t.uid for t in self._session.engagement.themes]
        new = moved(old, old.index(uid), to_index)
        if new != old:
            self._push(tr("Move theme"), lambda: self._repo.set_theme_order(new), lambda: self._repo.set_theme_order(old))

    def remove_theme(self, uid: str) -> None:
        """Delete a theme and its questions; held meetings keep what was asked."""
        title = next(t.title for t in self._session.engagement.themes if t.uid == uid)
        removed = []
        self._push(tr("Delete theme “{title}”").format(title=title),
                   lambda: removed.append(self._repo.remove_theme(uid)),
                   lambda: self._repo.restore(removed.pop()))

    # --- questions --------------------------------------------------------
    def add_question(self, theme_uid: str, text: str, hint: str = "", index: int | None = None) -> Question:
        """A new question in a theme (text must not be empty)."""
        question = Question(theme_uid=theme_uid, text=check_name(text, tr("The question")), hint=hint)
        self._push(tr("Add question"), lambda: self._repo.add_question(question, index),
                   lambda: self._repo.remove_question(question.uid))
        return question

    def edit_question(self, uid: str, text: str, hint: str) -> None:
        """Change a question's text and hint as one edit."""
        old = next(q for q in self._session.engagement.questions if q.uid == uid)
        clean = check_name(text, tr("The question"))
        if (clean, hint) == (old.text, old.hint):
            return
        self._push(tr("Edit question"), lambda: self._repo.update_question(uid, clean, hint),
                   lambda: self._repo.update_question(uid, old.text, old.hint))

    def move_question(self, uid: str, to_index: int) -> None:
        """Move a question within its theme."""
        question = next(q for q in self._session.engagement.questions if q.uid == uid)
        old = [q.uid for q in self._session.engagement.questions_of(question.theme_uid)]
        new = moved(old, old.index(uid), to_index)
        if new != old:
            self._push(tr("Move question"), lambda: self._repo.set_question_order(question.theme_uid, new),
                       lambda: self._repo.set_question_order(question.theme_uid, old))

    def remove_question(self, uid: str) -> None:
        """Delete a question; agenda items that asked it keep their text."""
        removed = []
        self._push(tr("Delete question"), lambda: removed.append(self._repo.remove_question(uid)),
                   lambda: self._repo.restore(removed.pop()))

    def import_themes(self, themes: list[CatalogueTheme]) -> None:
        """Add a catalogue read from a file, as one undoable edit."""
        imported = []
        self._push(tr("Import catalogue"), lambda: imported.append(self._repo.import_themes(themes)),
                   lambda: self._repo.remove_imported(imported.pop()))
