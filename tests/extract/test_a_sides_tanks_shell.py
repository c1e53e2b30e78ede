"""A bombardment by a side's tanks (قصف دبابة إسرائيلية، قصفت الدبابات التركية) is shelling, though the side strikes
from the air when no weapon is told; its aircraft still strike from the air, and tanks destroyed are no weapon."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.actor, e.killed) for e in extract_article(article(text, dt.date(2018, 5, 28)))]


def test_a_bombardment_by_a_sides_tank_is_shelling() -> None:
    text = "والأحد، قتل ثلاثة مسلحين في قصف دبابة إسرائيلية لموقع رصد شمال قطاع غزة."
    assert _events(text) == [("shelling", "2018-05-27", "Israel", 3)]


def test_a_sides_tanks_bombarding_a_post_is_shelling() -> None:
    text = "قصفت الدبابات الإسرائيلية موقعا لحركة حماس شرق مدينة غزة الأحد."
    assert _events(text) == [("shelling", "2018-05-27", "Israel", None)]


def test_the_sides_aircraft_bombarding_a_post_is_still_an_air_strike() -> None:
    text = "قصفت الطائرات الإسرائيلية موقعا لحركة حماس شرق مدينة غزة الأحد."
    assert _events(text) == [("airstrike", "2018-05-27", "Israel", None)]
