"""Two days joined by an en dash (U+2013: ليلة 23 \u2013 24 تموز) are one span, as with a hyphen, not the last day
alone."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2015, 7, 31)


@pytest.mark.parametrize(("text", "read"), [
    ("قصفت الطائرات ليلة 23 – 24 تموز مواقع التنظيم", ("ليلة 23 – 24 تموز", "2015-07-23", "2015-07-24")),
    ("قصفت الطائرات ليلة 23–24 تموز مواقع التنظيم", ("ليلة 23–24 تموز", "2015-07-23", "2015-07-24")),
    ("دارت المعارك من 25 تموز – 2 آب 2016", ("25 تموز – 2 آب 2016", "2016-07-25", "2016-08-02")),
], ids=["spaced", "glued", "two months"])
def test_the_two_days_are_one_span(text: str, read: tuple) -> None:
    m = find_dates(text, REF)[0]
    assert (m.text, m.value.isoformat(), m.end_value.isoformat()) == read
