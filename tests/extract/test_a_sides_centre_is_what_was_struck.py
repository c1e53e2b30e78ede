"""A side right after a centre of it (مركز تدريب للتنظيم، مركزا لقيادة الحزب) is what was struck, never who
struck, as it already was after the plural (مراكز); the subject of the verb still is (sentences written for the
tests)."""

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
        ("وانفجرت يوم الأحد سيارة مفخخة عند مركز تدريب لتنظيم داعش قرب مدينة الرقة.",
         [("bombing", "2016-08-07", "Ar Raqqah", None)]),
        ("ودمرت غارة يوم الأحد مركزا لقيادة حزب الله قرب مدينة القصير.",
         [("airstrike", "2016-08-07", "Al Quşayr", None)]),
        ("وقصفت الطائرات الروسية يوم الأحد مركز قيادة لفصائل المعارضة في مدينة إدلب.",
         [("airstrike", "2016-08-07", "Idlib", "Russia")]),
    ],
    ids=["a-training-centre-bombed", "a-command-centre-struck", "the-subject-still-struck"],
)
def test_a_sides_centre_is_what_was_struck(text: str, expected: list) -> None:
    assert _events(text) == expected
