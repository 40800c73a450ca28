"""The votes still missing, said once per organisation: "Hylte (S: 1–3, 5; 2: 4)".

Listed one per criterion, a long organisation name had been repeated for each ("Testkommun … (S/1),
Testkommun … (S/2), …"), six lines pushing the grid off a 1366 × 768 screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from workshop.ui.widgets.i18n import isolate


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
