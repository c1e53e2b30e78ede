"""Strikes told in the plural over two governorates far apart (في ريفي حماة وحلب) are an attack on each, one event
per governorate without the toll told of both; not one strike, nor strikes over two neighbouring places or over
a list of three or more (a total over a region)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 30 جنديا في غارات استهدفت مواقع عسكرية في ريفي حماة وحلب يوم الأحد.",
         [("airstrike", "2016-08-07", "Hama", "governorate", None),
          ("airstrike", "2016-08-07", "Aleppo", "governorate", None)]),
        ("وأسفرت الغارات على مواقع عسكرية في ريفي حماة وحلب أمس عن مقتل 30 جنديا.",
         [("airstrike", "2016-08-11", "Hama", "governorate", None),
          ("airstrike", "2016-08-11", "Aleppo", "governorate", None)]),
    ],
    ids=["killed-in-strikes", "strikes-brought-deaths"],
)
def test_strikes_over_two_far_governorates_are_an_event_each(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 30 جنديا في غارة استهدفت موقعا عسكريا في ريفي حماة وحلب يوم الأحد.",
         [("airstrike", "2016-08-07", "Hama", "governorate", 30)]),
        ("وقتل 30 جنديا في غارات استهدفت مواقع عسكرية في أرياف حماة وحلب وإدلب يوم الأحد.",
         [("airstrike", "2016-08-07", "Ḩamāh", "city", 30)]),
    ],
    ids=["one-strike", "a-list-of-three"],
)
def test_one_strike_or_a_list_of_three_stays_one_event(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
