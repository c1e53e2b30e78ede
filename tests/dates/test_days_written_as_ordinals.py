"""Two days of a month written as ordinals and joined by a link ("ليلة التاسع والعاشر من أيار"، "من الخامس إلى
السادس من أيلول") are the days from the first to the second, never the second alone, and so are two ordinal days
more than a day apart joined by و ("الخامس والعاشر من أيار", as "5 و10 أيار"); one ordinal written with و ("الثالث
والعشرين من أيار") stays one day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

#: A Friday.
REFERENCE = dt.date(2018, 5, 18)


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat(), m.precision) for m in find_dates(text, REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات مواقع عسكرية ليلة التاسع والعاشر من أيار/مايو",
         [("ليلة التاسع والعاشر من أيار/مايو", "2018-05-09", "2018-05-10", "range")]),
        ("دارت معارك عنيفة من الخامس إلى السادس من أيار 2017",
         [("الخامس إلى السادس من أيار 2017", "2017-05-05", "2017-05-06", "range")]),
        ("قصفت الطائرات البلدة في الحادي عشر والثاني عشر من أيار",
         [("الحادي عشر والثاني عشر من أيار", "2018-05-11", "2018-05-12", "range")]),
        ("قصفت الطائرات البلدة بين الخامس والعاشر من أيار",
         [("الخامس والعاشر من أيار", "2018-05-05", "2018-05-10", "range")]),
        ("قصفت الطائرات البلدة في الخامس والعاشر من أيار",
         [("الخامس والعاشر من أيار", "2018-05-05", "2018-05-10", "range")]),
    ],
    ids=["a-night", "from-to", "compound-ordinals", "between", "two-days-listed"],
)
def test_two_ordinal_days_are_a_span(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات البلدة في الثالث والعشرين من نيسان",
         [("الثالث والعشرين من نيسان", "2018-04-23", "2018-04-23", "day")]),
    ],
    ids=["one-compound-ordinal"],
)
def test_ordinals_that_make_no_span(text: str, expected: list) -> None:
    assert _read(text) == expected
