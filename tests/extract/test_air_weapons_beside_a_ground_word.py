"""A ground attack verb with aircraft for its subject (هاجمت الطائرات المطار) and a volley of missiles
joined by barrels (قصف بالصواريخ والبراميل المتفجرة: barrels are dropped from aircraft) are airstrikes;
a capture of aircraft and missiles joined by mortars stay what their words tell."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهاجمت الطائرات الروسية معسكرا قرب مدينة منبج يوم 10 آب 2016.", ["airstrike"]),
        ("وهاجمت طائرات مسيرة معسكرا قرب مدينة منبج يوم 10 آب 2016.", ["airstrike"]),
        ("وهاجم المسلحون معسكرا قرب مدينة منبج يوم 10 آب 2016.", ["ground_attack"]),
        ("وسيطرت الفصائل على الطائرات في مطار قرب مدينة منبج يوم 10 آب 2016.", ["ground_attack"]),
    ],
    ids=["aircraft-attacked", "drones-attacked", "gunmen-attacked", "aircraft-captured"],
)
def test_a_ground_verb_with_aircraft_for_subject(text: str, expected: list[str]) -> None:
    assert _types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت قوات النظام بعشرات الصواريخ والبراميل المتفجرة أحياء مدينة منبج يوم 10 آب 2016.", ["airstrike"]),
        ("وقصفت قوات النظام بالصواريخ الفراغية والبراميل المتفجرة أحياء مدينة منبج يوم 10 آب 2016.", ["airstrike"]),
        ("وقصفت قوات النظام بعشرات الصواريخ وقذائف الهاون أحياء مدينة منبج يوم 10 آب 2016.", ["shelling"]),
        ("وأطلقت الفصائل صواريخ على طائرة في مطار قرب مدينة منبج يوم 10 آب 2016.", ["shelling"]),
    ],
    ids=["missiles-and-barrels", "missiles-named-and-barrels", "missiles-and-mortars", "missiles-at-an-aircraft"],
)
def test_missiles_joined_by_barrels(text: str, expected: list[str]) -> None:
    assert _types(text) == expected
