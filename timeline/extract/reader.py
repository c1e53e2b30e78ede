"""Read articles from .txt, .html, .jsonl(.gz) and Parquet inputs into cleaned Articles.

`read_inputs` walks files and folders (recursively, sorted, hidden files
skipped) and yields one `Article` per article, or one `ReadError` per input it
cannot read (binary, empty, undecodable, unknown extension, over the article
limit, a corpus line that is not a record, a folder it may not open); the rest
goes on. A `ReadError` whose ``severity`` is ``warning`` comes just before an
article read all the same (invalid UTF-8 bytes replaced). Text encodings are
detected: BOMs, then UTF-16 without BOM (zero bytes, mostly Arabic once
decoded), then UTF-8 (a few invalid bytes replaced by U+FFFD, with a warning
naming the first one's offset), then charset-normalizer restricted to Arabic
code pages. HTML is read by `htmlpage`, corpora line by line by `corpora`.
Corpus and HTML metadata win over what is inferred from the text. Ids, titles,
outlets and urls are one plain line (`timeline.safetext.one_line`); the text
loses its control and bidirectional formatting characters (`cleaning.clean`).
Every input is bounded by `MAX_ARTICLE_BYTES`: reading and extraction take time
linear in the input, and the limit bounds their memory.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from charset_normalizer import from_bytes

from timeline.errors import DecodeError
from timeline.extract import corpora, outlets
from timeline.extract.cleaning import clean
from timeline.extract.htmlpage import page_text
from timeline.models import Article, ReadError
from timeline.safetext import one_line

#: The largest article the reader takes, in bytes: a file, a corpus line, a Parquet text.
#: Extraction needs about 60 times an article's size in memory; a news article is under 100 KB.
MAX_ARTICLE_BYTES = 10 * 2**20

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
PARQUET_SUFFIXES = (".parquet",)
CORPUS_SUFFIXES = JSONL_SUFFIXES + PARQUET_SUFFIXES
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + CORPUS_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Code pages charset-normalizer may choose among when a file is not UTF-8.
ARABIC_ENCODINGS = ["cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic", "utf_16"]
#: A file is UTF-8 with a few damaged bytes when at most this share of its non-ASCII bytes is invalid.
MAX_BAD_UTF8_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_ARABIC = re.compile(r"[^\u0621-\u064A]+")
_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: The most words a headline has (the news corpus's titles: 30 at most, 18 for all but one in a thousand).
TITLE_MAX_WORDS = 30
_BODY_ENDS = (".", "!", "\u2026")  # full stop, exclamation, ellipsis


def _letters(text: str) -> int:
    return len(_NOT_LETTER.sub("", text))


def _plausible(text: str) -> bool:
    """Text rather than mis-decoded binary: few control characters, letters, Arabic or Latin."""
    stripped = text.strip()
    if not stripped:
        return False
    if _CONTROL.subn("", text)[1] > max(2, len(text) // 200):
        return False
    return _letters(text) >= len(stripped) * 0.3


def decode(raw: bytes) -> str:
    """Decode the bytes of a text file, detecting its encoding; raise `DecodeError`."""
    return decoded(raw)[0]


def decoded(raw: bytes) -> tuple[str, str | None]:
    """The text of a file's bytes, and a warning when invalid UTF-8 bytes were replaced by
    U+FFFD (naming the first one's byte offset); raise `DecodeError` when they are no text."""
    if not raw.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after its byte-order mark: {exc.reason}") from exc
            if not _plausible(text):
                raise DecodeError(f"no text after the {encoding} byte-order mark")
            return text, None
    if b"\x00" in raw and len(raw) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text) and len(_NOT_ARABIC.sub("", text)) >= _letters(text) / 2:
                return text, None
    if b"\x00" not in raw:
        text = raw.decode("utf-8", errors="surrogateescape")
        bad = _ESCAPED_BYTE.search(text)
        if bad is None or _mostly_utf8(raw, text):
            if not _plausible(_ESCAPED_BYTE.sub("\ufffd", text)):
                raise DecodeError("binary content (control characters)")
            if bad is None:
                return text, None
            return _replaced(text, bad.start())
    best = from_bytes(raw, cp_isolation=ARABIC_ENCODINGS).best()
    if best is not None:
        text = str(best)
        if _plausible(text) and _NOT_ARABIC.sub("", text):
            return text, None
    raise DecodeError("binary or undecodable content (not UTF-8, UTF-16 or an Arabic code page)")


def _mostly_utf8(raw: bytes, escaped: str) -> bool:
    """At most `MAX_BAD_UTF8_SHARE` of the non-ASCII bytes are invalid UTF-8 (a damaged UTF-8 file,
    not another encoding, whose non-ASCII bytes are nearly all invalid)."""
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    return len(_ESCAPED_BYTE.findall(escaped)) <= max(1, high * MAX_BAD_UTF8_SHARE)


