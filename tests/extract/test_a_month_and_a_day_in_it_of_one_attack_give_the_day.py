"""One attack told dated to a month or a week (الشهر الماضي، في تموز الماضي) and again with a day of its own within
it (الهجوم الذي وقع في السابع من الشهر نفسه) is dated to that day; a report's day within the month is no day of
the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2016, 8, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أظهر تقرير استخدام غاز الكلور في الهجوم الكيماوي على مدينة دوما في تموز الماضي، ما أسفر عن مقتل عشرات "
         "المدنيين. وكانت المنظمة أرسلت بعثة إلى دوما بعد الهجوم الكيماوي الذي وقع في السابع من الشهر نفسه في "
         "المدينة.",
         [("other", "2016-07-07", "day", "Dūmā")]),
        ("قتل عشرة مدنيين في غارات جوية على مدينة الباب الأسبوع الماضي. وكانت الطائرات قصفت مدينة الباب في 15 آب، "
         "ما أسفر عن مقتل عشرة مدنيين.",
         [("airstrike", "2016-08-15", "day", "Al-Bab")]),
        ("قتل عشرة مدنيين في غارات جوية على مدينة الباب الشهر الماضي. وأعلنت وزارة الدفاع أمس أن طائراتها قصفت "
         "مدينة الباب، ما أسفر عن مقتل عشرة مدنيين.",
         [("airstrike", "2016-07", "month", "Al-Bab")]),
    ],
    ids=["a-day-of-the-month-named-before", "a-day-of-last-week", "a-report-s-day-is-not-the-attack-s"],
)
def test_a_month_and_a_day_in_it_of_one_attack_give_the_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
