"""An event dated from the one it follows (غداة Y) takes no date from Y's sentence when Y marks the
passing of a time since that date (احتفال بمرور عامين على ... في 10 آب 2014): the date is of what Y
remembers, years before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _dates(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize("anniversary", ["احتفال السكان بمرور عامين على", "الذكرى الثانية ل"])
def test_the_date_an_anniversary_counts_from_dates_no_event(anniversary: str) -> None:
    text = (f"قتل عشرة أشخاص في انفجار سيارة مفخخة في مدينة سروج غداة {anniversary}انسحاب القوات من المدينة "
            "في 10 آب 2014.")
    assert _dates(text) == [("bombing", None, None, "Suruç")]


def test_the_date_of_the_event_followed_still_dates_the_one_after_it() -> None:
    text = "قتل عشرة أشخاص في انفجار سيارة مفخخة في مدينة سروج غداة هجوم على حاجز للجيش في 10 آب 2016."
    assert _dates(text)[0] == ("bombing", "2016-08-11", "event_relative", "Suruç")
