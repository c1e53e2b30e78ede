"""Foiled told of what was named before (ومن العمليات التي تم إحباطها عملية انتحارية تستهدف الجامع) makes the
operations listed after it attacks that did not happen, though a colon, a dash and the item's number stand
between (ما يلي: 1 - عملية انتحارية): no event; an attack carried out stays."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "ومن العمليات التي تم إحباطها عملية انتحارية باستخدام الأحزمة الناسفة تستهدف الجامع في مدينة منبج يوم "
        "الجمعة 10 آب 2016.",
        "وأعلنت الوزارة إحباط عمليات خطط لها التنظيم، ومن العمليات التي تم إحباطها ما يلي : 1 - عملية انتحارية "
        "باستخدام الأحزمة الناسفة تستهدف الجامع في مدينة منبج يوم الجمعة 10 آب 2016.",
        "ومن الهجمات التي أحبطها الجيش هجوم بسيارة مفخخة على مدينة منبج يوم 10 آب 2016.",
    ],
    ids=["an-operation-foiled", "the-first-item-of-a-list-foiled", "a-car-bomb-foiled-by-the-army"],
)
def test_no_attack_event(text: str) -> None:
    assert typed_events(text) == []


def test_an_attack_carried_out_stays() -> None:
    text = "وقتل خمسة مصلين في تفجير انتحاري استهدف الجامع في مدينة منبج يوم الجمعة 10 آب 2016."
    assert typed_events(text) == [("bombing", "2016-08-10", "Manbij")]
