"""A territory named after its main city (قطاع غزة) is the territory, an approximate area holding the
city's governorate, not the city; a town of it named with it stays the finer place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision, e.place_approximate, e.place_relation)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات الإسرائيلية يوم 7 آب 2016 موقعين في قطاع غزة.", [("Gaza Strip", "region", True, None)]),
        ("قصفت الطائرات الإسرائيلية يوم 7 آب 2016 موقعين في مدينة غزة.", [("Gaza", "city", False, None)]),
        ("قصفت المدفعية الإسرائيلية يوم 7 آب 2016 موقعا شرق مدينة رفح في جنوب قطاع غزة.",
         [("Rafaḩ", "city", False, "east")]),
    ],
    ids=["the-territory", "the-city", "a-town-of-it"],
)
def test_the_territory(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
