"""File → Hand Out a Copy… and File → Merge From…, for the open engagement.

The merge replaces the open file's content in one step, after a backup of it (storage/backups.py), and is
one command on the session's undo stack: Undo puts back exactly what the file held before (kept in memory),
Redo the merged engagement. Edits made before the merge stay undoable, since undoing the merge returns the
file to the very state they were made in.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from workshop.domain.merging import MergeReport
from workshop.storage import StorageError
from workshop.storage.paths import same_file
from workshop.ui.merge import dialog
from workshop.ui.session.commands import EditCommand, push
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.lines_label import elide_lines
from workshop.ui.widgets.settings import LAST_FOLDER, Settings



class MergeCommand(EditCommand):
    """The whole merge as one undoable step: the file's content swapped for the merged one and back."""

    def __init__(self, session: EngagementSession, before: bytes, after: bytes, text: str,
                 flush: Callable[[], object] = lambda: None, merged_from: str | None = None,
                 undone: Callable[[], object] = lambda: None):
        super().__init__(text)
        self.session, self.before, self.after = session, before, after
        self.merged_from = merged_from  # the copy's file name: the backup taken first is marked with it
        # The running meeting's notes and clock are written before the swap. Nothing that would be an undo
        # step of its own: storing a typed field inside a redo drops the command being redone (a crash).
        self._flush = flush
        self._undone = undone  # the window takes back what it said of the merge
        self.backup: Path | None = None
        self._done_once = False

    def apply(self) -> None:
        from workshop.storage.merge import replace_content  # the merge engine loads when first used (~25 ms)

        self._flush()
        taken = replace_content(self.session.store, self.after, backup_first=not self._done_once,
                                merged_from=self.merged_from)
        if not self._done_once:
            self.backup, self._done_once = taken, True
        _show_all(self.session)

    def revert(self) -> None:
        from workshop.storage.merge import replace_content

        self._flush()
        replace_content(self.session.store, self.before, backup_first=False)
        _show_all(self.session)
        self._undone()


def _show_all(session: EngagementSession) -> None:
    session.reload_all()


class MergeController(QObject):
    """Wires the two File actions to the open session."""

    def __init__(self, window, files, settings: Settings):
        super().__init__(window)
        self.window = window
        self.settings = settings
        window.actions["handout"].triggered.connect(self.hand_out)
        window.actions["merge_from"].triggered.connect(self.merge_from)
        files.opened.connect(self._opened)
        self._opened(window.session)

    def folder(self) -> str:
        """Where the file dialogs start: the folder last used."""
        return self.settings.get(LAST_FOLDER) or str(Path.home())

    def _store_typed(self) -> list[str]:
        """Store what is typed everywhere, the running meeting's notes and clock included; returns why a
        change typed into a form cannot be stored (see MainWindow.store_typed)."""
        return self.window.store_typed(everywhere=True)

    def _opened(self, session: EngagementSession | None) -> None:
        writable = session is not None and session.store.read_only is None
        for key in ("handout", "merge_from"):
            self.window.actions[key].setEnabled(writable)

    def hand_out(self) -> None:
        """File → Hand Out a Copy…: a copy for the second laptop; both files keep the common base."""
        session = self.window.session
        if session is None:
            return
        path = dialogs.ask_file_to_write(self.window, tr("Hand out a copy as"), self.folder(), ".workshop",
                                         refusal=tr("Cannot hand out a copy"))
        if not path:
            return
        from workshop.storage.merge import hand_out_store

        try:
            hand_out_store(session.store, path, overwrite=os.path.exists(path))  # os.path: a name too long is no traceback
        except StorageError as exc:
            dialogs.show_error(self.window, tr("Cannot hand out a copy"), describe(exc))
            return
        self.window.statusBar().showMessage(
            tr("Copy handed out to {path}. Once it has been worked on on the other laptop, bring its work in "
               "here with File → Merge From…").format(path=path), 10000)

    def merge_from(self, path: str | None = None) -> MergeReport | None:
        """File → Merge From…: bring another copy's work into the open file; returns what was merged."""
        session = self.window.session
        if session is None:
            return None
        path = path or dialogs.ask_open_path(self.window, self.folder(), tr("Merge from which copy?"))
        if not path:
            return None
        if same_file(path, session.path):  # it had said the file "holds nothing this file lacks"
            dialogs.show_error(self.window, tr("Cannot merge"), tr(
                "{name} is the file open here. Choose the copy from the other laptop.").format(name=Path(path).name))
            return None
        refused = self._store_typed()  # the merge is read from the file: what is typed must be in it first
        if refused:
            dialogs.show_error(self.window, tr("Cannot merge"), tr(
                "A change typed into a form cannot be stored: {reason}\n\nCorrect or clear it, then merge.").format(
                reason=refused[0]))
            return None
        name = Path(path).name
        from workshop.storage.merge import prepare, read_side, side_of

        try:
            mine = side_of(session.store.db.conn, session.path)
            prepared = prepare(mine, read_side(path))
            report, image = prepared.merge()
        except StorageError as exc:
            dialogs.show_error(self.window, tr("Cannot merge"), describe(exc))
            return None
        if not report.conflicts and not report.renames and report.changes == 0:
            text = tr("{name} holds nothing this file lacks; nothing to merge.").format(name=name)
            if report.as_before:
                shown = report.as_before[:dialog.RENAMES_SHOWN]
                text += "\n\n" + dialog.kept_before_heading() + "\n" + "\n".join(  # a long name is cut
                    f"• {elide_lines(c.text(tr), self.window.font(), 600, 2)}" for c in shown)
                if len(report.as_before) > len(shown):
                    text += "\n" + tr("and {n} more").format(n=len(report.as_before) - len(shown))
            dialogs.show_info(self.window, tr("Merge from {name}").format(name=name), text)
            return report
        again: dict = {}
        while True:
            decisions = dialog.ask_decisions(self.window, report, session.path.name, name, **again)
            if decisions is None:
                return None
            if not report.conflicts:
                break
            try:
                report, image = prepared.merge(decisions=decisions)
                break
            except StorageError as exc:  # e.g. a scale kept there that votes kept here lie outside of
                again = {"chosen": decisions, "problem": tr(
                    "These choices cannot be merged: {reason} Choose otherwise, or cancel.").format(reason=describe(exc))}
        # The dialog's numbers: it said 5 came in, this had said 6 (a meeting's record of a vote counted too).
        said = tr("Merged {name} (changes that came in: {count}; conflicts you decided: "
                  "{decided}); a backup was taken first (Edit → Undo takes the merge back).").format(
            name=name, count=report.incoming_count, decided=len(report.conflicts))
        try:
            push(session.undo_stack, MergeCommand(session, mine.image, image,
                                                  tr("Merge from {name}").format(name=name), session.flush_typed,
                                                  merged_from=name, undone=lambda: self._take_back(said)))
        except StorageError as exc:
            dialogs.show_error(self.window, tr("Cannot merge"), describe(exc))
            return None
        self.window.statusBar().showMessage(said, 10000)
        return report

    def _take_back(self, said: str) -> None:
        """The merge was undone: the status bar no longer says it was made (it had, for ten seconds)."""
        if self.window.statusBar().currentMessage() == said:
            self.window.statusBar().clearMessage()



