"""An attack told without a toll by a verb in the past before a place the gazetteer does not know (سيطرت القوات
على بلدة س، هاجم مسلحون مركزا في بلدة ص) is an event that waits undated and unlocated, the place's name kept.
Not a verb in the present (a habit), nor a place named before the verb (the speaker's or the fighters' place),
nor a noun telling only that an attack occurred there without a toll."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.place_unresolved)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسيطرت القوات الحكومية على بلدة الزعفرونة بعد معارك عنيفة.",
         [("ground_attack", None, None, None, "الزعفرونة")]),
        ("وهاجم مسلحون مركزا للشرطة في بلدة كفرزيتونة.", [("ground_attack", None, None, None, "كفرزيتونة")]),
    ],
    ids=["a-town-taken", "a-police-post-attacked"],
)
def test_an_attack_done_at_an_unknown_place_is_an_event(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتقصف القوات الحكومية بلدة الزعفرونة.",
        "وقالت مصادر إن مقاتلين في قرية الزعفرونة سيطروا على تلة.",
        "ووقع تفجير انتحاري في قرية الزعفرونة.",
    ],
    ids=["a-verb-in-the-present", "the-place-before-the-verb", "an-attack-that-occurred-without-a-toll"],
)
def test_no_event_at_the_unknown_place(text: str) -> None:
    assert _events(text) == []
