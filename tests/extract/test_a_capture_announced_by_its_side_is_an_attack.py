"""A capture announced by its side, its subject and day between the verb and the control noun (أعلنت القوات
الحكومية صباح الأربعاء سيطرتها على الميناء، أعلن الجيش عن سيطرته على قرى): the announcing verb tells the capture,
a ground attack, not a statement; control announced over no place is none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 6, 22)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت القوات الحكومية صباح الأربعاء سيطرتها على ميناء الحديدة.",
     ("ground_attack", "2018-06-20", "Al Ḩudaydah", None)),
    ("أعلن الجيش السوري عن سيطرته على أربع قرى تابعة لمدينة دير الزور، الأحد، بعد اشتباكات مع المسلحين.",
     ("ground_attack", "2018-06-17", "Deir ez-Zor", "Syrian army")),
    ("انسحب المسلحون من مدينة دوما قبل أن تعلن قوات النظام سيطرتها عليها بالكامل السبت.",
     ("ground_attack", "2018-06-16", "Dūmā", "Syrian army")),
], ids=["subject-and-day-between", "after-an", "pronoun-of-the-place"])
def test_a_capture_announced_by_its_side_is_an_attack(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_control_announced_over_no_place_is_no_attack() -> None:
    assert _events("وأعلن الفريق أمس سيطرته على مجريات المباراة في الشوط الثاني.") == []
