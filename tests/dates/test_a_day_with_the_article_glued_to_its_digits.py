"""A day written in digits with the article glued to them (الـ20، ال20) before a month or "of the month" is that day,
not the month alone; digits with the article before anything else (الـ20 شخصا) are no day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2015, 7, 31)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.precision) for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "read"), [
    ("نفذ انتحاري هجوما في الـ20 من الشهر الحالي", [("الـ20 من الشهر الحالي", "2015-07-20", "day")]),
    ("قصفت الطائرات البلدة في ال12 من تموز", [("ال12 من تموز", "2015-07-12", "day")]),
    ("قتل في الـ5 من آب 2014 عشرة جنود", [("الـ5 من آب 2014", "2014-08-05", "day")]),
    ("يوم الاثنين في الـ20 من الشهر الحالي فجر انتحاري نفسه",
     [("يوم الاثنين في الـ20 من الشهر الحالي", "2015-07-20", "day")]),
], ids=["of the month", "month name", "with its year", "after its weekday"])
def test_the_day_is_read(text: str, read: list[tuple]) -> None:
    assert _read(text) == read


def test_digits_with_the_article_before_a_noun_are_no_day() -> None:
    assert _read("قتل الـ20 شخصا في تموز") == [("تموز", "2015-07-01", "month")]
