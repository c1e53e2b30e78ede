"""An event whose clause names no place, or an attack of a known day placed only at its country, takes the
place of a clause after it in its sentence that tells the scene (inside that country) (sentences written
for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "scene"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأصيب سبعة جنود يوم 10 آب 2016 عندما انفجر لغم بينما كانت قافلة عسكرية تمر على طريق في مدينة منبج.",
         [("bombing", "2016-08-10", "Manbij", None, None, 7)]),
        ("وقصفت طائرات النظام مدينة منبج يوم 10 آب 2016 بينما كان الوفد في مدينة حلب.",
         [("airstrike", "2016-08-10", "Manbij", "Syrian army", None, None)]),
        ("وقصفت طائرات النظام مدينة منبج يوم 10 آب 2016. وكان الوفد في مدينة حلب.",
         [("airstrike", "2016-08-10", "Manbij", "Syrian army", None, None)]),
    ],
    ids=["scene-after-the-event", "own-place-kept", "next-sentence-is-not-the-scene"],
)
def test_the_place_of_the_scene(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقتل جنديان في هجوم في تركيا يوم 10 آب 2016، بينما كانا يقومان بدورية قرب مدينة ماردين.", "Mardin"),
        ("وقتل جنديان في هجوم في تركيا يوم 10 آب 2016، بينما كانت القوات تتقدم نحو مدينة الرقة.", "Turkey"),
    ],
    ids=["scene-inside-the-country", "scene-in-another-country"],
)
def test_an_attack_of_a_known_day_placed_at_its_country_takes_a_scene_inside_it(text: str, place: str) -> None:
    assert [e[2] for e in _events(text)] == [place]
