"""The labelled date expressions (every form Arabic news writes) and the date-free news sentences.

``tests/data/date_expressions.tsv`` holds sentences written in the styles of
Levantine, Egyptian, Gulf, Iraqi and Maghrebi news, one row per sentence, with
every mention it holds as ``[text, first day, last day, precision, date_basis,
weekday_conflict]``. ``tests/data/date_free_sentences.tsv`` holds news
sentences full of numbers (tolls, ages, distances, calibres, street numbers,
"24 ساعة") and no date.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter

import pytest

from tests.conftest import REPO_ROOT
from timeline.dates import find_dates
from timeline.models import DATE_PRECISIONS, MENTION_BASES

DATA = REPO_ROOT / "tests" / "data"
KINDS = (
    "absolute", "words", "numeric", "relative", "calendar", "range", "holiday", "colloquial", "precision",
    "conflict", "anchor", "hijri",
)
STYLES = ("lev", "egy", "gulf", "iraq", "magh")


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


EXPRESSIONS = _rows("date_expressions.tsv")
DATE_FREE = _rows("date_free_sentences.tsv")


def _reference(row: dict[str, str]) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row["reference"] else None


def read(sentence: str, reference: dt.date | None) -> list[list]:
    """The mentions of a sentence in the labelled form."""
    return [
        [
            m.text,
            m.value.isoformat() if m.value else None,
            m.end_value.isoformat() if m.end_value else None,
            m.precision,
            m.date_basis,
            m.weekday_conflict,
        ]
        for m in find_dates(sentence, reference)
    ]


def test_the_set_is_large_varied_and_well_formed() -> None:
    expected = [json.loads(r["expected"]) for r in EXPRESSIONS]
    assert sum(len(e) for e in expected) >= 600
    assert len({r["id"] for r in EXPRESSIONS}) == len(EXPRESSIONS)
    assert len({r["sentence"] for r in EXPRESSIONS}) == len(EXPRESSIONS)
    kinds, styles = Counter(r["kind"] for r in EXPRESSIONS), Counter(r["style"] for r in EXPRESSIONS)
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 25, kinds
    assert set(styles) == set(STYLES) and min(styles.values()) >= 100, styles
    for row, mentions in zip(EXPRESSIONS, expected, strict=True):
        for text, first, last, precision, basis, conflict in mentions:
            assert text in row["sentence"], row["id"]
            assert precision in DATE_PRECISIONS and (basis is None or basis in MENTION_BASES), row["id"]
            assert (first is None) == (last is None) == (basis is None) and isinstance(conflict, bool), row["id"]
            assert first is None or first <= last, row["id"]


def _wrong(rows: list[dict[str, str]]) -> list[str]:
    return [r["id"] for r in rows if read(r["sentence"], _reference(r)) != json.loads(r["expected"])]


def test_every_expression_is_read_exactly_overall() -> None:
    wrong = _wrong(EXPRESSIONS)
    assert 1 - len(wrong) / len(EXPRESSIONS) >= 0.98, wrong


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_read_exactly(kind: str) -> None:
    rows = [r for r in EXPRESSIONS if r["kind"] == kind]
    wrong = _wrong(rows)
    assert 1 - len(wrong) / len(rows) >= 0.95, wrong


def test_date_free_sentences_are_two_hundred_distinct_news_sentences() -> None:
    sentences = [r["sentence"] for r in DATE_FREE]
    assert len(sentences) == len(set(sentences)) == 200
    assert sum(any(c.isdigit() for c in s) for s in sentences) >= 150  # numbers everywhere, none a date


@pytest.mark.parametrize("reference", [None, dt.date(2016, 7, 20)], ids=["no-reference", "reference"])
def test_no_date_in_date_free_sentences(reference: dt.date | None) -> None:
    found = {r["id"]: read(r["sentence"], reference) for r in DATE_FREE}
    assert {k: v for k, v in found.items() if v} == {}
