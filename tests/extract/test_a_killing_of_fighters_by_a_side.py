"""A killing of fighters by a side (قتلت القوات 12 من عناصر التنظيم), the side or the day between the verb and its
dead, or the side told before the verb, is a ground attack, its dead the toll (a bomber among them tells no bombing);
dead told killed in an attack named after them (في غارة، خلال تلك الاشتباكات) are that attack's; the killing of
protesters or a victim killed in a quarrel with gunmen is none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتلت القوات العراقية أمس 12 من عناصر التنظيم في مدينة الفلوجة.",
         [("ground_attack", "2016-08-11", "Al Fallūjah", "Iraqi forces", 12)]),
        ("وقال بيان إن قوات الأمن العراقية قتلت أمس ستة مسلحين في مدينة الرمادي.",
         [("ground_attack", "2016-08-11", "Ramadi", "Iraqi forces", 6)]),
        ("وأعلنت الفصائل أنها قتلت أمس عشرين عنصرا من قوات النظام في مدينة حلب.",
         [("ground_attack", "2016-08-11", "Aleppo", None, 20)]),
        ("وقتلت القوات الأمنية 10 من عناصر التنظيم بينهم انتحاري خلال تقدمها في مدينة منبج.",
         [("ground_attack", None, "Manbij", None, 10)]),
        ("وقتلت القوات العراقية أمس عشرة مسلحين في غارة على مدينة الفلوجة.",
         [("airstrike", "2016-08-11", "Al Fallūjah", "Iraqi forces", 10)]),
        ("وجرت صدامات في مدينة الرمادي أمس بين قوات الأمن ومسلحين. وصباح اليوم، قتلت الشرطة مسلحين اثنين، خلال تلك "
         "الاشتباكات.",
         [("ground_attack", "2016-08-11", "Ramadi", "Iraqi forces", None)]),
    ],
    ids=["side-and-day-between", "side-before-the-day-and-count", "side-before-as-a-pronoun", "a-bomber-among-the-dead",
         "killed-in-the-strike-after", "killed-in-the-clashes-told"],
)
def test_a_killing_of_fighters_by_a_side_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقتلت الشرطة أمس أربعة متظاهرين في مدينة البصرة.",
        "وقتلت امرأة أمس خلال مشادة مع المسلحين في مدينة الرمادي.",
    ],
    ids=["protesters", "a-victim-in-a-quarrel-with-gunmen"],
)
def test_a_killing_of_protesters_or_a_victim_is_no_attack(text: str) -> None:
    assert _events(text) == []
