"""Two weeks of a month joined by و (الأسبوعين الأول والثاني من أيار) are one span from the first week's first day to
the second's last, never the first two days of the month; one week of a month stays that week."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 3, 20)


@pytest.mark.parametrize(("text", "read"), [
    ("قتل العشرات خلال الأسبوعين الأول والثاني من أيار 2017", ("2017-05-01", "2017-05-14", "range")),
    ("قتل العشرات خلال الأسبوعين الأول والثاني من الشهر الجاري", ("2018-03-01", "2018-03-14", "range")),
    ("تراجعت الهجمات في الأسبوعين الثاني والثالث من الشهر الماضي", ("2018-02-08", "2018-02-21", "range")),
    ("قتل العشرات في الأسبوع الأول والثاني من أيار 2017", ("2017-05-01", "2017-05-14", "range")),
    ("قتل العشرات في الأسبوع الثاني من شباط 2016", ("2016-02-08", "2016-02-14", "week")),
], ids=["dual", "this-month", "last-month", "singular-noun", "one-week"])
def test_the_weeks_are_one_span(text: str, read: tuple) -> None:
    [m] = find_dates(text, REF)
    assert (m.value.isoformat(), m.end_value.isoformat(), m.precision) == read
