"""A missile word with a cruise missile's model after it (صاروخ توماهوك، صواريخ من طراز ستورم شادو) tells a
strike from afar, an airstrike, whoever is named or not; rocket artillery (صواريخ غراد) stays shelling."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _types(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 7, 23)))]


@pytest.mark.parametrize("text", [
    "استهدف صاروخ توماهوك أمس مواقع لجبهة النصرة في إدلب.",
    "وسقطت أمس صواريخ من طراز كروز على مواقع في إدلب.",
], ids=["tomahawk", "cruise"])
def test_a_cruise_missile_strikes_from_afar(text: str) -> None:
    assert _types(text) == [("airstrike", "2015-07-22", "Idlib")]


def test_rocket_artillery_stays_shelling() -> None:
    assert _types("وسقطت أمس صواريخ غراد على مواقع في إدلب.") == [("shelling", "2015-07-22", "Idlib")]
