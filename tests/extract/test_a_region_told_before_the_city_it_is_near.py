"""A region inside one governorate that the attack is told at (غاراتها على الغوطة الشرقية) is its place though
the clause goes on to call the region one near a city (آخر معقل للمعارضة قرب دمشق); a city told first with
the region after it describing the city (في محيط دوما، أبرز مدن الغوطة الشرقية) stays the place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_relation) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكثفت الطائرات غاراتها على الغوطة الشرقية يوم 7 آب 2016 وهي آخر معقل للمعارضة قرب دمشق.",
         [("Eastern Ghouta", None)]),
        ("واندلعت يوم 7 آب 2016 اشتباكات عنيفة بين الفصائل وقوات النظام قرب دوما كبرى مدن الغوطة الشرقية.",
         [("Dūmā", "near")]),
    ],
    ids=["region-then-city", "city-then-region"],
)
def test_region_or_city(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
