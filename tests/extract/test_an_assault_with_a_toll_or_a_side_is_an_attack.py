"""An assault (اعتداء، اعتداءات) is a ground attack when its clause tells a toll, a strike verb or a side; an
assault told without one (on prisoners, on property) and a sexual or a verbal assault are none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 12 شخصا يوم الأربعاء في اعتداءات شنها مسلحون على قرى قرب مدينة مايدوغوري.",
         [("ground_attack", "2016-08-10", "Maiduguri", 12)]),
        ("وكان الاعتداء الذي وقع يوم 10 آب 2016 في مدينة سروج قد أوقع 30 قتيلا.",
         [("ground_attack", "2016-08-10", "Suruç", 30)]),
    ],
    ids=["assaults-by-gunmen", "the-assault-that-killed"],
)
def test_an_assault_with_a_toll_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الأهالي يوم 10 آب 2016 في مدينة سروج عن الاعتداء على الأملاك العامة.",
        "ونفى المدرب يوم 10 آب 2016 في مدينة سروج اتهامات بالاعتداء الجنسي على لاعبين.",
    ],
    ids=["on-property", "sexual"],
)
def test_an_assault_without_toll_or_side_is_no_attack(text: str) -> None:
    assert _events(text) == []
