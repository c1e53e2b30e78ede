"""Read articles from .txt, .html and .jsonl inputs into cleaned Articles.

`read_inputs` walks files and folders (recursively, sorted, hidden files
skipped) and yields one `Article` per article, or one `ReadError` per input it
cannot read (binary, empty, undecodable, unknown extension, malformed JSON
line); the rest goes on. Text encodings are detected: BOMs, then UTF-16
without BOM (zero bytes, mostly Arabic once decoded), then strict UTF-8, then
charset-normalizer restricted to Arabic code pages. HTML is parsed
with selectolax: the article body is kept, navigation and scripts dropped.
Corpus and HTML metadata win over what is inferred from the text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from timeline.errors import DecodeError
from timeline.extract import outlets
from timeline.extract.cleaning import clean
from timeline.models import Article, ReadError

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
CORPUS_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Code pages charset-normalizer may choose among when a file is not UTF-8.
ARABIC_ENCODINGS = ["cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic", "utf_16"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_DROP_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select"
_BLOCK = re.compile(r"<(/?)(p|div|br|h[1-6]|li|tr|section|article|blockquote|pre|figcaption)\b", re.I)


def _plausible(text: str) -> bool:
    """Text rather than mis-decoded binary: few control characters, letters, Arabic or Latin."""
    if not text.strip():
        return False
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return False
    letters = _LETTER.findall(text)
    return len(letters) >= len(text.strip()) * 0.3


def decode(raw: bytes) -> str:
    """Decode the bytes of a text file, detecting its encoding; raise `DecodeError`."""
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
            return text
    if b"\x00" in raw and len(raw) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text) and len(_ARABIC.findall(text)) >= len(_LETTER.findall(text)) / 2:
                return text
    if b"\x00" not in raw:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _plausible(text):
                return text
            raise DecodeError("binary content (control characters)")
    best = from_bytes(raw, cp_isolation=ARABIC_ENCODINGS).best()
    if best is not None:
        text = str(best)
        if _plausible(text) and _ARABIC.search(text):
            return text
    raise DecodeError("binary or undecodable content (not UTF-8, UTF-16 or an Arabic code page)")


def _html_body(html: str) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page and its metadata (title, url, published, site)."""
    tree = HTMLParser(html)
    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        key = (node.attributes.get("property") or node.attributes.get("name") or "").lower()
        value = (node.attributes.get("content") or "").strip()
        if key and value:
            meta.setdefault(key, value)
    title_node = tree.css_first("title")
    info = {
        "title": meta.get("og:title") or (title_node.text(strip=True) if title_node else ""),
        "url": meta.get("og:url", ""),
        "published": meta.get("article:published_time") or meta.get("date") or meta.get("pubdate", ""),
        "site": meta.get("og:site_name", ""),
    }
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    body = tree.css_first("article") or tree.css_first("main") or _largest_block(tree)
    if body is None:
        return "", info
    marked = HTMLParser(_BLOCK.sub(lambda m: "\n<" + m.group(1) + m.group(2), body.html or ""))
    root = marked.body or marked.root
    return (root.text(separator="") if root else ""), info


def _largest_block(tree: HTMLParser):
    """The element holding the most paragraph text, else the body."""
    best, best_len = None, 0
    for node in tree.css("div, section, td"):
        length = sum(len(p.text(strip=True)) for p in node.css("p") if p.parent == node)
        if length > best_len:
            best, best_len = node, length
    return best or tree.body


def _published_metadata(value: object) -> dt.date | None:
    if not value:
        return None
    return dt.date.fromisoformat(str(value).strip()[:10])


def _title(text: str) -> str | None:
    """The first line of at least three words and no year: the headline of a plain text."""
    for line in text.split("\n")[:5]:
        if len(line.split()) >= 3 and not _YEAR.search(line):
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
    """Clean `raw_text` and complete the metadata the caller did not give."""
    text = clean(raw_text)
    if source:
        found = outlets.outlet(source)
        name, name_ar, basis = (found.name if found else source), (found.name_ar if found else None), "metadata"
    else:
        found = outlets.publisher(raw_text)
        name, name_ar, basis = (found.name, found.name_ar, "signature") if found else (None, None, None)
    return Article(
        article_id=article_id,
        text=text,
        path=path,
        title=title or _title(text),
        source=name,
        source_ar=name_ar,
        source_basis=basis,
        published=published_on,
        published_basis="metadata" if published_on else None,
        url=url or None,
        cited_sources=outlets.cited_sources(text, exclude=name),
        sha1=sha1,
    )


def _read_file(path: Path) -> Iterator[Article | ReadError]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReadError(str(path), f"unsupported file type {suffix or '(none)'!r}")
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if suffix in CORPUS_SUFFIXES:
        yield from _read_corpus(path, raw)
        return
    try:
        text = decode(raw)
    except DecodeError as exc:
        yield ReadError(str(path), str(exc))
        return
    sha1 = hashlib.sha1(raw).hexdigest()
    if suffix in TEXT_SUFFIXES:
        yield make_article(text, path.stem, str(path), sha1)
        return
    body, info = _html_body(text)
    if not body.strip():
        yield ReadError(str(path), "no article text in the HTML page")
        return
    try:
        pub = _published_metadata(info["published"])
    except ValueError:
        pub = None
    yield make_article(
        body, path.stem, str(path), sha1, title=info["title"] or None,
        source=info["site"] or None, published_on=pub, url=info["url"],
    )


def _read_corpus(path: Path, raw: bytes) -> Iterator[Article | ReadError]:
    for number, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield ReadError(str(path), f"malformed JSON line: {exc}", line=number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record.get("id"):
            yield ReadError(str(path), "a corpus line needs an object with \"id\" and \"text\"", line=number)
            continue
        try:
            pub = _published_metadata(record.get("published"))
        except ValueError:
            yield ReadError(str(path), f"bad \"published\" date {record.get('published')!r}", line=number)
            continue
        yield make_article(
            record["text"], str(record["id"]), f"{path}:{number}", hashlib.sha1(line.rstrip(b"\r")).hexdigest(),
            title=record.get("title") or None, source=record.get("source") or None,
            published_on=pub, url=record.get("url"),
        )


def _files(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path).parts
        if child.is_file() and not any(part.startswith(".") for part in rel):
            yield child


def read_inputs(paths: Sequence[Path]) -> Iterator[Article | ReadError]:
    """Yield the articles of files and folders, and a `ReadError` for each unreadable input."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in _files(path):
                yield from _read_file(child)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield ReadError(str(path), "no such file or folder")
