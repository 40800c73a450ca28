"""Numbers on screen in the interface language (QLocale's default, set when the app starts)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from workshop.domain import numbers


def decimal_mark() -> str:
    """The interface language's decimal mark ("," in Swedish)."""
    return QLocale().decimalPoint() or "."


def number(value: float | int | None, digits: int = 2, mark: str | None = None) -> str:
    """A score or weight as the interface language writes it ("2,5" in Swedish), or with the decimal
    `mark` given (a projector chart in the document language); a dash for no value."""
    return numbers.number(value, mark or decimal_mark(), digits)


def percent(share: float | None, digits: int = 0, mark: str | None = None) -> str:
    """A share as a percentage in the interface language ("60 %"), or with the `mark` given; or a dash."""
    return numbers.percent(share, mark or decimal_mark(), digits)
