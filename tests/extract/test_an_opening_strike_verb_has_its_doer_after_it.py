"""A strike word written like a past verb (قصف) that opens its sentence or clause is the verb, and the
side right after it the one that struck (وقصف الجيش الإسرائيلي فجر الخميس مواقع); inside a clause it
stays a verbal noun whose side may be the one struck (تحدث ناشطون عن قصف قوات النظام)."""

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
        ("وقصف الجيش الإسرائيلي فجر الخميس مواقع عسكرية قرب مدينة منبج.",
         [("airstrike", "2016-08-11", "Manbij", "Israel")]),
        ("قصف الحوثيون يوم 10 آب 2016 أحياء سكنية في مدينة منبج.",
         [("shelling", "2016-08-10", "Manbij", "Houthis")]),
        ("انسحب المقاتلون من التلال يوم 10 آب 2016، وقصف قوات النظام مدينة منبج بالمدفعية.",
         [("shelling", "2016-08-10", "Manbij", "Syrian army")]),
    ],
    ids=["sentence-opening", "without-conjunction", "after-a-comma"],
)
def test_the_side_after_an_opening_strike_verb_struck(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_side_after_a_strike_noun_inside_a_clause_is_struck() -> None:
    assert _events("وتحدث ناشطون عن قصف قوات النظام في مدينة منبج بعد ظهر 10 آب 2016.") == []
