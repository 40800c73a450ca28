"""Errors the domain raises when input breaks its rules."""


class DomainError(ValueError):
    """A value or edit that the engagement's rules refuse; the message is for the user."""
