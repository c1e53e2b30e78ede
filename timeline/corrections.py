"""Analysts' corrections of article metadata, kept in a file outside the repository.

A correction sets an article's publication date or outlet when the text does
not give them. It survives rebuilds: the store applies it to the article as
read, so the article's relative dates are resolved again against it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from gazetteer.paths import data_home
from timeline.errors import DataFileError
from timeline.models import Article


def corrections_file() -> Path:
    return data_home() / "corrections.json"


def load() -> dict[str, dict[str, str]]:
    """All corrections, by article id."""
    path = corrections_file()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected an object of article ids")
    return data


def save(article_id: str, *, published: dt.date | None = None, source: str | None = None) -> None:
    """Record the publication date and/or outlet of one article."""
    data = load()
    entry = data.setdefault(article_id, {})
    if published is not None:
        entry["published"] = published.isoformat()
    if source:
        entry["source"] = source.strip()
    corrections_file().write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def apply(article: Article, fixes: dict[str, dict[str, str]]) -> Article:
    """Return `article` with its correction applied (corrections win over everything)."""
    entry = fixes.get(article.article_id)
    if not entry:
        return article
    changes: dict[str, object] = {}
    if entry.get("published"):
        changes.update(published=dt.date.fromisoformat(entry["published"]), published_basis="correction")
    if entry.get("source"):
        changes.update(source=entry["source"], source_ar=None, source_basis="correction")
    return dataclasses.replace(article, **changes)
