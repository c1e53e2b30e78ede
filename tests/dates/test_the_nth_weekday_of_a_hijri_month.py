"""A weekday with an ordinal after it counts that weekday in a Hijri month, as in a Gregorian one."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2016, 7, 20)  # Ramadan 1437 ran from Monday 6 June 2016; its Fridays were 10, 17 and 24 June


def days(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل المصلون في الجمعة الثانية من رمضان", [("الجمعة الثانية من رمضان", "2016-06-17", "day")]),
    ("وقع الهجوم في الجمعة الأولى من شهر رمضان", [("الجمعة الأولى من شهر رمضان", "2016-06-10", "day")]),
    ("انفجرت السيارة يوم الجمعة الثالثة من رمضان", [("يوم الجمعة الثالثة من رمضان", "2016-06-24", "day")]),
])
def test_a_weekday_and_an_ordinal_count_the_weekday_in_the_hijri_month(text, expected) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("في الثاني من رمضان", [("الثاني من رمضان", "2016-06-07", "day")]),
    ("في أول جمعة من رمضان", [("أول جمعة من رمضان", "2016-06-10", "day")]),
    ("في الجمعة الثانية من حزيران 2016", [("الجمعة الثانية من حزيران 2016", "2016-06-10", "day")]),
])
def test_an_ordinal_day_and_counts_before_the_weekday_read_as_before(text, expected) -> None:
    assert days(text) == expected
