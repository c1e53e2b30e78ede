"""An attack with a shoulder-fired rocket launcher (هجوم بقاذفة صواريخ) is an assault, not a bombardment, even
when what it hit is an aircraft (استهدف طوافة عسكرية)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_rocket_launcher_attack_on_a_helicopter() -> None:
    text = "قتل جندي في هجوم بقاذفة صواريخ شنه مسلحون واستهدف طوافة عسكرية في مدينة منبج يوم 10 آب 2016."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 1)]


def test_rocket_launchers_beside_other_arms() -> None:
    text = "قتل جنديان في هجوم شنه مسلحون بالأسلحة الرشاشة وقاذفات الصواريخ على حاجز في مدينة منبج يوم 10 آب 2016."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 2)]
