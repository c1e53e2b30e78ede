"""The capture of the whole of an area (سيطرت القوات على كامل الحدود، على كافة أحياء المدينة) is a campaign's
result and the battles a place witnesses in the present (في المعارك التي تشهدها البلدة، تشهد المدينة مواجهات منذ
نيسان) its fighting as a whole: an event only on a day the clause gives."""

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
        "وتشهد مدينة منبج مواجهات مسلحة منذ وصول المسلحين إليها في شهر نيسان الماضي.",
        "ويذكر أن مدينة منبج تشهد هجمات ضد قوات الأمن منذ عام 2014.",
    ],
    ids=["the-whole-border", "all-the-districts", "the-whole-countryside", "the-battles-a-city-witnesses",
         "the-battles-a-countryside-witnesses", "clashes-a-city-witnesses-since-a-month",
         "attacks-a-city-witnesses-since-a-year"],
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
        ("وتشهد مدينة منبج يوم 10 آب 2016 اشتباكات عنيفة بين القوات والمسلحين.",
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["a-whole-city-taken-on-its-day", "a-day-s-toll-in-the-battles", "clashes-a-city-witnesses-on-a-day"],
)
def test_told_on_its_day_it_stays(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected
