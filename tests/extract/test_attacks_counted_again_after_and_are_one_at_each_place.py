"""Counted attacks told again by another count after و, the noun left out or told by its weapon (7 غارات على
مدينة س، و10 على بلدة ص; خمس غارات قرب س وثلاث قرب ص; 14 برميلا على س و8 براميل على ص), are one attack at
each place, even near each other, without the toll the clause tells of all; so are attacks whose dead are counted
by place (قتل 5 في غارات على س، و3 في ص; و3 آخرون في ص), each with the dead counted before its place (5 at س,
3 at ص), even when the places are listed before the attack (قتل 5 في مدينة س و3 في مدينة ص جراء غارات).
Counts over countries (16 غارة في العراق و7 في سوريا) and a count of the wounded (و10 جرحى في ص) or of the dead
by their home (و3 من مدينة ص) are no such attacks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article, typed_events
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 7, 18))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال ناشطون إن الطيران الحربي نفذ 7 غارات على مناطق في مدينة داعل، و10 على مناطق في أطراف بلدة طفس "
         "يوم الأحد.",
         [("airstrike", "2016-07-17", "Dā‘il"), ("airstrike", "2016-07-17", "Ţafas")]),
        ("ألقى الطيران المروحي 14 برميلا متفجرا على مدينة داعل يوم الأحد، و8 براميل على مدينة طفس.",
         [("airstrike", "2016-07-17", "Dā‘il"), ("airstrike", "2016-07-17", "Ţafas")]),
        ("شنت طائرات التحالف يوم السبت خمس غارات قرب الموصل وثلاث قرب الرمادي وثلاث قرب سنجار.",
         [("airstrike", "2016-07-16", "Mosul"), ("airstrike", "2016-07-16", "Ramadi"),
          ("airstrike", "2016-07-16", "Sinjār")]),
        ("قتل 5 مدنيين في غارات على مدينة داعل يوم الأحد، و3 في مدينة طفس.",
         [("airstrike", "2016-07-17", "Dā‘il"), ("airstrike", "2016-07-17", "Ţafas")]),
    ],
    ids=["the-noun-left-out", "told-by-its-weapon", "three-places-near", "the-dead-counted-by-place"],
)
def test_one_attack_at_each_place_counted(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن التحالف 16 غارة في العراق و7 في سوريا يوم السبت.", [("airstrike", "2016-07-16", None)]),
        ("قتل 5 مدنيين في غارات على مدينة داعل يوم الأحد و10 جرحى في مدينة طفس.",
         [("airstrike", "2016-07-17", "Dā‘il")]),
        ("قتل 8 مدنيين في غارات على بلدة اليادودة يوم الأحد، منهم 5 من أهالي البلدة و3 من مدينة طفس.",
         [("airstrike", "2016-07-17", "Al-Yadudah")]),
    ],
    ids=["over-two-countries", "a-count-of-the-wounded", "the-dead-by-their-home"],
)
def test_one_event_for_counts_that_are_no_attacks_apart(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 مدنيين في غارات على مدينة داعل يوم الأحد، و3 في مدينة طفس.",
         [("Dā‘il", 5), ("Ţafas", 3)]),
        ("قتل خمسة مدنيين يوم الأحد في غارات على مدينة دوما وثلاثة في مدينة حمص.",
         [("Dūmā", 5), ("Homs", 3)]),
        ("قتل خمسة مدنيين يوم الأحد في 9 غارات على مدينة دوما، و12 على مدينة حمص.",
         [("Dūmā", None), ("Homs", None)]),
        ("قتل 7 مدنيين يوم الأحد في قصف على مدينة دوما و3 آخرون في مدينة حمص.",
         [("Dūmā", 7), ("Homs", 3)]),
        ("قتل 7 أشخاص في مدينة إدلب و3 في مدينة حلب جراء غارات جوية شنتها طائرات النظام يوم الأحد.",
         [("Idlib", 7), ("Aleppo", 3)]),
        ("قتل سبعة مدنيين يوم الأحد في مدينة دوما، وثلاثة آخرون في مدينة حمص بقصف مدفعي.",
         [("Dūmā", 7), ("Homs", 3)]),
    ],
    ids=["digits", "words-without-comma", "a-count-of-the-strikes-and-the-dead-of-all", "others-after-the-count",
         "listed-before-the-attack", "listed-before-the-attack-with-others"],
)
def test_the_dead_counted_by_place_are_each_attacks(text: str, expected: list[tuple]) -> None:
    events = extract_article(article(text, dt.date(2016, 7, 18)))
    assert [(e.place, e.killed) for e in events] == expected
