"""File → Restore from Backup…: the list of backups to choose from (wrapped so tests never run it modally)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from workshop.domain.visible import shown
from workshop.storage.backups import Backup
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import counted, tr


# The list is wider than a usual choice (dialogs.CHOICE_LETTERS), and the merged copy's name is shortened in its
# middle past NAME_LETTERS, so "before merging" stays in view on a 1366x768 laptop at 125 %.
LIST_LETTERS = 80
NAME_LETTERS = 28


def describe_backup(backup: Backup) -> str:
    """“2024-06-10 13:05:02 — last edit 13:04 — 9 meetings”, as the list shows a backup; the one taken just
    before a merge says “2024-06-10 13:05:02 — before merging laptop2.workshop — 9 meetings”, so a merge
    regretted is easy to take back (it was taken then: its last edit is no news)."""
    if not backup.ok:
        return tr("{taken} — damaged, cannot be restored").format(taken=backup.label)
    if backup.before_merging is not None:
        return counted(backup.meetings, tr("{taken} — before merging {name} — 1 meeting"),
                       tr("{taken} — before merging {name} — {n} meetings"),
                       taken=backup.label, name=_short(backup.before_merging))
    return counted(backup.meetings, tr("{taken} — last edit {edit} — 1 meeting"),
                   tr("{taken} — last edit {edit} — {n} meetings"),
                   taken=backup.label, edit=backup.last_edit.strftime("%Y-%m-%d %H:%M"))


def _short(name: str) -> str:
    """A file's name as it is (a control in it shows as such: the app did not choose it), "…" in its middle past
    NAME_LETTERS letters; its end, ".workshop", stays."""
    name = shown(name)
    if len(name) <= NAME_LETTERS:
        return name
    tail = NAME_LETTERS // 2
    return f"{name[:NAME_LETTERS - tail - 1]}…{name[-tail:]}"


def ask_backup(parent: QWidget, backups: Sequence[Backup]) -> Backup | None:
    """The backup the user picks to restore, or None."""
    good = [b for b in backups if b.ok]
    return dialogs.ask_item(parent, tr("Restore from Backup"),
                            tr("Put this backup in place of the engagement (what it holds now is kept as a "
                               "backup too):"), good, describe_backup, letters=LIST_LETTERS)
