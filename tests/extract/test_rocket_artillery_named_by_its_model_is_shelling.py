"""Rockets named by a model of rocket artillery (صواريخ من طراز غراد، صواريخ كاتيوشا) are shelling, even fired by
a side whose missiles otherwise strike from afar (Iran's missiles are an air strike)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_article(article(text, PUBLISHED))]


def test_grad_rockets_of_a_missile_side_are_shelling() -> None:
    text = "أطلقت إيران فجر 10 آب 2016 عشرين صاروخا من طراز غراد على قواعد عسكرية في مرتفعات الجولان."
    assert _types(text) == ["shelling"]


def test_katyushas_are_shelling() -> None:
    text = "أطلقت إيران فجر 10 آب 2016 صواريخ كاتيوشا على قواعد عسكرية في مرتفعات الجولان."
    assert _types(text) == ["shelling"]


def test_the_same_sides_missiles_without_a_model_stay_an_air_strike() -> None:
    text = "أطلقت إيران فجر 10 آب 2016 عشرين صاروخا على قواعد عسكرية في مرتفعات الجولان."
    assert _types(text) == ["airstrike"]
