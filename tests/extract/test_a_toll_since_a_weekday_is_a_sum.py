"""A toll told since a weekday (قتل منذ الجمعة عشرات المدنيين في غارات) is summed over the days since: no one
attack; the same raids told on one day stay an event."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.event_type, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 4, 8)))]


def test_dozens_killed_since_friday_in_raids_on_the_town() -> None:
    text = ("وصلت تعزيزات عسكرية إلى مدينة الزبداني. "
            "وقتل منذ الجمعة عشرات المدنيين في غارات على المدينة.")
    assert _events(text) == []


def test_killed_since_the_day_of_friday() -> None:
    assert _events("قتل منذ يوم الجمعة 40 مدنيا في غارات على مدينة الزبداني.") == []


def test_the_raids_of_friday_are_one_event() -> None:
    assert _events("قتل يوم الجمعة 40 مدنيا في غارات على مدينة الزبداني.") == [("airstrike", "Az Zabadānī", 40)]
