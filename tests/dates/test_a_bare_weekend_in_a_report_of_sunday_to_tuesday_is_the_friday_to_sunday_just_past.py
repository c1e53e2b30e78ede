"""A bare "نهاية الأسبوع" (or "عطلة نهاية الأسبوع"), no week named after it, told of the past in a report of
Sunday, Monday or Tuesday is the weekend just past, from the Friday to the Sunday before the report (the Arab
and the Western weekend together), never one day. Other report days, a named week, and a text telling of the
future keep the part of the week."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.dates import find_dates
from timeline.pipeline import extract_article


def _read(text: str, reference: dt.date, prefer: str = "past") -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat(), m.precision)
            for m in find_dates(text, reference, prefer)]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("قتل ثلاثة مدنيين في قصف على البلدة نهاية الأسبوع", dt.date(2016, 7, 17)),
        ("قتل ثلاثة مدنيين في قصف على البلدة نهاية الأسبوع", dt.date(2016, 7, 18)),
        ("قتل ثلاثة مدنيين في قصف على البلدة نهاية الأسبوع", dt.date(2016, 7, 19)),
        ("سقطت قذائف على الحي خلال عطلة نهاية الأسبوع", dt.date(2016, 7, 18)),
    ],
    ids=["sunday", "monday", "tuesday", "holiday-of-the-weekend"],
)
def test_the_weekend_just_past(text: str, reference: dt.date) -> None:
    assert _read(text, reference) == [("نهاية الأسبوع", "2016-07-15", "2016-07-17", "range")]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("قتل ثلاثة مدنيين في قصف نهاية الأسبوع", dt.date(2016, 7, 16),
         [("نهاية الأسبوع", "2016-07-13", "2016-07-15", "range")]),
        ("قتل ثلاثة مدنيين في قصف نهاية الأسبوع", dt.date(2016, 7, 20),
         [("نهاية الأسبوع", "2016-07-20", "2016-07-22", "range")]),
        ("قتل ثلاثة مدنيين في قصف نهاية الأسبوع الماضي", dt.date(2016, 7, 18),
         [("نهاية الأسبوع الماضي", "2016-07-15", "2016-07-17", "range")]),
        ("قتل ثلاثة مدنيين في قصف مطلع الأسبوع", dt.date(2016, 7, 18),
         [("مطلع الأسبوع", "2016-07-16", "2016-07-18", "range")]),
    ],
    ids=["saturday-report", "wednesday-report", "last-week-named", "start-of-the-week"],
)
def test_other_reports_and_parts_keep_the_part_of_the_week(text: str, reference: dt.date, expected: list) -> None:
    assert _read(text, reference) == expected


def test_a_text_telling_of_the_future_keeps_the_end_of_the_week_ahead() -> None:
    assert _read("نهاية الأسبوع", dt.date(2016, 7, 18), prefer="future") == [
        ("نهاية الأسبوع", "2016-07-20", "2016-07-22", "range")]


def test_an_air_strike_of_the_weekend_in_mondays_report() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على مدينة إدلب خلال عطلة نهاية الأسبوع، بحسب المرصد السوري."
    events = extract_article(article(text, dt.date(2016, 7, 18)))
    assert [(e.event_type, e.date, e.date_end, e.place, e.killed) for e in events] == [
        ("airstrike", "2016-07-15", "2016-07-17", "Idlib", 5)]
