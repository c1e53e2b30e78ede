"""A night word before two weekdays with no link between them is one night when the days follow each
other (ليل الأحد الاثنين) or, after ليل, stand a day apart (ليل الجمعة الأحد, as an outlet wrote it): the days
as written, never the first one alone; farther apart they are no night (nor after ليلة, which may name the
eve of the first day: tests/dates/test_find_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

#: A Tuesday.
REFERENCE = dt.date(2015, 7, 28)


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat(), m.precision) for m in find_dates(text, REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت المقاتلات غارات ليل الأحد الاثنين", [("ليل الأحد الاثنين", "2015-07-26", "2015-07-27", "range")]),
        ("شنت المقاتلات غارات ليل الجمعة الأحد", [("ليل الجمعة الأحد", "2015-07-24", "2015-07-26", "range")]),
        ("شنت المقاتلات غارات ليل الخميس الأحد", [("ليل الخميس", "2015-07-23", "2015-07-23", "day"),
                                                  ("الأحد", "2015-07-26", "2015-07-26", "day")]),
    ],
    ids=["days-that-follow", "a-day-apart", "three-days-apart"],
)
def test_a_night_of_two_weekdays(text: str, expected: list) -> None:
    assert _read(text) == expected
