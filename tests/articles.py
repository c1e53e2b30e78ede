"""Articles made in tests from a few sentences, with a publication date from metadata (or none)."""

from __future__ import annotations

import datetime as dt

from timeline.models import Article
from timeline.pipeline import extract_article


def article(text: str, published_on: dt.date | None, article_id: str = "a", source: str | None = "SANA") -> Article:
    """An article of `text` published on `published_on` (None: undated)."""
    return Article(article_id=article_id, text=text, path=f"{article_id}.txt", source=source,
                   published=published_on, published_basis="metadata" if published_on else None)


def typed_events(text: str, published_on: dt.date | None = dt.date(2016, 8, 12)) -> list[tuple]:
    """(type, date, place) of each event extracted from an article of `text`."""
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, published_on))]


def dated_events(text: str, published_on: dt.date) -> list[tuple]:
    """(type, date, date basis, place, killed) of each event extracted from an article of `text`."""
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, published_on))]
