"""An undated attack without a toll is kept with what is known when it is told as one done: at a town by a
launching verb in the past tense with an attack noun for object (شنت قوات ... هجوما), at a region by the side
that struck as the subject of its past strike or launching verb. A launching verb's verbal noun (مع شن),
missiles fired by no side named (their type a guess), a plural across a region, a strike at a region whose
side is named only after it (a target told after a passive verb), a noun with its possessive (وتيرة قصفها) and
a capture stay out."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.actor)
            for e in extract_article(article(text, dt.date(2017, 3, 9)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت مصادر محلية إن وحدات من الجيش شنت هجوما مفاجئا على مواقع المسلحين قرب مدينة مأرب.",
         [("ground_attack", None, "Ma'rib", "town", None)]),
        ("وأفاد شهود بأن قوات النظام قصفت أماكن في جبل الأكراد.",
         [("shelling", None, "Jabal al-Akrad", "region", "Syrian army")]),
        ("وذكرت وسائل إعلام أن تركيا نفذت ضربة جوية على موقع للمسلحين في شمال العراق.",
         [("airstrike", None, "Northern Iraq", "region", "Turkey")]),
    ],
    ids=["launched-at-a-town", "struck-at-a-region", "launched-at-a-region"],
)
def test_an_attack_told_as_done_is_kept_undated(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ومع شن الجيش هجوم على مواقع المسلحين قرب مدينة مأرب، فر مئات السكان.",
        "وأطلقت مجموعة صواريخ على منشأة عسكرية غرب مدينة حمص.",
        "وشنت تركيا غارات جوية على مواقع للمسلحين في شمال العراق.",
        "وذكرت القيادة أربعة أهداف استهدفت في شمال العراق، الملاذ الأخير للمتمردين الأكراد.",
        "وفي ظل تشديد قوات النظام من وتيرة قصفها على جبل الأكراد، نزح الآلاف.",
        "وقال ناشطون إن فصائل المعارضة سيطرت على تلة في ريف درعا.",
    ],
    ids=["a-verbal-noun", "missiles-fired-by-no-side", "a-plural-across-a-region", "a-side-named-after-the-verb",
         "a-possessive", "a-capture"],
)
def test_what_is_not_told_as_one_attack_done_stays_out(text: str) -> None:
    assert _events(text) == []
