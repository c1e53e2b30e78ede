"""A past targeting verb with gunmen right before or after it for its subject (إن مسلحين استهدفوا حاجزا، استهدف
مسلحون حاجزا) tells a ground attack though no side is named; not the present (what gunmen keep doing)."""

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
        ("وقال مصدر محلي إن مسلحين استهدفوا حاجزا للجيش في بلدة كفرنبل صباح الأربعاء.",
         [("ground_attack", "2016-08-10", "Kafranbel", None, None)]),
        ("استهدف مسلحون حاجزا للجيش في بلدة كفرنبل صباح الأربعاء.",
         [("ground_attack", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال مصدر محلي إن مسلحين يستهدفون حواجز الجيش في بلدة كفرنبل كل يوم.", []),
    ],
    ids=["gunmen-before", "gunmen-after", "present"],
)
def test_gunmen_targeting(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "gunmen",
    [
        "استهدف مسلحون من حزب العمال الكردستاني", "استهدفت مجموعة مسلحة من حزب العمال الكردستاني",
        "استهدفت المجموعة المسلحة من حزب العمال الكردستاني", "استهدفت الجماعات المسلحة من حزب العمال الكردستاني",
    ],
    ids=["gunmen-of-a-side", "armed-group-of-a-side", "the-armed-group-of-a-side", "the-armed-groups-of-a-side"],
)
def test_gunmen_of_a_named_side_targeting_soldiers_attack_on_the_ground(gunmen: str) -> None:
    text = f"قتل جندي تركي صباح الأربعاء بعدما {gunmen} ثلاثة جنود في ولاية شرناق."
    assert _events(text) == [("ground_attack", "2016-08-10", "Şırnak Province", "PKK", 1)]


@pytest.mark.parametrize(
    "gunmen",
    [
        "مجموعة مسلحة من حزب العمال الكردستاني استهدفت", "مسلحين من حزب العمال الكردستاني استهدفوا",
        "مسلحين تابعين لحزب العمال الكردستاني استهدفوا",
    ],
    ids=["armed-group-of-a-side-before", "gunmen-of-a-side-before", "gunmen-following-a-side-before"],
)
def test_gunmen_of_a_named_side_before_the_targeting_verb_attack_on_the_ground(gunmen: str) -> None:
    text = f"قتل جندي تركي صباح الأربعاء بعد أن ذكر مصدر أن {gunmen} ثلاثة جنود في ولاية شرناق."
    assert [(kind, date, place, killed) for kind, date, place, _, killed in _events(text)] == [
        ("ground_attack", "2016-08-10", "Şırnak Province", 1)]


def test_gunmen_before_a_comma_leave_a_later_targeting_verb_its_own_kind() -> None:
    text = "قتل مسلحون من التنظيم في اشتباكات، ثم استهدفت المدفعية مواقعهم في بلدة كفرنبل صباح الأربعاء."
    assert "ground_attack" not in [e[0] for e in _events(text) if e[2] == "Kafranbel" and e[4] is None]


@pytest.mark.parametrize(
    "text",
    [
        "واستهدفت العملية عناصر من حزب العمال الكردستاني الذي أعلن تبني مقتل شرطيين الأربعاء في ولاية شرناق.",
        "وقال مصدر أمني إن الحادث استهدف حاجزا للشرطة الأربعاء في ولاية شرناق وأدى إلى مقتل شرطيين.",
    ],
    ids=["the-operation-after", "the-incident-before"],
)
def test_a_happening_targeting_without_a_bombardment_is_an_attack_on_the_ground(text: str) -> None:
    assert [(kind, date, place, killed) for kind, date, place, _, killed in _events(text)] == [
        ("ground_attack", "2016-08-10", "Şırnak Province", 2)]
