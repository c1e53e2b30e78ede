"""Two days more than a day apart joined by و, of one month ("في 3 و5 أيار") or each written with its own ("في 16
تشرين الثاني و28 كانون الأول 2015"), are those two days, not the days between: they date the event told with them
by the first. Two days in a row (5 و6 أيار; late one day and the morning after: في وقت متأخر الخميس، وصباح اليوم
الجمعة) and two days after بين (between) stay a span."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _dates(text: str) -> list[tuple]:
    return [(e.date, e.date_precision, e.date_end) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize("days", ["3 و5 أيار", "3 و 5 أيار", "٣ و٥ أيار"], ids=["glued", "apart", "Arabic-Indic"])
def test_two_days_apart_date_by_the_first(days: str) -> None:
    assert _dates(f"قصفت الطائرات الحربية بلدة كفرنبل في {days} الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "day", "2016-05-03")]


def test_days_in_a_row_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل يومي 5 و6 أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-05", "range", "2016-05-06")]


def test_late_one_day_and_the_next_morning_stay_a_span() -> None:
    assert _dates("قصفت القوات الحكومية بلدة الرستن بريف حمص في وقت متأخر الخميس، وصباح اليوم الجمعة.") == [
        ("2016-08-11", "range", "2016-08-12")]


def test_days_between_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل بين 3 و5 أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "range", "2016-05-05")]


@pytest.mark.parametrize(
    "days", ["16 تشرين الثاني و28 كانون الأول 2015", "16 تشرين الثاني/نوفمبر و 28 كانون الأول/ديسمبر 2015"],
    ids=["glued", "apart-with-second-names"])
def test_two_days_each_with_its_month_date_by_the_first(days: str) -> None:
    assert _dates(f"وأسفرت ضربتان جويتان في {days} عن مقتل أربعة مدنيين في مدينة الرقة.") == [
        ("2015-11-16", "day", "2015-11-16")]


def test_days_of_two_months_after_between_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل بين 25 تموز و2 آب 2015، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2015-07-25", "range", "2015-08-02")]
