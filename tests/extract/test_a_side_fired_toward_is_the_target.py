"""A side named right after a word of direction (أطلقت الفصائل صواريخ من غزة باتجاه إسرائيل، قذائف صوب القوات
التركية، تجاه الجيش) or the participle of targeting (صواريخ مستهدفة قوات البيشمركة) is what was fired at, not who
fired: it gives the event no actor, nor its way of striking as the type (Israel's air force made rockets fired at
Israel an air strike)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأطلقت الفصائل يوم الأربعاء صواريخ وقذائف من مدينة منبج باتجاه إسرائيل.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وأطلق مسلحون يوم الأربعاء قذائف هاون من مدينة منبج صوب القوات التركية.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وقصفت الفصائل يوم الأربعاء بقذائف الهاون من مدينة منبج تجاه الجيش الروسي.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وأطلقت الفصائل مساء الأربعاء قذائف مستهدفة قوات البيشمركة في مدينة منبج.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وأطلقت الفصائل يوم الأربعاء قذائف مستهدفا الجيش الروسي في مدينة منبج.",
         [("shelling", "2016-08-10", "Manbij", None)]),
    ],
    ids=["toward-a-country", "toward-a-side-s-forces", "toward-an-army", "targeting-a-side-s-forces",
         "targeting-an-army"],
)
def test_the_side_fired_at_is_no_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_side_that_fires_stays_the_actor() -> None:
    text = "وأطلقت المدفعية التركية يوم الأربعاء قذائف باتجاه مدينة منبج."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", "Turkey")]


def test_the_side_firing_at_a_side_it_targets_stays_the_actor() -> None:
    text = "وأطلق مسلحو تنظيم داعش مساء الأربعاء صواريخ مستهدفة قوات البيشمركة في مدينة منبج."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", "ISIS")]
