"""A capture reported with the preposition ب (أفاد المرصد بسيطرة الفصائل على المدينة، تفيد التقارير بسيطرة الجيش
على), told by the advance it made (حققت القوات تقدما الخميس بسيطرتها على) or pointed to with its night between the
noun and its place (مشيرا إلى سيطرتها خلال ليل الأربعاء على) is a ground attack; control kept (يحتفظ التنظيم
بسيطرته على) or told as a state beside another (إضافة إلى سيطرته على) is none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأفاد المرصد بعد ظهر أمس بسيطرة فصائل المعارضة على مدينة منبج.", [("ground_attack", "2016-08-11", "Manbij")]),
        ("وتفيد التقارير بسيطرة الجيش السوري على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وحققت القوات الحكومية تقدما الخميس بسيطرتها على مدينة منبج.", [("ground_attack", "2016-08-11", "Manbij")]),
        ("وقال المرصد إن القوات الحكومية حققت التقدم الأهم لها، مشيرا إلى سيطرتها خلال ليل الأربعاء على مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["reported-day-between", "reported-by-the-reports", "advance-by-its-capture", "pointed-to-night-between"],
)
def test_a_capture_reported_or_told_by_its_advance_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ويحتفظ التنظيم بسيطرته على بضعة أحياء في مدينة منبج.",
        "ويسيطر التنظيم على بلدات في ريف حلب، إضافة إلى سيطرته على أحياء في مدينة منبج.",
    ],
    ids=["control-kept", "control-as-a-state"],
)
def test_control_kept_or_held_is_no_capture(text: str) -> None:
    assert _events(text) == []
