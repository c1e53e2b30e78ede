"""The command line: ``python -m gazetteer COMMAND`` (``war-gazetteer COMMAND`` once installed).

One argparse program whose sub-commands (``lookup``, ``find``, ``import``,
``build``) each show a working example in their ``--help`` and run as a few
calls of the library.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import importers, index, resolver

FIELDS = ("name", "name_ar", "lat", "lon", "feature", "admin1", "country", "precision")


def _place_json(place) -> dict:
    return {f: getattr(place, f) for f in FIELDS}


def cmd_lookup(args: argparse.Namespace) -> int:
    match = resolver.resolve(args.text, args.context)
    if match is None:
        print(f"no place found in {args.text!r}", file=sys.stderr)
        return 1
    print(json.dumps(_place_json(match.chosen), ensure_ascii=False))
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    text = Path(args.file).read_text(encoding="utf-8")
    for match in resolver.find_places(text):
        out = {"start": match.start, "end": match.end, "text": match.text, **_place_json(match.chosen),
               "is_actor": match.is_actor, "relation": match.relation, "radius_km": match.radius_km,
               "head": match.head, "candidates": len(match.candidates), "reason": match.reason}
        print(json.dumps(out, ensure_ascii=False))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        result = importers.import_file(args.file, args.format)
    except importers.DataFileError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for line in result.skipped:
        print(f"skipped {line}", file=sys.stderr)
    resolver.reload()
    print(f"imported {result.places} places from {result.source} into {result.written}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    idx = index.rebuild()
    print(f"built index of {len(idx.places)} places, {len(idx.exact)} names: {index.cache_path(idx.stamp)}")
    return 0


def _command(commands: argparse._SubParsersAction, name: str, run: Callable[[argparse.Namespace], int],
             summary: str, examples: Sequence[tuple[str, str]]) -> argparse.ArgumentParser:
    """A sub-command `name` that `run` runs; `examples` are (shell line, what it does), shown after ``$``."""
    shown = "\n".join(f"  $ {line}\n      {does}" for line, does in examples)
    command = commands.add_parser(name, help=summary, description=summary, epilog=f"examples:\n{shown}",
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    command.set_defaults(run=run)
    return command


def parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="Arabic place names of Syria, Iraq and their neighbours "
                                "to coordinates, offline.", epilog="`%(prog)s COMMAND --help` shows an example.")
    sub = p.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")
    lookup = _command(sub, "lookup", cmd_lookup, "Print the best place for a name as JSON (exit 1 if none).",
                      [("%(prog)s 'بمدينة الرقة'", "Ar Raqqah, with its coordinates, governorate and precision"),
                       ("%(prog)s الصالحية --context 'في محافظة دير الزور'",
                        "the Salihiyah of Deir ez-Zor, chosen by the context among places of that name")])
    lookup.add_argument("text", help="a place name, with its clitics and head word if any")
    lookup.add_argument("--context", help="more text about the same events, to choose between candidates")
    find = _command(sub, "find", cmd_find, "Print every place found in a UTF-8 text file, one JSON a line.",
                    [("%(prog)s article.txt", "the places an article names, with how each was resolved")])
    find.add_argument("file", help="a UTF-8 text file")
    imp = _command(sub, "import", cmd_import, "Import a GeoNames dump, an OCHA COD or a CSV into the local "
                   "gazetteer.",
                   [("%(prog)s my-places.csv --format csv",
                     "add places from a CSV with the columns name_ar, name, lat, lon, feature, admin1, country")])
    imp.add_argument("file", help="the file to import")
    imp.add_argument("--format", choices=importers.FORMATS, help="default: guessed from the file")
    _command(sub, "build", cmd_build, "Rebuild the cached index of place names.",
             [("%(prog)s", "rebuild it now rather than at the next lookup")])
    p.set_defaults(commands=tuple(sub.choices))
    return p


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run the command of `argv` (default: the process's arguments); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    program = parser(prog or Path(sys.argv[0]).name)
    known = program.get_default("commands")
    if argv and not argv[0].startswith("-") and argv[0] not in known:
        program.error(f"unknown command {argv[0]!r} (choose from {', '.join(known)})")
    args = program.parse_args(argv)
    return args.run(args)
