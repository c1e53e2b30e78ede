"""An attack dated only to a year, placed nowhere finer than a country and without a toll, is history
or a campaign, not one attack; a toll, a region or a named town keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأخرج هجومان منفصلان التنظيم من معظم الأراضي في سوريا العام الماضي.", []),
        ("وشنت طائرات روسية غارات على سوريا عام 2015.", []),
        ("وقتل 200 شخص في تفجيرين في جزيرة بالي عام 2002.", [("bombing", "2002", "year", None, 200)]),
        ("وقصفت طائرات روسية مدينة منبج عام 2015.", [("airstrike", "2015", "year", "Manbij", None)]),
        ("وقصفت طائرات روسية سوريا في أيار 2015.", [("airstrike", "2015-05", "month", "Syria", None)]),
        ("وكانت الغوطة الشرقية قد تعرضت لهجوم كيميائي عام 2013.",
         [("other", "2013", "year", "Eastern Ghouta", None)]),
    ],
    ids=["offensives-of-a-year", "strikes-on-a-country-in-a-year", "year-with-a-toll", "year-with-a-town",
         "month-on-a-country", "year-in-a-region"],
)
def test_year_alone(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
