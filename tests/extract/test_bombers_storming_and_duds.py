"""A suicide bomber or a car bomb right after a ground verb makes the attack a bombing (a bomb that
opened the way, after a cause word, does not); a missile that did not go off, an aircraft shot down
and a warplane falling are no attacks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

SUNDAY = dt.date(2016, 8, 14)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, SUNDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي وقت مبكر من اليوم الأحد اقتحم انتحاري بجرار مفخخ مركزا للدرك في مدينة منبج.",
         [("bombing", "2016-08-14", "Manbij", None)]),
        ("واقتحم مسلحون مركزا للدرك في مدينة منبج اليوم الأحد.", [("ground_attack", "2016-08-14", "Manbij", None)]),
        ("سيطر المقاتلون على مواقع في مدينة منبج اليوم الأحد بعد هجوم بعربة مفخخة.",
         [("ground_attack", "2016-08-14", "Manbij", None)]),
        ("واقتحم مسلحون مدينة منبج اليوم الأحد وأصيب 3 أشخاص قبل أن يتمكن الجيش من صد هجومهم الانتحاري.",
         [("ground_attack", "2016-08-14", "Manbij", None)]),
    ],
    ids=["suicide-bomber-storms", "gunmen-storm", "bomb-after-a-cause-word", "bomb-far-after"],
)
def test_the_type_of_a_storming(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ونشرت وسائل إعلام روسية اليوم الأحد صورة لصاروخ توماهوك أميركي لم ينفجر في مدينة منبج.",
        "وعثر السكان على قذيفة هاون غير منفجرة في مدينة منبج اليوم الأحد.",
    ],
    ids=["missile-that-did-not-explode", "unexploded-shell"],
)
def test_a_dud_is_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_missile_that_went_off_is_one() -> None:
    assert _events("وسقط صاروخ على مدينة منبج اليوم الأحد وقتل 3 مدنيين.") == [
        ("shelling", "2016-08-14", "Manbij", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأسقطت الدفاعات الجوية السورية طائرة إسرائيلية مسيرة فوق مدينة منبج اليوم الأحد.", []),
        ("وقتل 5 أشخاص إثر سقوط طائرة حربية على سوق في مدينة منبج اليوم الأحد.", []),
        ("وأسقطت طائرة مروحية برميلين متفجرين على مدينة منبج اليوم الأحد.",
         [("airstrike", "2016-08-14", "Manbij", None)]),
        ("وسقط 5 قتلى جراء قصف طائرات حربية على مدينة منبج اليوم الأحد.", [("airstrike", "2016-08-14", "Manbij", 5)]),
    ],
    ids=["aircraft-shot-down", "warplane-falls-on-a-market", "helicopter-drops-barrels", "dead-fall-in-an-air-raid"],
)
def test_an_aircraft_shot_down_or_falling_is_no_strike(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
