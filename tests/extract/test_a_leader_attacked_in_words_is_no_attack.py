"""A ground attack verb right before a leader's or an official's title in a clause without a toll (هاجم الرئيس التركي
الحزب، كما هاجم الرئيس الصيني لعودته عن وعد) is a verbal attack, no event; gunmen attacking an official's convoy, or
the official with a toll, stay."""

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
        "وقد هاجم الرئيس التركي يوم 10 آب 2016 الحزب الكردي في مدينة أنقرة لالتزامه الصمت.",
        "كما هاجم الرئيس الصيني يوم 10 آب 2016 لعودته عن وعد قطعه في مدينة بكين.",
    ],
    ids=["a-leader-attacks-a-party", "a-leader-attacked"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجم مسلحون يوم 10 آب 2016 موكب الوزير في مدينة حلب.", [("ground_attack", "2016-08-10", "Aleppo", None)]),
        ("هاجم مسلحون يوم 10 آب 2016 الرئيس الأفغاني في مدينة كابل ما أدى إلى مقتل اثنين من حراسه.",
         [("ground_attack", "2016-08-10", "Kabul", 2)]),
    ],
    ids=["gunmen-attack-a-convoy", "gunmen-attack-a-leader-with-a-toll"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
