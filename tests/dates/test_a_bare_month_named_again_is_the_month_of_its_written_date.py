"""A bare month (no year, no qualifier) right after a date of that month written with its year, no other date
written nor a day or month read against the reference between, is that month of that year (basis ``explicit``);
another month, a qualified one (الماضي) or one after a month read against the reference keeps the reference."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates

REF = dt.date(2018, 7, 17)
WRITTEN = "تلقت الحكومة الخبر صبيحة 16 كانون الأول 2015. وكان الصيادون قد سافروا إلى العراق منذ 27 عاما."


def _last(text: str) -> tuple[str, str, str, str]:
    m = find_dates(text, REF)[-1]
    return m.text, m.value.isoformat(), m.end_value.isoformat(), m.date_basis


def test_the_month_named_again_is_the_month_of_the_date_written_before() -> None:
    text = WRITTEN + " وفي الصباح الباكر لأحد أيام كانون الأول / ديسمبر، هاجم مسلحون مخيمهم."
    assert _last(text) == ("كانون الأول / ديسمبر", "2015-12-01", "2015-12-31", "explicit")


def test_another_month_keeps_the_reference() -> None:
    text = WRITTEN + " وفي حزيران، هاجم مسلحون مخيمهم."
    assert _last(text) == ("حزيران", "2018-06-01", "2018-06-30", "reference")


def test_the_last_month_of_that_name_keeps_the_reference() -> None:
    text = WRITTEN + " وفي كانون الأول الماضي، هاجم مسلحون مخيمهم."
    assert _last(text) == ("كانون الأول الماضي", "2017-12-01", "2017-12-31", "reference")


def test_after_a_month_read_against_the_reference_it_keeps_the_reference() -> None:
    text = WRITTEN + " وقالت الحكومة في أيار إنها دفعت. وفي كانون الأول، هاجم مسلحون مخيمهم."
    assert _last(text) == ("كانون الأول", "2017-12-01", "2017-12-31", "reference")
