"""Corpus lines checked against the record schema: a bad line is reported with its number and reason
and skipped, every other line read; .jsonl, .jsonl.gz and Parquet alike."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline.extract import reader
from timeline.models import Article, ReadError
from timeline.pipeline import extract_paths, read_inputs

GOOD = {"id": "good", "text": "قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب يوم الاثنين 18 تموز 2016."}
NEEDS = 'a corpus line needs an object with "id" and "text"'


def _corpus(tmp_path: Path, *lines: str, name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def _good_line(article_id: str = "good") -> str:
    return json.dumps({**GOOD, "id": article_id}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
         "malformed JSON line: nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "malformed JSON line: nested too deeply"),
        ('{"id": ' + "7" * 5001 + ', "text": "x"}', "malformed JSON line: a number of more than 4300 digits"),
        ('{"id": "a", "text": "x", "source": 5}', 'bad "source": expected `str | null`, got `int`'),
        ('{"id": "a", "text": "x", "source": ["SANA"]}', 'bad "source": expected `str | null`, got `array`'),
        ('{"id": "a", "text": "x", "title": {"ar": "غارة"}}', 'bad "title": expected `str | null`, got `object`'),
        ('{"id": "a", "text": 12}', 'bad "text": expected `str`, got `int`'),
        ('{"id": 1.5, "text": "x"}', 'bad "id": expected `int | str`, got `float`'),
        ('{"id": ' + "9" * 4000 + ', "text": "x"}', 'bad "id": a number of more than 256 digits'),
        ('{"id": "' + "x" * 300 + '", "text": "x"}', 'bad "id": expected `str` of length <= 256'),
        ('{"id": "", "text": "x"}', 'bad "id": expected `str` of length >= 1'),
        ('{"id": "  ", "text": "x"}', NEEDS),
        ('{"id": "\\u202e\\n", "text": "x"}', 'the "id" is empty once its control characters are removed'),
        ('{"text": "x"}', NEEDS),
        ('"just a string"', NEEDS),
        ("[1, 2]", NEEDS),
        ("null", NEEDS),
        ('{"id": "a", "text": "x", "published": "2016-13-45"}', "bad \"published\" date '2016-13-45'"),
        ('{"id": "a", "text": "x", "published": 2016}', 'bad "published": expected `str | null`, got `int`'),
        ('{"id": "a", "text": "x",}', "malformed JSON line: Expecting property name enclosed in double quotes: "
                                      "line 1 column 25 (char 24)"),
    ],
    ids=["deep-value", "deep-line", "5001-digit-id", "source-number", "source-list", "title-object",
         "text-number", "float-id", "huge-int-id", "long-id", "empty-id", "blank-id", "control-id", "no-id",
         "string", "array", "null", "bad-date", "date-number", "trailing-comma"],
)
def test_a_bad_line_is_reported_with_its_number_and_the_rest_is_read(tmp_path: Path, line: str, reason: str) -> None:
    corpus = _corpus(tmp_path, _good_line("first"), line, _good_line("last"))
    items = list(read_inputs([corpus]))
    assert [i.article_id for i in items if isinstance(i, Article)] == ["first", "last"]
    assert [i for i in items if isinstance(i, ReadError)] == [ReadError(str(corpus), reason, line=2)]


def test_whole_number_ids_are_read_as_text(tmp_path: Path) -> None:
    [article] = read_inputs([_corpus(tmp_path, json.dumps({**GOOD, "id": 12}))])
    assert article.article_id == "12"


def test_a_line_over_the_article_limit_is_skipped_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ARTICLE_BYTES", 1000)
    big = json.dumps({"id": "big", "text": "غارة " * 2000}, ensure_ascii=False)
    corpus = _corpus(tmp_path, _good_line("first"), big, _good_line("last"))
    items = list(read_inputs([corpus]))
    assert [i.article_id for i in items if isinstance(i, Article)] == ["first", "last"]
    assert [str(i) for i in items if isinstance(i, ReadError)] == [
        f"{corpus}:2: line longer than the article limit of 0.000953674 MiB"
    ]


def test_gzipped_corpus_is_read_like_the_plain_one(tmp_path: Path) -> None:
    lines = (_good_line("a"), '{"id": "b", "text": "x", "source": 5}', _good_line("c"))
    plain = list(read_inputs([_corpus(tmp_path, *lines)]))
    zipped = list(read_inputs([_corpus(tmp_path, *lines, name="c.jsonl.gz")]))
    assert [(i.article_id, i.text, i.sha1) for i in zipped if isinstance(i, Article)] == [
        (i.article_id, i.text, i.sha1) for i in plain if isinstance(i, Article)
    ]
    assert [(e.line, e.reason) for e in zipped if isinstance(e, ReadError)] == [(2, 'bad "source": expected '
                                                                                 "`str | null`, got `int`")]
    assert [i.path for i in zipped if isinstance(i, Article)] == [f"{tmp_path / 'c.jsonl.gz'}:{n}" for n in (1, 3)]


def test_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(("\n".join(_good_line(f"a{i}") for i in range(200)) + "\n").encode())
    path.write_bytes(data[: len(data) // 2])
    items = list(read_inputs([path]))
    articles = [i for i in items if isinstance(i, Article)]
    assert 0 < len(articles) < 200
    assert [i.article_id for i in articles] == [f"a{i}" for i in range(len(articles))]
    [error] = [i for i in items if isinstance(i, ReadError)]
    assert error.path == str(path)
    assert error.reason.startswith("cannot read further: ")


def _parquet(path: Path, rows: list[dict], schema: pa.Schema | None = None) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=2)
    return path


def test_parquet_corpus_rows_are_articles_and_bad_rows_are_reported(tmp_path: Path) -> None:
    import datetime as dt

    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("source", pa.string()),
                        ("published", pa.date32())])
    rows = [
        {"id": "p1", "text": GOOD["text"], "source": "SANA", "published": dt.date(2016, 7, 19)},
        {"id": None, "text": "x", "source": None, "published": None},
        {"id": "p3", "text": GOOD["text"], "source": None, "published": None},
    ]
    path = _parquet(tmp_path / "c.parquet", rows, schema)
    items = list(read_inputs([path]))
    assert [str(i) for i in items if isinstance(i, ReadError)] == [f"{path}:2: {NEEDS}"]
    first, third = (i for i in items if isinstance(i, Article))
    assert (first.article_id, first.path, first.source, first.published) == (
        "p1", f"{path}:1", "SANA", dt.date(2016, 7, 19))
    assert (third.article_id, third.path, third.source_basis) == ("p3", f"{path}:3", None)


def test_parquet_without_the_needed_columns_or_not_parquet(tmp_path: Path) -> None:
    no_text = _parquet(tmp_path / "a.parquet", [{"id": "x", "body": "y"}])
    garbage = tmp_path / "b.parquet"
    garbage.write_bytes(b"PAR1 not really")
    [missing] = read_inputs([no_text])
    assert missing == ReadError(str(no_text), 'a Parquet corpus needs the columns "id" and "text"')
    [broken] = read_inputs([garbage])
    assert broken.reason.startswith("not a readable Parquet file: ")


def test_parquet_text_column_of_numbers_is_reported_per_row(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "n.parquet", [{"id": "x", "text": 5}, {"id": "y", "text": 6}])
    assert [(e.line, e.reason) for e in read_inputs([path])] == [(1, 'bad "text": expected `str`, got `int`'),
                                                                (2, 'bad "text": expected `str`, got `int`')]


def test_a_hostile_corpus_in_an_articles_folder_does_not_stop_the_extraction(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _corpus(folder, _good_line("first"), "[" * 50_000, '{"id": "x", "text": "y", "source": 5}', _good_line("last"))
    (folder / "page.txt").write_text(GOOD["text"], encoding="utf-8")
    found = extract_paths([folder])
    assert found.read == 3
    assert [(e.line, e.reason) for e in found.errors] == [
        (2, "malformed JSON line: nested too deeply"), (3, 'bad "source": expected `str | null`, got `int`')]
    assert {e.article_id for e in found.events} == {"first", "last", "page"}
