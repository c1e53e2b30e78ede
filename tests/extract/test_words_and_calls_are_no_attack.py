"""A writer, scholar or broadcaster attacked or attacking in words (هاجم الأكاديمي الإعلامي) and a call to stop
attacking (أن تتوقف الدولة عن قصف القرى) tell no attack; the same verbs with armed men and a toll stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم الأكاديمي المعروف يوم 10 آب 2016 في مدينة حلب الكاتب الذي دافع عن الحزب.",
        "وهاجم الإعلامي الشهير في مدينة حلب يوم 10 آب 2016 الوزير بسبب تصريحاته.",
        "وقال أحد المشاركين في مدينة حلب: أريد أن تتوقف الحكومة عن قصف القرى.",
        "وطالب المتحدث في مدينة حلب يوم 10 آب 2016 بالتوقف عن قصف الأحياء السكنية.",
    ],
    ids=["a-scholar-attacks-a-writer", "a-broadcaster-attacks-a-minister", "a-call-to-stop", "a-demand-to-stop"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجم مسلحون يوم 10 آب 2016 منزل الكاتب في مدينة حلب ما أدى إلى مقتل اثنين.",
         [("ground_attack", "2016-08-10", "Aleppo", 2)]),
        ("قصفت قوات النظام مدينة حلب يوم 10 آب 2016 بعد التوقف عن التفاوض.",
         [("shelling", "2016-08-10", "Aleppo", None)]),
    ],
    ids=["gunmen-attack-a-writer-s-home", "shelling-after-talks-stopped"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
