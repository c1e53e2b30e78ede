"""Extraction engines: what reads the inputs a build must read and extracts their articles' events.

A build (`timeline.build`) decides which input files to read (`Work.files`) and writes what an
engine gives back into the store, batch by batch (`timeline.store.ingest`); the engine does the
reading and the extraction, here or elsewhere:

- ``local`` (`timeline.engines.local`): the inputs read in this process, extraction in
  `Work.jobs` processes of this machine, results handed back as Arrow `Batch` es;
- any other name ``NAME`` is the module ``timeline.engines.NAME`` with a function
  ``run(work: Work) -> Iterator[Batch | Path]``; a `Path` is a Parquet dataset that the build
  ingests whole (`timeline.store.ingest_dataset`: ``articles/`` and ``events/`` in the schemas
  of `timeline.store`).

Every engine makes its rows with the functions here (`article_row`, `extract_rows`), so that
the store holds the same thing whichever engine built it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import pkgutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from timeline import corrections, event_corrections
from timeline.event_corrections import EventCorrection
from timeline.models import Article, Event, ReadError
from timeline.pipeline import extract_or_failure
from timeline.store import ARTICLE_SCHEMA, ERROR_SCHEMA, EVENT_BATCH_SCHEMA

#: Articles a batch holds at most, by default: each batch is one transaction, whose statements cost the
#: same whatever its size, so that a build writes at a small share of what extraction costs.
BATCH_SIZE = 512


@dataclass(frozen=True)
class Work:
    """What a build asks of an engine."""

    files: Sequence[str]  #: the input files to read, in this order (sorted paths)
    rules: str  #: `timeline.rules_version.rules_version`, part of each article's fingerprint
    fixes: corrections.Fixes  #: the analysts' corrections, applied to each article read
    known: Mapping[str, str]  #: article id -> fingerprint of the article the store holds (skip when equal)
    jobs: int = 1  #: processes that extract
    batch_size: int = BATCH_SIZE  #: articles a batch holds at most
    #: the analysts' corrections of events, by article (`event_corrections.by_article`)
    event_fixes: Mapping[str, Sequence[EventCorrection]] = field(default_factory=dict)


@dataclass
class Batch:
    """One transaction's worth of results, in the schemas of `timeline.store`."""

    articles: pa.Table
    events: pa.Table
    errors: pa.Table
    unchanged: list[str] = field(default_factory=list)  #: articles read whose fingerprint is the store's
    done: int = 0  #: articles this batch accounts for (read, skipped or extracted), for progress
    last: str = ""  #: the id of its last article, for progress


Engine = Callable[[Work], Iterator["Batch | Path"]]


def available() -> list[str]:
    """The names of the engines installed here."""
    return sorted(module.name for module in pkgutil.iter_modules(__path__) if not module.name.startswith("_"))


def engine(name: str) -> Engine:
    """The ``run`` function of engine `name` (``timeline.engines.<name>``)."""
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{name}":
            raise
        raise ValueError(f"unknown engine {name!r}") from None
    return module.run


def fingerprint(article: Article, rules: str, event_fixes: str | None = None) -> str:
    """What an article's events depend on: its fields (corrections applied), the rules' version and
    the corrections of its events (`event_corrections.applied_key`). The text is hashed as it is, the
    other fields as JSON (escaping the whole text for JSON cost more than the hashing)."""
    fields = article.to_dict()
    text = fields.pop("text")
    digest = hashlib.sha1(f"{rules}\0{json.dumps(fields, sort_keys=True)}\0{len(text)}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    if event_fixes:
        digest.update(f"\0{event_fixes}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def occurrence(article: Article, file: str) -> tuple[str, int | None]:
    """The input file and corpus line (None for a whole file) that `article` was read from."""
    rest = article.path[len(file) + 1 :] if article.path.startswith(file + ":") else ""
    return file, int(rest) if rest.isdecimal() else None


@dataclass(frozen=True)
class Prepared:
    """An article ready to extract: corrections applied, its fingerprint, the corrections of its events."""

    article: Article
    event_fixes: tuple[EventCorrection, ...] = ()


def prepared(article: Article, file: str, work: Work) -> tuple[Prepared, dict[str, Any]]:
    """`article` (read from `file`) with its correction applied and its fingerprint, and its row."""
    fixed = corrections.apply(article, work.fixes)
    fixes = event_corrections.for_article(work.event_fixes, article.article_id, article.sha1)
    applied = event_corrections.applied_key(fixes)
    fixed = dataclasses.replace(fixed, sha1=fingerprint(fixed, work.rules, applied))
    row = article_row(fixed, *occurrence(article, file), article.sha1, work.fixes.get(article.article_id), applied)
    return Prepared(fixed, fixes), row


def article_row(article: Article, file: str, line: int | None, content_sha1: str,
                correction: Mapping[str, str] | None, event_fixes: str | None = None) -> dict[str, Any]:
    """The store's row of an article (`ARTICLE_SCHEMA`); ``sha1`` is its fingerprint."""
    row = article.to_dict()
    row["cited_sources"] = json.dumps(row["cited_sources"], ensure_ascii=False)
    row.update(input=file, line=line, content_sha1=content_sha1,
               correction=json.dumps(dict(correction), sort_keys=True) if correction else None,
               event_corrections=event_fixes)
    return row


def _event_row(event: Event, path: str, dismissed: bool) -> dict[str, Any]:
    row = event.to_dict()
    row["cited_sources"] = json.dumps(row["cited_sources"], ensure_ascii=False)
    row["article_path"] = path
    row["dismissed"] = dismissed
    return row


def extract_rows(item: Prepared | Article) -> tuple[list[dict[str, Any]], str | None]:
    """The event rows of one article (`EVENT_BATCH_SCHEMA`; ``dismissed`` for those an analyst said
    are not events), its corrections applied, or none and why extraction failed."""
    prepared_item = item if isinstance(item, Prepared) else Prepared(item)
    article = prepared_item.article
    events, failure = extract_or_failure(article)
    if failure is not None:
        return [], failure.reason
    kept, dismissed = event_corrections.apply(events, article.text, prepared_item.event_fixes)
    return ([_event_row(e, article.path, False) for e in kept]
            + [_event_row(e, article.path, True) for e in dismissed]), None


def extract_chunk(items: Sequence[Prepared | Article]) -> list[tuple[list[dict[str, Any]], str | None]]:
    """`extract_rows` of each article (one task of a worker process)."""
    return [extract_rows(item) for item in items]


def read_kind(error: ReadError) -> str:
    """The store's kind of a problem met reading an input: ``warning`` when it was read all the same."""
    return "warning" if error.is_warning else "read"


def error_row(error: ReadError, kind: str, file: str, article_id: str | None = None,
              content_sha1: str | None = None) -> dict[str, Any]:
    """The store's row of a problem (`ERROR_SCHEMA`)."""
    return {"path": error.path, "line": error.line, "reason": error.reason, "kind": kind, "input": file,
            "article_id": article_id, "content_sha1": content_sha1}


def tables(articles: list[dict], events: list[dict], errors: list[dict]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Rows as Arrow tables in the store's schemas."""
    return (pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA),
            pa.Table.from_pylist(events, schema=EVENT_BATCH_SCHEMA),
            pa.Table.from_pylist(errors, schema=ERROR_SCHEMA))
