"""A line opening with a year and a dash (2004 - ...), as in a list of what happened on this day in past
years, heads its own line: a day and month without a year on it is read in that year (basis ``anchor``),
and the lines after it are read as without it."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates

REF = dt.date(2019, 3, 20)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.date_basis,
             text[m.anchor_start : m.anchor_end] if m.anchor_start is not None else None)
            for m in find_dates(text, REF)]


def test_a_day_on_a_line_opening_with_a_year_is_in_that_year() -> None:
    text = "2004 - سلسلة تفجيرات في محطات القطار كان آخرها في 11 آذار وأوقعت عشرات القتلى."
    assert _read(text) == [("11 آذار", "2004-03-11", "anchor", "2004")]


def test_the_line_after_is_read_without_that_year() -> None:
    text = "2004 - تفجير في محطة القطار في 11 آذار.\nوفي 2 آذار سقطت قذيفة على حي سكني."
    assert _read(text) == [
        ("11 آذار", "2004-03-11", "anchor", "2004"),
        ("2 آذار", "2019-03-02", "reference", None),
    ]


def test_each_line_takes_its_own_year_and_a_year_heading_goes_on_after_them() -> None:
    text = ("- 2016 -\n1987 - انفجار في سوق المدينة في 8 آذار.\n1999 - هجوم على ثكنة في 14 آذار.\n"
            "5 أيار: غارة على مستودع.")
    assert _read(text) == [
        ("8 آذار", "1987-03-08", "anchor", "1987"),
        ("14 آذار", "1999-03-14", "anchor", "1999"),
        ("5 أيار", "2016-05-05", "anchor", "2016"),
    ]


def test_a_span_of_years_opening_a_line_heads_nothing() -> None:
    assert _read("2014 - 2016 سنوات شهدت هجمات كثيرة آخرها في 11 آذار.") == [
        ("11 آذار", "2019-03-11", "reference", None),
    ]
