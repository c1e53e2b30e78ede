""""To pound" (دكت المدفعية، دكت الطائرات) tells a bombardment, typed by the side that pounds; a toll told as
its victims (راح ضحيتها 20 مدنيا، ذهب ضحيته خمسة أشخاص) counts the dead. "Your hand" (يدك) is no attack."""

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
        ("دكت المدفعية مواقع التنظيم في بلدة مارع يوم الاثنين.", [("shelling", "2016-08-08", "Māri‘", None)]),
        ("ودكت الطائرات الحربية بلدة مارع يوم الاثنين.", [("airstrike", "2016-08-08", "Māri‘", None)]),
    ],
    ids=["artillery-pounded", "aircraft-pounded"],
)
def test_pounding_is_a_bombardment_of_its_sides_kind(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع انفجار في سوق بلدة مارع يوم الاثنين ذهب ضحيته خمسة أشخاص.",
         [("bombing", "2016-08-08", "Māri‘", 5)]),
        ("وقصفت طائرات حربية بلدة مارع يوم الاثنين براميل متفجرة راح ضحيتها 20 مدنيا.",
         [("airstrike", "2016-08-08", "Māri‘", 20)]),
    ],
    ids=["went-as-its-victims", "fell-as-its-victims"],
)
def test_victims_of_an_attack_are_its_dead(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_your_hand_is_no_pounding() -> None:
    assert _events("وفي يدك مفاتيح المدينة يوم الاثنين.") == []
