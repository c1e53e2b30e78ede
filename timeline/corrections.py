"""Analysts' corrections of article metadata, kept in a file outside the repository.

A correction sets an article's publication date or outlet when the text does
not give them. It survives rebuilds: the store applies it to the article as
read, so the article's relative dates are resolved again against it.

The file is a JSON object of article ids, each an object of fields
(``{"id": {"published": "2016-09-16", "source": "SANA"}}``). `read` checks every
entry: a field that is not valid (a date that does not exist, an outlet that is not
text, a field the tool does not know, an entry that is not an object) is reported
with the file, the article and the field, and the rest is applied. `save` writes the
whole file again atomically, keeping the entries it does not touch as they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from gazetteer.paths import data_home
from timeline import locking
from timeline.errors import DataFileError
from timeline.models import Article, ReadError

Fixes = dict[str, dict[str, str]]


def corrections_file() -> Path:
    return data_home() / "corrections.json"


def _published(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r} (write it as 2016-09-16)")
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"not a date: {value!r} (write it as 2016-09-16)") from None


def _source(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not an outlet name: {value!r}")
    return value.strip()


#: The fields a correction may set, each with the function that checks and normalises its value.
FIELDS: dict[str, Callable[[Any], str]] = {"published": _published, "source": _source}


class Corrections(NamedTuple):
    """The valid corrections by article id, and a report of each one left out."""

    fixes: Fixes
    problems: list[ReadError]


def _raw(path: Path) -> dict[str, Any]:
    """The file's object of entries, unchecked; raise `DataFileError` when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}: not valid JSON ({exc})") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected an object of article ids")
    return data


def _checked(path: Path, data: dict[str, Any]) -> Corrections:
    fixes: Fixes = {}
    problems: list[ReadError] = []
    for article_id, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(ReadError(str(path), f"article {article_id}: not an object of fields ({entry!r}); skipped"))
            continue
        fields: dict[str, str] = {}
        for name, value in entry.items():
            check = FIELDS.get(name)
            if check is None:
                problems.append(ReadError(str(path), f"article {article_id}: unknown field {name!r} "
                                          f"(known: {', '.join(FIELDS)}); skipped"))
                continue
            try:
                fields[name] = check(value)
            except ValueError as exc:
                problems.append(ReadError(str(path), f"article {article_id}: field {name}: {exc}; skipped"))
        if fields:
            fixes[article_id] = fields
    return Corrections(fixes, problems)


def read() -> Corrections:
    """All valid corrections and the problems of the others; raise `DataFileError` when the file
    is not a JSON object at all (nothing in it can be applied)."""
    path = corrections_file()
    if not path.exists():
        return Corrections({}, [])
    return _checked(path, _raw(path))


def load() -> Fixes:
    """All valid corrections, by article id (see `read` for the problems of the others)."""
    return read().fixes


def save(article_id: str, *, published: dt.date | None = None, source: str | None = None) -> None:
    """Record the publication date and/or outlet of one article.

    The other entries are kept exactly as they are (even those `read` reports); the file is
    replaced atomically, one writer at a time. A file that is not a JSON object is refused
    (`DataFileError`) rather than overwritten.
    """
    path = corrections_file()
    with locking.exclusive(path.with_name(path.name + ".lock"), wait=10.0):
        data = _raw(path) if path.exists() else {}
        entry = data.get(article_id)
        entry = dict(entry) if isinstance(entry, dict) else {}
        if published is not None:
            entry["published"] = published.isoformat()
        if source and source.strip():
            entry["source"] = source.strip()
        data[article_id] = entry
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, path)


def apply(article: Article, fixes: Fixes) -> Article:
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
