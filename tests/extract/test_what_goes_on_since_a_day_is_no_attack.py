"""An offensive a side wages since a day (تشن تركيا منذ 20 كانون الثاني هجوما) is what goes on, not one attack
dated to that day nor to its last days (في اليومين الأخيرين); an attack told with a day of its own beside a
since stays, and a month after since still dates the state it begins. What is told as going on since a year
before the report's, with or without a year word (قذائف الفصائل منذ عام 2012، منذ 2012), is a habit of years, no
attack; a year after since told of a place named before it (المحاصرة منذ 2013) is the place's state and leaves the
attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events, typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وتشن تركيا منذ 20 كانون الثاني/يناير هجوما على منطقة عفرين، تقول إنها تستهدف وحدات حماية الشعب.",
        "وتشن القوات التركية منذ 3 يوليو (تموز) هجوما على مدينة منبج، تقول إنها تستهدف مقاتلي التنظيم.",
        "وتشن القوات التركية منذ الثالث من تموز هجوما على مدينة منبج، تقول إنها تستهدف مقاتلي التنظيم.",
    ],
    ids=["since-a-day-of-two-month-names", "since-a-day-and-a-bracketed-month", "since-an-ordinal-day"],
)
def test_an_offensive_since_a_day_is_no_attack(text: str) -> None:
    assert typed_events(text) == []


def test_a_strike_with_its_own_day_beside_a_since_stays() -> None:
    text = "وقصفت المدفعية التركية يوم 20 تموز مدينة عفرين التي تتعرض منذ السبت لهجمات."
    assert typed_events(text) == [("shelling", "2016-07-20", "‘Afrīn")]


def test_raids_stepped_up_since_a_day_and_the_last_two_days_of_them_are_no_attack() -> None:
    text = ("وصعدت الطائرات منذ السبت الماضي غاراتها على قرى ريف إدلب الجنوبي، قبل أن تستهدف مدينة خان شيخون في"
            " اليومين الأخيرين.")
    assert typed_events(text) == []


def test_a_strike_on_a_town_fought_over_since_a_day_stays_undated() -> None:
    text = ("وقال مصدر محلي إن قصفا للطيران الحربي استهدف مواقع التنظيم في حي غويران بمدينة الحسكة التي تشهد منذ"
            " 25 حزيران الماضي معارك عنيفة.")
    assert dated_events(text, dt.date(2016, 7, 22)) == [("airstrike", None, None, "Ghuwayran (Hasakah)", None)]


def test_strikes_going_on_at_a_town_since_a_day_are_no_attack() -> None:
    text = "وقال مصدر محلي إن الغارات على مدينة الحسكة التي تتواصل منذ 25 حزيران الماضي دمرت عشرات المنازل."
    assert dated_events(text, dt.date(2016, 7, 22)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ونفذت الطائرات الحربية ما لا يقل عن 12 ضربة منذ صباح أمس على أحياء في مدينة إدلب.", "2016-08-11"),
        ("وقالت مصادر محلية إن 9 مدنيين قتلوا في معارك عنيفة شهدتها مدينة إدلب منذ فجر اليوم.", "2016-08-12"),
        ("ونفذت الطائرات الحربية عشر ضربات منذ فجر يوم أمس على أحياء في مدينة إدلب.", "2016-08-11"),
    ],
    ids=["strikes-since-yesterday-morning", "fighting-since-dawn-today", "strikes-since-dawn-of-the-day-before"],
)
def test_what_goes_on_since_a_part_of_the_day_or_the_day_before_is_that_days_attack(text: str, day: str) -> None:
    assert typed_events(text)[0][1:] == (day, "Idlib")


def test_strikes_since_a_morning_days_before_are_still_no_attack() -> None:
    text = "ونفذت الطائرات الحربية عشرات الضربات منذ صباح الاثنين على أحياء في مدينة إدلب."
    assert typed_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال المرصد إن المئات قتلوا في مدينة دمشق جراء قذائف الفصائل المعارضة منذ عام 2012.",
        "وقال المرصد إن العشرات قتلوا في مدينة حلب، جراء قذائف المسلحين منذ 2013.",
        "ومنذ 2014 استهدفت الغارات الجوية مدينة الرقة.",
    ],
    ids=["after-the-trigger-with-a-year-word", "after-the-trigger-a-bare-year", "before-the-trigger-a-bare-year"],
)
def test_shells_falling_since_a_year_are_no_attack(text: str) -> None:
    assert dated_events(text, dt.date(2018, 4, 13)) == []


@pytest.mark.parametrize(
    "text",
    ["وقصفت الطائرات مدينة الزبداني المحاصرة منذ عام 2013 وقتل 5 مدنيين.",
     "وقصفت الطائرات مدينة الزبداني المحاصرة منذ 2013 وقتل 5 مدنيين."],
    ids=["with-a-year-word", "a-bare-year"],
)
def test_a_strike_on_a_town_besieged_since_a_year_stays(text: str) -> None:
    assert dated_events(text, dt.date(2018, 4, 13)) == [("airstrike", None, None, "Az Zabadānī", 5)]
