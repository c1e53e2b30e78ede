"""A sentence right after an attack that only names it again (الهجوم) and the side that claimed it
(وتبنى تنظيم داعش الهجوم) gives that attack its actor; alone, or against another side, it tells nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

_ATTACK = "قتل 32 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في مدينة سروج أمس."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_ATTACK}\nوتبنى تنظيم داعش الهجوم في بيان.", [("bombing", "Suruç", "ISIS", 32)]),
        (f"{_ATTACK}\nوقال مسؤولون إن الوضع في المدينة هادئ.\nوتبنى تنظيم داعش الهجوم في بيان.",
         [("bombing", "Suruç", "ISIS", 32)]),
        (f"{_ATTACK}\nوتبنى تنظيم داعش التفجير في بيان.", [("bombing", "Suruç", "ISIS", 32)]),
        ("وتبنى تنظيم داعش الهجوم في بيان.", []),
        ("قتل 12 شخصا في قصف لقوات النظام على مدينة دوما أمس.\nوتبنى تنظيم داعش الهجوم في بيان.",
         [("shelling", "Dūmā", "Syrian army", 12)]),
    ],
    ids=["the-next-sentence", "one-sentence-between", "named-by-its-kind", "a-claim-alone", "another-side-named"],
)
def test_a_claim_names_the_actor_of_the_attack_before_it(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
