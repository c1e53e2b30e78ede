"""A year after since (منذ عام 2015) in the clause of a strike told by a word of either kind (قصف، ضربة) is
the start of a state (a town besieged since then), never the strike's date: the strike stays undated."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place) for e in extract_article(article(text, FRIDAY))]


def test_shelling_on_a_town_besieged_since_a_year_is_not_dated_to_that_year() -> None:
    assert _events("وقتل ثلاثة مدنيين في قصف على بلدة مضايا المحاصرة منذ عام 2015.") == [
        ("shelling", None, None, "Maḑāyā")]


def test_a_strike_on_a_city_besieged_since_the_year_is_not_dated_to_it() -> None:
    assert _events("وأصيب أربعة أطفال بضربة استهدفت مدينة تعز المحاصرة منذ العام 2015.") == [
        ("airstrike", None, None, "Taiz")]


def test_the_day_of_the_shelling_still_dates_it() -> None:
    assert _events("وقتل ثلاثة مدنيين الجمعة في قصف على بلدة مضايا المحاصرة منذ عام 2015.") == [
        ("shelling", "2016-08-12", "day", "Maḑāyā")]
