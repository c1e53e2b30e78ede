"""``brief`` and ``export``: the briefing image and the files of a filtered view, headless.

Their filter options are the fields of `timeline.views.filters.Filters` (each
field's metadata names its option), so every filter of the dashboard's URL is
an option here, and ``--view URL`` takes a view's address as the dashboard
shows it. Both read the event store, building it from ``seeds/`` (and the
articles added in the dashboard) first when it is missing or out of date.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd

from timeline import store
from timeline.cli.program import add_command, date
from timeline.views.exports import WRITERS, write_events
from timeline.views.filters import Filters, ListFilter, apply, narrowed, parse_window, resolve_names

DEFAULT_TITLE = "Strikes and attacks in Syria and Iraq"
IMAGE_FORMATS = {".png": "png", ".pdf": "pdf"}
LANES = ("event_type", "source")


def add_commands(commands: argparse._SubParsersAction) -> None:
    brief = add_command(
        commands, "brief", run_brief, "Render the briefing image (PNG or PDF) of a filtered view.",
        [("%(prog)s --from 2016-01-01 --to 2016-12-31 --type airstrike --title 'غارات 2016' --out brief.png",
          "a 1920x1080 slide of the air strikes of 2016"),
         ("%(prog)s --view 'http://localhost:8501/?admin1=Aleppo&include_inferred=0' --size a4 --out aleppo.pdf",
          "an A4 page of the view that this address shows in the dashboard")],
    )
    add_filter_options(brief)
    brief.add_argument("--lanes", choices=LANES, help="the timeline's rows (default: event_type, or the --view's)")
    brief.add_argument("--title", default=DEFAULT_TITLE, help=f"the page's title (default: {DEFAULT_TITLE!r})")
    brief.add_argument("--size", default="slide",
                       help="slide: 1920x1080 PNG; a4: A4 portrait, 1588x2246 PNG (default: slide)")
    brief.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.pdf")
    add_store_option(brief)

    export = add_command(
        commands, "export", run_export, "Write the events of a filtered view as CSV, GeoJSON, KML, JSON lines or "
        "Parquet.",
        [("%(prog)s --source sana --min-killed 10 --out sana.csv",
          "the events reported by SANA with at least ten killed, as a spreadsheet with Arabic intact"),
         ("%(prog)s --actor 'international coalition' --no-include-inferred --out coalition.geojson",
          "the located events of the international coalition whose dates are not inferred, as GeoJSON")],
        "Writes the dated events in view; undated events that match are counted on stderr.",
    )
    add_filter_options(export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE" + "|FILE".join(WRITERS))
    add_store_option(export)


def add_filter_options(command: argparse.ArgumentParser) -> None:
    """One option for each field of `Filters`, and ``--view`` for a whole view by its URL."""
    group = command.add_argument_group("the view", "The dashboard's filters (and URL parameters); names in any case.")
    group.add_argument("--view", metavar="URL", help="the dashboard's address of a view; options given override it")
    group.add_argument("--window", type=window, metavar="FROM/TO",
                       help="the timeline's window, as the URL writes it (2016-01-01/2016-06-30): narrows the dates")
    for item in dataclasses.fields(Filters):
        flag, help, spec = item.metadata["flag"], item.metadata["help"], item.metadata["list"]
        if spec is not None:
            group.add_argument(flag, dest=item.name, action="extend", nargs="+", metavar="NAME", help=help)
        elif isinstance(item.default, bool):
            group.add_argument(flag, dest=item.name, action=argparse.BooleanOptionalAction,
                               help=f"{help} (default: included)")
        else:
            kind, metavar = {dt.date: (date, "DATE"), int: (count, "N"), str: (str, "TEXT")}[type(item.default)]
            group.add_argument(flag, dest=item.name, type=kind, metavar=metavar,
                               help=f"{help} (default: {item.default or 'none'})")


def count(text: str) -> int:
    """A whole number, zero or more; argparse names this function when it refuses a value."""
    if not text.isdecimal():
        raise ValueError(text)
    return int(text)


def window(text: str) -> tuple[dt.date, dt.date]:
    """A timeline window, "FROM/TO" in ISO dates; argparse names this function when it refuses a value."""
    found = parse_window(text)
    if found is None:
        raise ValueError(text)
    return found


def view_query(args: argparse.Namespace) -> dict[str, list[str]]:
    """The query parameters of ``--view`` (none without it)."""
    return parse_qs(urlsplit(args.view).query) if args.view else {}


def chosen_view(args: argparse.Namespace, events: pd.DataFrame) -> Filters:
    """The filters of ``--view`` with the options given over them, each name spelt as the store spells
    it, narrowed to the timeline's window (``--window``, else the ``--view``'s); a usage error listing
    the known names when a name matches nothing."""
    given = {f.name: getattr(args, f.name) for f in dataclasses.fields(Filters) if getattr(args, f.name) is not None}
    chosen = dataclasses.replace(Filters.from_query(view_query(args)), **{
        name: tuple(value) if isinstance(value, list) else value for name, value in given.items()})
    chosen, unmatched = resolve_names(chosen, events)
    shown = args.window or parse_window(view_query(args).get("window", [""])[-1])
    if shown:
        chosen = narrowed(chosen, *shown)
    if unmatched:
        args.error("; ".join(unknown_names(spec, names, events) for spec, names in unmatched.items()))
    return chosen


def unknown_names(spec: ListFilter, names: list[str], events: pd.DataFrame) -> str:
    where = "" if spec.vocabulary else " in the store"
    return (f"{spec.flag} {', '.join(map(repr, names))}: not one of the {spec.noun}{where} "
            f"({', '.join(spec.known(events)) or 'none'})")


def view_lanes(args: argparse.Namespace) -> str:
    """The timeline's rows: ``--lanes``, else the ``--view``'s, else by event type."""
    asked = view_query(args).get("lanes", [""])[-1]
    return args.lanes or (asked if asked in LANES else LANES[0])


def load_tables(store_path: Path | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events and incidents of the store, brought up to date first when needed."""
    from timeline.build import build_store, is_stale

    if not (store_path or store.default_store()).exists():
        raise SystemExit("error: no event store yet: run `python -m timeline build PATH` first")
    if is_stale(store=store_path):
        print(f"building the event store: {build_store(store=store_path).summary()}", file=sys.stderr)
    return store.load_events(store_path), store.load_incidents(store_path)


