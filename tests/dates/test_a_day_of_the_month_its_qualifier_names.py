"""A day in digits right before a month's qualifier, "الشهر" left out ("في 25 الجاري", "يوم 15 الماضي"), is that day
of the reference's month or of the month before, as "25 الشهر الجاري" is; a feminine qualifier after a count
("الـ24 ساعة الماضية") and a year ("عام 2015 الماضي") are no such day."""

from __future__ import annotations

import pytest

from tests.dates.ranges import ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت الغارة في 18 الجاري", [("18 الجاري", "2016-07-18", "2016-07-18", "day")]),
        ("قصفت الطائرات البلدة في 12 الحالي", [("12 الحالي", "2016-07-12", "2016-07-12", "day")]),
        ("انفجرت سيارة مفخخة يوم 24 الماضي", [("يوم 24 الماضي", "2016-06-24", "2016-06-24", "day")]),
        ("قتل ثلاثة في هجوم في 5 المنصرم", [("5 المنصرم", "2016-06-05", "2016-06-05", "day")]),
        ("سقطت قذائف على الحي فجر الـ16 الجاري", [("فجر الـ16 الجاري", "2016-07-16", "2016-07-16", "day")]),
        ("قصفت الطائرات البلدة يوم السبت 16 الجاري", [("يوم السبت 16 الجاري", "2016-07-16", "2016-07-16", "day")]),
    ],
    ids=["current", "current-other-word", "past", "past-other-word", "part-and-article", "weekday"],
)
def test_a_day_of_the_month_its_qualifier_names(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل عشرة خلال الـ24 ساعة الماضية", []),
        ("قصفت الطائرات المدينة في عام 2015 الماضي", [("عام 2015", "2015-01-01", "2015-12-31", "year")]),
    ],
    ids=["hours", "year"],
)
def test_no_day_of_a_month_without_one(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected
