"""The Catalogue view: themes and their questions, each with a hint the room never sees."""

from __future__ import annotations

import json
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from workshop.domain.catalogue_format import catalogue_document
from workshop.export.errors import ExportError
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import key_text, describe, isolate, tr
from workshop.ui.session.session import CATALOGUE, EngagementSession
from workshop.ui.catalogue.commands import CatalogueCommand
from workshop.ui.catalogue.edits import CatalogueEdits
from workshop.ui.widgets.ordered_list import OrderedListModel, Row
from workshop.ui.widgets.accessible import as_typed, labelled
from workshop.ui.widgets.layout import tab_order
from workshop.ui.widgets.common import (
    MessageLabel, PlainTextField, current_row, heading, key, ordered_list_view, plain_label, select_row,
)


def catalogue_filter() -> str:
    return tr("Question catalogues (*.json);;All files (*)")


class CatalogueView(QWidget):
    """Add, edit, reorder and delete themes and questions; import and export the catalogue."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.edits = CatalogueEdits(session)
        self.themes_model = OrderedListModel(self._rename_theme, self._move_theme, self)
        self.questions_model = OrderedListModel(self._rename_question, self._move_question, self)
        self.themes = ordered_list_view(self.themes_model, "catalogueThemes", self)
        self.questions = ordered_list_view(self.questions_model, "catalogueQuestions", self)
        self.question_text = PlainTextField(self, lines=3)
        self.question_text.setObjectName("catalogueQuestionText")
        self.hint = PlainTextField(self, lines=3)
        self.hint.setObjectName("catalogueHint")
        self.hint.setPlaceholderText(tr("Only you see this, never the room."))
        self.message = MessageLabel(self)
        self.message.setObjectName("catalogueMessage")
        self._build()
        self.themes.selectionModel().currentChanged.connect(lambda *_: self._show_questions())
        self.questions.selectionModel().currentChanged.connect(lambda *_: self._show_question())
        self.question_text.committed.connect(lambda _text: self._commit_question())
        self.hint.committed.connect(lambda _text: self._commit_question())
        for view, add, remove, shift in (
            (self.themes, self.add_theme, self.remove_theme, self._shift_theme),
            (self.questions, self.add_question, self.remove_question, self._shift_question),
        ):
            key(view, "Ins", add)
            key(view, "Del", remove)
            key(view, "Alt+Up", lambda s=shift: s(-1))
            key(view, "Alt+Down", lambda s=shift: s(+1))
        key(self.themes, "Right", self.questions.setFocus)
        key(self.questions, "Left", self.themes.setFocus)
        session.changed.connect(self._on_changed)
        self._step = session.undo_stack.index()
        session.undo_stack.indexChanged.connect(self._stepped)
        self.refresh()
        select_row(self.themes, 0)

    def _button(self, text: str, slot, name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(tr("Question catalogue"), self))
        top.addStretch(1)
        top.addWidget(self._button(tr("Import…"), self.import_catalogue, "catalogueImport"))
        top.addWidget(self._button(tr("Export…"), self.export_catalogue, "catalogueExport"))

        left = QWidget(self)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(labelled(tr("&Themes"), self.themes, left, "font-weight: bold;"))
        col.addWidget(self.themes, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(tr("Add theme"), self.add_theme, "catalogueAddTheme", key_text("Insert")))
        row.addWidget(self._button(tr("Delete"), self.remove_theme, "catalogueDeleteTheme", key_text("Delete")))
        col.addLayout(row)
        row = QHBoxLayout()  # what F2 and Alt+arrows do, for someone who does not know those keys
        row.addWidget(self._button(tr("Rename"), self.rename_theme, "catalogueRenameTheme", key_text("F2")))
        row.addWidget(self._button(tr("Move up"), lambda: self._shift_theme(-1), "catalogueThemeUp",
                                   key_text("Alt+Up")))
        row.addWidget(self._button(tr("Move down"), lambda: self._shift_theme(1), "catalogueThemeDown",
                                   key_text("Alt+Down")))
        col.addLayout(row)

        right = QWidget(self)
        grid = QGridLayout(right)
        grid.setContentsMargins(0, 0, 0, 0)
        self.questions_heading = plain_label("", right, "font-weight: bold;", wrap=True)
        self.questions_heading.setBuddy(self.questions)  # the theme's title in it is typed text: as_typed
        grid.addWidget(self.questions_heading, 0, 0, 1, 2)
        grid.addWidget(self.questions, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(tr("Add question"), self.add_question, "catalogueAddQuestion", key_text("Insert")))
        buttons.addWidget(self._button(tr("Delete"), self.remove_question, "catalogueDeleteQuestion", key_text("Delete")))
        buttons.addWidget(self._button(tr("Move up"), lambda: self._shift_question(-1), "catalogueUp", key_text("Alt+Up")))
        buttons.addWidget(self._button(tr("Move down"), lambda: self._shift_question(1), "catalogueDown",
                                       key_text("Alt+Down")))
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.addWidget(labelled(tr("&Question"), self.question_text, right, "font-weight: bold;"), 3, 0, 1, 2)
        grid.addWidget(self.question_text, 4, 0, 1, 2)
        grid.addWidget(labelled(tr("F&acilitator's hint (never shown to the room)"), self.hint, right,
                                "font-weight: bold; color: #7A4B00;"), 5, 0, 1, 2)
        grid.addWidget(self.hint, 6, 0, 1, 2)
        grid.setRowStretch(1, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        # As they read: Import and Export beside the heading, the themes and their buttons, the questions and
        # theirs, the question and its hint (Tab had gone from the lists to the texts, up to Import, and back
        # down to the buttons under each list).
        names = ("catalogueImport", "catalogueExport", "catalogueAddTheme", "catalogueDeleteTheme",
                 "catalogueRenameTheme", "catalogueThemeUp", "catalogueThemeDown", "catalogueAddQuestion",
                 "catalogueDeleteQuestion", "catalogueUp", "catalogueDown")
        buttons = [self.findChild(QPushButton, name) for name in names]
        tab_order(self, *buttons[:2], self.themes, *buttons[2:7], self.questions, *buttons[7:], self.question_text,
                  self.hint)

    # --- showing ----------------------------------------------------------
    def _on_changed(self, part: str) -> None:
        if part == CATALOGUE:
            self.refresh()

    def _stepped(self, index: int) -> None:
        """After an undo or redo of a catalogue edit, show the theme and question it was about."""
        stack = self._session.undo_stack
        if not shiboken6.isValid(stack):  # the session closing: its stack goes, saying it is empty
            return
        command = stack.command(index if index < self._step else index - 1)
        self._step = index
        if isinstance(command, CatalogueCommand) and command.focus != (None, None):
            self.refresh(*command.focus)

    def current_theme_uid(self) -> str | None:
        """The uid of the theme shown, or None."""
        row = current_row(self.themes)
        return self.themes_model.uid(row) if row >= 0 else None

    def typing_subject(self) -> str:
        """The question being edited, as the lists show it: its theme and its number there (see
        ui.filesafety.typing)."""
        theme_row, question_row = current_row(self.themes), current_row(self.questions)
        themes = self._session.engagement.themes
        if not 0 <= theme_row < len(themes) or question_row < 0:
            return ""
        return f"{themes[theme_row].title} › {question_row + 1}"

    def current_question_uid(self) -> str | None:
        """The uid of the question being edited, or None."""
        row = current_row(self.questions)
        return self.questions_model.uid(row) if row >= 0 else None

    def refresh(self, theme_uid: str | None = None, question_uid: str | None = None) -> None:
        """Show the catalogue as stored, keeping (or moving to) the current theme and question."""
        theme_uid = theme_uid or self.current_theme_uid()
        question_uid = question_uid or self.current_question_uid()
        e = self._session.engagement
        counts = {t.uid: len(e.questions_of(t.uid)) for t in e.themes}
        self.themes_model.set_rows([
            Row(t.uid, f"{n}. {isolate(t.title)}  ({counts[t.uid]})", t.title, t.title) for n, t in enumerate(e.themes, 1)
        ])
        row = self.themes_model.row_of(theme_uid)
        select_row(self.themes, row if row >= 0 else 0)
        self._show_questions(question_uid)

    def _show_questions(self, question_uid: str | None = None) -> None:
        e = self._session.engagement
        theme_uid = self.current_theme_uid()
        theme = next((t for t in e.themes if t.uid == theme_uid), None)
        self.questions_heading.setText(tr("Questions of “{theme}”").format(theme=as_typed(theme.title)) if theme
                                       else tr("No theme yet: Add theme adds one (Insert), or Import… brings in "
                                               "a catalogue exported from another engagement."))
        questions = e.questions_of(theme_uid) if theme_uid else []
        self.questions_model.set_rows([
            Row(q.uid, f"{n}. {q.text}", q.text, q.text + (f"\n\n{tr('Hint')}: {q.hint}" if q.hint else ""))
            for n, q in enumerate(questions, 1)
        ])
        row = self.questions_model.row_of(question_uid)
        if row >= 0 or current_row(self.questions) < 0:
            select_row(self.questions, max(row, 0))
        self._show_question()

    def _show_question(self) -> None:
        uid = self.current_question_uid()
        question = next((q for q in self._session.engagement.questions if q.uid == uid), None)
        self.question_text.setEnabled(question is not None)
        self.hint.setEnabled(question is not None)
        self.question_text.set_text(question.text if question else "")
        self.hint.set_text(question.hint if question else "")

    # --- editing ----------------------------------------------------------
    def _try(self, edit) -> bool:
        return self.message.attempt(edit)

    def add_theme(self) -> None:
        """Ask for a title and add a theme after the current one."""
        title = dialogs.ask_text(self, tr("Add theme"), tr("Title of the new theme:"))
        if title is None:
            return
        row = current_row(self.themes)
        created = []
        if self._try(lambda: created.append(self.edits.add_theme(title, row + 1 if row >= 0 else None))):
            self.refresh(theme_uid=created[0].uid)
            self.questions.setFocus()

    def rename_theme(self) -> None:
        """Edit the current theme's title where it stands in the list (as F2 does)."""
        row = current_row(self.themes)
        if row >= 0:
            self.themes.setFocus()
            self.themes.edit(self.themes_model.index(row, 0))

    def _rename_theme(self, uid: str, title: str) -> bool:
        return self._try(lambda: self.edits.rename_theme(uid, title))

    def _move_theme(self, uid: str, to_index: int) -> bool:
        return self._try(lambda: self.edits.move_theme(uid, to_index))

    def _shift_theme(self, step: int) -> None:
        row = current_row(self.themes)
        if row >= 0 and 0 <= row + step < self.themes_model.rowCount():
            self._move_theme(self.themes_model.uid(row), row + step)
            self.themes.setFocus()

    def remove_theme(self) -> None:
        """Delete the current theme with its questions (undo brings them back)."""
        uid = self.current_theme_uid()
        row = current_row(self.themes)
        if uid and self._try(lambda: self.edits.remove_theme(uid)):
            select_row(self.themes, row)

    def add_question(self) -> None:
        """Ask for the question's text and add it after the current one."""
        theme_uid = self.current_theme_uid()
        if theme_uid is None:
            self.message.setText(tr("Add a theme first."))
            return
        text = dialogs.ask_text(self, tr("Add question"), tr("The question:"))
        if text is None:
            return
        row = current_row(self.questions)
        created = []
        if self._try(lambda: created.append(self.edits.add_question(theme_uid, text, "",
                                                                    row + 1 if row >= 0 else None))):
            self.refresh(question_uid=created[0].uid)
            self.questions.setFocus()

    def _rename_question(self, uid: str, text: str) -> bool:
        hint = next(q.hint for q in self._session.engagement.questions if q.uid == uid)
        return self._try(lambda: self.edits.edit_question(uid, text, hint))

    def _commit_question(self) -> None:
        uid = self.current_question_uid()
        if uid and not self._try(lambda: self.edits.edit_question(uid, self.question_text.toPlainText(),
                                                                  self.hint.toPlainText())):
            self._show_question()

    def _move_question(self, uid: str, to_index: int) -> bool:
        return self._try(lambda: self.edits.move_question(uid, to_index))

    def _shift_question(self, step: int) -> None:
        row = current_row(self.questions)
        if row >= 0 and 0 <= row + step < self.questions_model.rowCount():
            self._move_question(self.questions_model.uid(row), row + step)
            self.questions.setFocus()

    def remove_question(self) -> None:
        """Delete the current question (held meetings keep their text; undo brings it back)."""
        uid = self.current_question_uid()
        row = current_row(self.questions)
        if uid and self._try(lambda: self.edits.remove_question(uid)):
            select_row(self.questions, row)

    # --- files ------------------------------------------------------------
    def export_catalogue(self) -> None:
        """Write the catalogue (with hints) to a JSON file for the next engagement."""
        path = dialogs.ask_file_to_write(self, tr("Export question catalogue"), str(Path.home()), ".json",
                                         catalogue_filter(), tr("Cannot export the catalogue"))
        if not path:
            return
        from workshop.export.safe_write import write_bytes_atomically

        e = self._session.engagement
        text = json.dumps(catalogue_document(e.themes, e.questions), ensure_ascii=False, indent=2)
        try:  # whole or not at all, and never over an engagement file
            write_bytes_atomically(path, (text + "\n").encode("utf-8"))
        except ExportError as exc:
            dialogs.show_error(self, tr("Cannot export the catalogue"), describe(exc))

    def import_catalogue(self) -> None:
        """Add the themes and questions of a catalogue file (undo takes them away again)."""
        path = dialogs.ask_open_file(self, tr("Import question catalogue"), str(Path.home()), catalogue_filter())
        if not path:
            return
        from workshop.export.catalogue_file import read_catalogue

        try:
            themes = read_catalogue(path)
        except ExportError as exc:
            dialogs.show_error(self, tr("Cannot import the catalogue"), describe(exc))
            return
        self._try(lambda: self.edits.import_themes(themes))
