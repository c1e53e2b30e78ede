"""``python -m timeline brief|export``: the briefing image and the exports of a filtered view, headless.

Both commands read the event store, building it from ``seeds/`` (and the
articles the user added) first when it is missing or out of date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from timeline import store
from timeline.build import build_store, is_stale
from timeline.models import EVENT_TYPES
from timeline.views.filters import DEFAULT_FROM, DEFAULT_TO, Filters, apply

DEFAULT_TITLE = "Strikes and attacks in Syria and Iraq"
IMAGE_FORMATS = {".png": "png", ".pdf": "pdf"}


def date(text: str) -> dt.date:
    """An ISO date (YYYY-MM-DD); argparse names this function in its error message."""
    return dt.date.fromisoformat(text)


def _parser(prog: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--from", dest="date_from", type=date, default=DEFAULT_FROM, metavar="DATE",
                        help=f"first day (default {DEFAULT_FROM})")
    parser.add_argument("--to", dest="date_to", type=date, default=DEFAULT_TO, metavar="DATE",
                        help=f"last day (default {DEFAULT_TO})")
    parser.add_argument("--source", action="extend", nargs="+", default=[], metavar="NAME",
                        help="only these outlets (canonical names)")
    parser.add_argument("--type", dest="types", action="extend", nargs="+", default=[], choices=EVENT_TYPES,
                        metavar="TYPE", help=f"only these event types ({', '.join(EVENT_TYPES)})")
    parser.add_argument("--actor", action="extend", nargs="+", default=[], metavar="NAME",
                        help="only these actors")
    parser.add_argument("--store", type=Path, help=f"event store (default: {store.default_store()})")
    return parser


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(date_from=args.date_from, date_to=args.date_to, sources=tuple(args.source),
                   types=tuple(args.types), actors=tuple(args.actor))


def load(store_path: Path | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events and incidents of the store, brought up to date first when needed."""
    if is_stale(store=store_path):
        print(f"building the event store: {build_store(store=store_path).summary()}", file=sys.stderr)
    return store.load_events(store_path), store.load_incidents(store_path)


def main_brief(argv: Sequence[str]) -> int:
    """Write the briefing image (PNG or PDF) of a filtered view."""
    from timeline.views import briefing_browser
    from timeline.views.briefing import SIZES, render_briefing

    parser = _parser("python -m timeline brief", "Render the briefing image of a filtered view.")
    parser.add_argument("--title", default=DEFAULT_TITLE, help=f"title of the page (default {DEFAULT_TITLE!r})")
    parser.add_argument("--size", choices=list(SIZES), default="slide",
                        help="slide: 1920x1080 PNG; a4: A4 portrait (1588x2246 PNG)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.pdf")
    args = parser.parse_args(argv)
    fmt = IMAGE_FORMATS.get(args.out.suffix.lower())
    if fmt is None:
        parser.error(f"--out {args.out.name}: unknown image format {args.out.suffix!r}; use .png or .pdf")

    briefing_browser.warm(SIZES[args.size].scale)  # Chromium loads plotly.js while the store is read
    events, incidents = load(args.store)
    chosen = _filters(args)
    image = render_briefing(events, incidents, chosen, title=args.title, size=args.size, fmt=fmt)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(image)
    print(f"wrote {args.out} ({len(apply(events, chosen)[0])} events in view)", file=sys.stderr)
    return 0


def main_export(argv: Sequence[str]) -> int:
    """Write the events of a filtered view as CSV, GeoJSON, KML, JSON lines or Parquet."""
    from timeline.views.exports import WRITERS, write_events

    parser = _parser("python -m timeline export", "Export the events of a filtered view.")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE" + "|FILE".join(WRITERS))
    args = parser.parse_args(argv)
    if args.out.suffix.lower() not in WRITERS:
        parser.error(f"--out {args.out.name}: unknown export format {args.out.suffix!r}; "
                     f"use one of {', '.join(WRITERS)}")

    events, incidents = load(args.store)
    view, undated = apply(events, _filters(args))
    written = write_events(view, args.out, incidents)
    notes = [f"wrote {written} events to {args.out}"]
    notes += [f"{len(view) - written} without coordinates left out"] if written < len(view) else []
    notes += [f"{len(undated)} undated events match the filters and are not exported"] if len(undated) else []
    print("; ".join(notes), file=sys.stderr)
    return 0
