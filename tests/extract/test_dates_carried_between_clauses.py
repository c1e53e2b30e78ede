"""The date a clause without trigger lends the clause of an attack after it is never a baseline of
a comparison (منذ اندلاع الحرب عام 2011)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "شهدت مدينة منبج الأربعاء الحصيلة الأكبر منذ اندلاع الحرب عام 2011، بعد أن شن التنظيم هجمات مباغتة على "
        "المدينة.",
        "شهدت مدينة منبج الأربعاء حصيلة كبيرة، بعد أن شن التنظيم هجمات مباغتة على المدينة.",
    ],
    ids=["baseline-after-the-day", "no-baseline"],
)
def test_a_clause_lends_its_day_not_its_baseline(text: str) -> None:
    assert _events(text) == [("ground_attack", "2016-08-10", "day", "publication", "Manbij")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ومنذ 18 تموز الماضي، تشن القوات الحكومية هجمات عنيفة على مدينة منبج.", []),
        ("وقتل منذ الأحد 14 مدنيا في غارات روسية على مدينة الأتارب.", []),
        ("وقصفت الطائرات الروسية يوم 10 آب 2016 مدينة منبج الخاضعة لسيطرة التنظيم منذ أيار 2014.",
         [("airstrike", "2016-08-10", "day", "explicit", "Manbij")]),
        ("ونفذت طائرات التحالف الدولي عدة غارات على مدينة منبج منذ يوم الأربعاء.", []),
        ("وقتل 14 مدنيا في غارات على مدينة منبج منذ الاثنين.", []),
        ("وقتل 14 مدنيا في أعنف غارات على مدينة منبج منذ الاثنين.",
         [("airstrike", None, None, None, "Manbij")]),
        ("وقتل 14 مدنيا الخميس في غارات على مدينة منبج المحاصرة منذ الاثنين.",
         [("airstrike", "2016-08-11", "day", "publication", "Manbij")]),
    ],
    ids=["attacks-since-a-day", "toll-since-a-day", "since-after-the-trigger", "day-after-the-trigger",
         "toll-with-a-day-after-the-trigger", "superlative-compares",
         "own-day-before-the-since"],
)
def test_attacks_going_on_since_a_date_are_a_campaign(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
