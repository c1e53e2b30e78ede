"""A side right after من that follows a strike noun (بقصف من قوات النظام، إلى قصف من قوات النظام، هجوما من
الحوثيين) is who struck, as after من قبل; some of the dead told by من after a count (قتل خمسة من قوات النظام) stay
no side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 3, 2)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل طفل الأحد في بلدة حمورية بقصف من قوات النظام السوري.",
         [("shelling", "2018-02-25", "Hamouriyah", "Syrian army", 1)]),
        ("وتعرضت بلدة حمورية الأحد إلى قصف من قوات النظام السوري.",
         [("shelling", "2018-02-25", "Hamouriyah", "Syrian army", None)]),
        ("وقتل ثلاثة جنود الأحد في بلدة حمورية بهجوم من قوات النظام السوري.",
         [("ground_attack", "2018-02-25", "Hamouriyah", "Syrian army", 3)]),
    ],
    ids=["shelling-after-a-toll", "shelling-undergone", "attack-after-a-toll"],
)
def test_a_side_after_min_right_after_a_strike_noun_struck(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_dead_some_of_a_side_name_no_side() -> None:
    assert _events("قتل خمسة من قوات النظام الأحد في بلدة حمورية بقصف.") == [
        ("shelling", "2018-02-25", "Hamouriyah", None, 5)]
