"""Errors about engagement files; each message names the file and the problem."""


class StorageError(Exception):
    """The file cannot be opened, read or written as an engagement."""
