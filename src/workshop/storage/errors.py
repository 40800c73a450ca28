"""Errors about engagement files; each message names the file and the problem."""

from workshop.domain.messages import TranslatableError


class StorageError(TranslatableError):
    """The file cannot be opened, read or written as an engagement (the message is for the user)."""
