"""A day's plural over a governorate whose dead are the sum of the dead of the attacks of its type told one by one
right after it in that governorate tells those attacks together: no event of its own; they take its side. Another
count keeps it an event of its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

DETAILS = "وقتل ثلاثة في غارة على مدينة منبج، واثنان في غارة على بلدة الأتارب. وقتل 15 آخرون في غارة على مدينة الباب."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_plural_summing_the_next_attacks_is_them_with_its_side() -> None:
    text = "أفاد المرصد بمقتل 20 مدنيا جراء غارات جوية نفذها الطيران الروسي على مناطق في محافظة حلب أمس. " + DETAILS
    assert _events(text) == [
        ("airstrike", "2016-08-11", "Manbij", "Russia", 3),
        ("airstrike", "2016-08-11", "Al-Atarib", "Russia", 2),
        ("airstrike", "2016-08-11", "Al-Bab", "Russia", 15),
    ]


def test_a_plural_with_another_count_stays_an_event_of_its_own() -> None:
    text = "أفاد المرصد بمقتل 21 مدنيا جراء غارات جوية نفذها الطيران الروسي على مناطق في محافظة حلب أمس. " + DETAILS
    assert _events(text) == [
        ("airstrike", "2016-08-11", "Aleppo", "Russia", 21),
        ("airstrike", "2016-08-11", "Manbij", "Russia", 3),
        ("airstrike", "2016-08-11", "Al-Atarib", "Russia", 2),
        ("airstrike", "2016-08-11", "Al-Bab", None, 15),
    ]
