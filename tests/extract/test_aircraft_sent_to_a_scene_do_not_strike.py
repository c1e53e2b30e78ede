"""Aircraft sent to a scene (أرسلت مروحيات عسكرية إلى مكان الحادث، مروحيات ووحدات كوماندو أرسلت إلى المنطقة), in a
clause that tells no toll, are no air strike: no event; aircraft that strike after being sent stay a strike."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_aircraft_sent_tell_no_strike() -> None:
    text = "قال الجيش إن طائرات من دون طيار ومروحيات عسكرية أرسلت يوم 10 آب 2016 إلى مدينة ديار بكر."
    assert _events(text) == []


def test_aircraft_that_strike_with_their_dead_stay() -> None:
    text = ("قال الجيش إن مروحيات عسكرية أرسلت يوم 10 آب 2016 إلى مدينة ديار بكر قصفت مواقع المسلحين ما أسفر "
            "عن مقتل 4 منهم.")
    assert _events(text) == [("airstrike", "2016-08-10", "Diyarbakır", 4)]
