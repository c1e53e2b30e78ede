"""A place freed or entered told as achieved (تمكنت القوات من تحرير البلدة، تمكنت القوات من دخول المطار), the subject
or the day between too, is a ground attack; weak, as the verbs to free and to enter are: told with no side and no toll
(a later sentence telling an operation's gains again: تمكن الجيش من تحرير قرية س; a traveller who entered a town) it
tells none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 26)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تمكنت القوات العراقية الخميس من تحرير بلدة القيارة جنوب الموصل من قبضة تنظيم داعش.",
         [("ground_attack", "2016-08-25", "Qayyarah", "Iraqi forces")]),
        ("وأكد المصدر أن القوات العراقية تمكنت من تحرير بلدة القيارة جنوب الموصل.",
         [("ground_attack", None, "Qayyarah", "Iraqi forces")]),
        ("وقال مصدر عسكري إن القوات العراقية تمكنت الخميس من دخول بلدة القيارة جنوب الموصل.",
         [("ground_attack", "2016-08-25", "Qayyarah", "Iraqi forces")]),
        ("وأكد المصدر أن القوات العراقية تمكنت من دخول بلدة القيارة جنوب الموصل.",
         [("ground_attack", None, "Qayyarah", "Iraqi forces")]),
        ("وقال قائد العمليات إن قوة أمنية مشتركة تمكنت صباح الخميس من تحرير بلدة القيارة جنوب الموصل.",
         [("ground_attack", "2016-08-25", "Qayyarah", "Iraqi forces")]),
    ],
    ids=["subject-and-day-between", "verb-and-object-together", "entered-day-between", "entered-together",
         "one-security-force-its-side"],
)
def test_a_place_freed_told_as_achieved_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    ["وأضاف أن الجيش تمكن من تحرير قرية القيارة جنوب الموصل.",
     "وقال اللاجئ إنه تمكن الخميس من دخول بلدة القيارة جنوب الموصل بعد رحلة طويلة."],
    ids=["freed", "a-traveller-entered"],
)
def test_a_place_freed_or_entered_with_no_side_nor_toll_is_no_attack(text: str) -> None:
    assert _events(text) == []
