"""A sum as the window's tables and the projector's bars write it: "14 (5 of 7)" while only some criteria have
an agreed score. The sum adds those alone (the domain's rule); bare, it read as the whole."""

from __future__ import annotations

from collections.abc import Callable

from workshop.charts.locale import number
from workshop.domain.messages import msg
from workshop.ui.widgets.i18n import tr


def sum_text(value: float | None, scored: int, total: int, translate: Callable[[str], str] = tr,
             mark: str | None = None) -> str:
    """`value` (a sum of `scored` criteria of `total`) as a number, with how many it adds when not all."""
    text = number(value, mark=mark)
    return text if value is None else partly_scored(text, scored, total, translate)


def partly_scored(text: str, scored: int, total: int, translate: Callable[[str], str] = tr) -> str:
    """`text` (a sum, or the alternative on the feasibility map whose height is that sum) with how many criteria
    of `total` the sum adds when not all: "S (3 of 7)"."""
    if scored >= total:
        return text
    return translate(msg("{sum} ({n} of {total})")).format(sum=text, n=scored, total=total)
