"""Command line: ``python -m timeline extract|build|dates|brief|export ...``.

A thin layer over the library; every command is described in the README.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.models import ReadError

USAGE = """usage: python -m timeline COMMAND [options]

commands:
  extract PATH...   print the events of articles (.txt, .html, folders, .jsonl corpora)
  build [PATH...]   bring the dashboard's event store up to date (default: seeds and added articles)
  dates             find date expressions in the lines of stdin
  brief             render the briefing image (PNG or PDF) of a filtered view
  export            write a filtered view as CSV, GeoJSON, KML, JSON lines or Parquet

`python -m timeline COMMAND --help` describes each command."""


def _progress(done: int, total: int, article_id: str) -> None:
    if total >= 50 and (done % 50 == 0 or done == total):
        print(f"  {done}/{total} articles", file=sys.stderr)


def _report_errors(errors: Sequence[ReadError]) -> None:
    for error in errors:
        print(f"skipped {error}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} inputs skipped", file=sys.stderr)


def main_extract(argv: Sequence[str]) -> int:
    from timeline.extract.incidents import group_incidents
    from timeline.pipeline import extract_or_failure, read_inputs
    from timeline.store import events_frame
    from timeline.views.exports import write_events

    parser = argparse.ArgumentParser(prog="python -m timeline extract")
    parser.add_argument("paths", nargs="+", type=Path, help=".txt/.html files, folders, .jsonl corpora")
    parser.add_argument("--out", type=Path, help="write .jsonl, .csv or .parquet instead of printing")
    parser.add_argument("--incidents", type=Path, help="also write the incident groups as JSON lines")
    args = parser.parse_args(argv)

    events, errors, read = [], [], 0
    for item in read_inputs(args.paths):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        read += 1
        found, failure = extract_or_failure(item)  # a failed article is reported, the rest goes on
        events.extend(found)
        errors.extend([failure] if failure else [])
    events, incidents = group_incidents(events)
    if args.out:
        write_events(events_frame(events), args.out)
    else:
        for event in events:
            print(json.dumps(event.to_dict(), ensure_ascii=False))
    if args.incidents:
        with args.incidents.open("w", encoding="utf-8") as out:
            for incident in incidents:
                out.write(json.dumps(incident.to_dict(), ensure_ascii=False) + "\n")
    print(f"{read} articles read, {len(events)} events, {len(incidents)} incidents", file=sys.stderr)
    _report_errors(errors)
    return 0 if read else 1


def main_build(argv: Sequence[str]) -> int:
    from timeline import store
    from timeline.build import build_store

    parser = argparse.ArgumentParser(prog="python -m timeline build")
    parser.add_argument("paths", nargs="*", type=Path, help="inputs (default: seeds/ and added articles)")
    parser.add_argument("--store", type=Path, help=f"store file (default: {store.default_store()})")
    parser.add_argument("--jobs", type=int, default=1, help="processes for extraction")
    args = parser.parse_args(argv)

    report = build_store(args.paths or None, store=args.store, jobs=args.jobs, progress=_progress)
    _report_errors(report.errors)
    print(report.summary(), file=sys.stderr)
    return 0 if report.read else 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "extract":
        return main_extract(rest)
    if command == "build":
        return main_build(rest)
    if command == "dates":
        from timeline.dates_cli import main_dates

        return main_dates(rest)
    if command == "brief":
        from timeline.briefing_cli import main_brief

        return main_brief(rest)
    if command == "export":
        from timeline.briefing_cli import main_export

        return main_export(rest)
    print(f"unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
