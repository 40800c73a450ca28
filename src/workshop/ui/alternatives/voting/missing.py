"""The votes still missing, said once per organisation: "Hylte (S: 1–3, 5; 2: 4)".

Listed one per criterion, a long organisation name had been repeated for each ("Testkommun … (S/1),
Testkommun … (S/2), …"), six lines pushing the grid off a 1366 × 768 screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from workshop.ui.alternatives.voting.state import ScoreBoard
from workshop.ui.widgets.i18n import isolate, tr

MISSING_SHOWN = 6


def numbers(criteria: Iterable[int]) -> str:
    """Criterion numbers in order, a run of three or more as "1–7": "1–3, 5"."""
    runs: list[list[int]] = []
    for n in sorted(set(criteria)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs)


def by_organisation(gaps: Iterable[tuple[str, str, int]], name: Callable[[str], str] = str) -> list[str]:
    """One entry per organisation (in the order first met) for (organisation, alternative, criterion) gaps,
    its name as `name` shortens it: "Hylte (S: 1–3; 2: 4)"."""
    missing: dict[str, dict[str, list[int]]] = {}
    for org, code, n in gaps:
        missing.setdefault(org, {}).setdefault(code, []).append(n)
    return [f"{isolate(name(org))} ({'; '.join(f'{isolate(code)}: {numbers(ns)}' for code, ns in codes.items())})"
            for org, codes in missing.items()]


def missing_text(board: ScoreBoard, codes: Iterable[str], name: Callable[[str], str] = str) -> str:
    """What the grid of alternatives `codes` still lacks: where to begin while it is empty, else the votes not
    given, organisation by organisation (the first MISSING_SHOWN, their names as `name` shortens them), else ""."""
    e = board.engagement
    first = (tr("Add the criteria first (“Add criterion…” above): each is a row of the grid.") if not e.criteria
             else tr("Add the alternatives first, in the Alternatives tab: each is voted on here.")
             if not e.alternatives else
             tr("Add the organisations taking part first, in the Engagement view: each votes in a column.")
             if not e.organisations else "")
    if first:  # an empty grid: say where to begin
        return first
    names = e.organisation_by_uid()
    codes = set(codes)
    gaps = [(names[o].name, code, n) for (code, n), cell in board.grid().items() if code in codes
            for o in cell.missing if o in names]
    if not gaps:
        return ""
    entries = by_organisation(gaps, name)
    listed = ", ".join(entries[:MISSING_SHOWN])  # organisations, each named once
    more = tr(" and {n} more").format(n=len(entries) - MISSING_SHOWN) if len(entries) > MISSING_SHOWN else ""
    return tr("Missing votes ({n}): {list}{more}. Agreed scores use the votes given.").format(
        n=len(gaps), list=listed, more=more)
