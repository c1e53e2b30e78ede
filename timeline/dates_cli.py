"""``python -m timeline dates``: print the date mentions of each line of stdin.

For every input line, one output line holding a JSON array of the line's
mentions in their command-line form (`timeline.models.DateMention.cli_dict`):
``{"text", "start", "end", "date", "end_date", "precision", "kind",
"weekday_conflict", "needs_reference", "relative_days", "date_basis",
"anchor_start", "anchor_end"}`` with ISO dates (null when a relative
expression has nothing to resolve against).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from timeline.dates import PREFERENCES, find_dates


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m timeline dates", description="Find Arabic date expressions in lines of stdin."
    )
    parser.add_argument("--reference", type=dt.date.fromisoformat, help="the article's date, YYYY-MM-DD")
    parser.add_argument("--prefer", choices=PREFERENCES, default="past", help="default: past")
    return parser


def line_json(line: str, reference: dt.date | None, prefer: str) -> str:
    """Return the JSON array of the mentions of one line."""
    return json.dumps([m.cli_dict() for m in find_dates(line, reference, prefer)], ensure_ascii=False)


def main_dates(argv: list[str] | None = None) -> int:
    """Run the command on stdin and stdout; return the exit status."""
    args = _parser().parse_args(argv)
    for line in sys.stdin:
        sys.stdout.write(line_json(line.rstrip("\r\n"), args.reference, args.prefer) + "\n")
    return 0
