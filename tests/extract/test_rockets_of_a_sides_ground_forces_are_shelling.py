"""Missiles fired by a side's ground forces (قوات إيرانية، فيلق القدس) are rockets from a front, shelling, though the
same side's missiles otherwise strike from afar; and a side that only says what another fired (قال الجيش الإسرائيلي
إن ...) does not type the firing by its own way of striking."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_rockets_of_a_missile_sides_forces_are_shelling() -> None:
    text = "وفي 10 آب 2016 أقدمت القوات الإيرانية على إطلاق صواريخ على قواعد عسكرية في مرتفعات الجولان."
    assert _typed(text) == [("shelling", "Iran")]


def test_the_quds_force_is_irans_and_its_rockets_shelling() -> None:
    text = "وأطلق فيلق القدس صواريخ نحو مواقع عسكرية في مرتفعات الجولان فجر 10 آب 2016."
    assert _typed(text) == [("shelling", "Iran")]


def test_the_same_sides_missiles_stay_an_air_strike() -> None:
    text = "وأطلقت إيران صواريخ على مقر للمسلحين في مدينة البوكمال فجر 10 آب 2016."
    assert _typed(text) == [("airstrike", "Iran")]


def test_an_air_side_saying_what_forces_fired_does_not_type_it() -> None:
    text = "قال الجيش الإسرائيلي إن فيلق القدس أطلق صواريخ نحو مواقعه في مرتفعات الجولان فجر 10 آب 2016."
    assert _typed(text) == [("shelling", "Iran")]


def test_a_side_saying_it_fired_its_missiles_still_types_them() -> None:
    text = "قال الحرس الثوري إنه أطلق صواريخ على مقر للمسلحين في مدينة البوكمال فجر 10 آب 2016."
    assert _typed(text) == [("airstrike", "Iran")]
