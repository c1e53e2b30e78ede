"""An indefinite strike noun that a strike verb right after it has for subject (قصفا استهدف، ضربات وقعت)
tells a new attack though its clause names no side; a definite one (القصف استهدف) names one told
before, and a noun with another word before the verb is left to the other rules."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأفاد مراسل في مدينة منبج أن قصفا استهدف سوقا شعبيا يوم 10 آب 2016.",
         [("shelling", "2016-08-10", "Manbij")]),
        ("وقال مصدر محلي إن ضربات وقعت في مدينة منبج يوم 10 آب 2016.", [("airstrike", "2016-08-10", "Manbij")]),
        ("ونقلت الوكالة عن شهود أن ضربة استهدفت حافلة في مدينة منبج يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Manbij")]),
    ],
    ids=["shelling-targeted", "strikes-fell", "a-strike-hit-a-bus"],
)
def test_an_indefinite_strike_with_its_verb_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر إن القصف استهدف مدينة منبج يوم 10 آب 2016.",
        "وقال المدرب إن ضربة الجزاء وقعت في مدينة منبج يوم 10 آب 2016.",
        "وقال مصدر إن قصف مدينة منبج يوم 10 آب 2016 تحد للهدنة.",
    ],
    ids=["definite-told-before", "penalty-kick", "no-verb"],
)
def test_no_new_attack(text: str) -> None:
    assert _events(text) == []
