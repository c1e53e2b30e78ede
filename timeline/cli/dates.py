"""``dates``: the date expressions of each line of stdin, as one JSON array a line."""

from __future__ import annotations

import argparse
import json
import sys

from timeline.cli.program import add_command, date
from timeline.dates import PREFERENCES, find_dates


def add_commands(commands: argparse._SubParsersAction) -> None:
    dates = add_command(
        commands, "dates", run_dates, "Find the Arabic date expressions in each line of stdin.",
        [("echo 'قصفت الطائرات أمس الخميس البلدة' | %(prog)s --reference 2016-07-15",
          'print [{"text": "أمس الخميس", ..., "date": "2016-07-14", "end_date": "2016-07-14", ...}]')],
        "Prints one JSON array a line: each mention's text, start, end, date, end_date and\n"
        "precision, then what else the date reader says of it (DateMention.to_public_dict).\n"
        "Dates are ISO days; null when a relative expression has no reference date.",
    )
    dates.add_argument("--reference", type=date, metavar="DATE",
                       help="the article's date (YYYY-MM-DD), against which relative expressions resolve")
    dates.add_argument("--prefer", choices=PREFERENCES, default="past",
                       help="where a bare weekday or month falls from the reference (default: past)")


def run_dates(args: argparse.Namespace) -> int:
    for line in sys.stdin:
        mentions = find_dates(line.rstrip("\r\n"), args.reference, args.prefer)
        print(json.dumps([m.to_public_dict() for m in mentions], ensure_ascii=False))
    return 0
