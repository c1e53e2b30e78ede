"""A place freed from a side, told in the past (حررت القوات البلدة، تمكنت القوات من تحرير البلدة), is taken: a
ground attack, as a capture verb tells one. A fine written (حررت البلدية مخالفة) names no place, and a freeing
still sought (تسعى القوات إلى تحرير المدينة) is no attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 5, 25)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حررت قوات النظام، الجمعة، بلدة كفرنبودة في ريف حماة من مقاتلي المعارضة.",
         [("ground_attack", "2018-05-25", "Kafr Nabudah", "Syrian army")]),
        ("وقال مصدر عسكري إن قوات النظام تمكنت من تحرير بلدة مورك في ريف حماة الشمالي.",
         [("ground_attack", None, "Mūrak", "Syrian army")]),
    ],
    ids=["freed", "managed-to-free"],
)
def test_a_place_freed_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    ["وحررت البلدية مخالفة بحق صاحب المتجر.", "وتسعى القوات إلى تحرير المدينة من التنظيم."],
    ids=["a-fine-written", "a-freeing-sought"],
)
def test_no_place_freed_is_no_attack(text: str) -> None:
    assert _events(text) == []
