"""The local engine: inputs read in this process, events extracted in `Work.jobs` processes here.

Articles are read in the order of `Work.files` and handed out in chunks of `Work.batch_size`;
with more than one job, a few chunks are extracted ahead in worker processes while the build
writes the previous one, so that the writer (one process) and the extractors overlap. An article
whose id was already read in this build is not extracted but reported as a duplicate; one whose
fingerprint is the store's is reported unchanged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.engines import (
    Batch,
    Prepared,
    Work,
    error_row,
    extract_chunk,
    occurrence,
    prepared,
    read_kind,
    tables,
)
from timeline.models import ReadError
from timeline.pipeline import read_inputs


@dataclass
class _Chunk:
    """Articles read and to extract, with what reading them found besides."""

    articles: list[Prepared] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    done: int = 0
    last: str = ""


def _chunks(work: Work) -> Iterator[_Chunk]:
    """The articles of `work.files`, read in order, in chunks of at most `work.batch_size` to extract."""
    first_seen: dict[str, str] = {}
    chunk = _Chunk()
    for file in work.files:
        for item in read_inputs([Path(file)]):
            if isinstance(item, ReadError):
                chunk.errors.append(error_row(item, read_kind(item), file))
                continue
            chunk.done += 1
            chunk.last = item.article_id
            if item.article_id in first_seen:
                # the first of an id in reading order keeps it; `store.name_duplicates` words the reason
                reason = f"article id {item.article_id} is already that of the article at {first_seen[item.article_id]}"
                duplicate = ReadError(file, reason + "; this one is left out", line=occurrence(item, file)[1])
                chunk.errors.append(error_row(duplicate, "duplicate", file, item.article_id, item.sha1))
                continue
            first_seen[item.article_id] = item.path
            ready, row = prepared(item, file, work)
            if work.known.get(ready.article.article_id) == ready.article.sha1:
                chunk.unchanged.append(ready.article.article_id)
            else:
                chunk.articles.append(ready)
                chunk.rows.append(row)
            if len(chunk.articles) >= work.batch_size or chunk.done >= 8 * work.batch_size:
                yield chunk
                chunk = _Chunk()
    yield chunk


def _batch(chunk: _Chunk, extracted: list[tuple[list[dict[str, Any]], str | None]]) -> Batch:
    rows, events, errors = [], [], list(chunk.errors)
    for ready, row, (event_rows, failure) in zip(chunk.articles, chunk.rows, extracted, strict=True):
        if failure is None:
            rows.append(row)
            events.extend(event_rows)
        else:  # kept out of the store, so that the next build tries it again and reports it again
            error = ReadError(row["input"], failure, line=row["line"])
            errors.append(error_row(error, "extraction", row["input"], ready.article.article_id))
    articles, events_table, errors_table = tables(rows, events, errors)
    return Batch(articles, events_table, errors_table, chunk.unchanged, chunk.done, chunk.last)


def run(work: Work) -> Iterator[Batch]:
    """Read and extract `work.files`, a `Batch` at a time, in reading order."""
    if work.jobs <= 1:
        for chunk in _chunks(work):
            yield _batch(chunk, extract_chunk(chunk.articles))
        return
    ahead: deque[tuple[_Chunk, Future]] = deque()
    with ProcessPoolExecutor(max_workers=work.jobs) as pool:
        for chunk in _chunks(work):
            ahead.append((chunk, pool.submit(extract_chunk, chunk.articles)))
            while len(ahead) > 2 * work.jobs:
                done, future = ahead.popleft()
                yield _batch(done, future.result())
        while ahead:
            done, future = ahead.popleft()
            yield _batch(done, future.result())

