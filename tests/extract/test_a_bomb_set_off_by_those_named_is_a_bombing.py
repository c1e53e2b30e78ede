"""A bomb set off (فجر مسلحون قنبلة، متمردون فجروا عبوة) is a bombing, its setters named between the verb and
the bomb, however many words name them (فجر مسلحون يشتبه في أنهم تابعون للحزب قنبلة), or before both; a state's
nuclear test is none, nor is dawn before a day (فجر اليوم ... قنابل الغاز: at dawn, no verb)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفجر مسلحون مجهولون يوم الأربعاء قنبلة على الطريق قرب مدينة بطمان.",
         [("bombing", "2016-08-10", "Batman")]),
        ("وقال مصدر أمني إن متمردين فجروا عبوة يوم الأربعاء أثناء مرور قافلة في مدينة بطمان.",
         [("bombing", "2016-08-10", "Batman")]),
        ("وأصيب سبعة من رجال الشرطة يوم الأربعاء بعد أن فجر مسلحون يشتبه في أنهم تابعون للحزب قنبلة في مركز للشرطة في"
         " مدينة بطمان.",
         [("bombing", "2016-08-10", "Batman")]),
    ],
    ids=["setters-between", "setters-before", "setters-described-at-length"],
)
def test_a_bomb_set_off_is_a_bombing(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_nuclear_test_is_no_attack() -> None:
    assert _events("وفجرت الدولة يوم الأربعاء قنبلة نووية في صحراء قرب مدينة بطمان.") == []


@pytest.mark.parametrize(
    "text",
    ["أصيب ثلاثة متظاهرين فجر اليوم خلال مواجهات مع الشرطة التي أطلقت قنابل الغاز في مدينة بطمان.",
     "أصيب ثلاثة متظاهرين فجر الأربعاء خلال مواجهات مع الشرطة التي أطلقت قنابل الغاز في مدينة بطمان."],
    ids=["dawn-today", "dawn-on-a-weekday"],
)
def test_dawn_before_a_day_sets_off_no_bomb(text: str) -> None:
    assert _events(text) == []
