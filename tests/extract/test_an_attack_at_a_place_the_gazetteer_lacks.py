"""A new attack told with a toll at a place the gazetteer does not know (قرية س), without a date expression,
is an event that waits undated and unlocated, the place's name kept; told again with the same dead where it
is placed, it is that attack; beside another side's attack told at a known place, it is its own; a definite
trigger names an attack told elsewhere, and an attack without a toll is not told as new."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.place_unresolved)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل ستة مدنيين في قصف مدفعي استهدف قرية الزعفرونة.", [("shelling", None, None, 6, "الزعفرونة")]),
        ("وقتل 14 جنديا في تفجير انتحاري بسيارة مفخخة استهدف حاجزا في بلدة كفرزيتونة.",
         [("bombing", None, None, 14, "كفرزيتونة")]),
    ],
    ids=["shelling-a-village", "bombing-in-a-town"],
)
def test_an_attack_at_an_unknown_place_is_an_event(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_told_again_with_the_same_dead_it_is_the_placed_attack() -> None:
    text = ("وقتل 14 جنديا في تفجير انتحاري تبناه تنظيم داعش في جنوب سوريا يوم الثلاثاء. "
            "وقتل 14 جنديا من الجيش السوري في تفجير انتحاري بسيارة مفخخة استهدف حاجزا في بلدة كفرزيتونة.")
    assert _events(text) == [("bombing", "2016-08-09", "Southern Syria", 14, None)]


def test_beside_an_attack_at_a_known_place_it_is_its_own() -> None:
    text = ("وشنت الفصائل سلسلة هجمات في سهل الغاب. "
            "وقتل 17 مسلحا خلال اشتباكات عنيفة في بلدة كفرزيتونة.")
    assert _events(text) == [("ground_attack", None, None, 17, "كفرزيتونة")]


@pytest.mark.parametrize(
    "text",
    [
        "وأسفر التفجير عن مقتل 12 شخصا في قرية الزعفرونة.",
        "ووقع تفجير انتحاري في قرية الزعفرونة.",
    ],
    ids=["definite-trigger", "without-a-toll"],
)
def test_no_event_at_the_unknown_place(text: str) -> None:
    assert _events(text) == []
