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


HIRAK = "قصفت قوات النظام بلدة الحراك في ريف درعا يوم الخميس. "


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وقتل ثلاثة مدنيين في قصف صاروخي على مدينة درعا.", "Syrian army"),
        ("وفي المقابل قتل ثلاثة جنود في قصف صاروخي على مدينة درعا.", None),
        ("بالمقابل، قتل ثلاثة جنود في قصف صاروخي على مدينة درعا.", None),
        ("وردا على ذلك، استهدف قصف صاروخي مواقع في مدينة درعا.", None),
        ("وجاء القصف بعد ساعات من قصف صاروخي استهدف أحياء مدينة درعا وأوقع قتيلين.", None),
    ],
    ids=["the-one-side-s-shelling", "in-return", "in-return-first", "a-reply", "what-it-came-after"],
)
def test_an_attack_told_as_the_other_side_s_takes_no_side(text: str, actor: str | None) -> None:
    """An attack its sentence tells as a reply, as what the attack before came after, or as what the other side did
    in return (actors.toml [roles] in_return) is no attack of the one side."""
    events = extract_article(article(HIRAK + text, dt.date(2018, 3, 10), "held"))
    assert [(e.event_type, e.place, e.actor) for e in events] == [
        ("shelling", "Al-Hirak", "Syrian army"), ("shelling", "Dar‘ā", actor)]
