"""A side after a stronghold, a base or stores of it written with the article (المعقل الأبرز لفصائل المعارضة،
المستودعات الرئيسية لحزب الله) is what was struck or taken, never who struck, as it already was after the words
without the article (معقل، مستودعات); the subject of the verb still is (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتقدمت قوات النظام نحو الغوطة الشرقية بعدما سيطرت يوم السبت على بلدة حرستا التي بقيت لسنوات المعقل الأبرز "
         "لفصائل المعارضة.",
         [("ground_attack", "2016-08-06", "Ḩarastā", None)]),
        ("ودمرت غارة يوم الأحد المستودعات الرئيسية لحزب الله قرب مدينة القصير.",
         [("airstrike", "2016-08-07", "Al Quşayr", None)]),
        ("وقصفت الطائرات الروسية يوم الأحد المقرات الرئيسية لفصائل المعارضة في مدينة إدلب.",
         [("airstrike", "2016-08-07", "Idlib", "Russia")]),
    ],
    ids=["a-stronghold-taken", "stores-struck", "the-subject-still-struck"],
)
def test_a_sides_stronghold_or_stores_are_what_was_struck(text: str, expected: list) -> None:
    assert _events(text) == expected
