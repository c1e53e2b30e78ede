"""A day of a month in digits may carry the article (الـ20 من الشهر الحالي، الـ8 من تموز الجاري، ال11 من أيلول
2001): it is that day, not the month alone; a count with the article (الـ12 شهرا الماضية) stays a span."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2015, 7, 31)


@pytest.mark.parametrize(("text", "read"), [
    ("نفذ انتحاري يوم الاثنين في الـ20 من الشهر الحالي هجوما", ("يوم الاثنين في الـ20 من الشهر الحالي", "2015-07-20")),
    ("قصفت الطائرات البلدة في الـ8 من تموز الجاري", ("الـ8 من تموز الجاري", "2015-07-08")),
    ("وقعت الهجمات في ال11 من أيلول 2001", ("ال11 من أيلول 2001", "2001-09-11")),
    ("قتل في الـ3 من شهر حزيران", ("الـ3 من شهر حزيران", "2015-06-03")),
], ids=["of-this-month", "month-this", "with-year", "month-noun"])
def test_the_day_is_read(text: str, read: tuple) -> None:
    m = find_dates(text, REF)[-1]
    assert (m.text, m.value.isoformat(), m.end_value.isoformat(), m.precision) == (*read, read[1], "day")


def test_a_count_with_the_article_stays_a_span() -> None:
    m = find_dates("قتل خلال الـ12 شهرا الماضية", REF)[-1]
    assert (m.text, m.precision) == ("الـ12 شهرا الماضية", "range")
