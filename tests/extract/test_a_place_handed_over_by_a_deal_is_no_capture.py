"""A capture told as following a handover (سيطر الجيش على الحي إثر انتهاء عملية إجلاء المقاتلين، بعد موافقة
الفصائل على الاتفاق: `campaign.handovers`) is a place handed over, no attack; a capture after fighting, or days
after a deal, stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 4, 2)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسيطر الجيش على حي القابون وبلدات محاذية له السبت إثر انتهاء عملية إجلاء آلاف المقاتلين من المنطقة.", []),
        ("وأعلنت قوات النظام سيطرتها على القريتين بالكامل الأحد إثر إخراج آخر مقاتلي الفصيل منها.", []),
        ("وقال المرصد إن قوات النظام سيطرت على بلدة نوى بعد موافقة الفصائل فيها على الاتفاق.", []),
        ("واستعاد الجيش حي القابون الأحد بعد خروج مقاتلي التنظيم منه.", []),
        ("وسيطرت قوات النظام الأحد على القريتين إثر معارك عنيفة مع الفصائل.",
         [("ground_attack", "2018-04-01", "Al Qaryatayn")]),
        ("وسيطرت قوات النظام السبت على بلدة نوى بعد يومين من اتفاق تسوية.",
         [("ground_attack", "2018-03-31", "Nawa")]),
    ],
    ids=["after-an-evacuation", "announced-after-the-last-fighters-left", "after-the-factions-accepted-a-deal",
         "regained-after-the-fighters-left", "after-fighting", "days-after-a-deal"],
)
def test_a_place_handed_over_by_a_deal_is_no_capture(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
