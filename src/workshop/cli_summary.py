"""The text `workshop summary FILE` prints: each section's lines, its columns measured from what they hold.

Every section has a line under its heading: the numbers, or one sentence saying there is nothing yet.
"""

from __future__ import annotations

import textwrap
import unicodedata

from workshop.cli_text import shown
from workshop.domain.messages import counted, msg
from workshop.domain.summary import NAMED_AT_MOST


def width(text: str) -> int:
    """The columns text takes on a terminal: wide (CJK, most emoji) characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def left(text: str, columns: int) -> str:
    """Text padded on the right to the given terminal width."""
    return text + " " * (columns - width(text))


def right(text: str, columns: int) -> str:
    """Text padded on the left to the given terminal width (numbers end in one column)."""
    return " " * (columns - width(text)) + text


def share(value: float | None) -> str:
    """A share (0–1) as a whole percentage, "–" when there is none."""
    return "–" if value is None else f"{value * 100:.0f} %"


def score(value) -> str:
    """A score or sum as written in the report (2, 2.5, -1), "–" when there is none."""
    return "–" if value is None else f"{value:g}"


def _widest(texts) -> int:
    return max((width(t) for t in texts), default=0)


def _groups(groups: list[dict]) -> list[str]:
    if not groups:
        return [msg("No area groups yet.")]
    names = [shown(g["name"]) for g in groups]
    potential, today = [share(g["potential_share"]) for g in groups], [share(g["today_share"]) for g in groups]
    name_width, potential_width, today_width = _widest(names), _widest(potential), _widest(today)
    return [f"{left(name, name_width)}   {right(p, potential_width)}   {right(t, today_width)}"
            for name, p, t in zip(names, potential, today)]


def _alternatives(alternatives: list[dict]) -> list[str]:
    if not alternatives:
        return [msg("No alternatives yet.")]
    codes = [shown(a["code"]) for a in alternatives]
    cells = [[score(s) for s in a["scores"]] for a in alternatives]
    columns = [_widest(row[i] for row in cells if i < len(row)) for i in range(max(len(row) for row in cells))]
    sums = [score(a["sum"]) + _partial(a["scores"]) for a in alternatives]
    code_width, sum_width = _widest(codes), _widest(sums)
    return [
        f"{left(code, code_width)}   {' '.join(right(c, w) for c, w in zip(row, columns))}"
        f"   sum {right(total, sum_width)}   rank {a['rank'] or '–'}"
        for code, row, total, a in zip(codes, cells, sums, alternatives)
    ]


def _partial(scores: list) -> str:
    """" (5 of 7)" after a sum of some criteria only, as the report and the window write it; "" otherwise."""
    given = sum(s is not None for s in scores)
    return f" ({given} of {len(scores)})" if 0 < given < len(scores) else ""


def _preferences(preferences: dict[str, str]) -> list[str]:
    if not preferences:
        return [msg("No organisation has stated a preference yet.")]
    names = [shown(org) for org in preferences]
    name_width = _widest(names)
    return [f"{left(name, name_width)}   {shown(alt)}" for name, alt in zip(names, preferences.values())]


def not_yet(names: list[str], one: str, many: str) -> list[str]:
    """Who has given nothing yet, as the window and the report say it ("Gnosjö and Hylte have not stated a
    preference yet."): the first NAMED_AT_MOST named, the rest counted, wrapped as Robustness is; no line
    when everybody has. The lines above had counted only the others without a word of them."""
    if not names:
        return []
    listed = [shown(n) for n in names[:NAMED_AT_MOST]]
    if len(names) > NAMED_AT_MOST:
        listed.append(msg("{n} more").format(n=len(names) - NAMED_AT_MOST))
    orgs = listed[0] if len(listed) == 1 else msg("{first} and {last}").format(first=", ".join(listed[:-1]),
                                                                              last=listed[-1])
    return textwrap.wrap(counted(len(names), one, many, orgs=orgs), width=98)


def summary_lines(data: dict) -> list[str]:
    """The summary (as `workshop.domain.summary.summarize` gives it) as lines of text."""
    potential, criteria = _groups(data["groups"]), _alternatives(data["alternatives"])
    if data["groups"]:
        potential += not_yet(data["without_potential"], msg("{orgs} has not assessed the potential yet."),
                             msg("{orgs} have not assessed the potential yet."))
    if data["alternatives"] and data["weights"]:  # (with nothing to vote on, nobody is behind)
        criteria += not_yet(data["without_votes"], msg("{orgs} has not voted yet."),
                            msg("{orgs} have not voted yet."))
    preferences = _preferences(data["preferences"])
    if data["preferences"]:  # (before any, the line above says none has)
        preferences += not_yet(data["without_preference"], msg("{orgs} has not stated a preference yet."),
                               msg("{orgs} have not stated a preference yet."))
    sections = [
        ("Potential vs today", potential),
        ("Criteria (agreed scores), sum, rank", criteria),
        ("Preferences", preferences),
        ("Robustness", textwrap.wrap(shown(data["robustness"]["smallest_flip"]), width=98)),
    ]
    lines = [shown(data["title"])]
    for heading, body in sections:
        lines += ["", heading, *(f"  {line}" for line in body)]
    return lines
