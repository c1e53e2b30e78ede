"""A second attack joined by و to the one told before it in its clause (a past verb or an indefinite noun, an
execution or a kidnapping too, or counted: و4 غارات) is an attack of its own when the clause names a day
between the two (or between the strike verb and the first: شنت الطائرات يوم الخميس ست غارات) and another day
after the second: each is dated by its own day, and the place told after both is the first one's too when it
names none. One day, or a day told before the first attack only, keeps one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اختطف التنظيم صحفيا من منزله يوم 4 حزيران، وأعدمه بالرصاص يوم 15 تموز في مدينة الموصل.",
         [("other", "2016-06-04", "Mosul"), ("other", "2016-07-15", "Mosul")]),
        ("شنت الطائرات غارات على مدينة سراقب يوم الخميس وقصفت المدينة بالبراميل يوم الجمعة.",
         [("airstrike", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-12", "Saraqib")]),
        ("شنت الطائرات يوم الخميس ست غارات على مدينة سراقب و4 غارات يوم الجمعة.",
         [("airstrike", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-12", "Saraqib")]),
    ],
    ids=["a-kidnapping-and-an-execution", "strikes-on-two-days", "counted-strikes-on-two-days"],
)
def test_each_attack_on_its_own_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجم مسلحون يوم الخميس حاجزا في مدينة سراقب وخطفوا عنصرين.",
         [("ground_attack", "2016-08-11", "Saraqib")]),
        ("في 3 آب هاجم مسلحون حاجزا في مدينة سراقب وخطفوا عنصرين يوم الخميس.",
         [("ground_attack", "2016-08-03", "Saraqib")]),
    ],
    ids=["one-day", "a-day-before-the-first-attack"],
)
def test_one_day_keeps_one_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
