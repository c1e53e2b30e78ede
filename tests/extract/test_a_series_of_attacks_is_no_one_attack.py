"""Attacks told as a series (سلسلة هجمات، موجة التفجيرات) in a clause that tells no toll, or told consecutive
(هجمات متتالية) even with their toll, are several attacks, not one. A wave of air strikes (سلسلة من الغارات) and a
series told with its day's toll stay one event."""

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
        "هزت المدينة يوم 10 آب 2016 سلسلة هجمات استهدفت مراكز للشرطة في مدينة حلب.",
        "وتأتي موجة التفجيرات في مدينة حلب بعد خلافات بين قادة التنظيم.",
        "قتل 30 جنديا خلال الأسبوع الماضي جراء هجمات متتالية للتنظيم على مواقع الجيش في ريف حلب.",
    ],
    ids=["a-series-without-toll", "a-wave-of-bombings", "consecutive-attacks-with-their-sum"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن الطيران الحربي يوم 10 آب 2016 سلسلة من الغارات على مدينة حلب.",
         [("airstrike", "2016-08-10", "Aleppo", None)]),
        ("قتل 15 شخصا يوم 10 آب 2016 في سلسلة تفجيرات ضربت مدينة حلب.",
         [("bombing", "2016-08-10", "Aleppo", 15)]),
    ],
    ids=["a-wave-of-air-strikes", "a-series-with-its-days-toll"],
)
def test_one_event_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
