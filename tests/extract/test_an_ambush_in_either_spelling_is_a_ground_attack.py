"""An ambush is a ground attack in either spelling (كمين، مكمن), though its verb is one of targeting (استهدف);
the plural مكامن (where something lies: مكامن الخطر) and the idioms (مكمن الخطر، مكمن الجرح) tell none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize("noun", ["كمين", "مكمن"])
def test_an_ambush_on_a_convoy_is_a_ground_attack(noun: str) -> None:
    text = f"وقتل ثلاثة جنود يوم الأربعاء في {noun} استهدف قافلة عسكرية قرب مدينة الموصل."
    assert _events(text) == [("ground_attack", "2016-08-10", "Mosul", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "وهنا يكمن الخطر، فمكمن الخطر في مدينة الموصل يوم الأربعاء هو الفتاوى التي تبيح القتل.",
        "ووضع المحافظ يوم الأربعاء يده على مكمن الجرح في مدينة الموصل حين تحدث عن الذين يقتلون المصلين.",
    ],
    ids=["where-a-danger-lies", "where-a-wound-lies"],
)
def test_where_something_lies_is_no_ambush(text: str) -> None:
    assert _events(text) == []
