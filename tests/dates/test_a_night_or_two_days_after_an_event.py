"""A span named from an event, the night after it ("الليلة التالية") or the two days after it ("اليومين التاليين"),
counts from the last day of the date written before it on its line, a day or a night of two days: the night is
that day and the next (ليلة 23 - 24 ... الليلة التالية = 24 to 25), the two days are the two after it. Without
such a date before it on its line it stays unresolved."""

from __future__ import annotations

import pytest

from tests.dates.ranges import ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات مواقع في البلدة ليلة 23 – 24 تموز 2015، وفي الليلة التالية قصفت مواقع أخرى",
         [("ليلة 23 – 24 تموز 2015", "2015-07-23", "2015-07-24", "range"),
          ("الليلة التالية", "2015-07-24", "2015-07-25", "range")]),
        ("سيطرت القوات على البلدة يوم 9 نيسان 2003، وفي الليلة التالية انسحب المسلحون",
         [("يوم 9 نيسان 2003", "2003-04-09", "2003-04-09", "day"),
          ("الليلة التالية", "2003-04-09", "2003-04-10", "range")]),
        ("سيطرت القوات على البلدة في 9 نيسان 2003، وفي اليومين التاليين سقطت قرى أخرى",
         [("9 نيسان 2003", "2003-04-09", "2003-04-09", "day"),
          ("اليومين التاليين", "2003-04-10", "2003-04-11", "range")]),
    ],
    ids=["night-after-a-night", "night-after-a-day", "two-days-after-a-day"],
)
def test_a_span_counts_from_the_last_day_before_it(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    ["وفي الليلة التالية قصفت الطائرات مواقع أخرى",
     "قصفت الطائرات البلدة في 9 نيسان 2003.\nوفي اليومين التاليين قصفت قرى"],
    ids=["no-date", "date-on-another-line"],
)
def test_without_a_date_before_it_on_its_line_it_stays_unresolved(text: str) -> None:
    assert ranges(text)[-1][1:3] == (None, None)


def test_a_month_is_no_event_to_count_a_night_from() -> None:
    assert ranges("قصفت الطائرات البلدة في تموز 2015، وفي الليلة التالية قصفت قرى")[-1][1:3] == (None, None)