def _replaced(escaped: str, first: int) -> tuple[str, str]:
    """The text with each invalid byte as U+FFFD, and the warning naming the first one's offset."""
    text, count = _ESCAPED_BYTE.subn("\ufffd", escaped)
    offset = len(escaped[:first].encode("utf-8", errors="surrogateescape"))
    more = f" (and {count - 1} more)" if count > 1 else ""
    return text, f"invalid UTF-8 byte at offset {offset}{more}: replaced by U+FFFD"


def _headline(line: str) -> bool:
    """A line that reads as a headline: three to `TITLE_MAX_WORDS` words, no year, and no full stop
    or exclamation at its end (a sentence of the body ends with one; a headline seldom does)."""
    words = len(line.split())
    return 3 <= words <= TITLE_MAX_WORDS and not _YEAR.search(line) and not line.rstrip().endswith(_BODY_ENDS)


def _title(text: str) -> str | None:
    """The headline of a plain text: the first of its first five lines that reads as one (`_headline`)
    and has text after it. A text of one paragraph has no title: its only line is its body."""
    lines = text.split("\n", 5)
    for index, line in enumerate(lines[:5]):
        if _headline(line) and any(rest.strip() for rest in lines[index + 1:]):
            return line
    return None


def make_article(
    raw_text: str,
    article_id: str,
    path: str,
    sha1: str,
    title: str | None = None,
    source: str | None = None,
    published_on: dt.date | None = None,
    url: str | None = None,
) -> Article:
    """Clean `raw_text` and complete the metadata the caller did not give; the id, title, outlet
    and url become one plain line each."""
    text = clean(raw_text)
    source = one_line(source) if source else None
    if source:
        found = outlets.outlet(source)
        name, name_ar, basis = (found.name if found else source), (found.name_ar if found else None), "metadata"
    else:
        found = outlets.publisher(raw_text)
        name, name_ar, basis = (found.name, found.name_ar, "signature") if found else (None, None, None)
    return Article(
        article_id=one_line(article_id),
        text=text,
        path=path,
        title=(one_line(title) if title else None) or _title(text),
        source=name,
        source_ar=name_ar,
        source_basis=basis,
        published=published_on,
        published_basis="metadata" if published_on else None,
        url=(one_line(url) if url else None) or None,
        cited_sources=outlets.cited_sources(text, exclude=name),
        sha1=sha1,
    )


def _file_id(path: Path, sha1: str) -> str:
    """The id of a file's article: its name without extension, else (a name of control
    characters only) its digest."""
    return one_line(path.stem) or f"file-{sha1[:12]}"


def _record_article(record: corpora.CorpusRecord, path: Path, line: int, sha1: str) -> Article | ReadError:
    article_id = one_line(str(record.id))
    if not article_id:
        return ReadError(str(path), "the \"id\" is empty once its control characters are removed", line=line)
    return make_article(
        record.text, article_id, f"{path}:{line}", sha1, title=record.title or None,
        source=record.source or None, published_on=corpora.published_date(record.published), url=record.url,
    )


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def _read_file(path: Path) -> Iterator[Article | ReadError]:
    suffix = _suffix(path)
    if suffix is None:
        yield ReadError(str(path), f"unsupported file type {path.suffix.lower() or '(none)'!r}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from corpora.read_jsonl(path, _record_article, MAX_ARTICLE_BYTES)
        return
    if suffix in PARQUET_SUFFIXES:
        yield from corpora.read_parquet(path, _record_article, MAX_ARTICLE_BYTES)
        return
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield ReadError(str(path), f"{size / 2**20:.1f} MiB: over the article limit of "
                                       f"{MAX_ARTICLE_BYTES / 2**20:g} MiB")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        text, warning = decoded(raw)
    except DecodeError as exc:
        yield ReadError(str(path), str(exc))
        return
    if warning:
        yield ReadError(str(path), warning, severity="warning")
    sha1 = hashlib.sha1(raw).hexdigest()
    if suffix in TEXT_SUFFIXES:
        yield make_article(text, _file_id(path, sha1), str(path), sha1)
        return
    body, info = page_text(text)
    if not clean(body):
        yield ReadError(str(path), "no article text in the HTML page")
        return
    try:
        pub = corpora.published_date(info["published"])
    except ValueError:  # a page's own metadata, not a corpus record: the text may still date it
        pub = None
    yield make_article(
        body, _file_id(path, sha1), str(path), sha1, title=info["title"] or None,
        source=info["site"] or None, published_on=pub, url=info["url"],
    )


def _files(folder: Path) -> Iterator[Path | ReadError]:
    """The files under `folder`, sorted, hidden ones (and those under hidden folders) left out;
    a `ReadError` for each sub-folder that cannot be listed."""
    found: list[Path] = []
    errors: list[ReadError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(ReadError(str(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, f) for f in files if not f.startswith("."))
    yield from errors
    yield from sorted(found)


def read_inputs(paths: Sequence[Path]) -> Iterator[Article | ReadError]:
    """Yield the articles of files and folders, and a `ReadError` for each unreadable input."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in _files(path):
                if isinstance(child, ReadError):
                    yield child
                elif child.is_file():
                    yield from _read_file(child)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield ReadError(str(path), "no such file or folder")
