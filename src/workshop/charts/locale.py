"""Numbers on screen in the interface language (QLocale's default, set when the app starts)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from workshop.domain import numbers


def decimal_mark() -> str:
    """The interface language's decimal mark ("," in Swedish)."""
    return QLocale().decimalPoint() or "."


def number(value: float | int | None, digits: int = 2) -> str:
    """A score or weight as the interface language writes it ("2,5" in Swedish), or a dash."""
    return numbers.number(value, decimal_mark(), digits)


def percent(share: float | None, digits: int = 0) -> str:
    """A share as a percentage in the interface language ("60 %"), or a dash."""
    return numbers.percent(share, decimal_mark(), digits)
