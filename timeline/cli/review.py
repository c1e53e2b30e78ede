"""``corrections``: the analyst's corrections of events and what became of them, the place names the
gazetteer does not know, undoing a correction, and sharing them all with a colleague."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from timeline import corrections, event_corrections, review, store
from timeline.cli.program import add_command
from timeline.errors import DataFileError, StoreCorruptError

ACTIONS = ("list", "unknown", "undo", "export", "import")


def add_commands(commands: argparse._SubParsersAction) -> None:
    command = add_command(
        commands, "corrections", run_corrections,
        "List, undo, export or import the analyst's corrections; list the places the gazetteer does not know.",
        [("%(prog)s list", "print each event correction as JSON, latest first, with its state after the last "
                           "build (applied, dismissed, orphaned, article gone, undone, replaced)"),
         ("%(prog)s unknown", "print the place names the gazetteer does not know, most events first"),
         ("%(prog)s export --out shared-corrections.json", "write every correction (articles, events, placed "
                                                            "names) to one JSON file for a colleague")],
        "Corrections are made in the dashboard; `build` applies them. `undo ID` undoes one event\n"
        "correction (the next build puts the extractor's values back); `import FILE` takes in a\n"
        "colleague's export (this machine's own corrections win where both set one thing).",
    )
    command.add_argument("action", choices=ACTIONS, help="what to do")
    command.add_argument("target", nargs="?", help="the correction id (undo) or the file (import)")
    command.add_argument("--out", type=Path, metavar="FILE", help="where `export` writes (default: stdout)")
    command.add_argument("--store", type=Path, metavar="FILE", help="the event store (default: the user's)")


def _states(store_path: Path | None) -> list[review.CorrectionState] | None:
    try:
        with store.snapshot(store_path) as con:
            return review.correction_states(con)
    except (FileNotFoundError, StoreCorruptError):
        return None


def run_corrections(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except DataFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.action in ("undo", "import") and not args.target:
        args.error(f"{args.action} needs a {'correction id' if args.action == 'undo' else 'file'}")
    if args.action == "list":
        states = _states(args.store)
        listed = states if states is not None else [review.CorrectionState(c, "not built")
                                                    for c in event_corrections.read().corrections]
        for state in listed:
            print(json.dumps({"state": state.state, "event_id": state.event_id, **state.correction.to_dict()},
                             ensure_ascii=False))
        print(f"{len(listed)} event corrections", file=sys.stderr)
        if not listed:
            print("no event corrections")
        return 0
    if args.action == "unknown":
        try:
            with store.snapshot(args.store) as con:
                table = review.unknown_places(con)
        except (FileNotFoundError, StoreCorruptError) as exc:
            print(f"no unknown place names: {exc}")
            return 0
        print(table.to_csv(index=False).rstrip("\n") if len(table) else "no unknown place names")
        return 0
    if args.action == "undo":
        if not event_corrections.undo(args.target):
            print(f"error: no live correction {args.target!r} in {event_corrections.corrections_file()}",
                  file=sys.stderr)
            return 1
        print(f"undone {args.target}; `build` puts the extractor's values back")
        return 0
    if args.action == "export":
        text = corrections.export_corrections()
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            print(text)
        return 0
    done = corrections.import_corrections(args.target)
    for problem in done.problems:
        print(f"skipped {problem}", file=sys.stderr)
    print(f"imported {done.articles} article corrections, {done.events} event corrections, {done.places} places")
    return 0
