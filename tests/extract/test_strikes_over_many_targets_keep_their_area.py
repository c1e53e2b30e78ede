"""Strikes told over several targets or places of an area (قصفت الطائرات نحو 25 هدفا في قطاع غزة) keep that area when
another sentence names one spot they hit (استهدفت الغارات موقعا في مدينة رفح): the spot does not locate the whole.
One strike told at the area is located by the spot."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("first", "place"),
    [("قصفت الطائرات الإسرائيلية فجر الأربعاء نحو 25 هدفا في قطاع غزة.", "Gaza Strip"),
     ("قصفت الطائرات الإسرائيلية فجر الأربعاء موقعا في قطاع غزة.", "Rafaḩ")],
    ids=["many-targets", "one-target"],
)
def test_the_place_of_the_merged_strikes(first: str, place: str) -> None:
    text = first + " وأفاد مصدر أمني أن الغارات استهدفت موقعا في مدينة رفح."
    events = [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 6, 20)))]
    assert events == [("airstrike", "2018-06-20", place, "Israel")]
