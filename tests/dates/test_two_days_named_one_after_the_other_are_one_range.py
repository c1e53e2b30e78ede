"""Two days named by weekday or from the reference, the second the day after the first, joined by و are one
two-day range ("مساء أمس وصباح اليوم"), and so after «، و» when the second opens with a part of the day ("في وقت
متأخر الثلاثاء، وصباح اليوم الأربعاء"); so are two days named from the reference, the second the day before the first
("أمس وأول أمس"، "اليوم وأمس"); not after a comma without one, nor after منذ."""

from __future__ import annotations

import pytest

from tests.dates.test_find_dates import shapes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت القوات البلدة مساء أمس وصباح اليوم",
         [("مساء أمس وصباح اليوم", "2016-07-19", "2016-07-20", "range", "relative")]),
        ("قصفت القوات البلدة في وقت متأخر الثلاثاء، وصباح اليوم الأربعاء",
         [("الثلاثاء، وصباح اليوم الأربعاء", "2016-07-19", "2016-07-20", "range", "relative")]),
        ("قصفت القوات البلدة الثلاثاء وصباح اليوم الأربعاء",
         [("الثلاثاء وصباح اليوم الأربعاء", "2016-07-19", "2016-07-20", "range", "relative")]),
        ("قصفت القوات البلدة يومي أمس وأول أمس",
         [("أمس وأول أمس", "2016-07-18", "2016-07-19", "range", "relative")]),
        ("قصفت القوات البلدة اليوم وأمس",
         [("اليوم وأمس", "2016-07-19", "2016-07-20", "range", "relative")]),
        ("قتل خمسة اليوم، وأمس قتل ثلاثة",
         [("اليوم", "2016-07-20", "2016-07-20", "day", "relative"),
          ("أمس", "2016-07-19", "2016-07-19", "day", "relative")]),
        ("قتل خمسة أمس، واليوم قتل ثلاثة",
         [("أمس", "2016-07-19", "2016-07-19", "day", "relative"),
          ("اليوم", "2016-07-20", "2016-07-20", "day", "relative")]),
        ("اشتباكات منذ منتصف ليل أول من أمس وصباح أمس",
         [("منتصف ليل أول من أمس", "2016-07-18", "2016-07-18", "day", "relative"),
          ("صباح أمس", "2016-07-19", "2016-07-19", "day", "relative")]),
    ],
    ids=["evening-and-morning", "yesterday-and-the-day-before", "today-and-yesterday", "a-comma-today-then-yesterday",
         "late-and-a-comma-before-the-morning", "weekday-and-today-with-its-weekday",
         "a-comma-without-a-part-of-the-day", "after-since"],
)
def test_two_days_one_after_the_other(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected
