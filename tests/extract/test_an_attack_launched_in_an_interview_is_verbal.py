"""A ground attack noun launched by a launching verb with an interview word between them ([negation] interviews: شن في
مقابلة تلفزيونية هجوما على الحكومة), in a clause without a toll, is an attack in words, no attack of war; an attack
told in what was said in an interview, or one that killed, keeps its event."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وشن الوزير في مقابلة تلفزيونية يوم 10 آب 2016 هجوما على الحكومة في مدينة منبج.",
        "وشن الوزير يوم 10 آب 2016 في مقابلة تلفزيونية هجوما على الحكومة في مدينة منبج.",
    ],
    ids=["the-interview-first", "the-day-first"],
)
def test_an_attack_in_an_interview(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المحافظ في مقابلة تلفزيونية إن المسلحين شنوا يوم 10 آب 2016 هجوما على حاجز في مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وشن المسلحون يوم 10 آب 2016 هجوما على حاجز في مدينة منبج.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("وشن الوزير يوم 10 آب 2016 في مقابلة تلفزيونية هجوما على الحكومة في مدينة منبج ما أسفر عن مقتل ثلاثة.",
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["told-in-an-interview", "gunmen-launch-an-attack", "with-its-dead"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected
