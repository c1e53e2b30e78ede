"""An event told twice in an article takes the actor its other telling names when both give the same day
or spot, never from a telling that only agrees by what it leaves out or names an area around the spot
(sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "across"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 5 مدنيين في غارات على مدينة منبج يوم 10 آب 2016. وقال ناشطون إن طائرات روسية نفذت غارات يوم 10 آب "
         "2016.", [("airstrike", "2016-08-10", "Manbij", "Russia", 5)]),
        ("وقتل 5 مدنيين في قصف بقذائف الهاون على مدينة منبج. وازداد قصف مواقع الجيش من قبل مسلحي داعش في محافظة "
         "حلب.", [("shelling", None, "Manbij", None, 5)]),
    ],
    ids=["same-day-names-the-actor", "area-around-the-spot-does-not"],
)
def test_the_actor_of_an_event_told_twice(text: str, expected: list) -> None:
    assert _events(text) == expected
