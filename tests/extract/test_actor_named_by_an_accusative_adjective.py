"""A side named by its adjective after an indefinite attack noun in the accusative (شنت الطائرات قصفا
إسرائيليا، نفذت هجوما أمريكيا جويا) is the actor, as it is in the nominative (قصف إسرائيلي)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _types_and_actors(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت الطائرات قصفا إسرائيليا على مواقع قرب بلدة الكسوة يوم 10 آب 2016.", [("airstrike", "Israel")]),
        ("ونفذت الطائرات هجوما أمريكيا جويا على مواقع قرب مدينة منبج يوم 10 آب 2016.", [("airstrike", "US")]),
        ("واستهدف قصف إسرائيلي مواقع قرب بلدة الكسوة يوم 10 آب 2016.", [("airstrike", "Israel")]),
    ],
    ids=["accusative", "accusative-with-air-word", "nominative"],
)
def test_the_adjective_names_the_side_in_either_case(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _types_and_actors(text) == expected
