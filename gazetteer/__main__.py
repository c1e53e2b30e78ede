"""Command line: ``python -m gazetteer lookup|find|import|build``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import importers, index, resolver

FIELDS = ("name", "name_ar", "lat", "lon", "feature", "admin1", "country", "precision")


def _place_json(place) -> dict:
    return {f: getattr(place, f) for f in FIELDS}


def cmd_lookup(args) -> int:
    match = resolver.resolve(args.text, args.context)
    if match is None:
        print(f"no place found in {args.text!r}", file=sys.stderr)
        return 1
    print(json.dumps(_place_json(match.chosen), ensure_ascii=False))
    return 0


def cmd_find(args) -> int:
    text = Path(args.file).read_text(encoding="utf-8")
    for match in resolver.find_places(text):
        out = {"start": match.start, "end": match.end, "text": match.text, **_place_json(match.chosen),
               "is_actor": match.is_actor, "relation": match.relation, "radius_km": match.radius_km,
               "head": match.head, "candidates": len(match.candidates), "reason": match.reason}
        print(json.dumps(out, ensure_ascii=False))
    return 0


def cmd_import(args) -> int:
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


def cmd_build(args) -> int:
    idx = index.rebuild()
    print(f"built index of {len(idx.places)} places, {len(idx.exact)} names: {index.cache_path(idx.stamp)}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m gazetteer", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    lookup = sub.add_parser("lookup", help="print the best place for a name as JSON (exit 1 if none)")
    lookup.add_argument("text")
    lookup.add_argument("--context", help="more text about the same events, to choose between candidates")
    lookup.set_defaults(run=cmd_lookup)
    find = sub.add_parser("find", help="print every place found in a UTF-8 text file, one JSON per line")
    find.add_argument("file")
    find.set_defaults(run=cmd_find)
    imp = sub.add_parser("import", help="import a GeoNames dump, OCHA COD or CSV into the local gazetteer")
    imp.add_argument("file")
    imp.add_argument("--format", choices=importers.FORMATS, help="default: guessed from the file")
    imp.set_defaults(run=cmd_import)
    build = sub.add_parser("build", help="rebuild the cached index")
    build.set_defaults(run=cmd_build)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
