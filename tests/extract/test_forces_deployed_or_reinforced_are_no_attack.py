"""Forces deployed or reinforced at a front (عززت إسرائيل انتشار الدبابات والمدفعية على الجبهة) are a show of
force, no attack: no event; artillery that fires at the same front stays an attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_deployment_reinforced_tells_no_attack() -> None:
    text = "عزز الجيش انتشار الدبابات والمدفعية قرب مدينة منبج يوم 10 آب 2016."
    assert _events(text) == []


def test_artillery_firing_at_the_front_stays() -> None:
    text = "قصفت المدفعية التركية مدينة منبج يوم 10 آب 2016 ما أسفر عن مقتل 4 مدنيين."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", 4)]
