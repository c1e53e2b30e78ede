"""An attack of a kind told by a noun in a sentence naming no side (وأفاد البيان أن ثماني ضربات استهدفت مواقع) takes
the side of the attack of its kind told in the sentence right before, when that is the only side the article gives
any attack; none when its sentence names a side, even as the target, when another side attacks in the article, or
when the attack before is of another kind or written in full on another day (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

BEFORE = ("قالت قيادة التحالف في بيان يوم الإثنين إن التحالف الذي تقوده الولايات المتحدة نفذ 12 ضربة جوية على "
          "مواقع في مدينة الموصل يوم الأحد. ")
MOSUL = ("airstrike", "2016-08-07", "Mosul", "International coalition")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(BEFORE + text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأفاد البيان أن ثماني ضربات استهدفت مواقع في مدينة الحسكة.",
         [MOSUL, ("airstrike", None, "Al Ḩasakah", "International coalition")]),
        ("وأفاد البيان أن ثماني ضربات استهدفت مواقع للجيش السوري في مدينة الحسكة.",
         [MOSUL, ("airstrike", None, "Al Ḩasakah", None)]),
        ("وقال المرصد إن القوات الروسية قصفت مدينة إدلب. وأفاد البيان أن ثماني ضربات استهدفت مواقع في مدينة الحسكة.",
         [MOSUL, ("airstrike", None, "Idlib", "Russia"), ("airstrike", None, "Al Ḩasakah", None)]),
        ("وقال السكان إن تفجيرا استهدف سوقا في مدينة الحسكة.",
         [MOSUL, ("bombing", None, "Al Ḩasakah", None)]),
        ("وأفاد البيان أن ثماني ضربات استهدفت في 9 آب/أغسطس 2016 مواقع في مدينة الحسكة.",
         [MOSUL, ("airstrike", "2016-08-09", "Al Ḩasakah", None)]),
    ],
    ids=["the-one-sides-strikes", "a-side-named-as-target", "two-sides-attacking", "another-kind", "another-day"],
)
def test_an_attack_told_without_a_side_takes_the_one_side_s_just_before(text: str, expected: list) -> None:
    assert _events(text) == expected
