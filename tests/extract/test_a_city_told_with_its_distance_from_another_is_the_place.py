"""A place told with its distance and direction from a reference city (الموصل 400 كم شمال بغداد، الفلوجة
(50/كلم شرق الرمادي)) is where the attack was: the reference city only anchors it, whatever stands between
them (a bracket, a number with or without a slash, the unit), even when the attack's verb comes after it.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2015, 7, 24)))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عند مدخل الموصل 400 كم شمال بغداد انفجرت أمس سيارة مفخخة قتلت 42 مسلحا.", ("Mosul", "city")),
        ("في الفلوجة (50/كلم شرق الرمادي) قصفت المدفعية أمس مقرا للتنظيم وقتلت سبعة من قادته.",
         ("Al Fallūjah", "city")),
    ],
    ids=["distance-without-bracket", "distance-in-brackets-with-slash"],
)
def test_the_attack_is_at_the_place_not_its_reference(text: str, place: tuple) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    ["قتل 42 مسلحا قرب بوابة الموصل 400/كم شمال بغداد", "قتل 42 مسلحا في مدينة الموصل (نحو 400 كم شمال بغداد)"],
    ids=["slash", "bracket-and-about"],
)
def test_the_reference_city_is_an_anchor(text: str) -> None:
    assert [(m.chosen.name, m.anchor) for m in gazetteer.find_places(text)] == [("Mosul", False), ("Baghdad", True)]


def test_a_second_place_after_a_count_is_no_anchor() -> None:
    """و20 قرب بغداد: another count at another place, not a distance from the first."""
    found = gazetteer.find_places("قتل 42 في الموصل و20 قرب بغداد")
    assert [(m.chosen.name, m.anchor) for m in found] == [("Mosul", False), ("Baghdad", False)]
