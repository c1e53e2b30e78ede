"""A period phrase in a relative clause of people (الذين استأنفوا منذ الأسبوع الماضي عملياتهم) tells
what they have done, so the attack of the clause stays an event; the same period describing the
strikes (الغارات التي شنها الطيران منذ أيام) still makes a total."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.actor, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_period_of_the_attackers_habit_leaves_the_attack() -> None:
    text = ("قتل 3 من أفراد الشرطة ومدني أمس في هجوم في مدينة منبج نسب إلى مسلحي داعش "
            "الذين استأنفوا منذ الأسبوع الماضي عملياتهم.")
    assert _events(text) == [("ground_attack", "2016-08-11", "ISIS", 4)]  # three policemen and a civilian


def test_the_period_of_the_strikes_is_a_total() -> None:
    assert _events("قتل 13 مدنيا في الغارات التي شنها الطيران منذ أيام على مدينة منبج.") == []
