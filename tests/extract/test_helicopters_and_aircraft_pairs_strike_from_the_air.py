"""Two aircraft in construct (بطائرتي هيلوكوبتر، مروحيتي النظام) and helicopters (هيلوكوبتر) are air weapons:
the strike they make is an airstrike, not shelling."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 40 مدنيا في قصف بطائرتي هيلوكوبتر على بلدة تل رفعت يوم الأحد.",
        "وقتل 40 مدنيا في قصف مروحيتي النظام على بلدة تل رفعت يوم الأحد.",
    ],
    ids=["two-helicopters", "two-helicopters-of-a-side"],
)
def test_two_aircraft_make_an_airstrike(text: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-07", "Tall Rif‘at", 40)]
