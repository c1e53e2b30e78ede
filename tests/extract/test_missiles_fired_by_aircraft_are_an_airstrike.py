"""Missiles with a firing word and an aircraft among the three words before them (المقاتلات أطلقت صواريخ، أطلقت
الطائرات المسيرة صاروخين) are fired from the air: an airstrike. Missiles a ground side fires stay shelling."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت الوزارة إن تلك المقاتلات أطلقت صواريخ على مجمع عسكري غرب مدينة حمص يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Homs")]),
        ("أطلقت الطائرات المسيرة صاروخين على سيارة في مدينة إدلب يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Idlib")]),
        ("أطلقت الفصائل 20 صاروخا على مدينة حلب يوم 10 آب 2016.", [("shelling", "2016-08-10", "Aleppo")]),
    ],
    ids=["jets-fired-missiles", "drones-fired-two-missiles", "a-ground-side-fired-rockets"],
)
def test_type(text: str, expected: list[tuple]) -> None:
    assert [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))] == expected
