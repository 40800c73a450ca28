"""File safety in the window: the read-only banner, write failures shown in the window, backups."""
