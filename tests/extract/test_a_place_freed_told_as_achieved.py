"""A place freed told as achieved (تمكنت القوات من تحرير البلدة), the subject or the day between too, is a ground
attack; weak, as the verb to free is: told with no side and no toll (a later sentence telling an operation's gains
again: تمكن الجيش من تحرير قرية س) it tells none."""

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
    ],
    ids=["subject-and-day-between", "verb-and-object-together"],
)
def test_a_place_freed_told_as_achieved_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_place_freed_with_no_side_nor_toll_is_no_attack() -> None:
    assert _events("وأضاف أن الجيش تمكن من تحرير قرية القيارة جنوب الموصل.") == []
