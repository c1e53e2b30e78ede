"""A report's strikes near a count of cities that names some of them after a word of "among them" (بالقرب من 8 مدن
عراقية منها الموصل والفلوجة والرمادي) are one attack near each city named, as the labelling guide's call for
coalition statements says; the cities left unnamed give none. The same count with no city named, or over
provinces with no word of nearness (في 8 محافظات منها نينوى والأنبار), stays a total."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت طائرات التحالف يوم الأربعاء مواقع قتالية بالقرب من 8 مدن عراقية منها الموصل والفلوجة والرمادي.",
         [("airstrike", "2016-08-10", "Mosul"), ("airstrike", "2016-08-10", "Al Fallūjah"),
          ("airstrike", "2016-08-10", "Ramadi")]),
        ("ضربت طائرات التحالف يوم الأربعاء أهدافا قرب سبع مدن من بينها الموصل والفلوجة والرمادي.",
         [("airstrike", "2016-08-10", "Mosul"), ("airstrike", "2016-08-10", "Al Fallūjah"),
          ("airstrike", "2016-08-10", "Ramadi")]),
    ],
    ids=["among-them", "from-among-them"],
)
def test_one_attack_near_each_city_named(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "نفذت طائرات التحالف ضربات جوية يوم الأربعاء في 8 محافظات منها نينوى والأنبار وصلاح الدين.",
        "استهدفت طائرات التحالف يوم الأربعاء مواقع قتالية بالقرب من 8 مدن عراقية.",
    ],
    ids=["provinces-not-near", "no-city-named"],
)
def test_a_count_with_no_city_named_near_stays_a_total(text: str) -> None:
    assert _events(text) == []
