"""A plural summing up strikes over a governorate (غارات على مناطق في محافظة إدلب) and a strike at a town inside
it telling another number of dead are two events: the summary keeps its area and its toll, the detail its own
(told right after the summary, it takes the summary's day: test_a_detail_after_a_dated_attack_at_an_area_...).
Telling the same dead, the detail still locates the summary (one strike told twice)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SUMMARY = "قتل 12 مدنيا على الأقل أمس في غارات جوية على مناطق في محافظة إدلب. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 7, 30)))]


def test_a_strike_with_other_dead_at_a_town_of_the_area_is_another_event() -> None:
    text = SUMMARY + "وقتل شخصان في غارة على مدينة معرة النعمان."
    assert _events(text) == [
        ("airstrike", "2015-07-29", "Idlib", 12), ("airstrike", "2015-07-29", "Maarat al-Numan", 2)]


def test_the_same_dead_at_a_town_of_the_area_locate_the_summary() -> None:
    text = SUMMARY + "وقتل 12 مدنيا في الغارات على مدينة معرة النعمان."
    assert _events(text) == [("airstrike", "2015-07-29", "Maarat al-Numan", 12)]
