"""A side an attack is blamed on (نسب إلى داعش، نسبته السلطات إلى الحزب) is its actor however far after the trigger
it is written in the clause, hedged, since it is another's word; the side blamed for what a strike answers (ردا على
صواريخ نسبتها إلى إيران) is not the striker."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 28)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.actor_hedged, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبدلت تركيا موقفها بعد هجوم دام في 20 تموز في مدينة سروج على الحدود مع سوريا نسب إلى تنظيم داعش وأودى "
         "بحياة 32 شخصا.", [("ground_attack", "2016-07-20", "Suruç", "ISIS", True, 32)]),
        ("وقتل شرطيان صباح الأحد في هجوم استهدف مقرا للشرطة في مدينة منبج قرب الحدود التركية نسبته السلطات إلى حزب "
         "العمال الكردستاني.", [("ground_attack", "2016-07-24", "Manbij", "PKK", True, 2)]),
    ],
    ids=["blamed-far-after-a-cause-word", "blamed-by-the-authorities"],
)
def test_the_side_blamed_is_the_actor_hedged(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_side_blamed_for_what_a_strike_answers_is_not_the_striker() -> None:
    text = "وقصفت الطائرات الإسرائيلية مواقع في مدينة القنيطرة يوم الأحد ردا على إطلاق صواريخ نسبتها إلى إيران."
    assert _events(text) == [("airstrike", "2016-07-24", "Al Qunayţirah", "Israel", False, None)]


def test_a_doer_named_by_a_verb_of_doing_is_not_hedged() -> None:
    text = "وقتل 4 جنود في ضربة على مدينة منبج يوم الأحد نفذها الطيران الروسي."
    assert _events(text) == [("airstrike", "2016-07-24", "Manbij", "Russia", False, 4)]
