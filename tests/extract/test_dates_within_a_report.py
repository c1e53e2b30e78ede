"""Dates inside one report: a follow-up sentence takes the lead's date (basis ``lead``) unless it names
another place; a reporting verb's date is not the attack's when the text gives the attack's own; a
night from one day to the next is the two days."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str, published: dt.date = dt.date(2016, 8, 12)) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, published))]


LEAD = "قصفت طائرات روسية مدينة منبج في ريف حلب يوم الخميس 11 آب 2016 وقتل 5 مدنيين في الغارات. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وأضاف المرصد أن اشتباكات عنيفة اندلعت بين الفصائل وقوات النظام عند أطراف المدينة.",
         [("airstrike", "2016-08-11", "2016-08-11", "day", "explicit", "Manbij"),
          ("ground_attack", "2016-08-11", "2016-08-11", "day", "lead", None)]),
        (LEAD + "وأضاف المرصد أن اشتباكات عنيفة اندلعت بين الفصائل وقوات النظام في مدينة الرقة.",
         [("airstrike", "2016-08-11", "2016-08-11", "day", "explicit", "Manbij"),
          ("ground_attack", None, None, None, None, "Ar Raqqah")]),
        (LEAD + "وقال سكان إن اشتباكات عنيفة اندلعت بين الفصائل وقوات النظام عند أطراف المدينة.",
         [("airstrike", "2016-08-11", "2016-08-11", "day", "explicit", "Manbij")]),
    ],
    ids=["follow-up-takes-the-lead-date", "follow-up-elsewhere-stays-undated", "not-a-follow-up"],
)
def test_follow_up_of_a_report(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_reporting_date_is_not_the_night_of_the_strike() -> None:
    text = "أفاد المرصد السوري صباح الاثنين بمقتل 38 مقاتلا في ضربة جوية على مدينة البوكمال ليل الأحد الاثنين."
    assert _events(text, dt.date(2018, 6, 18)) == [
        ("airstrike", "2018-06-17", "2018-06-18", "range", "publication", "Abu Kamal")]


@pytest.mark.parametrize("verb", ["أورد", "وثق", "أحصى"])
def test_the_day_a_report_is_given_is_not_the_day_of_the_strike(verb: str) -> None:
    text = f"{verb} المرصد السوري الاثنين أن طائرات حربية قصفت مدينة البوكمال في ريف دير الزور الأحد."
    assert _events(text, dt.date(2018, 6, 18)) == [
        ("airstrike", "2018-06-17", "2018-06-17", "day", "publication", "Abu Kamal")]
