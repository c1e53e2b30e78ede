"""About a count of days (قبل نحو عشرة أيام، منذ حوالي ثلاثة أيام) is never one day: it is the days around
reference - N, N times `calendar.about_days_spread` (rounded up) either side; counted from an event
(بعد نحو عشرة أيام من الهجوم) it gives no day at all. An exact count (قبل عشرة أيام) stays its day, and about a
count of weeks stays the calendar week."""

from __future__ import annotations

import pytest

from tests.articles import article
from tests.dates.ranges import WEDNESDAY, ranges
from timeline.pipeline import extract_article

REF = WEDNESDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قبل نحو عشرة أيام", [("قبل نحو عشرة أيام", "2016-07-07", "2016-07-13", "range")]),
        ("منذ حوالي ثلاثة أيام", [("منذ حوالي ثلاثة أيام", "2016-07-16", "2016-07-18", "range")]),
        ("قبل قرابة يومين", [("قبل قرابة يومين", "2016-07-17", "2016-07-19", "range")]),
        ("قبل عشرة أيام", [("قبل عشرة أيام", "2016-07-10", "2016-07-10", "day")]),
        ("قبل نحو أسبوعين", [("قبل نحو أسبوعين", "2016-07-02", "2016-07-08", "week")]),
        ("في 3 آذار 2016 وبعد نحو عشرة أيام من الهجوم", [("3 آذار 2016", "2016-03-03", "2016-03-03", "day")]),
    ],
    ids=["about-ten-days", "about-three-days", "about-two-days", "exact-ten-days", "about-two-weeks",
         "about-days-from-an-event"],
)
def test_about_a_count_of_days(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


def test_an_attack_about_ten_days_ago_is_dated_to_the_days_around() -> None:
    text = "وقبل نحو عشرة أيام، شنت الطائرات التركية أولى غاراتها على مواقع التنظيم في مدينة جرابلس."
    events = [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis)
              for e in extract_article(article(text, REF))]
    assert events == [("airstrike", "2016-07-07", "2016-07-13", "range", "publication")]
