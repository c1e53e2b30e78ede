"""A time after "by" (بحلول) is a deadline or a cut-off, the last day something may have happened on, not its day:
no date is read there, and it gives no year to the yearless days after it. The same days without it are dates."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

SUNDAY = dt.date(2015, 8, 2)


def _dates(text: str) -> list[tuple]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, SUNDAY)]


@pytest.mark.parametrize("text", [
    "وبحلول أمس السبت كانت القوات الحكومية قد استعادت السيطرة على عدد من القرى.",
    "ويتعين على الفصائل سحب الأسلحة الثقيلة بحلول العاشر من أكتوبر.",
    "وتأمل الحكومة التوصل إلى اتفاق بحلول نهاية العام الجاري.",
], ids=["by yesterday", "by a day and month", "by the end of the year"])
def test_a_time_after_by_is_no_date(text: str) -> None:
    assert _dates(text) == []


def test_a_yearless_day_after_a_deadline_keeps_the_reference_year() -> None:
    text = "وكانت القوات قد انسحبت بحلول 20 آب 2013، ثم عادت إلى البلدة في 25 تموز."
    assert _dates(text) == [("25 تموز", "2015-07-25", "day")]


def test_the_same_day_without_by_is_a_date() -> None:
    assert _dates("وأمس السبت استعادت القوات الحكومية السيطرة على عدد من القرى.") == [
        ("أمس السبت", "2015-08-01", "day")]
