"""Days more than a day apart joined by و, of one month ("في 3 و5 أيار"، "في 3 و5 و9 أيار"، "في 3، 5 و9 أيار") or
each written with its own ("في 16 تشرين الثاني و28 كانون الأول 2015"), are those days, not the days between: an
event told with them on none of them alone is dated by the range from the first to the last, never by one of them;
as many attacks as days (a count, or strikes in the plural) are one on each day. So are days listed over months
or years, each month after its days ("في 30 كانون الأول 2015 و2 و8 كانون الثاني 2016"). Two days in a row (5 و6 أيار;
late one day and the morning after: في وقت متأخر الخميس، وصباح اليوم الجمعة) and two days after بين (between)
stay a span."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _dates(text: str) -> list[tuple]:
    return [(e.date, e.date_precision, e.date_end) for e in extract_article(article(text, PUBLISHED))]


def _days_and_tolls(text: str) -> list[tuple]:
    return [(e.date, e.date_precision, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize("days", ["3 و5 أيار", "3 و 5 أيار", "٣ و٥ أيار"], ids=["glued", "apart", "Arabic-Indic"])
def test_an_attack_on_two_days_apart_is_dated_by_their_range(days: str) -> None:
    assert _days_and_tolls(f"قصف الطيران الحربي بلدة كفرنبل في {days} الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "range", "Kafranbel", 6)]


@pytest.mark.parametrize("days", ["3 و5 و9 أيار", "3 و 5 و 9 أيار", "3، 5 و9 أيار"], ids=["and", "apart", "comma"])
def test_an_attack_on_three_listed_days_is_dated_by_their_range(days: str) -> None:
    assert _dates(f"قصف الطيران الحربي بلدة كفرنبل في {days} الماضي.") == [("2016-05-03", "range", "2016-05-09")]


def test_three_strikes_on_three_listed_days_are_one_on_each_day() -> None:
    text = "وفي 3 و5 و9 أيار 2013 شنت إسرائيل ثلاث غارات على مركز للأبحاث قرب دمشق أسفرت عن مقتل 42 جنديا."
    assert _days_and_tolls(text) == [
        ("2013-05-03", "day", "Damascus", None), ("2013-05-05", "day", "Damascus", None),
        ("2013-05-09", "day", "Damascus", None)]


def test_strikes_in_the_plural_on_listed_days_are_one_on_each_day() -> None:
    assert _dates("شنت طائرات حربية غارات على مدينة دوما في 3 و5 و9 أيار الماضي.") == [
        ("2016-05-03", "day", "2016-05-03"), ("2016-05-05", "day", "2016-05-05"),
        ("2016-05-09", "day", "2016-05-09")]


@pytest.mark.parametrize("told", ["غارتين", "غارة"], ids=["two-strikes-three-days", "one-strike"])
def test_a_count_other_than_the_listed_days_is_one_event_over_their_range(told: str) -> None:
    assert _dates(f"شنت طائرات حربية {told} على مدينة دوما في 3 و5 و9 أيار الماضي.") == [
        ("2016-05-03", "range", "2016-05-09")]


def test_strikes_in_the_plural_on_two_days_each_with_its_month_are_one_on_each_day() -> None:
    assert _dates("شنت طائرات التحالف غارات على مدينة الرقة في 16 تشرين الثاني و28 كانون الأول 2015.") == [
        ("2015-11-16", "day", "2015-11-16"), ("2015-12-28", "day", "2015-12-28")]


def test_days_in_a_row_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل يومي 5 و6 أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-05", "range", "2016-05-06")]


def test_late_one_day_and_the_next_morning_stay_a_span() -> None:
    assert _dates("قصفت القوات الحكومية بلدة الرستن بريف حمص في وقت متأخر الخميس، وصباح اليوم الجمعة.") == [
        ("2016-08-11", "range", "2016-08-12")]


@pytest.mark.parametrize("days", ["يومي أمس وأول أمس", "اليوم وأمس"], ids=["yesterday-first", "today-first"])
def test_two_days_from_the_reference_told_later_first_stay_a_span(days: str) -> None:
    assert _dates(f"قصفت الطائرات الحربية بلدة كفرنبل {days}، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-08-10", "range", "2016-08-11") if "أول" in days else ("2016-08-11", "range", "2016-08-12")]


def test_an_attack_on_two_ordinal_days_listed_is_dated_by_their_range() -> None:
    assert _dates("قصف الطيران الحربي بلدة كفرنبل في الثالث والتاسع من أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "range", "2016-05-09")]


def test_days_between_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل بين 3 و5 أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "range", "2016-05-05")]


@pytest.mark.parametrize(
    "days", ["16 تشرين الثاني و28 كانون الأول 2015", "16 تشرين الثاني/نوفمبر و 28 كانون الأول/ديسمبر 2015"],
    ids=["glued", "apart-with-second-names"])
def test_two_strikes_on_two_days_each_with_its_month_are_one_on_each_day(days: str) -> None:
    assert _days_and_tolls(f"وأسفرت ضربتان جويتان في {days} عن مقتل أربعة مدنيين في مدينة الرقة.") == [
        ("2015-11-16", "day", "Ar Raqqah", None), ("2015-12-28", "day", "Ar Raqqah", None)]


def test_days_of_two_months_after_between_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل بين 25 تموز و2 آب 2015، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2015-07-25", "range", "2015-08-02")]


@pytest.mark.parametrize(("days", "first", "last"), [
    ("30 كانون الأول 2015 و2 و8 كانون الثاني 2016", "2015-12-30", "2016-01-08"),
    ("28 و30 تشرين الثاني و3 كانون الأول 2015", "2015-11-28", "2015-12-03"),
    ("28 تشرين الثاني/نوفمبر و3 و9 كانون الأول/ديسمبر 2015", "2015-11-28", "2015-12-09"),
    ("28 كانون الأول و3 كانون الثاني الماضيين", "2015-12-28", "2016-01-03"),
], ids=["over-years", "two-days-then-one", "one-then-two-days", "year-not-written"])
def test_an_attack_on_days_listed_over_months_is_dated_by_their_range(days: str, first: str, last: str) -> None:
    assert _dates(f"قصف الطيران الحربي بلدة كفرنبل في {days}، ما أدى إلى مقتل ستة مدنيين.") == [
        (first, "range", last)]


def test_strikes_in_the_plural_on_days_listed_over_years_are_one_on_each_day() -> None:
    assert _dates("شنت طائرات حربية غارات على مدينة دوما في 30 كانون الأول 2015 و2 و8 كانون الثاني 2016.") == [
        ("2015-12-30", "day", "2015-12-30"), ("2016-01-02", "day", "2016-01-02"),
        ("2016-01-08", "day", "2016-01-08")]


def test_as_many_strikes_as_days_listed_over_three_months_are_one_on_each_day() -> None:
    text = ("وأسفرت ثلاث ضربات أخرى في 16 تشرين الثاني و28 كانون الأول 2015 و8 كانون الثاني 2016 عن أربعة قتلى في "
            "مدينة الرقة.")
    assert _dates(text) == [("2015-11-16", "day", "2015-11-16"), ("2015-12-28", "day", "2015-12-28"),
                            ("2016-01-08", "day", "2016-01-08")]


def test_fewer_strikes_than_days_listed_over_months_are_one_event_over_their_range() -> None:
    assert _dates("شنت طائرات حربية غارتين على مدينة دوما في 28 تشرين الثاني و3 و9 كانون الأول 2015.") == [
        ("2015-11-28", "range", "2015-12-09")]


def test_days_of_two_years_after_between_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل بين 30 كانون الأول 2015 و2 كانون الثاني 2016.") == [
        ("2015-12-30", "range", "2016-01-02")]
