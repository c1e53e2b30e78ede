"""A line holding only a year (- 2013 -) heads a list of dates in that year: a day and month without a
year under it is read in that year (basis ``anchor``, the heading), until a full date or another heading
nearer it; without a heading such a day is read against the reference."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 5, 10)


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.end_value and m.end_value.isoformat(), m.date_basis,
             text[m.anchor_start : m.anchor_end] if m.anchor_start is not None else None)
            for m in find_dates(text, REF)]


@pytest.mark.parametrize("heading", ["- 2013 -", "2013", "— 2013 —"])
def test_a_day_under_a_year_heading_is_in_that_year(heading: str) -> None:
    text = f"{heading}\n30 كانون الثاني: غارة على موقع قرب دمشق."
    assert _read(text) == [("30 كانون الثاني", "2013-01-30", "2013-01-30", "anchor", "2013")]


def test_the_nearest_heading_or_full_date_gives_the_year() -> None:
    text = ("- 2013 -\n3 أيار: غارة قرب دمشق.\n- 2015 -\n8 آذار: غارة على مطار.\n"
            "7 كانون الأول 2016: غارة على الديماس.\n19 كانون الأول: غارة على المطار.")
    assert _read(text) == [
        ("3 أيار", "2013-05-03", "2013-05-03", "anchor", "2013"),
        ("8 آذار", "2015-03-08", "2015-03-08", "anchor", "2015"),
        ("7 كانون الأول 2016", "2016-12-07", "2016-12-07", "explicit", None),
        ("19 كانون الأول", "2016-12-19", "2016-12-19", "anchor", "7 كانون الأول 2016"),
    ]


def test_a_year_inside_a_sentence_heads_nothing() -> None:
    assert _read("قال في عام 2013 إن الغارة وقعت في 30 نيسان.") == [
        ("عام 2013", "2013-01-01", "2013-12-31", "explicit", None),
        ("30 نيسان", "2018-04-30", "2018-04-30", "reference", None),
    ]


def test_every_day_of_a_long_list_under_a_heading_is_in_its_year() -> None:
    entry = "غارة على موقع عسكري قرب العاصمة، قال مسؤولون إنها استهدفت شحنة صواريخ كانت في طريقها إلى الحدود. "
    text = f"- 2013 -\n30 كانون الثاني: {entry * 3}\n3 و5 أيار: غارتان قرب دمشق.\n8 تموز: {entry}"
    assert _read(text) == [
        ("30 كانون الثاني", "2013-01-30", "2013-01-30", "anchor", "2013"),
        ("3 و5 أيار", "2013-05-03", "2013-05-05", "anchor", "2013"),
        ("8 تموز", "2013-07-08", "2013-07-08", "anchor", "2013"),
    ]
