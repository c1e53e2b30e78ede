"""Articles to events: the extract wing with the dates wing's reader.

The two wings never import each other; this module joins them. `read_inputs`
yields articles whose publication date is inferred from the text where the
metadata gives none; `extract_article` returns one article's events, and
`extract_or_failure` the events or the record of why extraction failed, for
callers that record failures and go on (the build, the command line). All are
plain module-level functions, so that worker processes can receive them.
`extract_paths` runs both over files, folders and corpora and groups the
events into incidents.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer.unknown import unknown_names
from timeline.dates import find_dates
from timeline.errors import ErrorPolicy, ExtractionError
from timeline.extract import events, published, reader
from timeline.extract.incidents import group_incidents
from timeline.models import Article, Event, Incident, ReadError

#: Places precise enough that an unknown village named beside them is not the event's place.
FINE_PLACES = ("point", "village", "town")


def read_inputs(paths: Sequence[Path]) -> Iterator[Article | ReadError]:
    """The articles of files, folders and corpora (dated where the text allows), and their read errors."""
    for item in reader.read_inputs(paths):
        yield published.dated(item, find_dates) if isinstance(item, Article) else item


def extract_article(article: Article, errors: ErrorPolicy = "raise") -> list[Event]:
    """The events of one article, each with the name of a place its sentence gives that the gazetteer
    does not know (`with_unresolved_place`); a failure raises `ExtractionError` (``errors="raise"``)
    or is logged and gives none (``errors="report"``)."""
    return [with_unresolved_place(e) for e in events.extract_article(article, find_dates, errors)]


def with_unresolved_place(event: Event) -> Event:
    """`event` with ``place_unresolved``: the first name its sentence gives a place after a naming head
    (قرية X) that the gazetteer does not know, when the event has no place finer than a city; an
    event with no place at all also keeps it as its ``place_text``. Nothing is located by it."""
    if event.place_precision in FINE_PLACES:
        return event
    unknown = unknown_names(event.evidence)
    if not unknown:
        return event
    name = unknown[0].text
    return dataclasses.replace(event, place_unresolved=name, place_text=event.place_text or name)


def extract_or_failure(article: Article) -> tuple[list[Event], ReadError | None]:
    """The events of one article and None, or no events and the record of why extraction failed
    (its input, the article and the error), to be reported while the rest goes on."""
    try:
        return extract_article(article), None
    except ExtractionError as exc:
        return [], ReadError(path=article.path, reason=str(exc))


@dataclass
class Extraction:
    """What `extract_paths` found: events grouped into incidents, and the inputs it could not read."""

    read: int = 0
    events: list[Event] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


def _duplicate(article: Article, first: str) -> ReadError:
    """The report of an article whose id an article read before holds (`first`, its path)."""
    head, _, tail = article.path.rpartition(":")
    path, line = (head, int(tail)) if head and tail.isdecimal() else (article.path, None)
    reason = f"article id {article.article_id} is already that of the article at {first}; this one is left out"
    return ReadError(path, reason, line=line)


def extract_paths(paths: Sequence[Path]) -> Extraction:
    """The events of every article of `paths`, grouped into incidents; an input that cannot be read
    or extracted is reported in `Extraction.errors` and the others go on. Of two articles with one
    id, the first read is kept and the other reported, so that event and incident ids are unique."""
    found, extracted, first_seen = Extraction(), [], {}
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            found.errors.append(item)
            continue
        if item.article_id in first_seen:
            found.errors.append(_duplicate(item, first_seen[item.article_id]))
            continue
        first_seen[item.article_id] = item.path
        found.read += 1
        article_events, failure = extract_or_failure(item)
        extracted.extend(article_events)
        found.errors.extend([failure] if failure else [])
    found.events, found.incidents = group_incidents(extracted)
    return found
