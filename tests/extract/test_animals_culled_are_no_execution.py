"""An execution verb with animals after it (أعدمت السلطات عشرة آلاف دجاجة) tells a cull, no event; an armed group's
execution of people stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 7, 27)))]


@pytest.mark.parametrize("text", [
    "وأعدمت السلطات أمس نحو عشرة آلاف دجاجة في مزرعة قرب الرقة بعد اكتشاف إصابة بإنفلونزا الطيور.",
    "وأعدم الأطباء البيطريون أمس مئات الأبقار المصابة في حلب.",
], ids=["chickens", "cattle"])
def test_animals_culled_are_no_event(text: str) -> None:
    assert _events(text) == []


def test_people_executed_by_an_armed_group_are_an_event() -> None:
    assert _events("أعدم تنظيم داعش أمس عشرة مدنيين في الرقة.") == [("other", "2015-07-26", "Ar Raqqah")]
