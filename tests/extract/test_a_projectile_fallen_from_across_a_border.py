"""A projectile (مقذوف) that falls on a town from across a border and wounds or kills is a shelling; a
projectile with no strike, no side and no toll in its clause (a physics lesson) is none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وباشر الدفاع المدني يوم 10 آب 2016 بلاغا عن سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل في "
         "مدينة نجران نتج عنه إصابة طفلين.",
         [("shelling", "2016-08-10", "Najrān", None)]),
        ("وقتل مواطنان يوم 10 آب 2016 جراء سقوط مقذوفات على حي سكني في مدينة جازان.",
         [("shelling", "2016-08-10", "Jizan", 2)]),
    ],
    ids=["projectile-on-a-house", "projectiles-on-a-district"],
)
def test_a_fallen_projectile_is_a_shelling(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_projectile_in_a_lesson_is_no_attack() -> None:
    assert _events("وشرح المدرس للطلاب في مدينة نجران يوم 10 آب 2016 كيف تتحرك المقذوفات في الهواء.") == []
