"""Totals told without a count of attacks: a toll over a period referred back to (خلال هذه الفترة), over
the first months of a period, over half a year or since a side took the place (منذ السيطرة عليها), plural
attacks told over two months (في مايو ويونيو), attacks over four or more far-apart cities or provinces listed, a
toll in the hundreds told with no date, and a series named as what the told act came after, are not one attack;
one day's strikes on two provinces, a dated toll, a chemical attack's toll, a series on a night, the first strike
since a side took the place and strikes told in one month stay events."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المرصد إن 150 مدنيا قتلوا جراء الغارات على مدينة منبج خلال هذه الفترة.", []),
        ("وقتل 20 شخصا في هجمات على مدينة منبج خلال الأشهر الثلاثة الأولى من العام.", []),
        ("وقتل 20 شخصا في تفجيرات استهدفت مدينة منبج خلال النصف الأول من عام 2015.", []),
        ("وأعدم التنظيم أكثر من 300 شخص في مدينة منبج منذ السيطرة عليها العام الماضي.", []),
        ("وشن التحالف غارات على مدينة منبج في مايو ويونيو من عام 2015.", []),
        ("قتل 30 مسلحا في غارات التحالف على محافظات حماة وحلب وحمص ودير الزور.", []),
        ("أدى الهجوم على مدينة منبج إلى مقتل أكثر من 1500 شخص في قصف متواصل بالطائرات والمدافع.", []),
        ("دافعت واشنطن الأربعاء عن حق أنقرة في ضرب حزب العمال الكردستاني بعد سلسلة من الغارات الجوية على مواقعه.",
         []),
    ],
    ids=["this-period", "first-months", "half-a-year", "since-taken", "two-months", "four-provinces",
         "undated-hundreds", "a-series-followed"],
)
def test_totals_give_no_event(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 30 مسلحا في غارات التحالف على محافظتي حماة وحلب يوم الأربعاء.",
         [("airstrike", "2016-08-10", "Hama", None), ("airstrike", "2016-08-10", "Aleppo", None)]),
        ("أدى القصف على مدينة منبج يوم الأربعاء إلى مقتل أكثر من 600 شخص.",
         [("shelling", "2016-08-10", "Manbij", 600)]),
        ("أدى الهجوم الكيماوي على مدينة منبج إلى مقتل أكثر من 1400 شخص.", [("other", None, "Manbij", 1400)]),
        ("شن الطيران التركي ليل الأربعاء سلسلة غارات على مواقع المتمردين في مدينة منبج.",
         [("airstrike", "2016-08-10", "Manbij", None)]),
        ("وقصفت الطائرات يوم الأربعاء مدينة منبج للمرة الأولى منذ سيطرة التنظيم عليها.",
         [("airstrike", "2016-08-10", "Manbij", None)]),
        ("وشن التحالف غارات على مدينة منبج في مايو من عام 2015.", [("airstrike", "2015-05", "Manbij", None)]),
    ],
    ids=["two-provinces-on-a-day", "a-days-hundreds", "a-chemical-attack", "a-series-on-a-night",
         "the-first-since-taken", "one-month"],
)
def test_attacks_stay_events(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
