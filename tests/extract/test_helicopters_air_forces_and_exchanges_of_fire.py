"""Helicopters (طوافة), an air force (القوات الجوية) and suicide bombers tell attacks when the clause says
one struck or what it cost, and an exchange of fire is a clash (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

DAY = "يوم 10 آب 2016."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "words"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وقالت مصادر عسكرية إن القوات الجوية قتلت 6 مسلحين في مدينة منبج {DAY}",
         [("airstrike", "2016-08-10", "Manbij", None, 6, None)]),
        (f"وقصفت طوافات تركية مدينة منبج {DAY}", [("airstrike", "2016-08-10", "Manbij", "Turkey", None, None)]),
        (f"وعرضت القوات الجوية طائراتها في مدينة منبج {DAY}", []),
        (f"وقتل 2 من الجنود في تبادل لإطلاق النار مع مسلحين في مدينة منبج {DAY}",
         [("ground_attack", "2016-08-10", "Manbij", None, 2, None)]),
        (f"ودار تبادل إطلاق نار في مدينة منبج {DAY}", [("ground_attack", "2016-08-10", "Manbij", None, None, None)]),
        (f"وقال مسؤول إن مهاجما انتحاريا فجر سترته الناسفة في مدينة منبج {DAY}",
         [("bombing", "2016-08-10", "Manbij", None, None, None)]),
        (f"وقتل 9 أشخاص عندما فجر انتحاريان حزاميهما في مدينة منبج {DAY}",
         [("bombing", "2016-08-10", "Manbij", None, 9, None)]),
    ],
    ids=["air-force-kills", "helicopters", "air-force-on-show",
         "exchange-of-fire", "exchange-of-fire-indefinite", "suicide-attacker-accusative", "two-suicide-bombers"],
)
def test_helicopters_air_forces_suicide_bombers_and_exchanges_of_fire(text: str, expected: list) -> None:
    assert _events(text) == expected
