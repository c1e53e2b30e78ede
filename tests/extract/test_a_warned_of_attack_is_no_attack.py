"""A warning (حذر، محذرا) reaches a trigger noun after it in its clause as a plan does: what a side warns of is no
attack, even with a day and a place in the clause. An attack told as done beside the warning stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "حذر قائد ميداني في المعارضة يوم الأربعاء من قصف قوات النظام لبلدة الأتارب في ريف حلب.",
        "حذر قائد في الجيش الحر من استهداف قوات النظام بلدة الأتارب بالبراميل المتفجرة يوم الأربعاء.",
        "حذر المرصد السوري لحقوق الإنسان من هجوم لتنظيم الدولة على بلدة مارع في ريف حلب الشمالي يوم الأربعاء.",
    ],
    ids=["shelling-warned-of", "targeting-warned-of", "an-attack-warned-of"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


def test_an_attack_told_beside_a_warning_stays() -> None:
    text = "قال قائد ميداني إن قوات النظام قصفت بلدة الأتارب يوم الأربعاء، محذرا من استهداف المدنيين في بلدة الأبزمو."
    assert _events(text) == [("shelling", "2016-07-13", "Al-Atarib", "Syrian army")]
