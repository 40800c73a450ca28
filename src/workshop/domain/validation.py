"""Rules every entry must pass before it is stored; each failure says what is wrong."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from workshop.domain.errors import DomainError
from workshop.domain.messages import decimal, msg, term

POTENTIAL_MIN, POTENTIAL_MAX = 0, 100
SCALE_STEPS_MIN, SCALE_STEPS_MAX = 2, 10  # a criterion's scale: 1–4 in the GGVVH report; 10 steps is plenty
SCALE_LIMIT = 100  # no scale reaches beyond ±100
WEIGHT_MAX = 1000.0
CRITERION_NUMBER_MAX = 999
MEETING_MINUTES_MAX = 24 * 60  # a meeting lasts at most a day (the interface's limit too)
NAME_MAX = 32_767  # the most a one-line field of the window holds (Qt's line edit): names, codes, titles

# Trimmed from both ends of every name: every Unicode space (what str.isspace() knows) and the invisible
# format characters a paste brings along (zero-width space and joiners, word joiner, byte order mark).
TRIM_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u180e\u200b\u200c\u200d\u2060\ufeff"


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


def check_whole(value: int, what: str) -> int:
    """The value itself when it is a whole number (not True or False), else a DomainError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(msg("{what}: expected a whole number, got {value!r}."), what=what, value=value)
    return value


def check_range(value: int, low: int, high: int, what: str) -> int:
    """The value itself when low ≤ value ≤ high, else a DomainError naming the range."""
    check_whole(value, what)
    if not low <= value <= high:
        raise DomainError(msg("{what} must be between {low} and {high}; {value} is outside."), what=what, low=low,
                          high=high, value=value)
    return value


def check_potential(value: int | None) -> int | None:
    """A potential score is empty or 0–100."""
    if value is None:
        return None
    return check_range(value, POTENTIAL_MIN, POTENTIAL_MAX, term("Potential"))


def clean_text(text: str) -> str:
    """The text without spaces of any kind or invisible characters at either end."""
    return text.strip(TRIM_CHARS)


def name_key(name: str) -> str:
    """What makes two names the same to a reader: Unicode-normalised (NFKC), case-folded, invisible
    characters dropped and runs of spaces made one (“GNOSJÖ”, “Gnosjö\t” and “Gnos\u200bjö” are one name)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def check_name(name: str, what: str) -> str:
    """A trimmed, non-empty name."""
    clean = clean_text(name) if isinstance(name, str) else ""
    if not clean:
        raise DomainError(msg("{what} must not be empty."), what=what)
    if blank_before_nul(clean):
        raise DomainError(msg("{what} must not be empty: it begins with a NUL character (U+0000)."), what=what)
    return clean


def blank_before_nul(text: str) -> bool:
    """Whether nothing but spaces comes before a NUL character in the text: the engagement file's own
    rules read a text only up to a NUL, and refuse it as empty."""
    return "\0" in text and not clean_text(text.split("\0", 1)[0])


def check_unique_name(name: str, existing: Iterable[str], what: str) -> str:
    """A non-empty name that no other item already has (ignoring case, spaces and look-alike forms)."""
    clean = check_name(name, what)
    key = name_key(clean)
    if any(name_key(other) == key for other in existing):
        raise DomainError(msg("{what} “{name}” already exists."), what=what, name=clean)
    return clean


def check_named_once(names: Iterable[str], taken: str) -> None:
    """Refuse the second of two names that read the same (see name_key); `taken` is the message, with
    {name} for the name given again."""
    seen: set[str] = set()
    for name in names:
        key = name_key(name)
        if key in seen:
            raise DomainError(taken, name=name)
        seen.add(key)


def check_scale(low: int, high: int) -> tuple[int, int]:
    """A criterion's scale runs upwards over 2–10 whole steps, within ±100 (e.g. 1–4)."""
    for value in (low, high):
        if isinstance(value, bool) or not isinstance(value, int):
            raise DomainError(msg("A criterion's scale: expected whole numbers, got {value!r}."), value=value)
    if not -SCALE_LIMIT <= low < high <= SCALE_LIMIT or not SCALE_STEPS_MIN <= high - low + 1 <= SCALE_STEPS_MAX:
        raise DomainError(msg("A criterion's scale must run upwards over {least} to {most} steps between "
                              "-{limit} and {limit}; {low}–{high} does not."),
                          least=SCALE_STEPS_MIN, most=SCALE_STEPS_MAX, limit=SCALE_LIMIT, low=low, high=high)
    return low, high


def check_criterion_number(number: int) -> int:
    """Criteria are numbered 1–999."""
    return check_range(number, 1, CRITERION_NUMBER_MAX, term("Criterion number"))


def check_duration(minutes: int) -> int:
    """A meeting lasts one minute to a day."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MEETING_MINUTES_MAX:
        raise DomainError(msg("A meeting lasts from 1 to {most} minutes; {minutes} is outside."),
                          most=MEETING_MINUTES_MAX, minutes=minutes)
    return minutes


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
    if value > WEIGHT_MAX:
        raise DomainError(msg("Weight must be at most {most}."), most=decimal(f"{WEIGHT_MAX:g}"))
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
        raise DomainError(msg("{what} must be between 0 and 100 %; {value} % is outside."), what=what,
                          value=decimal(f"{number:g}"))
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


def next_alternative_code(codes: Sequence[str]) -> str:
    """The code a new alternative is offered: the number after the highest one a code starts with ("3" after "S",
    "1 Teknik", "1 Tjänst" and "2"), "1" when none does."""
    numbers = [int(m.group()) for c in codes if (m := re.match(r"\d+", c.strip()))]
    return str(max(numbers, default=0) + 1)


def suggested_short_code(name: str, taken: Iterable[str]) -> str:
    """The short code a new organisation is offered: its first three letters ("Kalmar kommun" → "KAL"), else
    its words' initials ("Kalmarsund Vatten AB" → "KVA"), else its first two letters and a later one, else
    those two and a digit; never one already taken (the first three letters had been offered when taken,
    and the name typed was lost with the refusal). "" for a name with no letter."""
    letters = [c.upper() for c in name if c.isalpha()]
    if not letters:
        return ""
    used = {name_key(code) for code in taken}
    initials = "".join(word[0].upper() for word in name.split() if word[:1].isalpha())[:3]
    candidates = ["".join(letters[:3]), initials, *("".join(letters[:2]) + c for c in letters[2:]),
                  *(f"{''.join(letters[:2])}{n}" for n in range(2, 100))]
    return next((c for c in candidates if len(c) >= 2 and name_key(c) not in used), "")
