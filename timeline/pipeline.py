"""Articles to events: the extract wing with the dates wing's reader.

The two wings never import each other; this module joins them. `read_inputs`
yields articles whose publication date is inferred from the text where the
metadata gives none; `extract_article` returns one article's events. Both are
plain module-level functions, so that worker processes can receive them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from timeline.dates import find_dates
from timeline.extract import events, published, reader
from timeline.models import Article, Event, ReadError


def read_inputs(paths: Sequence[Path]) -> Iterator[Article | ReadError]:
    """The articles of files, folders and corpora (dated where the text allows), and their read errors."""
    for item in reader.read_inputs(paths):
        yield published.dated(item, find_dates) if isinstance(item, Article) else item


def extract_article(article: Article) -> list[Event]:
    """The events of one article."""
    return events.extract_article(article, find_dates)
