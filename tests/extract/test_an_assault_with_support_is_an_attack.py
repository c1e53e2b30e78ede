"""An assault (اعتداء، اعتداءات) is a weak attack word: with a toll or an armed side in its clause it tells
an attack; an assault on interests, sovereignty or ideas, or a sexual assault, tells none."""

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
        ("قتل أربعة أشخاص الخميس في سلسلة اعتداءات وقعت في مدينة الرقة.",
         [("ground_attack", "2016-08-11", "Ar Raqqah", 4)]),
        ("أصيب ثلاثة جنود في اعتداء شنه مسلحون على حاجز قرب مدينة منبج أمس.",
         [("ground_attack", "2016-08-11", "Manbij", None)]),
    ],
    ids=["plural-with-a-toll", "singular-by-gunmen"],
)
def test_an_assault_with_a_toll_or_a_side_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "اعتبر الوزير أن الاتفاق اعتداء على المصالح العربية.",
        "ندد البرلمان أمس في مدينة حمص بالاعتداء على سيادة البلاد.",
        "تعرض رجل في مدينة حلب أمس لاعتداء جنسي.",
    ],
    ids=["on-interests", "on-sovereignty", "sexual"],
)
def test_an_assault_on_no_one_armed_is_no_attack(text: str) -> None:
    assert _events(text) == []
