"""An attack told "in the same area" (وفي المنطقة نفسها، في المكان ذاته) is placed where the attack told
before it was (a kidnapping too), not at its country; with no placed attack before it, nowhere. A sentence
that names a place before saying so means the area it just named."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين بغارة على مدينة دوما يوم 10 آب 2016.\n"
         "وفي المنطقة نفسها قتل طفل بقصف مدفعي في سوريا يوم 11 آب 2016.",
         [("airstrike", "2016-08-10", "Dūmā", "city"), ("shelling", "2016-08-11", "Dūmā", "city")]),
        ("قتل خمسة مدنيين بغارة على مدينة دوما يوم 10 آب 2016.\n"
         "وقتل طفل بقصف مدفعي بالمكان ذاته يوم 11 آب 2016.",
         [("airstrike", "2016-08-10", "Dūmā", "city"), ("shelling", "2016-08-11", "Dūmā", "city")]),
        ("وفي المنطقة نفسها قتل طفل بقصف مدفعي في سوريا يوم 11 آب 2016.",
         [("shelling", "2016-08-11", None, None)]),
        ("قتل خمسة مدنيين بغارة على مدينة دوما يوم 10 آب 2016.\n"
         "وقتل طفل بقصف مدفعي يوم 11 آب 2016، وذلك في المنطقة ذاتها في سوريا.",
         [("airstrike", "2016-08-10", "Dūmā", "city"), ("shelling", "2016-08-11", "Dūmā", "city")]),
        ("قتل خمسة مدنيين بغارة على مدينة دوما يوم 10 آب 2016.\n"
         "وقتل طفل بقصف مدفعي على قرى في سوريا يوم 11 آب 2016، وقتل آخر بقصف في نفس المنطقة.",
         [("airstrike", "2016-08-10", "Dūmā", "city"), ("shelling", "2016-08-11", "Syria", "country")]),
        ("وخطفت جبهة النصرة ثمانية مقاتلين يوم 10 آب 2016 قرب مدينة دوما.\n"
         "وهاجمت جبهة النصرة مقرا للفصيل في المنطقة نفسها يوم 11 آب 2016، وقتل ستة مقاتلين.",
         [("other", "2016-08-10", "Dūmā", "city"), ("ground_attack", "2016-08-11", "Dūmā", "city")]),
    ],
    ids=["same-area-not-the-country", "same-place-with-the-locative", "no-attack-before",
         "same-area-after-the-attack", "the-area-just-named",
         "the-area-of-a-kidnapping"],
)
def test_the_same_area_is_the_place_of_the_attack_before(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


def test_an_attack_with_a_place_of_its_own_keeps_it() -> None:
    text = ("قتل خمسة مدنيين بغارة على مدينة دوما يوم 10 آب 2016.\n"
            "وفي المنطقة نفسها قتل طفل بقصف مدفعي على بلدة حرستا يوم 11 آب 2016.")
    assert _places(text) == [("airstrike", "2016-08-10", "Dūmā", "city"),
                             ("shelling", "2016-08-11", "Ḩarastā", "town")]
