"""Rules every entry must pass before it is stored; each failure says what is wrong."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg, term

POTENTIAL_MIN, POTENTIAL_MAX = 0, 100


def parse_int(text: str | int | None, what: str) -> int | None:
    """A whole number from typed text; empty means None; anything else is refused."""
    if text is None:
        return None
    if isinstance(text, bool):
        raise DomainError(msg("{what}: expected a whole number, got {value!r}."), what=what, value=text)
    if isinstance(text, int):
        return text
    if isinstance(text, float):
        if text.is_integer():
            return int(text)
        raise DomainError(msg("{what}: expected a whole number, got {value}."), what=what, value=text)
    stripped = str(text).strip()
    if stripped == "":
        return None
    try:
        return int(stripped)
    except ValueError:
        raise DomainError(msg("{what}: “{text}” is not a whole number."), what=what, text=stripped) from None


def check_range(value: int, low: int, high: int, what: str) -> int:
    """The value itself when low ≤ value ≤ high, else a DomainError naming the range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(msg("{what}: expected a whole number, got {value!r}."), what=what, value=value)
    if not low <= value <= high:
        raise DomainError(msg("{what} must be between {low} and {high}; {value} is outside."), what=what, low=low,
                          high=high, value=value)
    return value


def check_potential(value: int | None) -> int | None:
    """A potential score is empty or 0–100."""
    if value is None:
        return None
    return check_range(value, POTENTIAL_MIN, POTENTIAL_MAX, term("Potential"))


def check_name(name: str, what: str) -> str:
    """A trimmed, non-empty name."""
    if not isinstance(name, str) or not name.strip():
        raise DomainError(msg("{what} must not be empty."), what=what)
    return name.strip()


def check_unique_name(name: str, existing: Iterable[str], what: str) -> str:
    """A non-empty name that no other item already has (ignoring case and spaces)."""
    clean = check_name(name, what)
    key = clean.casefold()
    if any(other.strip().casefold() == key for other in existing):
        raise DomainError(msg("{what} “{name}” already exists."), what=what, name=clean)
    return clean


def check_weight(weight: float) -> float:
    """A criterion weight is a finite number ≥ 0."""
    try:
        value = float(weight)
    except (TypeError, ValueError):
        raise DomainError(msg("Weight: “{weight}” is not a number."), weight=weight) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise DomainError(msg("Weight must be a finite number."))
    if value < 0:
        raise DomainError(msg("Weight must not be negative."))
    return value


def check_weights(weights: Iterable[float]) -> list[float]:
    """Weights are each ≥ 0 and not all zero."""
    values = [check_weight(w) for w in weights]
    if values and not any(values):
        raise DomainError(msg("At least one criterion weight must be above zero."))
    return values


def parse_percent(text: str | float | None, what: str) -> float | None:
    """A share typed as a percentage ("40", "40 %", "37,5") as a fraction 0–1; empty means not known (None)."""
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        number = float(text)
    else:
        cleaned = str(text).strip().removesuffix("%").strip().replace(",", ".")
        if cleaned == "":
            return None
        try:
            number = float(cleaned)
        except ValueError:
            raise DomainError(msg("{what}: “{text}” is not a percentage."), what=what, text=str(text).strip()) \
                from None
    if not 0 <= number <= 100:  # also refuses NaN
        raise DomainError(msg("{what} must be between 0 and 100 %; {value:g} % is outside."), what=what,
                          value=number)
    return number / 100


def check_group_empty(group: str, area_codes: Sequence[str]) -> None:
    """A group (named as the facilitator sees it) can go only once it holds no area; the refusal names
    the areas still in it."""
    if area_codes:
        raise DomainError(msg("Group {group} still holds areas {areas}: remove them first."),
                          group=group, areas=", ".join(area_codes))


def next_area_code(codes: Sequence[str]) -> str:
    """The code a new area most likely gets: the letter after the last single-letter code ("I" → "J"),
    "A" when there is none yet, "" when the codes are not single letters or "Z" is taken."""
    letters = sorted(c.upper() for c in codes if len(c) == 1 and "A" <= c.upper() <= "Z")
    if not codes:
        return "A"
    if not letters or letters[-1] == "Z":
        return ""
    return chr(ord(letters[-1]) + 1)
