"""A toll a statement reports during a military operation or an advance of forces (مقتل جندي خلال عمليات
للجيش، أثناء تقدم القوات), with no weapon named, is a ground attack, not an ``other`` event; a weapon named
still types it (في غارة)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 7, 25)))]


@pytest.mark.parametrize("text", [
    "أعلنت الشرطة، اليوم السبت، مقتل 12 مسلحا خلال عمليات للجيش في مدينة الرمادي.",
    "أعلن قائد الشرطة، اليوم السبت، عن مقتل 12 مسلحا أثناء تقدم القوات الأمنية في مدينة الرمادي.",
], ids=["operations", "advance"])
def test_a_toll_during_an_operation_is_a_ground_attack(text: str) -> None:
    assert _events(text) == [("ground_attack", "2015-07-25", "Ramadi", 12)]


def test_a_weapon_named_still_types_the_toll() -> None:
    text = "أعلنت الشرطة، اليوم السبت، مقتل 12 مسلحا في انفجار عبوة خلال عمليات للجيش في مدينة الرمادي."
    assert [e[0] for e in _events(text)] == ["bombing"]
