"""A side named as who holds the struck place (التي تسيطر عليها), as owning the struck targets (أهدافا لـ),
as hit by the strikes (الضربات التي لحقت بـ) or as the home of a source (مصدر من) is not who struck
(sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 12 مدنيا في غارات جوية استهدفت قرى في ريف إدلب التي تسيطر عليها فصائل المعارضة يوم الأحد.",
         [("airstrike", "Rural Idlib", None)]),
        ("وقصفت طائرات حربية أهدافا لتنظيم داعش في ريف حمص الشرقي يوم الاثنين.",
         [("airstrike", "Rural Homs", None)]),
        ("وقتل 5 أشخاص في الضربات التي لحقت بالنظام السوري في ريف حماة يوم الأحد.",
         [("airstrike", "Rural Hama", None)]),
        ("وقال مصدر من القوات الموالية إن صواريخ استهدفت مطار الضمير العسكري يوم الخميس.",
         [("shelling", "Dumayr", None)]),
    ],
    ids=["held-by", "targets-of", "strikes-that-hit", "source-from"],
)
def test_a_holder_owner_or_source_is_not_the_actor(text: str, expected: list) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهاجمت الوحدات يوم الأربعاء المعسكرات التي أنشأها الجيش الإيراني في مدينة منبج.",
         [("ground_attack", "Manbij", None)]),
        ("وقتل خمسة من القوات التي دربتها الولايات المتحدة في غارة جوية يوم الأربعاء على مدينة منبج.",
         [("airstrike", "Manbij", None)]),
        ("وانفجرت سيارة مفخخة يوم الأربعاء في مدينة منبج التي يحاصرها حزب الله.",
         [("bombing", "Manbij", None)]),
    ],
    ids=["camps-a-side-built", "forces-a-side-trained", "a-town-a-side-besieges"],
)
def test_a_side_that_built_trained_or_besieges_what_was_struck_is_not_the_actor(text: str, expected: list) -> None:
    assert _actors(text) == expected


def test_a_side_that_waged_the_strikes_of_a_relative_clause_is_the_actor() -> None:
    text = "وقتل خمسة في الغارات التي شنها الطيران الروسي يوم الأربعاء على مدينة منبج."
    assert _actors(text) == [("airstrike", "Manbij", "Russia")]
