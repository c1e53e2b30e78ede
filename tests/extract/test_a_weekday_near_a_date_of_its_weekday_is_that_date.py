"""A bare weekday that a written date of the same weekday stands near in its sentence (هجمات الأربعاء الدامي على
بلدة ... في 6 من شهر تموز الماضي, a Wednesday) names that date, not the latest such weekday before the
publication date; a date of another weekday, a date past another attack's trigger, or one in the next sentence
leaves the weekday its own reading."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

SATURDAY = dt.date(2016, 7, 23)


def _dates(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, SATURDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أربعون شخصا في هجمات الأربعاء الدامي على مدينة تلعفر في 6 من شهر تموز الماضي.",
         [("ground_attack", "2016-07-06", "Tal Afar")]),
        ("قتل أربعون شخصا في تفجير يوم الأربعاء 6 تموز في مدينة تلعفر.",
         [("bombing", "2016-07-06", "Tal Afar")]),
        ("في 6 من تموز، يوم الأربعاء الدامي، قتل أربعون شخصا في تفجير في مدينة تلعفر.",
         [("bombing", "2016-07-06", "Tal Afar")]),
        ("قتل أربعون شخصا في هجمات الأربعاء الدامي على مدينة تلعفر في 7 من شهر تموز الماضي.",
         [("ground_attack", "2016-07-20", "Tal Afar")]),
    ],
    ids=["same-weekday-after", "beside", "same-weekday-before", "another-weekday"],
)
def test_a_weekday_near_a_date(text: str, expected: list[tuple]) -> None:
    assert _dates(text) == expected


def test_a_date_past_another_attack_is_not_the_weekdays() -> None:
    text = "قتل عشرة في غارة جوية يوم الأربعاء على مدينة تلعفر بعد قصف في 6 تموز على مدينة الموصل."
    assert _dates(text) == [("airstrike", "2016-07-20", "Tal Afar")]


def test_a_date_in_the_next_sentence_is_not_the_weekdays() -> None:
    text = "قتل عشرة في غارة جوية يوم الأربعاء على مدينة تلعفر. وفي 6 تموز قتل خمسة في قصف على مدينة الموصل."
    assert _dates(text) == [("airstrike", "2016-07-20", "Tal Afar"), ("shelling", "2016-07-06", "Mosul")]
