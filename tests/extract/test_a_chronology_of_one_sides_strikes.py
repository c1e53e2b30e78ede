"""The entries of a chronology (lines opening with a date and a colon) that name no side are the one side
its other entries name; with two sides named, or told as plain sentences, they stay without one. The entries of
months before the article are history (no events), but still name the side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

_ISRAELI = ("3 أيار/مايو 2016: إسرائيل تشن غارتين قرب دمشق.\n"
            "4 تموز/يوليو 2016: طائرات إسرائيلية تستهدف منطقة جمرايا قرب دمشق.")
_UNNAMED = "9 آب/أغسطس 2016: غارة جوية على مطار المزة العسكري في دمشق."


def _actors(text: str) -> list[str | None]:
    return [e.actor for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_ISRAELI}\n{_UNNAMED}", ["Israel"]),
        (f"{_ISRAELI}\n5 تموز/يوليو 2016: طائرات روسية تقصف مدينة تدمر.\n{_UNNAMED}",
         [None]),
        ("شنت إسرائيل في 3 أيار/مايو 2016 غارتين قرب دمشق.\nواستهدفت طائرات إسرائيلية في 4 تموز/يوليو 2016 منطقة "
         "جمرايا قرب دمشق.\nوفي 9 آب/أغسطس 2016 استهدفت غارة جوية مطار المزة العسكري في دمشق.",
         ["Israel", "Israel", None]),
    ],
    ids=["one-side", "two-sides", "plain-sentences"],
)
def test_the_side_of_a_chronology(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
