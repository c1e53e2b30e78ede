"""A side is no striker when it owns the base struck (مطار ... التابع للنظام السوري), is hunted (بهدف تعقب خلايا
تنظيم داعش), suffered the losses (مليشيات الحوثي، تلقت خسائر) or agreed on something after the attack (اتفقت روسيا
على خطة); a unit belonging to a side still struck (لواء اليرموك التابع للجيش السوري الحر قصف), and so do aircraft
belonging to it (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المرصد إن 14 مقاتلا قتلوا في ضربة استهدفت يوم الأحد مطار التيفور العسكري التابع للنظام السوري.",
         [("airstrike", "2016-08-07", "Tiyas (T4) airbase", None, 14)]),
        ("وقتل 9 أشخاص يوم الأحد في تفجير استهدف المقر التابع لتنظيم داعش في مدينة الرقة.",
         [("bombing", "2016-08-07", "Ar Raqqah", None, 9)]),
        ("وقال المكتب إن لواء اليرموك التابع للجيش السوري الحر قصف يوم الأحد بقذائف الهاون مدينة درعا.",
         [("shelling", "2016-08-07", "Dar‘ā", "Syrian opposition", None)]),
        ("وقصف طيران تابع للنظام السوري يوم الأحد مدينة إدلب.",
         [("airstrike", "2016-08-07", "Idlib", "Syrian army", None)]),
        ("وأطلقت السلطات العراقية يوم الأحد عملية عسكرية في محافظة ديالى بهدف تعقب خلايا تنظيم داعش.",
         [("ground_attack", "2016-08-07", "Diyala", None, None)]),
        ("وقالت المصادر إن مليشيات الحوثي، تلقت خسائر بشرية كبيرة في القصف المدفعي الذي دك تجمعاتهم في مدينة تعز"
         " يوم الأحد.",
         [("shelling", "2016-08-07", "Taiz", None, None)]),
        ("ومنذ الهجوم الكيماوي قرب دمشق عام 2013، اتفقت روسيا والولايات المتحدة على خطة للتخلص من الأسلحة.",
         [("other", "2013", "Damascus", None, None)]),
    ],
    ids=["the-owner-of-the-base", "the-owner-of-the-headquarters", "a-unit-of-the-side-struck",
         "aircraft-of-the-side-struck", "a-side-hunted", "a-side-suffering-losses", "a-side-agreeing-after"],
)
def test_a_side_owning_hunted_suffering_or_agreeing_is_no_striker(text: str, expected: list) -> None:
    assert _events(text) == expected
