"""The command line: `workshop demo`, `workshop summary`, and (later) exports.

Every error is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence

from workshop.cli_text import json_text, shown
from workshop.domain.errors import DomainError
from workshop.export.errors import ExportError
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
        print(shown(args.output))
        return 0

    return run


@command("summary", "print an engagement's results (shares, criteria sums and ranks, preferences)")
def _summary(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    def run(args) -> int:
        from workshop.cli_summary import summary_lines
        from workshop.domain.summary import summarize

        with EngagementStore.open(args.file, read_only=True) as store:
            data = summarize(store.load())
        if args.json:
            print(json_text(data))
            return 0
        print("\n".join(summary_lines(data)))
        return 0

    return run


# Documents and data exports (workshop.export) ------------------------------------------

LANGUAGES = ("sv", "en")


def open_for_editing(path: str) -> EngagementStore:
    """The file opened for writing (its lock taken, a backup made); refused when it can only be read. What
    opening could not do (no backup written) is said on stderr, as the app says it in its status bar."""
    from workshop.storage.guard import read_only_error

    store = EngagementStore.open(path)
    if store.read_only is not None:
        store.close()
        raise read_only_error(path, store.read_only)
    for warning in store.warnings:
        print(f"workshop: {shown(warning)}", file=sys.stderr)
    return store


def read_engagement(path: str):
    """The engagement, read without taking the lock or a backup (a refused command leaves no trace)."""
    with EngagementStore.open(path, read_only=True) as store:
        return store.load()


def _load_for_sharing(path: str, anonymise: bool = False, language: str = "sv"):
    """The engagement as documents and data exports see it: never the facilitator's internal notes;
    `anonymise`: organisations as "Organisation A, B…", people by their roles."""
    from workshop.domain.records import without_internal_notes
    from workshop.export.common import anonymised_for

    if anonymise:
        return anonymised_for(read_engagement(path), language)
    return without_internal_notes(read_engagement(path))


def _anonymise_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--anonymise", action="store_true",
                   help='organisations as "Organisation A, B, C…", people by their roles (for sharing beyond '
                        "the engagement)")


def _output(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("-o", "--output", required=True, help=what)


def _not_the_input(source: str, output: str, what: str = "the engagement file") -> None:
    from pathlib import Path

    if Path(output).resolve() == Path(source).resolve():
        raise CommandError(f"{output}: that is {what} itself; choose another output name.")


@command("meetings", "list an engagement's meetings: ID, date and title (IDs for --meeting)")
def _meetings(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")

    def run(args) -> int:
        from workshop.export.common import meeting_when

        for m in read_engagement(args.file).meetings:
            print(f"{shown(m.uid)}\t{shown(meeting_when(m)) or '-'}\t{shown(m.title)}")
        return 0

    return run


def _meeting_pdf(kind: str):
    def setup(p: argparse.ArgumentParser):
        p.add_argument("file", help="the .workshop file")
        p.add_argument("--meeting", required=True, metavar="ID", help="the meeting's ID (see `workshop meetings`)")
        _output(p, "the PDF to write")
        p.add_argument("--language", choices=LANGUAGES, default="sv", help="document language (default: sv)")
        _anonymise_option(p)

        def run(args) -> int:
            from workshop.export.minutes import write_minutes
            from workshop.export.preread import write_preread

            _not_the_input(args.file, args.output)
            write = write_minutes if kind == "minutes" else write_preread
            write(_load_for_sharing(args.file, args.anonymise, args.language), args.meeting, args.output,
                  args.language)
            print(shown(args.output))
            return 0

        return run

    return setup


command("minutes", "write a meeting's minutes as PDF")(_meeting_pdf("minutes"))
command("preread", "write a meeting's pre-read (agenda and questions) as PDF")(_meeting_pdf("preread"))


@command("report", "write the engagement report as PDF")
def _report(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    _output(p, "the PDF to write")
    p.add_argument("--language", choices=LANGUAGES, default="sv", help="document language (default: sv)")
    _anonymise_option(p)
    p.add_argument("--organisation-pages", action="store_true",
                   help="add one page per organisation: its meetings, its radar against the median, what changed")

    def run(args) -> int:
        from workshop.export.report import write_report

        _not_the_input(args.file, args.output)
        write_report(_load_for_sharing(args.file, args.anonymise, args.language), args.output, args.language,
                     organisation_pages=args.organisation_pages)
        print(shown(args.output))
        return 0

    return run


@command("export", "export an engagement as JSON (complete), XLSX or CSV (the numbers)")
def _export(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    p.add_argument("--format", required=True, choices=("json", "xlsx", "csv"), help="what to write")
    _output(p, "the file to write (for csv: a folder, created if needed)")
    p.add_argument("--language", choices=LANGUAGES, default="sv", help="column headings' language (default: sv)")
    p.add_argument("--public", action="store_true",
                   help="json: leave out the internal notes and people's e-mail and phone (the full export "
                        "keeps them as a backup)")
    _anonymise_option(p)

    def run(args) -> int:
        from workshop.export.csv_export import write_csv
        from workshop.export.transfer import write_json
        from workshop.export.xlsx import write_xlsx

        _not_the_input(args.file, args.output)
        full = args.format == "json" and not args.public and not args.anonymise
        e = read_engagement(args.file) if full else _load_for_sharing(args.file, args.anonymise, args.language)
        if args.format == "json":
            write_json(e, args.output, public=not full)
        elif args.format == "xlsx":
            write_xlsx(e, args.output, args.language)
        else:
            write_csv(e, args.output, args.language)
        print(shown(args.output))
        return 0

    return run


@command("import", "turn a JSON export back into an engagement file")
def _import(p: argparse.ArgumentParser):
    p.add_argument("input", help="the .json export")
    _output(p, "the .workshop file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    def run(args) -> int:
        from workshop.export.transfer import import_json

        _not_the_input(args.input, args.output, "the export being imported")
        import_json(args.input, args.output, overwrite=args.force)
        print(shown(args.output))
        return 0

    return run


from workshop import cli_files  # noqa: E402,F401  (registers `backups` and `restore`)
from workshop import cli_room  # noqa: E402,F401  (registers `room`)
from workshop import cli_records  # noqa: E402,F401  (registers `approve`, `people`, `person-export`, `forget-person`)
from workshop import cli_merge  # noqa: E402,F401  (registers `handout` and `merge`)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors quote what was typed through `shown` (an argument holding ESC would
    otherwise act on the terminal in "unrecognized arguments: …"); its sub-commands' parsers are of this kind."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {shown(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered command."""
    parser = _Parser(prog="workshop", description="Workshop: facilitate multi-organisation investigations.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, setup) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(run=setup(p))
    return parser




def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):  # a name the terminal cannot show is escaped, never a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:  # Ctrl+C: one line and 130, as shells expect (a document is written whole or not)
        print(f"workshop {args.command}: interrupted.", file=sys.stderr)
        return 130
    except (StorageError, DomainError, CommandError, ExportError) as exc:
        print(f"workshop {args.command}: {shown(exc)}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # a file damaged in a way the checks on opening do not see
        print(f"workshop {args.command}: {shown(args.file) if hasattr(args, 'file') else 'the file'}: SQLite could "
              f"not read or write it ({shown(exc)}).", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `workshop summary x | head`
        sys.stderr.close()
        return 0
    except OSError as exc:  # "workshop summary: nox/n.workshop: permission denied."
        what = (exc.strerror or str(exc)).rstrip(".")
        where = f"{shown(exc.filename)}: " if exc.filename else ""
        print(f"workshop {args.command}: {where}{what[:1].lower()}{what[1:]}.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    # Run as `python -m workshop.cli`, this file is `__main__`, while cli_files, cli_room, cli_records and
    # cli_merge register their commands on `workshop.cli`: take the parser from there, with every command.
    from workshop.cli import main as registered_main

    raise SystemExit(registered_main())
