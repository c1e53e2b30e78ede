"""A side's adjective after the weapon adjective of a strike (هجوم صاروخي إسرائيلي، قصف مدفعي تركي) names who
struck, as it does right after the strike word (قصف تركي)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 10)))]


def test_a_missile_attack_of_a_side_that_strikes_from_afar() -> None:
    text = "وقتل ثمانية إيرانيين أمس في هجوم صاروخي إسرائيلي على قاعدة عسكرية جنوب دمشق."
    assert _events(text) == [("airstrike", "2018-04-09", "Damascus", "Israel", 8)]


def test_a_missile_attack_told_with_its_side_alone() -> None:
    text = "وأفاد ناشطون بهجوم صاروخي إسرائيلي أمس على مطار التيفور."
    assert _events(text) == [("airstrike", "2018-04-09", "Tiyas (T4) airbase", "Israel", None)]


def test_an_artillery_bombardment_of_a_side() -> None:
    text = "وأفاد ناشطون بقصف مدفعي تركي أمس على بلدة جنديرس."
    assert _events(text) == [("shelling", "2018-04-09", "Jindayris", "Turkey", None)]
