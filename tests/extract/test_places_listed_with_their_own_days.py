"""A list of places an attack is told over, each followed by a day of its own (قصفت الطائرات مدينة س الأربعاء
ومدينة ص الخميس; غارات على بلدة س يوم الأربعاء وعلى بلدة ص يوم الخميس), tells an attack at each place on its
day, even when the places are neighbours, the day right after the place or the area told after it; places listed
with one day, or a day told only after the last place, stay as they were (one wave at neighbouring places, one attack
at each of far ones, on that day), and a day told further after a place is not its attack's (ومدينة حلب بحسب ما أفاد
المرصد الخميس: the report's day).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events

#: a Friday
PUBLISHED = dt.date(2016, 7, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت طائرات النظام مدينة إدلب الأربعاء ومدينة حلب الخميس.",
         [("airstrike", "2016-07-20", "Idlib"), ("airstrike", "2016-07-21", "Aleppo")]),
        ("شنت طائرات النظام غارات على مدينة إدلب يوم الأربعاء وعلى مدينة حماة يوم الخميس.",
         [("airstrike", "2016-07-20", "Idlib"), ("airstrike", "2016-07-21", "Ḩamāh")]),
        ("قصفت طائرات النظام بلدة سراقب الأربعاء وبلدة تفتناز الخميس.",
         [("airstrike", "2016-07-20", "Saraqib"), ("airstrike", "2016-07-21", "Taftanāz")]),
        ("قصفت طائرات النظام بلدة سراقب يوم الأربعاء، وبلدة تفتناز يوم الخميس.",
         [("airstrike", "2016-07-20", "Saraqib"), ("airstrike", "2016-07-21", "Taftanāz")]),
        ("قصفت طائرات النظام بلدة سراقب بريف إدلب يوم الأربعاء، وبلدة تفتناز بريف إدلب يوم الخميس.",
         [("airstrike", "2016-07-20", "Saraqib"), ("airstrike", "2016-07-21", "Taftanāz")]),
    ],
    ids=["far-apart", "far-apart-by-preposition", "neighbours", "neighbours-after-a-comma", "each-with-its-area"],
)
def test_each_place_is_struck_on_its_own_day(text: str, expected: list[tuple]) -> None:
    assert typed_events(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت طائرات النظام مدينة إدلب ومدينة حلب الخميس.",
         [("airstrike", "2016-07-21", "Idlib"), ("airstrike", "2016-07-21", "Aleppo")]),
        ("قصفت طائرات النظام بلدة سراقب وبلدة تفتناز الخميس.", [("airstrike", "2016-07-21", "Saraqib")]),
        ("قصفت طائرات النظام مدينة إدلب الأربعاء ومدينة حلب بحسب ما أفاد المرصد الخميس.",
         [("airstrike", "2016-07-20", "Idlib"), ("airstrike", "2016-07-20", "Aleppo")]),
    ],
    ids=["far-apart-on-one-day", "neighbours-on-one-day", "the-reports-day-after-the-second-place"],
)
def test_places_of_one_day_keep_their_attacks(text: str, expected: list[tuple]) -> None:
    assert typed_events(text, PUBLISHED) == expected
