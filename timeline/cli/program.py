"""What the sub-commands share: how one is declared (`add_command`), ISO dates as arguments, and
the reports of progress and unreadable inputs on stderr.

Each example of a sub-command is a shell line in which ``%(prog)s`` stands for
the command as it was invoked; ``--help`` shows it under "examples:" after a
``$``, and a test runs every one of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence

from timeline.models import ReadError


def add_command(
    commands: argparse._SubParsersAction,
    name: str,
    run: Callable[[argparse.Namespace], int],
    summary: str,
    examples: Sequence[tuple[str, str]],
    description: str = "",
) -> argparse.ArgumentParser:
    """A sub-command `name` that `run` runs; `examples` are (shell line, what it does). `run` may call
    ``args.error(message)`` to refuse the command line as argparse does (exit status 2)."""
    shown = "\n".join(f"  $ {line}\n      {does}" for line, does in examples)
    command = commands.add_parser(name, help=summary, description=f"{summary}\n\n{description}".strip(),
                                  epilog=f"examples:\n{shown}", formatter_class=argparse.RawDescriptionHelpFormatter)
    command.set_defaults(run=run, error=command.error)
    return command


def date(text: str) -> dt.date:
    """An ISO date (YYYY-MM-DD); argparse names this function when it refuses a value."""
    return dt.date.fromisoformat(text)


def progress(done: int, total: int, article_id: str) -> None:
    """Report every 50 articles of a long extraction on stderr."""
    if total >= 50 and (done % 50 == 0 or done == total):
        print(f"  {done}/{total} articles", file=sys.stderr)


def report_errors(errors: Sequence[ReadError]) -> None:
    """Name each input that could not be read, and how many, on stderr; a warning (an input read
    all the same) is printed as such and not counted as skipped. One line each, whatever the
    file names hold (`ReadError.__str__` escapes their control characters)."""
    skipped = [e for e in errors if not e.is_warning]
    for error in errors:
        print(str(error) if error.is_warning else f"skipped {error}", file=sys.stderr)
    if skipped:
        print(f"{len(skipped)} inputs skipped", file=sys.stderr)
