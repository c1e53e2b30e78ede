"""The capture of the whole of an area (سيطرت القوات على كامل الحدود، على كافة أحياء المدينة) is a campaign's
result and the battles a place witnesses in the present (في المعارك التي تشهدها البلدة) its fighting as a whole:
an event only on a day the clause gives."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "واستعادت القوات الحكومية الشهر الماضي السيطرة على كامل الحدود مع الأردن.",
        "وسيطرت القوات الكردية على كافة أحياء مدينة منبج بعد هجوم بدأ في حزيران.",
        "وتمكنت القوات في تموز من السيطرة على كامل ريف مدينة منبج.",
        "وقتل ستة من عناصر الحزب في المعارك التي تشهدها مدينة منبج.",
        "وتتواصل الخسائر بعد سقوط عشرة من المقاتلين في المعارك التي يشهدها ريف مدينة منبج.",
    ],
    ids=["the-whole-border", "all-the-districts", "the-whole-countryside", "the-battles-a-city-witnesses",
         "the-battles-a-countryside-witnesses"],
)
def test_no_attack_event(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسيطرت القوات الكردية يوم 10 آب 2016 على كامل مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل ستة من عناصر الحزب يوم 10 آب 2016 في المعارك التي تشهدها مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["a-whole-city-taken-on-its-day", "a-day-s-toll-in-the-battles"],
)
def test_told_on_its_day_it_stays(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected
