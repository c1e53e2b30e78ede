"""Two weekdays of consecutive days joined by و are one two-day range ("الاثنين والثلاثاء"); other
pairs stay two days. A count after "قبل" stays a date before a relative pronoun ("قبل أسبوع الذي"),
which opens a clause and is no noun the count heads."""

from __future__ import annotations

import pytest

from tests.dates.test_find_dates import shapes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات غارات الاثنين والثلاثاء على المدينة",
         [("الاثنين والثلاثاء", "2016-07-18", "2016-07-19", "range", "relative")]),
        ("قصف يومي السبت والأحد",
         [("السبت والأحد", "2016-07-16", "2016-07-17", "range", "relative")]),
        ("غارات السبت والاثنين",
         [("السبت", "2016-07-16", "2016-07-16", "day", "relative"),
          ("الاثنين", "2016-07-18", "2016-07-18", "day", "relative")]),
        ("قتل عشرة الاثنين وخمسة الثلاثاء",
         [("الاثنين", "2016-07-18", "2016-07-18", "day", "relative"),
          ("الثلاثاء", "2016-07-19", "2016-07-19", "day", "relative")]),
    ],
)
def test_two_weekdays(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الهجوم على السوق قبل أسبوع الذي تبناه التنظيم",
         [("قبل أسبوع", "2016-07-09", "2016-07-15", "week", "relative")]),
        ("التفجير قبل يومين الذي أوقع عشرة قتلى",
         [("قبل يومين", "2016-07-18", "2016-07-18", "day", "relative")]),
        ("قبل يوم الانتخابات", []),
    ],
)
def test_a_count_before_a_relative_pronoun(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected
