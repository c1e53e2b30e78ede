"""One attack told dated to a year (عام 2007) and again to a month of that year (في تموز 2007) at the same place is
one event dated to the month, whichever is told first; a month of another year, or another town, is another attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2016, 8, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل عشرة مدنيين في غارة جوية على مدينة الموصل عام 2007. وكانت غارة جوية على مدينة الموصل في تموز "
         "2007 قد أثارت غضبا واسعا.",
         [("airstrike", "2007-07", "month", "Mosul")]),
        ("وكانت غارة جوية على مدينة الموصل في تموز 2007 قد أثارت غضبا واسعا. وقتل عشرة مدنيين في غارة جوية على "
         "مدينة الموصل عام 2007.",
         [("airstrike", "2007-07", "month", "Mosul")]),
        ("قتل عشرة مدنيين في غارة جوية على مدينة الموصل عام 2007. وكانت غارة جوية على مدينة الموصل في تموز "
         "2008 قد أثارت غضبا واسعا.",
         [("airstrike", "2007", "year", "Mosul"), ("airstrike", "2008-07", "month", "Mosul")]),
        ("قتل عشرة مدنيين في غارة جوية على مدينة الموصل عام 2007. وكانت غارة جوية على مدينة كركوك في تموز "
         "2007 قد أثارت غضبا واسعا.",
         [("airstrike", "2007", "year", "Mosul"), ("airstrike", "2007-07", "month", "Kirkuk")]),
    ],
    ids=["the-year-first", "the-month-first", "a-month-of-another-year", "another-town"],
)
def test_a_year_and_a_month_in_it_of_one_attack_give_the_month(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def _tolled(text: str) -> list[tuple]:
    return [(e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 20)))]


def test_a_year_and_a_month_of_it_with_other_dead_are_two_attacks() -> None:
    assert _tolled("قتل خمسة في تفجير سيارة مفخخة في مدينة بغداد عام 2007. وقتل عشرون في تفجير سيارة مفخخة في "
                   "مدينة بغداد في تموز 2007.") == [("2007", "Baghdad", 5), ("2007-07", "Baghdad", 20)]


def test_a_year_and_a_month_of_it_with_the_same_dead_are_one_attack() -> None:
    assert _tolled("قتل خمسة في تفجير سيارة مفخخة في مدينة بغداد عام 2007. وقتل خمسة في التفجير الذي وقع في مدينة "
                   "بغداد في تموز 2007.") == [("2007-07", "Baghdad", 5)]
