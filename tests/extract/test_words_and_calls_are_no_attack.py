"""A writer, scholar or broadcaster attacked or attacking in words (هاجم الأكاديمي الإعلامي), a call to stop
attacking (أن تتوقف الدولة عن قصف القرى) and a call for an attack told by a participle or a verb of appealing before its
trigger (مطالبا التحالف بقصف مواقعهم، مناشدا الطيران استهداف تجمعاتهم، داعيا إلى ضرب مواقعهم) tell no attack; the same
verbs with armed men and a toll stay, and so does a strike told as done before an appeal."""

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
        "وقال المسؤول إن القوات تقدمت في محافظة الأنبار، مناشدا التحالف زيادة طلعاته الجوية لاستهداف مواقع التنظيم.",
        "وقال المسؤول إن القوات تقدمت في محافظة الأنبار، مطالبا التحالف الدولي بقصف مواقع التنظيم في الرمادي.",
        "وقال المسؤول إن القوات تقدمت في محافظة الأنبار، داعيا التحالف الدولي إلى قصف مواقع التنظيم في الرمادي.",
        "وناشد شيوخ العشائر أمس طيران التحالف استهداف تجمعات المسلحين في مدينة الرمادي.",
    ],
    ids=["a-scholar-attacks-a-writer", "a-broadcaster-attacks-a-minister", "a-call-to-stop", "a-demand-to-stop",
         "appealing-for-strikes", "demanding-strikes", "calling-for-strikes", "an-appeal-for-strikes"],
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
        ("وشنت طائرات التحالف أمس غارات على مدينة الرمادي، وناشد المحافظ السكان البقاء في منازلهم.",
         [("airstrike", "2016-08-11", "Ramadi", None)]),
    ],
    ids=["gunmen-attack-a-writer-s-home", "shelling-after-talks-stopped", "a-strike-told-before-an-appeal"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
