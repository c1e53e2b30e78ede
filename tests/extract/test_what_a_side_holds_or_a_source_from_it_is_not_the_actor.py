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
