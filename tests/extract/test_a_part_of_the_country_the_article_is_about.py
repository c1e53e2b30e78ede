"""A part of "the country" (في جنوب شرق البلاد) is the country the article names most by its places and
country words, when it names that one at least twice and at least twice as often as any other; it locates
an event only when the event's clause names no other place, and keeps what the text wrote.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.place_precision, e.place_text)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


TURKISH = "وقالت السلطات التركية إن القوات التركية عززت انتشارها. "


@pytest.mark.parametrize(
    ("written", "part"),
    [("في جنوب شرق البلاد", "جنوب شرق البلاد"), ("بشرقي البلاد", "شرقي البلاد"), ("وسط البلاد", "وسط البلاد")],
    ids=["two-words", "proclitic-and-adjective", "centre"],
)
def test_a_part_of_the_country_is_the_country_the_article_names_most(written: str, part: str) -> None:
    text = TURKISH + f"وقتل مسلحون شرطيين في هجوم على مركز للشرطة {written} يوم 10 آب 2016."
    assert _places(text) == [("ground_attack", "Turkey", "country", part)]


@pytest.mark.parametrize(
    "before",
    ["وقالت السلطات التركية إن الهجوم مدان. ",
     "وقالت الحكومة التركية إن الحكومة العراقية رحبت. وأكدت الخارجية التركية أن الخارجية العراقية ستتعاون. "],
    ids=["named-once", "two-countries-alike"],
)
def test_no_country_without_a_clear_one(before: str) -> None:
    text = before + "وقتل مسلحون شرطيين في هجوم على مركز للشرطة في جنوب شرق البلاد يوم 10 آب 2016."
    assert [p[1] for p in _places(text)] == [None]


def test_another_place_of_the_clause_locates_the_event() -> None:
    text = TURKISH + "وقتل مسلحون شرطيين في هجوم على مركز للشرطة في مدينة ماردين في جنوب شرق البلاد يوم 10 آب 2016."
    assert _places(text)[0][1:3] == ("Mardin", "city")


@pytest.mark.parametrize(
    "before",
    ["وقالت مصادر تركية إن مقاتلة تركية حلقت فوق الحدود. ", "وذكرت القناتان التركيتان أن المقاتلتين التركيتين عادتا. "],
    ids=["without-the-article", "dual"],
)
def test_country_words_without_the_article_or_in_the_dual_count(before: str) -> None:
    text = before + "وقتل مسلحون شرطيين في هجوم على مركز للشرطة في جنوب شرق البلاد يوم 10 آب 2016."
    assert _places(text) == [("ground_attack", "Turkey", "country", "جنوب شرق البلاد")]
