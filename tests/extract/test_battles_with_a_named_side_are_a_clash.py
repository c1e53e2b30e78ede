"""Battles (معارك) told with the sides they were fought between or with right after them are a clash of war, as
confrontations are; battles told as known (المعارك مع التنظيم), or with no side, toll or strike verb, are none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_battles_between_named_sides_are_a_ground_attack() -> None:
    text = "ودارت يوم الأربعاء معارك عنيفة بين قوات النظام وفصائل المعارضة في بلدة كفرنبل في ريف إدلب."
    assert _events(text) == [("ground_attack", "2016-08-10", "Kafranbel")]


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث القائد يوم الأربعاء في بلدة كفرنبل عن المعارك مع تنظيم داعش.",
        "ودارت يوم الأربعاء معارك عنيفة في بلدة كفرنبل في ريف إدلب.",
    ],
    ids=["battles-known", "no-side"],
)
def test_battles_known_or_without_a_side_are_no_clash(text: str) -> None:
    assert _events(text) == []
