"""A year written after a month with "في" (في مايو في 2017) is that month's year, and two months joined by و
before a written year (في أيار وحزيران 2017) are the span of both in that year; without a year the first
month is read alone, from the reference, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 5, 24)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.end_value and m.end_value.isoformat(), m.precision)
            for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "read"), [
    ("شن التحالف غارة على المدينة في مايو في 2017.", [("مايو في 2017", "2017-05-01", "2017-05-31", "month")]),
    ("قصفت الطائرات القرية في 12 أيار في 2016.", [("12 أيار في 2016", "2016-05-12", "2016-05-12", "day")]),
    ("شن التحالف غارات في مايو ويونيو في 2017.",
     [("مايو ويونيو في 2017", "2017-05-01", "2017-06-30", "range")]),
    ("قصفت المدفعية البلدة في أيار وحزيران 2017.", [("أيار وحزيران 2017", "2017-05-01", "2017-06-30", "range")]),
    ("وقعت الهجمات في كانون الأول وكانون الثاني 2017.",
     [("كانون الأول وكانون الثاني 2017", "2016-12-01", "2017-01-31", "range")]),
], ids=["month-in-year", "day-in-year", "two-months-in-year", "two-months-year", "across-new-year"])
def test_the_written_year_dates_the_months_before_it(text: str, read: list[tuple]) -> None:
    assert _read(text) == read


def test_two_months_without_a_year_are_read_one_by_one_from_the_reference() -> None:
    assert _read("قصفت الطائرات المدينة في تموز وأيلول.")[0] == ("تموز", "2017-07-01", "2017-07-31", "month")
