"""An ordinal after several days, weeks or months counts them (في الأيام الأولى من شهر يوليو): it is no day of the
month, which is read alone; so are the last days or weeks of a named month (الأسبوعين الأخيرين من أيار), never the
days before the publication date. The first day of a month (في اليوم الأول من أيار، في الأول من أيار) stays that
day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 3, 20)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat(), m.precision) for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "read"), [
    ("قتل العشرات في الأيام الأولى من تموز 2017", [("تموز 2017", "2017-07-01", "2017-07-31", "month")]),
    ("تراجعت الهجمات في الأسابيع الأولى من أيار 2017", [("أيار 2017", "2017-05-01", "2017-05-31", "month")]),
    ("قتل العشرات خلال الأسبوعين الأخيرين من أيار 2017", [("أيار 2017", "2017-05-01", "2017-05-31", "month")]),
    ("قتل العشرات خلال الأيام الثلاثة الأخيرة من شهر أيار 2017",
     [("شهر أيار 2017", "2017-05-01", "2017-05-31", "month")]),
], ids=["days", "weeks", "last-two-weeks", "last-three-days"])
def test_the_month_is_read_without_a_day(text: str, read: list) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", ["قتل العشرات في اليوم الأول من أيار 2017", "قتل العشرات في الأول من أيار 2017"],
                         ids=["day-noun", "bare"])
def test_the_first_day_stays_a_day(text: str) -> None:
    assert [(value, precision) for _, value, _, precision in _read(text)] == [("2017-05-01", "day")]
