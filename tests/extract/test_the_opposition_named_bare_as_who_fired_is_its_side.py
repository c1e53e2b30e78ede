"""The opposition named bare (المعارضة) is Syria's armed opposition only as the subject of a verb, among them a verb
of firing whose pronoun is the projectile (قذيفة أطلقتها المعارضة), and only in Syria; elsewhere (مناطق سيطرة
المعارضة) it names no side, and a projectile fired by a side named so in another country has none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2017, 3, 14)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين في حي جرمانا بدمشق أمس جراء سقوط قذيفة أطلقتها المعارضة على سوق شعبية.",
         [("shelling", "2017-03-13", "Jaramānā", "Syrian opposition", 5, None)]),
        ("قتل جندي في مدينة نجران أمس جراء سقوط صاروخ أطلقه الحوثيون على حي سكني.",
         [("shelling", "2017-03-13", "Najrān", "Houthis", 1, None)]),
        ("قصفت قوات النظام مناطق سيطرة المعارضة في مدينة دوما أمس.",
         [("shelling", "2017-03-13", "Dūmā", "Syrian army", None, None)]),
        ("قتل خمسة أشخاص في مدينة ديار بكر أمس جراء سقوط قذيفة أطلقتها المعارضة على سوق شعبية.",
         [("shelling", "2017-03-13", "Diyarbakır", None, 5, None)]),
    ],
    ids=["fired-by-the-opposition", "fired-by-a-named-side", "the-oppositions-areas-struck", "no-side-outside-syria"],
)
def test_the_opposition_named_bare_as_who_fired(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
