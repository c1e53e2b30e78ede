"""Reading inputs: encodings, HTML, corpora, and the errors that let a corpus go on."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from timeline.extract.reader import decode
from timeline.models import Article, ReadError
from timeline.pipeline import read_inputs

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"
UNDECODABLE = "binary or undecodable content (not UTF-8, UTF-16 or an Arabic code page)"
TEXT = (
    "قصف جوي على قرية في ريف حلب\n\n"
    "قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب يوم الاثنين 18 تموز 2016."
)


def _read(*paths: Path) -> list[Article | ReadError]:
    return list(read_inputs(list(paths)))


@pytest.mark.parametrize(
    "name", ["cp1256.txt", "utf16.txt", "utf8_bom.txt"], ids=["windows-1256", "utf-16", "utf-8-bom"]
)
def test_text_encodings_are_detected(name: str) -> None:
    [article] = _read(DATA / name)
    assert isinstance(article, Article)
    assert article.text == TEXT
    assert article.article_id == name.removesuffix(".txt")
    assert article.sha1 == hashlib.sha1((DATA / name).read_bytes()).hexdigest()
    assert article.title == "قصف جوي على قرية في ريف حلب"
    assert (article.published, article.published_basis) == (dt.date(2016, 7, 18), "inferred")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t", "empty file"),
        (bytes(range(256)) * 8, UNDECODABLE),
        (b"\x00\x01\x02text\x03\x04\x05\x06\x07\x08" * 20, UNDECODABLE),
    ],
    ids=["empty", "blank", "all-bytes", "control-characters"],
)
def test_undecodable_bytes(raw: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(raw)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "cp1256", "iso8859_6"])
def test_encodings_without_bom(encoding: str) -> None:
    assert decode(TEXT.encode(encoding)) == TEXT


def test_folder_reports_bad_files_and_reads_the_rest() -> None:
    items = _read(DATA)
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    ids = [i.article_id for i in items if isinstance(i, Article)]
    assert errors == [
        f"{DATA / 'binary.txt'}: {UNDECODABLE}",
        f"{DATA / 'corpus.jsonl'}:2: malformed JSON line: Unterminated string starting at: line 1 column 26 (char 25)",
        f"{DATA / 'corpus.jsonl'}:3: a corpus line needs an object with \"id\" and \"text\"",
        f"{DATA / 'empty.txt'}: empty file",
        f"{DATA / 'notes.docx'}: unsupported file type '.docx'",
    ]
    assert ids == ["good-1", "good-2", "cp1256", "page", "utf16", "utf8_bom"]


def test_missing_path_is_an_error() -> None:
    assert _read(DATA / "nope.txt") == [ReadError(str(DATA / "nope.txt"), "no such file or folder")]


def test_corpus_metadata_wins() -> None:
    article = next(i for i in _read(DATA / "corpus.jsonl") if isinstance(i, Article))
    line = (DATA / "corpus.jsonl").read_bytes().split(b"\n")[0]
    assert article == Article(
        article_id="good-1",
        text="قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب أمس.",
        path=f"{DATA / 'corpus.jsonl'}:1",
        title="غارة",
        source="SANA",
        source_ar="الوكالة العربية السورية للأنباء (سانا)",
        source_basis="metadata",
        published=dt.date(2016, 7, 19),
        published_basis="metadata",
        url=None,
        cited_sources=(),
        sha1=hashlib.sha1(line).hexdigest(),
    )


def test_bad_published_date_in_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "نص", "published": "yesterday"}\n', encoding="utf-8")
    assert _read(corpus) == [ReadError(str(corpus), "bad \"published\" date 'yesterday'", line=1)]


def test_html_keeps_the_article_and_drops_navigation() -> None:
    [article] = _read(DATA / "page.html")
    assert article.text == (
        "غارة على الأتارب\n\n"
        "قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب أمس.\n\n"
        "وأصيب عشرة آخرون بجروح."
    )
    assert (article.title, article.source, article.source_basis) == ("غارة على الأتارب", "SANA", "metadata")
    assert (article.published, article.published_basis) == (dt.date(2016, 7, 19), "metadata")


def test_html_without_article_element_uses_the_largest_text_block(tmp_path: Path) -> None:
    page = tmp_path / "p.htm"
    page.write_text(
        "<html><body><div class='menu'><p>الرئيسية</p></div>"
        "<div class='story'><p>قتل ثلاثة مدنيين في قصف مدفعي على مدينة حمص.</p><p>وأصيب آخرون.</p></div>"
        "<footer>حقوق النشر</footer></body></html>",
        encoding="utf-8",
    )
    [article] = _read(page)
    assert article.text == "قتل ثلاثة مدنيين في قصف مدفعي على مدينة حمص.\n\nوأصيب آخرون."


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "e.html"
    page.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    assert _read(page) == [ReadError(str(page), "no article text in the HTML page")]


def test_seed_outlets_and_cited_sources() -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    got = {a.article_id[:3]: (a.source, a.source_basis, a.cited_sources) for a in _read(seeds)}
    assert got == {
        "000": ("SANA", "signature", ("RT Arabic",)),
        "001": ("Al-Thawra", "signature", ()),
        "002": ("Elaph", "signature", ()),
        "003": ("Al-Watan", "signature", ("Sputnik", "RT Arabic", "AFP")),
        "004": ("Al-Ray Press", "signature", ()),
    }
