"""A place written inside the name of an actor struck or fought (هجوم على قوات سوريا الديمقراطية، اشتباكات مع
مجلس منبج العسكري), with words of the name on both sides, is part of the name and places no event; a name
that is all place (الهجمات التي استهدفت تركيا) is a place, as before.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.place_precision)
            for e in extract_article(article(text, dt.date(2018, 7, 18), "a1", "AFP"))]


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة عناصر الأحد في هجوم على قوات سوريا الديمقراطية.",
        "قتل خمسة عناصر الأحد في هجوم على قوات سوريا الديموقراطية.",
        "سيطرت قوات النظام على أربع قرى الأحد بعد اشتباكات مع قوات سوريا الديمقراطية.",
    ],
    ids=["attack-on", "spelt-with-waw", "clashes-with"],
)
def test_the_country_inside_a_targeted_actors_name_places_nothing(text):
    assert [p[1] for p in _places(text)] == [None]


def test_a_place_of_its_own_still_places_the_attack():
    text = "قتل خمسة عناصر من قوات سوريا الديموقراطية الأحد في هجوم انتحاري في مدينة منبج."
    assert _places(text) == [("bombing", "Manbij", "town")]


def test_a_targeted_country_that_is_all_the_name_is_the_place():
    text = "قتل ثلاثة جنود أمس في الهجمات التي استهدفت تركيا."
    assert _places(text) == [("ground_attack", "Turkey", "country")]
