"""The command line: ``python -m timeline COMMAND`` (``war-timeline COMMAND`` once installed).

One argparse program. Each module here declares its sub-commands, each with a
working example in its ``--help``, and runs each as a few calls of the library:
`articles` (``extract``, ``build``), `dates` (``dates``), `views` (``brief``,
``export``, whose filter options come from `timeline.views.filters.Filters`).
It joins the wings, so it sits outside them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.cli import articles, dates, review, views

DESCRIPTION = "Arabic news articles about the wars in Syria and Iraq to dated, geolocated events."
EPILOG = "`%(prog)s COMMAND --help` describes a command and shows an example."


def parser(prog: str) -> argparse.ArgumentParser:
    """The program with every sub-command."""
    program = argparse.ArgumentParser(prog=prog, description=DESCRIPTION, epilog=EPILOG,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = program.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    for module in (articles, dates, views, review):
        module.add_commands(commands)
    program.set_defaults(commands=tuple(commands.choices))
    return program


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run the command of `argv` (default: the process's arguments); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    program = parser(prog or Path(sys.argv[0]).name)
    known = program.get_default("commands")
    if argv and not argv[0].startswith("-") and argv[0] not in known:
        program.error(f"unknown command {argv[0]!r} (choose from {', '.join(known)})")
    args = program.parse_args(argv)
    if args.command is None:
        program.print_help()
        return 2
    return args.run(args)
