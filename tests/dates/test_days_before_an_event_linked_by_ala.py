""""قبل يومين على الانتخابات" counts two days back from the event named after it, like "قبل يومين من":
dated from that event's date when it is written, else undated; not from the reference. A minimum
(قبل يومين على الأقل), a count of weeks (شن هجوما قبل أسبوعين على مناطق: a verb's object) and "منذ" keep
counting from the reference."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.dates import find_dates
from timeline.pipeline import extract_article

REF = dt.date(2016, 7, 20)  # a Wednesday


def _shapes(text: str) -> list[tuple]:
    return [(m.text, m.kind, m.value and m.value.isoformat(), m.precision, m.relative_days)
            for m in find_dates(text, REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت سيارة مفخخة قرب مركز الاقتراع قبل يومين على الانتخابات البلدية",
         [("قبل يومين", "event_relative", None, "day", -2)]),
        ("قبل ثلاثة أيام على بدء المفاوضات قصفت الطائرات المدينة",
         [("قبل ثلاثة أيام", "event_relative", None, "day", -3)]),
    ],
    ids=["two-days", "three-days"],
)
def test_days_before_an_event_count_from_it(text: str, expected: list[tuple]) -> None:
    assert _shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل الجندي قبل يومين على الأقل", [("قبل يومين", "relative", "2016-07-18", "day", None)]),
        ("شنت القوات هجوما قبل أسبوعين على قرى الريف",
         [("قبل أسبوعين", "relative", "2016-07-02", "week", None)]),
        ("ما زال المخطوف منذ يومين على قيد الحياة", [("منذ يومين", "relative", "2016-07-18", "day", None)]),
        ("اعتقل الشاب قبل يومين من منزله", [("قبل يومين", "relative", "2016-07-18", "day", None)]),
    ],
    ids=["at-least", "weeks-object", "since", "from-home"],
)
def test_counts_from_the_reference(text: str, expected: list[tuple]) -> None:
    assert _shapes(text) == expected


def test_an_attack_two_days_before_an_event_takes_no_day_from_the_publication() -> None:
    text = "أصيب عشرة أشخاص في تفجير انتحاري استهدف مخزنا في مدينة الموصل قبل يومين على بدء الانتخابات."
    assert [(e.event_type, e.date, e.place) for e in extract_article(article(text, REF))] == [
        ("bombing", None, "Mosul")]


def test_an_attack_two_days_before_a_dated_event_is_dated_from_it() -> None:
    text = "أصيب عشرة أشخاص في تفجير انتحاري استهدف مخزنا في مدينة الموصل قبل يومين على 17 تموز."
    assert [(e.event_type, e.date, e.place) for e in extract_article(article(text, REF))] == [
        ("bombing", "2016-07-15", "Mosul")]
