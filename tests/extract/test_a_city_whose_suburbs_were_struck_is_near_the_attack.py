"""A city whose suburbs, surroundings or outskirts were struck (في ضواحي دمشق، بضواحي دمشق، بمحيط حلب) is a reference
point near the attack, with or without the locative ب on the near word; the city itself (بدمشق) is the place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    events = extract_article(article(text, dt.date(2016, 7, 20)))
    return [(e.event_type, e.date, e.place, e.place_relation, e.place_radius_km, e.killed) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة مدنيين يوم الثلاثاء جراء سقوط قذيفة صاروخية على سوق شعبية في ضواحي دمشق.",
         [("shelling", "2016-07-19", "Damascus", "near", 10.0, 3)]),
        ("قتل ثلاثة مدنيين يوم الثلاثاء جراء سقوط قذيفة صاروخية على سوق شعبية بضواحي دمشق.",
         [("shelling", "2016-07-19", "Damascus", "near", 10.0, 3)]),
        ("قتل ثلاثة مدنيين يوم الثلاثاء جراء سقوط قذيفة صاروخية على سوق شعبية بمحيط حلب.",
         [("shelling", "2016-07-19", "Aleppo", "near", 10.0, 3)]),
        ("قتل ثلاثة مدنيين يوم الثلاثاء جراء سقوط قذيفة صاروخية على سوق شعبية بدمشق.",
         [("shelling", "2016-07-19", "Damascus", None, None, 3)]),
    ],
    ids=["in-the-suburbs", "locative-suburbs", "locative-surroundings", "the-city-itself"],
)
def test_a_city_whose_suburbs_were_struck_is_a_reference_point(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
