"""A place named as what the taken or struck ground overlooks (التلال المطلة على مطار المزة، الجبل المطل على
مدينة حلب، حاجز مطل على بلدة بلودان) is a reference point near the attack, not the place it happened."""

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
        ("وقالت الفصائل إنها سيطرت أمس على التلال المطلة على مطار المزة العسكري.", [("Mezzeh", "near")]),
        ("وسيطر الجيش أمس على الجبل المطل على مدينة حلب.", [("Aleppo", "near")]),
        ("وسيطر المقاتلون أمس على حاجز مطل على بلدة بلودان.", [("Bloudan", "near")]),
        ("وسيطر الجيش أمس على مطار المزة العسكري.", [("Mezzeh", None)]),
    ],
    ids=["hills-overlooking-an-airport", "mountain-overlooking-a-city", "indefinite", "the-airport-itself"],
)
def test_an_overlooked_place_is_a_reference_point(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
