"""A year or a part of one written in a sentence ("في عام 2013"، "في آب 2013"، "مطلع عام 2016") is the year of the
yearless days the sentence names after it, read in that year (basis ``anchor``); not after a bound (منذ عام 2011),
across a full stop, nor in what is said after it (قال في عام 2013 إن ...)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 5, 10)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.end_value and m.end_value.isoformat(), m.date_basis)
            for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "year_text", "day"), [
    ("في عام 2014، قصفت الطائرات البلدة في 21 آب فقتلت عشرة مدنيين.", "عام 2014", "2014-08-21"),
    ("قتل العشرات في هجوم بالغاز على البلدة في آب 2013، إذ قصفتها الصواريخ في 21 آب.", "آب 2013", "2013-08-21"),
    ("وفي مطلع عام 2016 سيطرت القوات على الميناء، ثم استعادت المعبر في 12 تشرين الأول.", "مطلع عام 2016",
     "2016-10-12"),
], ids=["year", "month of a year", "part of a year"])
def test_a_day_after_a_year_of_its_sentence_is_in_that_year(text: str, year_text: str, day: str) -> None:
    read = _read(text)
    assert read[0][0] == year_text
    assert read[1][1:] == (day, day, "anchor")


def test_every_day_of_a_span_is_in_that_year() -> None:
    assert _read("وفي عام 2015، شنت الطائرات غارات على المدينة بين 3 و5 أيار.")[1] == (
        "3 و5 أيار", "2015-05-03", "2015-05-05", "anchor")


@pytest.mark.parametrize("text", [
    "تشهد البلاد حربا منذ عام 2011، وقصفت الطائرات البلدة في 21 آب.",
    "في عام 2014 سيطر التنظيم على البلدة. وقصفت الطائرات البلدة في 21 آب.",
    "قال المسؤول في عام 2014 إن الطائرات قصفت البلدة في 21 آب.",
], ids=["since", "another sentence", "what is said"])
def test_a_year_names_no_day_it_does_not_govern(text: str) -> None:
    assert _read(text)[1] == ("21 آب", "2017-08-21", "2017-08-21", "reference")
