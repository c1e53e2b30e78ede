"""A wave told by a plural or a verb over named areas listed by و (جبل الزاوية وسهل الغاب، مناطق زاب وآفاشين) is one
attack in each area the writer names apart. A single strike, or a governorate's countryside that holds the area named
with it (ريف حماة وسهل الغاب), stays one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت المقاتلات التركية ليل الثلاثاء مخابئ المسلحين في منطقتي زاب وآفاشين.",
         [("airstrike", "2016-08-09", "Zap"), ("airstrike", "2016-08-09", "Avashin")]),
        ('وأعلن الجيش أن غارات جوية دمرت الأربعاء مخابئ للمسلحين في مناطق "متينا" و"هاكورك" شمالي العراق.',
         [("airstrike", "2016-08-10", "Metina"), ("airstrike", "2016-08-10", "Erbil")]),
        ("وشن الطيران الحربي فجر الخميس غارات على بلدات جبل الزاوية وسهل الغاب.",
         [("airstrike", "2016-08-11", "Jabal al-Zawiya"), ("airstrike", "2016-08-11", "Al-Ghab plain")]),
    ],
    ids=["two-mountain-areas", "quoted-areas", "a-mountain-and-a-plain"],
)
def test_a_wave_over_named_areas(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشن الطيران الحربي فجر الخميس غارة على جبل الزاوية وسهل الغاب.",
         [("airstrike", "2016-08-11", "Jabal al-Zawiya")]),
        ("وشن الطيران الحربي فجر الخميس غارات على ريف حماة وسهل الغاب.",
         [("airstrike", "2016-08-11", "Rural Hama")]),
    ],
    ids=["a-single-strike", "a-countryside-and-its-plain"],
)
def test_one_attack_over_areas(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
