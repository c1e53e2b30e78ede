"""A toll word before a singular person (قتل جندي، مقتل طفل، أصيب شرطي، قتل عامل، قتلت ناشطة) counts one; with the
article (مقتل الجندي) the person is one told before, not a count; duals and numbers keep their counts."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import Toll, find_toll
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل جندي في انفجار لغم على الطريق", Toll(killed=1)),
        ("أسفر القصف عن مقتل طفل وإصابة أمه", Toll(killed=1)),
        ("أصيب شرطي بجروح طفيفة في الاشتباك", Toll(injured=1)),
        ("مقتل مدني وإصابة 4 آخرين في القصف", Toll(killed=1, injured=4)),
        ("قتل ضابط برتبة عقيد في الكمين", Toll(killed=1)),
        ("لقيت امرأة حتفها بعد قتل مواطنة أخرى", Toll(killed=1)),
        ("وقتل عامل في شركة السكك الحديدية وأصيب شخص آخر", Toll(killed=1, injured=1)),
        ("كما قتلت ناشطة في تبادل لإطلاق النار مع الشرطة", Toll(killed=1)),
    ],
    ids=["soldier", "child", "injured-policeman", "civilian-and-number", "officer", "woman", "worker",
         "woman-activist"],
)
def test_a_singular_person_counts_one(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن الجيش مقتل الجندي الذي خطف الشهر الماضي", Toll()),
        ("قتل جنديان في انفجار لغم", Toll(killed=2)),
        ("قتل 12 جنديا في الهجوم", Toll(killed=12, victims="fighters")),
        ("مقتل مدنيين في قصف على البلدة", Toll()),
    ],
    ids=["definite", "dual", "number", "plural-without-number"],
)
def test_other_persons_keep_their_counts(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


def test_a_soldier_killed_at_a_named_town_is_an_event() -> None:
    text = "وقتل جندي تركي في هجوم شنه مسلحون على مخفر في بلدة شمدينلي."
    events = extract_article(article(text, dt.date(2015, 8, 11)))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [
        ("ground_attack", None, "Şemdinli", 1)
    ]
