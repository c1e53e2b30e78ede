"""A comma and "at a time when" (، في وقت ...، في الوقت الذي ...) open a clause: what goes on beside is told
there, and a second attack there is its own event, not a detail of the first (قتل 12 في هجوم على فندق في سوسة،
في الوقت الذي خلف تفجير في الكويت 27 قتيلا). A time of the attack told so (، في وقت متأخر من ليل الأحد) opens
none."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_what_goes_on_beside_does_not_place_the_attack() -> None:
    text = "وقصفت طائرات حربية مدينة بيجي يوم الأحد، في وقت أرسلت القوات تعزيزات إلى مدينة تكريت."
    assert _events(text) == [("airstrike", "2016-08-07", "Bayjī", None)]


def test_an_attack_at_the_time_of_another_is_its_own() -> None:
    text = ("وقتل 12 شخصا في هجوم مسلح على فندق في مدينة سوسة يوم الجمعة، في الوقت الذي خلف تفجير استهدف مسجدا في "
            "مدينة الكويت 27 قتيلا.")
    assert _events(text) == [("ground_attack", "2016-08-12", "Sousse", 12),
                            ("bombing", "2016-08-12", "Kuwait City", 27)]


def test_a_time_of_the_attack_after_a_comma_stays_its_own() -> None:
    text = "وقتل 5 مدنيين في غارة على مدينة بيجي، في وقت متأخر من ليل الأحد."
    assert _events(text) == [("airstrike", "2016-08-07", "Bayjī", 5)]
