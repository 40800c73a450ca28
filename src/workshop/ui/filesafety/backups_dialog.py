"""File → Restore from Backup…: the list of backups to choose from (wrapped so tests never run it modally)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from workshop.storage.backups import Backup
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import counted, tr


def describe_backup(backup: Backup) -> str:
    """“2024-06-10 13:05:02 — last edit 13:04 — 9 meetings”, as the list shows a backup."""
    if not backup.ok:
        return tr("{taken} — damaged, cannot be restored").format(taken=backup.label)
    return counted(backup.meetings, tr("{taken} — last edit {edit} — 1 meeting"),
                   tr("{taken} — last edit {edit} — {n} meetings"),
                   taken=backup.label, edit=backup.last_edit.strftime("%Y-%m-%d %H:%M"))


def ask_backup(parent: QWidget, backups: Sequence[Backup]) -> Backup | None:
    """The backup the user picks to restore, or None."""
    good = [b for b in backups if b.ok]
    return dialogs.ask_item(parent, tr("Restore from Backup"),
                            tr("Put this backup in place of the engagement (what it holds now is kept as a "
                               "backup too):"), good, describe_backup)
