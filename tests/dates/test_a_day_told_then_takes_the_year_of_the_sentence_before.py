"""A yearless day in a sentence that points back to the time of the sentence before it ("حينذاك"، "آنذاك"، "العام
ذاته") is read in the year written there (basis ``anchor``), not in the year nearest the reference; two
sentences away, without such a word, or after a bound, it keeps the reference's year."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 3, 1)


def _day(text: str) -> tuple:
    found = find_dates(text, REF)[-1]
    return found.text, found.value.isoformat(), found.end_value.isoformat(), found.date_basis


@pytest.mark.parametrize(("text", "day"), [
    ("قالت الوكالة إن شابا حاول قتل الوزير خلال زيارته للمدينة عام 1981. وكان الشاب في السابعة عشرة حينذاك،"
     " وأطلق النار على موكبه في 14 أكتوبر.", ("14 أكتوبر", "1981-10-14", "1981-10-14", "anchor")),
    ("سيطرت القوات على الميناء في مطلع عام 2016.\nوشهد العام ذاته معارك في المحافظة انتهت بتحرير المعبر في"
     " 12 أكتوبر.", ("12 أكتوبر", "2016-10-12", "2016-10-12", "anchor")),
    ("فجر انتحاري نفسه في السوق عام 2009. وقتل آنذاك عشرون شخصا في 3 و5 أيار.",
     ("3 و5 أيار", "2009-05-03", "2009-05-05", "anchor")),
], ids=["then", "the same year", "a span"])
def test_a_day_told_then_is_in_the_year_of_the_sentence_before(text: str, day: tuple) -> None:
    assert _day(text) == day


@pytest.mark.parametrize("text", [
    "سيطر التنظيم على البلدة عام 2014. وقصفت الطائرات البلدة في 21 آب.",
    "سيطر التنظيم على البلدة عام 2014. وفر السكان منها. وقصفت الطائرات البلدة حينها في 21 آب.",
    "تشهد البلاد حربا منذ عام 2011. وقصفت الطائرات البلدة حينذاك في 21 آب.",
], ids=["no word of then", "two sentences away", "a bound"])
def test_a_day_not_pointed_back_keeps_the_reference_year(text: str) -> None:
    assert _day(text) == ("21 آب", "2017-08-21", "2017-08-21", "reference")
