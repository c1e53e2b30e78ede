"""Factions or battalions of the opposition (فصائل تابعة للمعارضة، كتائب المعارضة) are the Syrian opposition, and two
Israeli missiles (صاروخان إسرائيليان، صاروخين إسرائيليين) Israel's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أطلقت كتائب المعارضة أمس قذائف هاون على حي الميدان في مدينة حلب.",
         ("shelling", "2016-07-17", "Aleppo", "Syrian opposition")),
        ("شنت فصائل تابعة للمعارضة أمس هجوما على حاجز لقوات النظام في مدينة درعا.",
         ("ground_attack", "2016-07-17", "Dar‘ā", "Syrian opposition")),
        ("استهدف صاروخان إسرائيليان فجر اليوم مطار المزة العسكري في دمشق.",
         ("airstrike", "2016-07-18", "Mezzeh", "Israel")),
        ("دمرت الدفاعات الجوية صاروخين إسرائيليين استهدفا فجر اليوم مطار المزة العسكري في دمشق.",
         ("airstrike", "2016-07-18", "Mezzeh", "Israel")),
    ],
    ids=["battalions", "factions-belonging", "two-missiles", "two-missiles-accusative"],
)
def test_the_side_is_named(text: str, expected: tuple) -> None:
    assert [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))] == [expected]
