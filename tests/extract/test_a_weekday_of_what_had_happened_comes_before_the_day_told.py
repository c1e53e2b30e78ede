"""A bare weekday in a sentence opening with a past form of كان (وكانت الجبهة خطفت ... مساء الأربعاء) falls
before the day told just before it (أعلنت الجبهة يوم الاثنين): the week's weekday before that day, not the
latest before the publication date; a weekday already before that day, a date, or a day named from the
reference (أمس) keeps its reading."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

SATURDAY = dt.date(2016, 7, 23)
TOLD = "قتل ثلاثة عناصر من الشرطة يوم الاثنين في هجوم على حاجز في مدينة الموصل. "
REPORT = "أعلن الجيش يوم الاثنين أن مسلحين هاجموا حاجزا للشرطة في مدينة الموصل وقتلوا ثلاثة عناصر. "


def _dates(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, SATURDAY))]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("وكانت طائرات التحالف قصفت مساء الأربعاء مواقع للتنظيم في مدينة تلعفر.", "2016-07-13"),
        ("وكان التحالف قد قصف الأربعاء مواقع للتنظيم في مدينة تلعفر.", "2016-07-13"),
        ("وكانت طائرات التحالف قصفت الأحد مواقع للتنظيم في مدينة تلعفر.", "2016-07-17"),
        ("وكانت طائرات التحالف قصفت في 20 تموز مواقع للتنظيم في مدينة تلعفر.", "2016-07-20"),
        ("وقصفت طائرات التحالف مساء الأربعاء مواقع للتنظيم في مدينة تلعفر.", "2016-07-20"),
    ],
    ids=["after-the-report-day", "with-qad", "before-the-report-day", "a-date", "not-pluperfect"],
)
def test_a_weekday_of_what_had_happened(second: str, expected: str) -> None:
    assert _dates(TOLD + second) == [
        ("ground_attack", "2016-07-18", "Mosul"), ("airstrike", expected, "Tal Afar")]


def test_a_weekday_of_what_had_happened_after_a_report_s_day() -> None:
    second = "وكانت طائرات التحالف قصفت مساء الأربعاء مواقع للتنظيم في مدينة تلعفر."
    assert _dates(REPORT + second)[-1] == ("airstrike", "2016-07-13", "Tal Afar")
