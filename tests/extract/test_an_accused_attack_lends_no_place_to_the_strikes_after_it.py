"""Strikes told after a cause word and an accusation of an attack (بعد اتهامها بشن هجوم كيماوي على مدينة دوما)
answer the accused attack, as after a reply word: its town is not where they struck, even with no date after it.
An accusation of no attack (بعد اتهامه بالتجسس) turns to nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 24)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت الطائرات الأمريكية مواقع للحكومة السورية أمس بعد اتهامها بشن هجوم كيماوي على مدينة دوما.",
         [("airstrike", "2018-04-23", None, "US")]),
        ("وقصفت الطائرات الأمريكية مواقع للحكومة السورية في حمص أمس بعد اتهامها بشن هجوم كيماوي على مدينة دوما.",
         [("airstrike", "2018-04-23", "Homs", "US")]),
        ("وأعدم التنظيم أمس صحفيا في مدينة الموصل بعد اتهامه بالتجسس.", [("other", "2018-04-23", "Mosul", None)]),
    ],
    ids=["accused-attack's-town", "own-town-kept", "accused-of-no-attack"],
)
def test_the_accused_attack_is_what_the_strikes_answer(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
