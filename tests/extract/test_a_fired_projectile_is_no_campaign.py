"""A firing word before a projectile (أطلقت الميليشيات قذيفة، إطلاق قذيفتي هاون) fires it at a target: it
does not make the attack a campaign, as it makes a launched operation or offensive (أطلقت القوات هجوما)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأطلقت مجموعة مسلحة قذيفة على سيارة إسعاف في مدينة منبج.", [("shelling", None, "Manbij", None)]),
        ("وتبنت جماعة متشددة إطلاق قذيفتي هاون على موقع في مدينة منبج.",
         [("shelling", None, "Manbij", None)]),
    ],
    ids=["fired-a-shell", "claimed-firing-two-mortars"],
)
def test_a_fired_projectile_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_launched_offensive_is_still_a_campaign() -> None:
    assert _events("وأطلقت قوات النظام هجوما على مدينة منبج.") == []
