"""Attacks done on purpose as a practice (تتعمد القوات استهداف), still carried out (لا يزال ينفذ هجمات) or counted in
times (استهدفتها أربع مرات), a verbal attack told in an interview (هاجم في مقابلة تلفزيونية الحكومة) and an office
stormed by people protesting (اقتحم طلاب كانوا يتظاهرون) are no one attack; one attack told beside them stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الأهالي أن القوات تتعمد استهداف أي تحرك للمدنيين في مدينة منبج.",
        "واتهمت الوحدات الجيش أمس باستهدافها أربع مرات على الأقل في مدينة منبج.",
        "وهاجم الوزير في مقابلة تلفزيونية يوم 10 آب 2016 الحكومة في مدينة منبج.",
        "واقتحم طلاب كانوا يتظاهرون يوم 10 آب 2016 مكتب الوزير في مدينة منبج.",
        "وقال مسؤولون إن تنظيم داعش لا يزال ينفذ هجمات قرب مدينة كركوك.",
    ],
    ids=["on-purpose", "four-times", "in-an-interview", "protesters-storm-an-office", "still-carrying-out-attacks"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واستهدفت القوات يوم 10 آب 2016 حافلة للمدنيين في مدينة منبج ما أدى إلى مقتل أربعة.",
         [("shelling", "2016-08-10", "Manbij", 4)]),
        ("واقتحم مسلحون يوم 10 آب 2016 مكتب الوزير في مدينة منبج ما أدى إلى مقتل ثلاثة حراس.",
         [("ground_attack", "2016-08-10", "Manbij", 3)]),
    ],
    ids=["one-strike-with-its-toll", "gunmen-storm-an-office"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
