"""Two attacks counted by a dual over two settlements listed by و (عبوتين في بلدروز وخانقين) are two events, one
at each, whatever their sizes (a village and a town), without the toll they share."""

from __future__ import annotations

import datetime as dt

from tests.articles import article, typed_events
from timeline.pipeline import extract_article

VILLAGE_AND_TOWN = "وأصيب سبعة أشخاص بانفجار عبوتين ناسفتين يوم الأحد في بلدروز وخانقين."


def test_a_dual_over_a_village_and_a_town_is_two_events() -> None:
    assert typed_events(VILLAGE_AND_TOWN) == [
        ("bombing", "2016-08-07", "Baladrūz"), ("bombing", "2016-08-07", "Khānaqīn")]


def test_the_toll_of_both_is_given_to_neither() -> None:
    assert [e.injured for e in extract_article(article(VILLAGE_AND_TOWN, dt.date(2016, 8, 12)))] == [None, None]

