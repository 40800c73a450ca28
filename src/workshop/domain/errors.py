"""Errors the domain raises when input breaks its rules."""

from workshop.domain.messages import TranslatableError


class DomainError(TranslatableError, ValueError):
    """A value or edit that the engagement's rules refuse; the message is for the user (see messages.py)."""
