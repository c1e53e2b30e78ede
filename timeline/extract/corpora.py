"""Corpus files, read in chunks: ``.jsonl``, ``.jsonl.gz`` and Parquet, one article a line or row.

Every line is checked against the record schema (`CorpusRecord`, validated by
msgspec): an object with a non-empty ``id`` (a string, or a whole number) and a
``text``; ``title``, ``source``, ``published`` (an ISO date, or a timestamp
whose first ten characters are one) and ``url`` strings when present; other
fields are ignored. A line that is not such a record (malformed, nested beyond
what Python parses, a number of thousands of digits, a field of the wrong type,
longer than the article limit) is yielded as its number and reason, and the
next line is read. A line with invalid UTF-8 is read with replacement
characters, after a warning naming its byte offset. Memory holds one line, or
one batch of Parquet rows, at a time.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import msgspec

from timeline.models import Article, ReadError

#: Parquet rows read at a time, and the bytes of the file read at a time for them.
PARQUET_BATCH_ROWS = 512
PARQUET_BUFFER_BYTES = 1 << 20
#: Longest id a record may carry (ids name events and files, one line each).
MAX_ID_CHARS = 256
_UTF8_BOM = b"\xef\xbb\xbf"
_NEEDS_ID_AND_TEXT = 'a corpus line needs an object with "id" and "text"'
_FIELDS = ("id", "text", "title", "source", "published", "url")


class CorpusRecord(msgspec.Struct, frozen=True):
    """One article of a corpus: what a line (or row) must hold; other fields are ignored."""

    id: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS)] | int
    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None


#: Makes the article of a record, given its file, its line (or row) and the digest of that line.
MakeArticle = Callable[[CorpusRecord, Path, int, str], Article | ReadError]


def published_date(value: str | None) -> dt.date | None:
    """The date of an ISO date or timestamp string; None when empty; ValueError when not a date."""
    if not value or not value.strip():
        return None
    return dt.date.fromisoformat(value.strip()[:10])


def _record_error(exc: msgspec.ValidationError) -> str:
    """msgspec's message with its field named as the corpus names it."""
    message, _, where = str(exc).partition(" - at `$.")
    if not where:
        return _NEEDS_ID_AND_TEXT
    field = where.rstrip("`").split(".")[0].split("[")[0]
    if message.startswith("Object missing required field"):
        return _NEEDS_ID_AND_TEXT
    return f'bad "{field}": {message[0].lower()}{message[1:]}'


def parse_line(line: str) -> CorpusRecord | str:
    """The record of one corpus line, or the reason it is not one."""
    try:
        data = json.loads(line)
    except RecursionError:
        return "malformed JSON line: nested too deeply"
    except ValueError as exc:  # JSONDecodeError, and an integer of more than 4300 digits
        reason = str(exc) if isinstance(exc, json.JSONDecodeError) else "a number of more than 4300 digits"
        return f"malformed JSON line: {reason}"
    if not isinstance(data, dict):
        return _NEEDS_ID_AND_TEXT
    try:
        record = msgspec.convert(data, CorpusRecord)
    except msgspec.ValidationError as exc:
        return _record_error(exc)
    except RecursionError:
        return "malformed JSON line: nested too deeply"
    if isinstance(record.id, str) and not record.id.strip():
        return _NEEDS_ID_AND_TEXT
    if isinstance(record.id, int) and len(str(record.id)) > MAX_ID_CHARS:
        return f'bad "id": a number of more than {MAX_ID_CHARS} digits'
    try:
        published_date(record.published)
    except ValueError:
        return f'bad "published" date {record.published!r}'
    return record


def _lines(handle, limit: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(number, byte offset, line) for each line of a binary stream; None for a line longer
    than `limit` bytes, whose rest is skipped unread."""
    number, offset = 0, 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        start = offset
        offset += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                offset += len(rest)
            offset += len(rest)
            yield number, start, None
            continue
        yield number, start, line


def read_jsonl(path: Path, make: MakeArticle, limit: int) -> Iterator[Article | ReadError]:
    """The articles of a ``.jsonl`` or ``.jsonl.gz`` corpus, line by line, and a `ReadError`
    for each line that is not a record (with its number and reason)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            yield from _jsonl_records(path, handle, make, limit)
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt archive: the lines before it stay
        yield ReadError(str(path), f"cannot read further: {getattr(exc, 'strerror', None) or exc}")


def _jsonl_records(path: Path, handle, make: MakeArticle, limit: int) -> Iterator[Article | ReadError]:
    for number, offset, line in _lines(handle, limit):
        if line is None:
            yield ReadError(str(path), f"line longer than the article limit of {limit / 2**20:g} MiB", line=number)
            continue
        raw = line.rstrip(b"\n").rstrip(b"\r")
        if raw.startswith(_UTF8_BOM):
            raw, offset = raw[len(_UTF8_BOM):], offset + len(_UTF8_BOM)
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            yield ReadError(str(path), f"invalid UTF-8 at byte {offset + exc.start}: replaced by U+FFFD",
                            line=number, severity="warning")
        record = parse_line(text)
        if isinstance(record, str):
            yield ReadError(str(path), record, line=number)
            continue
        yield make(record, path, number, hashlib.sha1(raw).hexdigest())


def read_parquet(path: Path, make: MakeArticle, limit: int) -> Iterator[Article | ReadError]:
    """The articles of a Parquet corpus (columns as the JSON lines' fields), a batch of rows at
    a time, and a `ReadError` for each row that is not a record (its 1-based row as the line)."""
    import pyarrow.parquet as pq  # only for Parquet corpora

    try:
        # no pre-buffering: by default pyarrow reads every column chunk ahead and holds the whole file
        parquet = pq.ParquetFile(path, buffer_size=PARQUET_BUFFER_BYTES, pre_buffer=False)
        names = set(parquet.schema_arrow.names)
        if not {"id", "text"} <= names:
            yield ReadError(str(path), 'a Parquet corpus needs the columns "id" and "text"')
            return
        number = 0
        columns = [c for c in _FIELDS if c in names]
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield _parquet_row(path, number, row, make, limit)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        yield ReadError(str(path), f"not a readable Parquet file: {exc}")


def _parquet_row(
    path: Path, number: int, row: dict[str, Any], make: MakeArticle, limit: int
) -> Article | ReadError:
    published = row.get("published")
    if isinstance(published, dt.date):  # a date or timestamp column
        row["published"] = published.isoformat()
    row = {k: v for k, v in row.items() if v is not None}
    text = row.get("text")
    if isinstance(text, str) and len(text) * 4 > limit and len(text.encode("utf-8", "surrogatepass")) > limit:
        return ReadError(str(path), f"text longer than the article limit of {limit / 2**20:g} MiB", line=number)
    try:
        record = msgspec.convert(row, CorpusRecord)
    except msgspec.ValidationError as exc:
        return ReadError(str(path), _record_error(exc), line=number)
    try:
        published_date(record.published)
    except ValueError:
        return ReadError(str(path), f'bad "published" date {record.published!r}', line=number)
    digest = hashlib.sha1(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
    return make(record, path, number, digest)
