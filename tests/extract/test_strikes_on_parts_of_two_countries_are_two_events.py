"""Attacks told after one trigger on parts of two countries joined by و (في شمال العراق وجنوب شرق تركيا) are one
attack in each part: no one wave strikes both. Whole countries (في سوريا والعراق) stay one report placed nowhere,
as they may tell a total."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشن الطيران الحربي ليل الثلاثاء غارات على قواعد للمتمردين في شمال العراق وجنوب شرق تركيا.",
         [("airstrike", "2016-08-09", "Northern Iraq"), ("airstrike", "2016-08-09", "Turkey")]),
        ("وشن الطيران الحربي ليل الثلاثاء غارات على قواعد للمتمردين في سوريا والعراق.",
         [("airstrike", "2016-08-09", None)]),
    ],
    ids=["parts-of-two-countries", "two-whole-countries"],
)
def test_parts_of_two_countries(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
