"""The one entry point of the `workshop` command and of the bundle's executable.

    workshop                      open the app (the most recent file)
    workshop FILE.workshop        open the app on that file
    workshop SUBCOMMAND ...       the command line (workshop.cli), exactly as documented
    workshop --version            print the version
    workshop --self-test          check this installation offscreen (workshop.selftest)
    workshop -h / --help          the command line's help

Only what the first argument asks for is imported: a subcommand never loads
Qt (workshop.cli does not import it), so scripts and servers without a display
keep working and start fast. Single-dash arguments that are not ours
(`-platform offscreen`, `-style fusion`) are Qt's and go to the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

USAGE_GUI = "workshop [FILE.workshop]           open the app (on that file)"


def _is_file_argument(arg: str) -> bool:
    """A path to open in the app: an engagement file's name, or any existing file."""
    return arg.lower().endswith(".workshop") or Path(arg).is_file()


def _no_display() -> bool:
    """On Linux/BSD without X11 or Wayland (and no platform chosen), the app cannot open a window."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _gui(argv: list[str]) -> int:
    if _no_display():
        print("workshop: no display to open the app on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
              "Run a command instead, e.g. `workshop --help`, or `workshop --self-test`.", file=sys.stderr)
        return 2
    from workshop.app import main as app_main

    return app_main(["workshop", *argv])


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch on the first argument; returns the exit code."""
    for name in ("stdout", "stderr"):  # a windowed Windows executable has neither: printing must not fail
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the process's life)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # a pipe's buffer is written here, where a closed reader can still be caught
        return code
    except KeyboardInterrupt:  # Ctrl+C before a command's own handler (while its modules load): one line, 130
        print("workshop: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `workshop --help | head`: the reader has gone, and so has our output
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's flush at exit then is quiet
        return 0


def _dispatch(args: list[str]) -> int:
    first = args[0] if args else ""
    if first == "--version":
        from workshop import __version__

        print(f"workshop {__version__}")
        return 0
    if first == "--self-test":
        from workshop.selftest import main as self_test

        return self_test(args[1:])
    from workshop import cli

    if not args or (not first.startswith("--") and first.startswith("-") and first not in ("-h",)):
        return _gui(args)
    if first in cli.COMMANDS:
        return cli.main(args)
    if first in ("-h", "--help"):
        cli.build_parser().print_help()
        print(f"\n  {USAGE_GUI}\n  workshop --version                 print the version\n"
              "  workshop --self-test [--screen]    check this installation: every view, chart and document")
        return 0
    if not first.startswith("-") and _is_file_argument(first):
        return _gui(args)
    return cli.main(args)  # an unknown command or option: argparse's one-line error, exit 2


if __name__ == "__main__":
    raise SystemExit(main())
