"""Explosions and fires told together (انفجارات وحرائق) are what strikes caused where they hit, not a bombing of
their own: the toll goes to the strike told with its day; an explosion alone stays a bombing."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 4, 30)))]


def test_explosions_and_fires_are_not_a_bombing() -> None:
    text = ("وقتل 25 عنصرا من جراء انفجارات وحرائق اندلعت في مستودعات قرب مدينة حماة. "
            "ويعتقد أن إسرائيل تقف وراء الغارة التي وقعت مساء الأحد وأدت إلى مقتل 25 عنصرا.")
    assert _events(text) == [("airstrike", "2018-04-29", None, 25)]


def test_an_explosion_alone_stays_a_bombing() -> None:
    assert _events("وقتل 25 عنصرا في انفجار ضخم في مستودعات قرب مدينة حماة مساء الأحد.") == [
        ("bombing", "2018-04-29", "Ḩamāh", 25)]
