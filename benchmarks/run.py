"""Run every benchmark (benchmarks/bench_*.py) and print each figure beside its baseline.

Each module's `run()` returns a list of figures:
    {"figure", "value", "unit", "baseline", "ratio", "target"}
with the baseline measured in the same run, on the same machine, so noise
hits both. `--json PATH` writes the same list as JSON; `-k TEXT` runs only
modules whose name contains TEXT.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(select: str | None) -> list[Path]:
    """The benchmark modules, in name order."""
    return [p for p in sorted(HERE.glob("bench_*.py")) if not select or select in p.stem]


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HERE))
    spec.loader.exec_module(module)
    return module


def fmt(value, unit: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3g} {unit}".strip() if abs(value) < 100 else f"{value:.0f} {unit}".strip()
    return f"{value} {unit}".strip()


def print_table(rows: list[dict]) -> None:
    header = ("figure", "value", "baseline", "ratio", "target")
    lines = [
        (
            r["figure"],
            fmt(r["value"], r["unit"]),
            fmt(r.get("baseline"), r["unit"]),
            "–" if r.get("ratio") is None else f"{r['ratio']:.2f}×",
            r.get("target") or "",
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines)]
    for line in [header, tuple("-" * w for w in widths), *lines]:
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("-k", metavar="TEXT", help="only modules whose name contains TEXT")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[dict] = []
    failed = []
    for path in discover(args.k):
        print(f"running {path.stem} …", file=sys.stderr, flush=True)
        try:
            rows.extend(load(path).run())
        except Exception:
            traceback.print_exc()
            failed.append(path.stem)
    print_table(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
