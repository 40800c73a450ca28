"""Errors of exports and imports; each message is one sentence for the user."""

from workshop.domain.messages import TranslatableError


class ExportError(TranslatableError):
    """A document or data file could not be made or written; nothing was changed."""


class ImportFormatError(ExportError):
    """A file to import is not a valid engagement export; the message names the bad value's path."""
