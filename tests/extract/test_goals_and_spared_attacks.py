"""An attack a side seeks or that a deal spares a place is not told as happening: no event."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "ويسعى التنظيم الأحد إلى شن هجوم على مدينة دير الزور.",
        "وتسعى القوات الحكومية الأحد إلى تنفيذ غارات على مواقع التنظيم في بلدة الطيبة.",
        "ويأتي القرار في إطار سعي الحكومة الأحد لشن ضربات جوية على مواقع المسلحين.",
    ],
    ids=["sought-verb", "sought-feminine", "sought-noun"],
)
def test_an_attack_sought_is_no_event(text: str) -> None:
    assert typed_events(text) == []


def test_an_attack_a_deal_spares_is_no_event() -> None:
    assert typed_events("وقعت الفصائل الخميس اتفاقا يجنب البلدة غارات جوية.") == []


def test_clashes_after_the_goal_are_still_an_event() -> None:
    assert typed_events("وتسعى قوات النظام الأحد إلى استعادة بلدة الطيبة بعد اشتباكات عنيفة.") == [
        ("ground_attack", "2016-08-07", None)]
