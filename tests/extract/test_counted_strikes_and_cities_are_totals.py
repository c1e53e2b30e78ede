"""Totals told by counts: air strikes counted in the hundreds without a day of their own, or in the
thousands, and attacks over four or more counted cities or provinces, are not one attack; fewer strikes, a
day's hundreds, shells in the hundreds, three cities and a city named among those counted near stay events."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import count_before
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات الحربية أكثر من 400 غارة جوية على مدينة منبج.", []),
        ("نفذت الطائرات الحربية مئات الغارات على مدينة منبج.", []),
        ("نفذت طائرات التحالف نحو 3 آلاف ضربة جوية على مدينة منبج يوم الأربعاء.", []),
        ("شنت الطائرات الحربية أكثر من 400 غارة جوية على مدينة منبج يوم الأربعاء.",
         [("airstrike", "2016-08-10", "Manbij")]),
        ("شنت الطائرات الحربية 12 غارة جوية على مدينة منبج يوم الأربعاء.", [("airstrike", "2016-08-10", "Manbij")]),
        ("أطلقت الفصائل أكثر من 300 قذيفة على مدينة منبج يوم الأربعاء.", [("shelling", "2016-08-10", "Manbij")]),
    ],
    ids=["hundreds-undated", "vague-hundreds", "thousands-on-a-day", "hundreds-on-a-day", "a-dozen", "shells"],
)
def test_air_strikes_counted_in_hundreds(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("أكثر من 600 غارة", 600), ("مئات من الغارات", 100), ("في عام 2004 تفجير", None),
     ("تنظيم الدولة الإسلامية هجوما", None)],
    ids=["number", "vague-with-partitive", "a-year", "inside-a-word"],
)
def test_the_count_before_a_word(text: str, expected: int | None) -> None:
    folded = normalize(text)
    assert count_before(folded, folded.rindex(" ") + 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نفذت طائرات التحالف 17 ضربة جوية في العراق قرب تسع مدن يوم الأربعاء.", []),
        # the city named among those counted is struck near (the guide's call for coalition statements)
        ("استهدفت طائرات التحالف مواقع قتالية بالقرب من 5 مدن عراقية منها الموصل يوم الأربعاء.",
         [("airstrike", "2016-08-10", "Mosul")]),
        ("قصفت طائرات التحالف مواقع في ثلاث مدن يوم الأربعاء.", [("airstrike", "2016-08-10", None)]),
        ("سيطر الجيش على مدينة منبج التي تتوسط أربع محافظات يوم الأربعاء.",
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["nine-cities", "five-cities", "three-cities", "a-count-describing-a-place"],
)
def test_attacks_over_counted_cities_are_a_total(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
