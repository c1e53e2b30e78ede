"""A night named from the reference ("الليلة الماضية", "الليلة قبل الماضية") is the two days it spans, never
one of them; a night named by its day ("ليلة أمس", "ليلة أول من أمس") is that day, as the customer's golden row
reads it, unless a weekday beside it names the next; a part of yesterday ("مساء أمس", "منتصف ليل أمس") stays a
day, and a weekday written beside the night may name either of its days."""

from __future__ import annotations

import pytest

from tests.dates.ranges import WEDNESDAY, ranges
from timeline.dates import find_dates

REF = WEDNESDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات القرية الليلة الماضية", [("الليلة الماضية", "2016-07-19", "2016-07-20", "range")]),
        ("قتل ثلاثة في هجوم الليلة قبل الماضية", [("الليلة قبل الماضية", "2016-07-18", "2016-07-19", "range")]),
        ("قتل طفلان الليل قبل الماضي بقذيفة", [("الليل قبل الماضي", "2016-07-18", "2016-07-19", "range")]),
        ("قتل طفلان الليل الماضي بقذيفة", [("الليل الماضي", "2016-07-19", "2016-07-20", "range")]),
        ("سقطت قذائف على الحي ليلة أمس (الأربعاء)", [("ليلة أمس (الأربعاء)", "2016-07-19", "2016-07-20", "range")]),
    ],
    ids=["last-night", "night-before-last", "masculine-night-before-last", "masculine-last-night",
         "named-by-its-day-with-the-next-weekday"],
)
def test_a_night_from_the_reference_is_its_two_days(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الانفجار ليلة أمس قرب السوق", [("ليلة أمس", "2016-07-19", "2016-07-19", "day")]),
        ("دارت اشتباكات ليل البارحة في الحي", [("ليل البارحة", "2016-07-19", "2016-07-19", "day")]),
        ("سقطت قذائف على الحي ليلة أول من أمس", [("ليلة أول من أمس", "2016-07-18", "2016-07-18", "day")]),
        ("سقطت قذائف على الحي ليلة أمس الثلاثاء", [("ليلة أمس الثلاثاء", "2016-07-19", "2016-07-19", "day")]),
    ],
    ids=["the-night-of-yesterday", "colloquial", "night-of-two-days-ago", "its-own-weekday"],
)
def test_a_night_named_by_its_day_is_that_day(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات القرية مساء أمس", [("مساء أمس", "2016-07-19", "2016-07-19", "day")]),
        ("انفجرت عبوة منتصف ليل أمس", [("منتصف ليل أمس", "2016-07-19", "2016-07-19", "day")]),
    ],
    ids=["evening", "midnight"],
)
def test_a_part_of_yesterday_stays_a_day(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


def test_a_weekday_that_is_neither_day_of_the_night_gives_no_date() -> None:
    [mention] = find_dates("سقطت قذائف على الحي ليلة أمس الأحد", REF)
    assert mention.weekday_conflict
