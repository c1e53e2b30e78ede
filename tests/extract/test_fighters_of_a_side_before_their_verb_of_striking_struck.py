"""Fighters or gunmen of a side right before a verb of striking (أن مسلحين من تنظيم داعش شنوا هجوما، عناصر من
التنظيم هاجموا) are its subject, who struck, not the killed fighters the people word names elsewhere (قتل مسلحين من
التنظيم); the side they struck is not taken (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.actor_hedged)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأوضح المصدر أن مسلحين من تنظيم داعش شنوا يوم الأحد هجوما استهدف تجمعا لقوات الجيش العراقي في مدينة "
         "الرمادي، ما أسفر عن مقتل جنديين.",
         [("ground_attack", "2016-08-07", "Ramadi", "ISIS", False)]),
        ("وأفاد مصدر أمني بأن عناصر من داعش هاجموا يوم الأحد مقرا للجيش العراقي في مدينة الفلوجة.",
         [("ground_attack", "2016-08-07", "Al Fallūjah", "ISIS", False)]),
        ("وقصف الطيران العراقي يوم الأحد مدينة الفلوجة، ما أسفر عن مقتل مسلحين من تنظيم داعش.",
         [("airstrike", "2016-08-07", "Al Fallūjah", "Iraqi forces", False)]),
    ],
    ids=["gunmen-launched", "members-attacked", "killed-gunmen-still-the-target"],
)
def test_fighters_of_a_side_before_their_verb_of_striking_struck(text: str, expected: list) -> None:
    assert _events(text) == expected
