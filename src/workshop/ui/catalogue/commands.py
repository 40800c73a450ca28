"""The undo commands of the question catalogue: one small class per kind of edit, each saying what redo and
undo write through the session's one edit path."""

from __future__ import annotations

from collections.abc import Callable

from workshop.domain.catalogue_format import CatalogueTheme
from workshop.domain.model import Question, Theme
from workshop.storage import EngagementStore
from workshop.ui.session.commands import EditCommand
from workshop.ui.session.session import CATALOGUE, MEETINGS, EngagementSession
from workshop.ui.widgets.i18n import tr


class CatalogueCommand(EditCommand):
    """An edit of the catalogue: `forward` is the edit, `backward` takes it back (each given the store).
    `focus` is the theme and question it is about, which the view shows once it is undone or redone (an
    undo in another theme had looked as if nothing happened)."""

    focus: tuple[str | None, str | None] = (None, None)

    def __init__(self, session: EngagementSession, text: str):
        super().__init__(text)
        self.session = session

    def about(self, theme_uid: str | None, question_uid: str | None = None) -> CatalogueCommand:
        """This command, about this theme and question (see `focus`)."""
        self.focus = (theme_uid, question_uid)
        return self

    def forward(self, store: EngagementStore) -> None:
        raise NotImplementedError

    def backward(self, store: EngagementStore) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        self.session.write(CATALOGUE, self.forward)

    def revert(self) -> None:
        self.session.write(CATALOGUE, self.backward)


class _SetField(CatalogueCommand):
    """One thing set from `old` to `new` through a repository call `(catalogue, value)`."""

    def __init__(self, session, text, setter: Callable[[object, object], None], old, new):
        super().__init__(session, text)
        self._setter, self.old, self.new = setter, old, new

    def forward(self, store):
        self._setter(store.catalogue, self.new)

    def backward(self, store):
        self._setter(store.catalogue, self.old)


class _Restorable(CatalogueCommand):
    """Rows taken away; undo puts every row taken back (the repository says what it took)."""

    takes_away = True

    def __init__(self, session, text, take: Callable[[object], dict]):
        super().__init__(session, text)
        self._take, self._taken = take, None

    def forward(self, store):
        self._taken = self._take(store.catalogue)

    def backward(self, store):
        store.catalogue.restore(self._taken)


class AddTheme(CatalogueCommand):
    def __init__(self, session, theme: Theme, index: int | None = None):
        super().__init__(session, tr("Add theme “{title}”").format(title=theme.title))
        self.theme, self.index = theme, index
        self.about(theme.uid)

    def forward(self, store):
        store.catalogue.add_theme(self.theme, self.index)

    def backward(self, store):
        store.catalogue.remove_theme(self.theme.uid)


class _Reworded(_SetField):
    """A wording of the catalogue that meetings not yet held take over (storage/catalogue.py _planned): their
    agendas are told too."""

    def apply(self) -> None:
        super().apply()
        self.session.announce(MEETINGS)

    def revert(self) -> None:
        super().revert()
        self.session.announce(MEETINGS)


class RenameTheme(_Reworded):
    def __init__(self, session, uid: str, old: str, new: str):
        super().__init__(session, tr("Rename theme “{title}”").format(title=old),
                         lambda catalogue, title: catalogue.rename_theme(uid, title), old, new)
        self.about(uid)


class OrderThemes(_SetField):
    def __init__(self, session, old: list[str], new: list[str]):
        super().__init__(session, tr("Move theme"), lambda catalogue, order: catalogue.set_theme_order(order), old, new)


class RemoveTheme(_Restorable):
    def __init__(self, session, theme: Theme):
        super().__init__(session, tr("Delete theme “{title}”").format(title=theme.title),
                         lambda catalogue: catalogue.remove_theme(theme.uid))
        self.about(theme.uid)


class AddQuestion(CatalogueCommand):
    def __init__(self, session, question: Question, index: int | None = None):
        super().__init__(session, tr("Add question"))
        self.question, self.index = question, index
        self.about(question.theme_uid, question.uid)

    def forward(self, store):
        store.catalogue.add_question(self.question, self.index)

    def backward(self, store):
        store.catalogue.remove_question(self.question.uid)


class EditQuestion(_Reworded):
    """A question's text and hint, as one edit."""

    def __init__(self, session, uid: str, old: tuple[str, str], new: tuple[str, str]):
        super().__init__(session, tr("Edit question"),
                         lambda catalogue, value: catalogue.update_question(uid, *value), old, new)
        self.about(_theme_of(session, uid), uid)


class OrderQuestions(_SetField):
    def __init__(self, session, theme_uid: str, old: list[str], new: list[str]):
        super().__init__(session, tr("Move question"),
                         lambda catalogue, order: catalogue.set_question_order(theme_uid, order), old, new)
        self.about(theme_uid)


class RemoveQuestion(_Restorable):
    def __init__(self, session, uid: str):
        super().__init__(session, tr("Delete question"), lambda catalogue: catalogue.remove_question(uid))
        self.about(_theme_of(session, uid), uid)


class ImportCatalogue(CatalogueCommand):
    """A catalogue read from a file, added as one edit; undo takes away what it added."""

    def __init__(self, session, themes: list[CatalogueTheme]):
        super().__init__(session, tr("Import catalogue"))
        self.themes, self._imported = themes, None

    def forward(self, store):
        self._imported = store.catalogue.import_themes(self.themes)

    def backward(self, store):
        store.catalogue.remove_imported(self._imported)


def _theme_of(session: EngagementSession, question_uid: str) -> str | None:
    """The theme a question is in now (None when it is gone)."""
    return next((q.theme_uid for q in session.engagement.questions if q.uid == question_uid), None)
