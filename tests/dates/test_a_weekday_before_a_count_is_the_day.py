"""A weekday right before a number that no month follows counts people, not the day of a month (قتل الجمعة 4
أشخاص): the weekday is the day; before a day and its month (الجمعة 2 آذار، الجمعة 2/3/2018) the whole date is
read, and before a day linked to a month by من it is no bare weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 3, 24)  # a Saturday


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "read"), [
    ("قتل مسلح الجمعة 4 أشخاص في هجوم على متجر", [("الجمعة", "2018-03-23", "day")]),
    ("قتل يوم الخميس 12 مدنيا في غارة", [("يوم الخميس", "2018-03-22", "day")]),
    ("قتل مسلح أربعة أشخاص الجمعة 2 آذار", [("الجمعة 2 آذار", "2018-03-02", "day")]),
    ("قتل مسلح أربعة أشخاص الجمعة 2/3/2018", [("الجمعة 2/3/2018", "2018-03-02", "day")]),
    ("قتل مسلح الجمعة 4 من الشهر", []),
], ids=["count-of-people", "count-after-yawm", "day-and-month", "numeric-date", "day-of-this-month"])
def test_a_weekday_before_a_number(text: str, read: list) -> None:
    assert _read(text) == read
