"""An offensive a side wages since a day (تشن تركيا منذ 20 كانون الثاني هجوما) is what goes on, not one attack
dated to that day nor to its last days (في اليومين الأخيرين); an attack told with a day of its own beside a
since stays, and a month after since still dates the state it begins."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "وتشن تركيا منذ 20 كانون الثاني/يناير هجوما على منطقة عفرين، تقول إنها تستهدف وحدات حماية الشعب.",
        "وتشن القوات التركية منذ 3 يوليو (تموز) هجوما على مدينة منبج، تقول إنها تستهدف مقاتلي التنظيم.",
        "وتشن القوات التركية منذ الثالث من تموز هجوما على مدينة منبج، تقول إنها تستهدف مقاتلي التنظيم.",
    ],
    ids=["since-a-day-of-two-month-names", "since-a-day-and-a-bracketed-month", "since-an-ordinal-day"],
)
def test_an_offensive_since_a_day_is_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_strike_with_its_own_day_beside_a_since_stays() -> None:
    text = "وقصفت المدفعية التركية يوم 20 تموز مدينة عفرين التي تتعرض منذ السبت لهجمات."
    assert _events(text) == [("shelling", "2016-07-20", "‘Afrīn")]


def test_raids_stepped_up_since_a_day_and_the_last_two_days_of_them_are_no_attack() -> None:
    text = ("وصعدت الطائرات منذ السبت الماضي غاراتها على قرى ريف إدلب الجنوبي، قبل أن تستهدف مدينة خان شيخون في"
            " اليومين الأخيرين.")
    assert _events(text) == []
