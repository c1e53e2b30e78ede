"""A purpose is no attack done: an attack told after من أجل، بهدف، بغية (وصلت تعزيزات من أجل شن هجوم) is what a
side means to do, not what it did, even with a launching verb's verbal noun and its subject between (من أجل شن
وحدات الجيش هجوما); a purpose told after an attack done (شنت طائرات غارات على الرقة من أجل ضرب التنظيم) leaves
that attack its event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2017, 3, 9)))]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر محلية إن تعزيزات وصلت من أجل شن هجوم على مواقع المسلحين قرب مدينة مأرب الأحد.",
        "وقالت مصادر محلية إن تعزيزات وصلت من أجل شن وحدات الجيش هجوما على مواقع المسلحين قرب مدينة مأرب.",
        "وقالت مصادر محلية إن طائرات أرسلت بغية قصف مواقع المسلحين قرب مدينة مأرب الأحد.",
        "وحشدت القوات الحكومية قواتها في درعا يوم الأحد بهدف شن هجمات على البلدة.",
        "وأرسلت روسيا طائرات إلى سوريا يوم الأحد لضرب مواقع التنظيم في الرقة.",
    ],
    ids=["for-an-attack", "for-an-attack-its-side-between", "aiming-at-a-bombardment", "with-the-aim-of-attacks",
         "to-strike"],
)
def test_a_purpose_alone_is_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت طائرات روسية يوم الأحد غارات على الرقة من أجل ضرب التنظيم.",
         [("airstrike", "2017-03-05", "Ar Raqqah", "Russia")]),
        ("وقالت مصادر محلية إن وحدات من الجيش شنت هجوما مفاجئا على مواقع المسلحين قرب مدينة مأرب بهدف ضرب المسلحين.",
         [("ground_attack", None, "Ma'rib", None)]),
    ],
    ids=["dated-strikes-then-their-aim", "an-undated-attack-done-then-its-aim"],
)
def test_an_attack_done_keeps_its_event_before_its_purpose(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
