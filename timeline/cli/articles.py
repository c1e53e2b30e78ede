"""``extract`` (articles to events, printed or written) and ``build`` (the dashboard's event store)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from timeline import engines, store
from timeline.cli.program import add_command, progress, report_errors


def add_commands(commands: argparse._SubParsersAction) -> None:
    extract = add_command(
        commands, "extract", run_extract, "Print the events of articles as JSON lines, or write them to a file.",
        [("%(prog)s seeds/", "print the events of the five sample articles, one JSON object a line"),
         ("%(prog)s seeds/ --out events.csv --incidents incidents.jsonl",
          "write them as CSV (for a spreadsheet), and their incident groups as JSON lines")],
        "Reads .txt and .html files, folders of them and .jsonl corpora whose lines are\n"
        '{"id", "text"} with optional "title", "source", "published" and "url". An input that\n'
        "cannot be read is named on stderr and the others go on; the exit status is 1 only\n"
        "when nothing could be read.",
    )
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                         help=".txt/.html files, folders, .jsonl corpora")
    extract.add_argument("--out", type=Path, metavar="FILE", help="write .jsonl, .csv or .parquet instead of printing")
    extract.add_argument("--incidents", type=Path, metavar="FILE", help="also write the incident groups as JSON lines")

    build = add_command(
        commands, "build", run_build, "Bring the dashboard's event store up to date.",
        [("%(prog)s seeds/", "add the sample articles to the store's inputs and extract what is new"),
         ("%(prog)s", "bring the store up to date with its inputs (and the articles added in the dashboard)"),
         ("%(prog)s seeds/ --forget old-articles/",
          "add the samples, and drop an input no longer wanted (old-articles/) with its events")],
        "The store records its inputs (folders, files, corpora; the articles added in the\n"
        "dashboard always): the inputs named are added to those, and the dashboard brings\n"
        "the same store up to date the same way. Only what changed is read again: files whose\n"
        "size or time changed and whose content did, articles whose correction changed, and\n"
        "every article when the extraction rules changed. An input that cannot be read is\n"
        "named and its articles are kept; a file that is gone takes its articles with it.\n"
        "One build at a time: a second is refused, naming the process of the first. A killed\n"
        "build loses nothing written; the next one goes on from where it stopped.",
    )
    build.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                       help="inputs to add to the store's (default: none; the store's inputs are always read)")
    build.add_argument("--forget", type=Path, action="append", default=[], metavar="PATH",
                       help="drop an input from the store's, with its articles (repeatable)")
    build.add_argument("--store", type=Path, metavar="FILE", help=f"the store (default: {store.default_store()})")
    build.add_argument("--jobs", type=int, default=1, metavar="N", help="processes that extract (default: 1)")
    build.add_argument("--engine", default="local", choices=engines.available(),
                       help="what extracts: local (processes on this machine; the default)")
    # the dask engine's settings (timeline.engines.dask)
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: the Dask scheduler to use (default: a cluster of --jobs worker "
                            "processes here, one per core when --jobs is 1)")
    build.add_argument("--dataset", type=Path, metavar="FOLDER",
                       help="with --engine dask: where the workers write their Parquet results, kept after the "
                            "build (on storage the workers share; default: a temporary folder)")


def run_extract(args: argparse.Namespace) -> int:
    from timeline.pipeline import extract_paths
    from timeline.views.exports import write_events

    found = extract_paths(args.paths)
    if args.out:
        write_events(store.events_frame(found.events), args.out)
    else:
        for event in found.events:
            print(json.dumps(event.to_dict(), ensure_ascii=False))
    if args.incidents:
        with args.incidents.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(i.to_dict(), ensure_ascii=False) + "\n" for i in found.incidents)
    print(f"{found.read} articles read, {len(found.events)} events, {len(found.incidents)} incidents",
          file=sys.stderr)
    report_errors(found.errors)
    return 0 if found.read else 1


def run_build(args: argparse.Namespace) -> int:
    from timeline.build import build_store
    from timeline.errors import BuildRunningError, StoreWriteError

    settings = contextlib.nullcontext()
    if args.scheduler or args.dataset:
        if args.engine != "dask":
            print("error: --scheduler and --dataset go with --engine dask", file=sys.stderr)
            return 2
        from timeline.engines import dask as dask_engine

        settings = dask_engine.settings(scheduler=args.scheduler, dataset=args.dataset)
    try:
        with settings:
            report = build_store(args.paths, store=args.store, jobs=args.jobs, progress=progress,
                                 forget=args.forget, engine=args.engine)
    except (BuildRunningError, StoreWriteError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for note in report.notes:
        print(note, file=sys.stderr)
    report_errors(report.errors)
    inputs = ", ".join(map(str, report.inputs)) or "none"
    print(f"the store's inputs: {inputs} (and the articles added in the dashboard)", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 0 if report.read or not report.errors else 1
