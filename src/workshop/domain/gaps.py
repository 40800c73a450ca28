"""A radar's missing value is a gap, never 0: how much of a series has values, where its line runs, and the
words that name a series with gaps.

One rule for every radar: the window's and the projector's (charts/radar.py), the small one of Organisations
over time, and the PDFs' (export/pdf_charts.py). A series with no value at all is not drawn and its name
says so ("Hylte (not scored)"); one with some values missing has a line only where it has values ("Vaggeryd
(partly scored)"), a value between two gaps a dot. The documents print the same words in their language
(export/labels.py: radar_not_scored, …; a test holds them to these templates and their translations).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from workshop.domain.messages import msg

# What a series' legend entry says when it has no value at all, and when some are missing; format() fills in
# the name. Potential scores, then criteria votes.
POTENTIAL_GAP_WORDS = (msg("{name} (not scored)"), msg("{name} (partly scored)"))
VOTE_GAP_WORDS = (msg("{name} (no votes)"), msg("{name} (votes missing)"))


class Coverage(StrEnum):
    """How much of a series has values: all, some (a gap: its line stops there) or none (not drawn)."""

    FULL = "full"
    SOME = "some"
    NONE = "none"


FULL, SOME, NONE = Coverage.FULL, Coverage.SOME, Coverage.NONE


def _missing(v: float | None) -> bool:
    return v is None or v != v  # None or NaN


def values_state(values: Sequence[float | None]) -> Coverage:
    """FULL when every value is there, NONE when none is (None or NaN), else SOME."""
    missing = sum(1 for v in values if _missing(v))
    return FULL if missing == 0 else NONE if missing == len(values) else SOME


def value_runs(values: Sequence[float | None]) -> list[list[int]]:
    """The axes a radar's line passes without a break, each run in order: all of them and the first again
    (a closed polygon) when every value is there; else each stretch of values between gaps, running on past
    the last axis to the first (indices from n on stand for 0, 1, …). A run of one axis is a lone value (a dot)."""
    n = len(values)
    have = [not _missing(v) for v in values]
    if all(have):
        return [list(range(n + 1))]
    if not any(have):
        return []
    start = have.index(False) + 1  # a run never starts right after a value: begin after a gap
    runs: list[list[int]] = []
    for k in range(start, start + n):
        if have[k % n]:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    return runs


def gap_name(name: str, state: Coverage, words: tuple[str, str], reference: bool = False) -> str:
    """The series' name as its legend gives it: as it is when every value is there, else in `words` (the
    no-value and some-missing templates, in the chart's language). A reference (a median) says nothing of its
    gaps: they are where no series has a value, which those series say."""
    if state == NONE:
        return words[0].format(name=name)
    return words[1].format(name=name) if state == SOME and not reference else name


def gap_label(name: str, values: Sequence[float | None], words: tuple[str, str], reference: bool = False) -> str:
    """gap_name for these values."""
    return gap_name(name, values_state(values), words, reference)
