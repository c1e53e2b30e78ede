"""A period phrase in a relative clause describing the place an attack struck (بلدة س التي تتعرض منذ سنوات للقصف)
tells that place's past or state, so the dated attack of the clause stays an event; the same period describing the
strikes themselves (الغارات التي تشنها الطائرات منذ أشهر) still makes a total."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 2, 20)))]


def test_the_years_a_town_was_shelled_leave_the_strike_of_the_day() -> None:
    text = "قتل عشرة مدنيين أمس الاثنين في غارات جوية على بلدة سقبا التي تعرضت طوال سنوات للقصف."
    assert _events(text) == [("airstrike", "2018-02-19", "Saqba", 10)]


def test_the_months_a_city_was_besieged_leave_the_shelling_of_the_day() -> None:
    text = "قتل عشرة مدنيين أمس الاثنين في قصف على مدينة دوما التي يحاصرها النظام منذ أشهر."
    assert _events(text) == [("shelling", "2018-02-19", "Dūmā", 10)]


def test_the_months_of_the_strikes_themselves_are_a_total() -> None:
    assert _events("قتل 500 مدني في الغارات التي تشنها الطائرات الروسية منذ أشهر على مدينة دوما.") == []
