"""A verb of the dead four or five words after a count of people (13 عنصرا من تنظيم داعش قتلوا، اثنين من أفراد قوات
الأمن قتلا) counts them; a passive verb before a phrase of its circumstances and its subject (وقتل في الغارات ...
الاثنين على المنطقة أكثر من 100 شخص) counts the people after them, and a verb before its short subject counts a dual
of people after it (قتل انفجار جنديين); an active verb's long subject (قتلت موجة من
الهجمات ... 50 شخصا: a total), more words between, or a word of the wounded between, count none."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import dated_events
from timeline.extract.toll import Toll, find_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المرصد إن 13 عنصرا من تنظيم داعش قتلوا في القصف", Toll(killed=13, victims="fighters")),
        ("أعلن البيان أن اثنين من أفراد قوات الأمن قتلا وأصيب 24 في التفجير", Toll(killed=2, injured=24)),
        ("وقتل في الغارات الجوية والقصف المدفعي الاثنين على المنطقة أكثر من 100 شخص",
         Toll(killed=100, minimum=True)),
        ("وقتل ليلا في مدينتي زملكا وعربين أكثر من 50 شخصا جراء القصف", Toll(killed=50, minimum=True)),
        ("قتل انفجار جنديين للتحالف قرب المدينة", Toll(killed=2)),
        ("عملية دهس قتل فيها جنديان إسرائيليان", Toll(killed=2)),
    ],
    ids=["fighters-verb-after", "two-of-the-forces-verb-after", "passive-verb-in-the-strikes", "passive-verb-at-night",
         "blast-killed-two-soldiers", "two-soldiers-killed-in-it"],
)
def test_a_count_of_people_far_from_its_verb(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "إن 13 عنصرا من تنظيم داعش في ريف المدينة الشمالي قتلوا",
        "قتلت موجة من الهجمات على الشرطة في المدينة 50 شخصا",
        "قتل في الهجوم على البلدة الذي أصيب فيه أكثر من 30 شخصا",
        "لاحقت الشرطة وقتلت اشخصين آخرين",
    ],
    ids=["six-words-before-the-verb", "active-verb-long-subject", "wounded-between", "a-dual-inside-a-word"],
)
def test_a_count_too_far_or_past_another_toll_word_counts_none(text: str) -> None:
    assert find_toll(normalize(text)) == Toll()


def test_the_strikes_take_the_dead_told_after_their_circumstances() -> None:
    text = "وقتل في الغارات الجوية على مدينة دوما الاثنين أكثر من 20 شخصا بحسب المرصد."
    assert dated_events(text, dt.date(2018, 2, 20)) == [("airstrike", "2018-02-19", "publication", "Dūmā", 20)]