def add_store_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--store", type=Path, metavar="FILE",
                         help=f"the event store (default: {store.default_store()})")


def run_brief(args: argparse.Namespace) -> int:
    from timeline.views import briefing_browser
    from timeline.views.briefing import SIZES, render_briefing

    fmt = IMAGE_FORMATS.get(args.out.suffix.lower())
    if fmt is None:
        args.error(f"--out {args.out.name}: unknown image format {args.out.suffix!r}; use .png or .pdf")
    if args.size not in SIZES:
        args.error(f"--size {args.size}: unknown page size; use one of {', '.join(SIZES)}")
    briefing_browser.warm(SIZES[args.size].scale)  # Chromium loads plotly.js while the store is read
    events, incidents = load_tables(args.store)
    chosen = chosen_view(args, events)
    image = render_briefing(events, incidents, chosen, title=args.title, size=args.size, fmt=fmt,
                            lanes=view_lanes(args))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(image)
    print(f"wrote {args.out} ({len(apply(events, chosen)[0])} events in view)", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in WRITERS:
        args.error(f"--out {args.out.name}: unknown export format {args.out.suffix!r}; use one of {', '.join(WRITERS)}")
    events, incidents = load_tables(args.store)
    view, undated = apply(events, chosen_view(args, events))
    written = write_events(view, args.out, incidents)
    notes = [f"wrote {written} events to {args.out}"]
    notes += [f"{len(view) - written} without coordinates left out"] if written < len(view) else []
    notes += [f"{len(undated)} undated events match the filters and are not exported"] if len(undated) else []
    print("; ".join(notes), file=sys.stderr)
    return 0
