"""A count of missiles with "another" after it (8 صواريخ أخرى) tells more missiles of the strike told before, not
another incident: it merges with that strike where place and date agree. "Another" after an attack noun
(غارة أخرى) still tells a strike of its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = ("أعلن الجيش الخميس أن الطائرات الإسرائيلية أطلقت 40 صاروخا على مواقع عسكرية في سوريا ليلا، "
        "ما أدى إلى مقتل 12 عنصرا.\n")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 5, 10)))]


def test_more_missiles_are_the_same_strike() -> None:
    text = LEAD + "وأضاف الجيش في بيانه أن 8 صواريخ أخرى أطلقت من إسرائيل على سوريا."
    assert _events(text) == [("airstrike", "2018-05-09", "2018-05-10", "Syria", "Israel", 12)]


def test_another_strike_stays_its_own() -> None:
    text = LEAD + "وأضاف الجيش في بيانه أن غارة أخرى استهدفت سوريا."
    assert _events(text) == [("airstrike", "2018-05-09", "2018-05-10", "Syria", "Israel", 12),
                             ("airstrike", "2018-05-09", "2018-05-10", "Syria", None, None)]
