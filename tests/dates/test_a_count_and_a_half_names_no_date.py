"""A count of time before the reference followed by "and a half" (قبل أسبوع ونصف، منذ عام ونصف) names no calendar
week, month or year: no date, never the week, month or year of the whole count."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

THURSDAY = dt.date(2015, 8, 6)


@pytest.mark.parametrize(
    "text",
    ["شنت الطائرات أولى ضرباتها قبل أسبوع ونصف", "سيطر المسلحون على البلدة منذ عام ونصف",
     "قتل الجندي قبل شهر ونص تقريبا", "وقع التفجير قبل يومين ونصف"],
    ids=["week", "year", "month-colloquial", "days"],
)
def test_and_a_half_names_no_date(text: str) -> None:
    assert find_dates(text, THURSDAY) == []


def test_the_whole_count_alone_is_still_read() -> None:
    [m] = find_dates("شنت الطائرات أولى ضرباتها قبل أسبوع", THURSDAY)
    assert (m.text, m.value.isoformat(), m.end_value.isoformat()) == ("قبل أسبوع", "2015-07-25", "2015-07-31")
