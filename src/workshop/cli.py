"""The command line: `workshop demo`, `workshop summary`, and (later) exports.

Every error is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Sequence

from workshop.domain.errors import DomainError
from workshop.storage import EngagementStore, StorageError

# name -> (help text, setup); setup adds the arguments and returns the function that runs the command.
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], Callable[[argparse.Namespace], int]]]] = {}


class CommandError(Exception):
    """A user-facing failure of a command (printed as one line, exit 2)."""


def command(name: str, help_text: str):
    """Register a sub-command: the decorated function adds arguments and returns the runner."""

    def register(setup):
        COMMANDS[name] = (help_text, setup)
        return setup

    return register


@command("demo", "write the bundled GGVVH example engagement to a file")
def _demo(p: argparse.ArgumentParser):
    p.add_argument("-o", "--output", required=True, help="the .workshop file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    def run(args) -> int:
        from workshop.templates import example_engagement

        EngagementStore.create(args.output, example_engagement(), overwrite=args.force).close()
        print(args.output)
        return 0

    return run


def _fmt_share(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def _fmt_score(value) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


@command("summary", "print an engagement's results (shares, criteria sums and ranks, preferences)")
def _summary(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    def run(args) -> int:
        from workshop.domain.summary import summarize

        with EngagementStore.open(args.file) as store:
            data = summarize(store.load())
        if args.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            print()
            return 0
        print(data["title"])
        print("\nPotential vs today")
        for g in data["groups"]:
            print(f"  {g['name']:<40} {_fmt_share(g['potential_share']):>6} {_fmt_share(g['today_share']):>6}")
        print("\nCriteria (agreed scores), sum, rank")
        for a in data["alternatives"]:
            scores = " ".join(_fmt_score(s) for s in a["scores"])
            print(f"  {a['code']:<10} {scores}   sum {_fmt_score(a['sum'])}   rank {a['rank']}")
        print("\nPreferences")
        for org, alt in data["preferences"].items():
            print(f"  {org:<12} {alt}")
        print("\nRobustness")
        print(textwrap.fill(data["robustness"]["smallest_flip"], width=100, initial_indent="  ",
                            subsequent_indent="  "))
        return 0

    return run


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered command."""
    parser = argparse.ArgumentParser(prog="workshop", description="Workshop: facilitate multi-organisation investigations.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, setup) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(run=setup(p))
    return parser




def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (StorageError, DomainError, CommandError) as exc:
        print(f"workshop {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `workshop summary x | head`
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"workshop {args.command}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
