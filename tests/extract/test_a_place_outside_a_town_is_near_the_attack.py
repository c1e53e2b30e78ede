"""A town named as what the struck ground lies outside of (المنطقة الواقعة خارج العاصمة دمشق) is a reference point
near the attack, not the place it happened; a country so named (خارج سوريا) is no place of it at all."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    events = extract_article(article(text, dt.date(2016, 8, 12)))
    return [(e.place, e.place_relation, e.place_radius_km) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل خمسة مدنيين أمس في غارة جوية على بلدة خارج العاصمة دمشق.", [("Damascus", "near", 10.0)]),
        ("وقتل خمسة مدنيين أمس في قصف على المنطقة الواقعة خارج مدينة حلب.", [("Aleppo", "near", 10.0)]),
        ("وقتل خمسة مدنيين أمس في غارة جوية على مواقع خارج سوريا.", [(None, None, None)]),
        ("وقتل خمسة مدنيين أمس في غارة جوية على العاصمة دمشق.", [("Damascus", None, None)]),
    ],
    ids=["outside-the-capital", "outside-a-city", "outside-a-country", "the-city-itself"],
)
def test_a_town_outside_which_the_attack_was_is_a_reference_point(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
