"""An aircraft told as the subject of a falling or crashing verb after it (الطائرة سقطت في سوق المدينة، طائرة استطلاع
سقطت في البادية) fell or crashed: no air strike; aircraft that struck before one fell stay a strike."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_an_aircraft_that_fell_tells_no_strike() -> None:
    text = "قال ناشطون إن الطائرة الحربية سقطت يوم 10 آب 2016 في سوق الخضار بمدينة أريحا."
    assert _events(text) == []


def test_a_strike_before_a_crash_stays() -> None:
    text = ("قصفت طائرات حربية سوق الخضار في مدينة منبج يوم 10 آب 2016 ما أسفر عن مقتل 6 مدنيين، ثم سقطت "
            "إحداها قرب المدينة.")
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", 6)]
