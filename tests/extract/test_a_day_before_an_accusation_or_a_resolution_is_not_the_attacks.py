"""A day written before a noun of accusing or a resolution (dating `charges`, cause `accusations`: اتهامات، مزاعم،
قرارا) that stands before the attack in its clause is the day of the accusation, the resolution or what answered
them (تتوعد الدول منذ يومين برد قوي بعد اتهامات بتنفيذ هجوم; عرقلت روسيا في العاشر من آب قرارا ... عن شن هجوم): the
attack they are about is kept without a date, not dropped as going on since that day. A day after the attack stays
its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _dated(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "وتتوعد دول غربية منذ يومين برد قوي بعد اتهامات وجهت إلى الحكومة بتنفيذ هجوم كيميائي في مدينة دوما.",
        "وكانت روسيا قد عرقلت في العاشر من آب قرارا يقضي بتحديد المسؤول عن شن هجوم كيميائي على مدينة دوما.",
        "وكرر الوزير الجمعة الاتهامات للحكومة بشن هجوم كيميائي على مدينة دوما.",
    ],
    ids=["a-threat-since-after-accusations", "a-resolution-blocked", "accusations-repeated"],
)
def test_the_attack_a_charge_is_about_is_undated(text: str) -> None:
    assert _dated(text) == [("other", None, None, "Dūmā")]


def test_a_day_after_the_attack_stays_its_own() -> None:
    assert _dated("وكرر الوزير الاتهامات للحكومة بشن هجوم كيميائي على مدينة دوما يوم الجمعة.") == [
        ("other", "2016-08-12", "day", "Dūmā")]


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize("noun", ["الهجوم الكيميائي الذي وقع", "الهجمات الكيميائية التي وقعت"])
def test_an_attack_charged_before_a_recalled_day_lends_no_toll_to_the_dated_attack(noun: str) -> None:
    """An attack told before a charge dated to a recalled year is recalled too: it stays its own undated event,
    never the Thursday attack with its toll, whatever each leaves missing."""
    text = (f"وأدان الوزير {noun} الخميس على مدينة دوما. ونفت الحكومة الأمر، وقالت إنها سلمت ترسانتها إثر اتفاق في "
            "العام 2013 بعد اتهامها بتنفيذ هجوم كيميائي قرب دمشق أسفر عن مقتل المئات.")
    assert _told(text) == [("other", "2016-08-11", "Dūmā", None), ("other", None, "Damascus", None)]


def test_an_attack_charged_days_ago_is_the_dated_attack() -> None:
    text = ("وأدان الوزير الهجوم الكيميائي الذي وقع الخميس على مدينة دوما. وتتوعد دول غربية منذ يومين برد قوي بعد "
            "اتهامات وجهت إلى الحكومة بتنفيذ هجوم كيميائي قرب دمشق.")
    assert _told(text) == [("other", "2016-08-11", "Dūmā", None)]
