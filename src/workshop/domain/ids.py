"""Stable, globally unique row identifiers."""

import uuid


def new_uid() -> str:
    """A new random UUID as text, so rows made on two laptops never collide."""
    return str(uuid.uuid4())
