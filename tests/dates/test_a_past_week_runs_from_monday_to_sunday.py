"""A week before the reference's own (الأسبوع الماضي, its parts, الأسبوع قبل الماضي) is the previous Monday to
Sunday, its end the Friday to the Sunday; told on a Saturday or a Sunday, when the working week is over, it is the
Saturday week just ended. The reference's own week and the next one still run from Saturday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.dates import find_dates
from timeline.pipeline import extract_article

TUESDAY = dt.date(2018, 4, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات القاعدة الأسبوع الماضي", ("الأسبوع الماضي", "2018-04-09", "2018-04-15")),
        ("خطف المسلحون الجنود نهاية الأسبوع الماضي", ("نهاية الأسبوع الماضي", "2018-04-13", "2018-04-15")),
        ("بدأ القصف مطلع الأسبوع الماضي", ("مطلع الأسبوع الماضي", "2018-04-09", "2018-04-11")),
        ("وقع التفجير الأسبوع قبل الماضي", ("الأسبوع قبل الماضي", "2018-04-02", "2018-04-08")),
        ("تتواصل الغارات هذا الأسبوع", ("هذا الأسبوع", "2018-04-14", "2018-04-20")),
        ("تبدأ المحادثات الأسبوع المقبل", ("الأسبوع المقبل", "2018-04-21", "2018-04-27")),
    ],
    ids=["last-week", "end-of-last-week", "start-of-last-week", "the-week-before-last", "this-week", "next-week"],
)
def test_the_week_read(text: str, expected: tuple[str, str, str]) -> None:
    assert [(m.text, m.value.isoformat(), m.end_value.isoformat()) for m in find_dates(text, TUESDAY)] == [expected]


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (dt.date(2018, 4, 21), ("2018-04-14", "2018-04-20")),
        (dt.date(2018, 4, 22), ("2018-04-14", "2018-04-20")),
        (dt.date(2018, 4, 23), ("2018-04-16", "2018-04-22")),
    ],
    ids=["saturday", "sunday", "monday"],
)
def test_told_at_the_weekend_it_is_the_saturday_week_just_ended(reference: dt.date, expected: tuple[str, str]) -> None:
    [m] = find_dates("قصفت الطائرات القاعدة الأسبوع الماضي", reference)
    assert (m.value.isoformat(), m.end_value.isoformat()) == expected


def test_an_attack_of_last_week_takes_monday_to_sunday() -> None:
    text = "قال مسؤولون إن طائرات حربية قصفت مطار التيفور العسكري في ريف حمص الأسبوع الماضي."
    events = [(e.event_type, e.date, e.date_end) for e in extract_article(article(text, TUESDAY))]
    assert events == [("airstrike", "2018-04-09", "2018-04-15")]
