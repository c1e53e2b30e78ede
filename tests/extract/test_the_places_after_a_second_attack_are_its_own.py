"""A clause whose places lie in two countries is placed by those told before a second attack's trigger that follows
a place of its own (غارات على مواقع في سوريا وبدأت حملة قصف على معسكرات في شمال العراق: Syria): the places after it
are the second attack's. Two triggers told before both places (غارات وقصف على مواقع في سوريا وفي شمال العراق) still
place the clause nowhere."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت طائرات تركية أمس غارات على مواقع للتنظيم في سوريا وبدأت حملة قصف على معسكرات للمتمردين في شمال العراق.",
         [("airstrike", "2016-08-11", "Syria")]),
        ("شن الجيش أمس غارات جوية وقصفا مدفعيا على مواقع للتنظيم في سوريا وللمتمردين في شمال العراق.",
         [("airstrike", "2016-08-11", None)]),
    ],
    ids=["a-second-attack-after-the-first-country", "two-triggers-before-both-countries"],
)
def test_the_places_after_a_second_attack(text: str, expected: list[tuple]) -> None:
    assert typed_events(text, dt.date(2016, 8, 12)) == expected
