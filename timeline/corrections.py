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

from gazetteer import analyst
from gazetteer.paths import data_home
from timeline import event_corrections, locking
from timeline.datafile import read_json
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
    data = read_json(path)
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


# --- sharing every correction with a colleague ------------------------------------------------------

EXPORT_FORMAT, EXPORT_VERSION = "war-timeline-corrections", 1


class Imported(NamedTuple):
    """What `import_corrections` took in, and the entries it left out (with the file and the entry)."""

    articles: int
    events: int
    places: int
    problems: list[ReadError]


def export_corrections() -> str:
    """Every correction of this machine as one JSON document (articles, events, the analyst's places),
    for `import_corrections` on another: ``{"format": "war-timeline-corrections", "version": 1,
    "articles": {...}, "events": [...], "places": [...]}``. Unreadable files raise `DataFileError`."""
    path = corrections_file()
    articles = _raw(path) if path.exists() else {}
    events = event_corrections.read().corrections
    try:
        places = [p.row() for p in analyst.read_places()]
    except ValueError as exc:  # gazetteer.DataFileError
        raise DataFileError(str(exc)) from exc
    body = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "articles": articles,
            "events": [c.to_dict() for c in events], "places": places}
    return json.dumps(body, ensure_ascii=False, indent=1)


def _import_body(path: Path, content: bytes | None) -> dict[str, Any]:
    try:
        data = json.loads((content if content is not None else Path(path).read_bytes()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: not a JSON file of corrections ({exc})") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise DataFileError(f'{path}: not an export of corrections (expected "format": "{EXPORT_FORMAT}")')
    if data.get("version") != EXPORT_VERSION:
        raise DataFileError(f"{path}: version {data.get('version')!r} is not known (this tool reads "
                            f"version {EXPORT_VERSION})")
    for key, kind in (("articles", dict), ("events", list), ("places", list)):
        if not isinstance(data.get(key, kind()), kind):
            raise DataFileError(f"{path}: {key!r} must be a{'n object' if kind is dict else ' list'}")
    return data


def _import_places(path: Path, rows: list[Any], problems: list[ReadError]) -> int:
    known = {p.key for p in analyst.read_places()}
    added = 0
    for number, row in enumerate(rows, start=1):
        try:
            if not isinstance(row, dict):
                raise ValueError(f"not an object ({row!r})")
            place = analyst.parse_row(row, f"{path}: place {number}")
        except ValueError as exc:
            problems.append(ReadError(str(path), f"{exc}; skipped"))
            continue
        if place.key not in known:  # the places of this machine win
            analyst.add_place(place)
            known.add(place.key)
            added += 1
    return added


def import_corrections(path: Path | str, content: bytes | None = None) -> Imported:
    """Take in a colleague's `export_corrections` file: article corrections for fields this machine does
    not correct already, event corrections it does not hold (by id; an undo is taken too) and places
    whose names it has not placed. Every entry is checked as the files are; a bad one is reported
    (`Imported.problems`, naming the file and the entry) and the rest taken. A file that is not an
    export raises `DataFileError`. `content`, when given, is the file's bytes (an upload) and `path`
    only its name in the reports."""
    path = Path(path)
    data = _import_body(path, content)
    checked = _checked(path, data.get("articles", {}))
    problems = list(checked.problems)
    events = event_corrections.checked(path, data.get("events", []))
    problems += events.problems
    places = _import_places(path, data.get("places", []), problems)
    articles = 0
    current = load()
    for article_id, fields in checked.fixes.items():
        new = {k: v for k, v in fields.items() if k not in current.get(article_id, {})}
        if new:
            save(article_id, published=dt.date.fromisoformat(new["published"]) if "published" in new else None,
                 source=new.get("source"))
            articles += 1
    return Imported(articles, event_corrections.merge(events.corrections), places, problems)
