"""A side named by its adjective with the word "military" between it and its head (الطيران العسكري التركي، القوات
العسكرية العراقية) is the actor, as it is without (الطيران التركي): a weak trigger told by it has its support."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ورد الطيران العسكري التركي يوم 10 آب 2016 على مواقع الحزب قرب مدينة زاخو.",
         [("airstrike", "2016-08-10", "Zaxo", "Turkey")]),
        ("وقال مراسل إن القوات العسكرية العراقية تمكنت من تحرير مدينة الرمادي يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Ramadi", "Iraqi forces")]),
    ],
    ids=["masculine-aircraft", "feminine-forces-freeing"],
)
def test_the_side_is_named_across_the_word_military(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
