"""A day written before a month's name with a slash between them (يوم 10/ أيلول, 3 / آذار 2016) is that day of
the month, like the day without the slash; two numbers with a slash (10/9) are read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 9, 12)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.end_value and m.end_value.isoformat(), m.precision)
            for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "read"), [
    ("بدأت القوات هجوما بريا يوم 10/ سبتمبر أيلول على البلدة.",
     [("يوم 10/ سبتمبر أيلول", "2018-09-10", "2018-09-10", "day")]),
    ("قصفت الطائرات القرية في 3 / آذار 2016.", [("3 / آذار 2016", "2016-03-03", "2016-03-03", "day")]),
    ("قصفت المدفعية البلدة في 7/أيلول.", [("7/أيلول", "2018-09-07", "2018-09-07", "day")]),
    ("قصفت المدفعية البلدة في 10/9.", [("10/9", "2018-09-10", "2018-09-10", "day")]),
], ids=["slash-space", "spaced-slash-year", "slash-joined", "two-numbers"])
def test_the_slash_between_a_day_and_a_month_name_keeps_the_day(text: str, read: list[tuple]) -> None:
    assert _read(text) == read
